using System;

namespace Taizhou.Metrics.IO;

/// <summary>
/// A column of a result table written by <see cref="ParquetTableWriter"/>: its name, its type and whether it may hold
/// nulls. Result tables (the panel command's <c>cluster_metrics.parquet</c> and <c>enterprise_yoy.parquet</c>) are
/// described as a list of these, so a column is added by adding an element.
/// </summary>
internal sealed record ParquetColumn
{
    /// <summary>Initializes a column.</summary>
    /// <param name="name">The column's name, as a reader (DuckDB, pandas) sees it.</param>
    /// <param name="type">The column's type.</param>
    /// <param name="nullable">Whether a value may be missing (a Parquet OPTIONAL column; null in DuckDB, NaN or None in pandas).</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="type"/> is not a defined value.</exception>
    public ParquetColumn(string name, ParquetColumnType type, bool nullable)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        if (!Enum.IsDefined(type))
        {
            throw new ArgumentOutOfRangeException(nameof(type), type, "not a column type");
        }

        Name = name;
        Type = type;
        Nullable = nullable;
    }

    /// <summary>Gets the column's name.</summary>
    public string Name { get; }

    /// <summary>Gets the column's type.</summary>
    public ParquetColumnType Type { get; }

    /// <summary>Gets whether a value may be missing.</summary>
    public bool Nullable { get; }
}
