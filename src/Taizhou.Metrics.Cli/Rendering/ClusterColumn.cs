using System;
using System.Collections.Generic;
using System.Globalization;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// A column of <c>cluster_metrics.parquet</c>: its Parquet name and type, and how its value is taken from a cell of
/// the panel's metrics. <see cref="PanelParquet.ClusterColumns"/> lists them in file order; a column is added by adding
/// an element there.
/// </summary>
internal sealed class ClusterColumn
{
    private readonly Func<PanelCell, string>? text;
    private readonly Func<PanelCell, int>? integer;
    private readonly Func<PanelCell, int?>? nullableInteger;
    private readonly Func<PanelCell, double?>? number;

    private ClusterColumn(ParquetColumn column, Func<PanelCell, string>? text, Func<PanelCell, int>? integer, Func<PanelCell, int?>? nullableInteger, Func<PanelCell, double?>? number)
    {
        Column = column;
        this.text = text;
        this.integer = integer;
        this.nullableInteger = nullableInteger;
        this.number = number;
    }

    /// <summary>Gets the Parquet column.</summary>
    public ParquetColumn Column { get; }

    /// <summary>A required text column.</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="value">The cell's value.</param>
    /// <returns>The column.</returns>
    public static ClusterColumn Text(string name, Func<PanelCell, string> value) => new(new ParquetColumn(name, ParquetColumnType.String, false), value, null, null, null);

    /// <summary>A required 32-bit integer column.</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="value">The cell's value.</param>
    /// <returns>The column.</returns>
    public static ClusterColumn Int32(string name, Func<PanelCell, int> value) => new(new ParquetColumn(name, ParquetColumnType.Int32, false), null, value, null, null);

    /// <summary>A nullable 32-bit integer column: null where the CSV's cell is empty.</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="value">The cell's value, or null when missing.</param>
    /// <returns>The column.</returns>
    public static ClusterColumn NullableInt32(string name, Func<PanelCell, int?> value) => new(new ParquetColumn(name, ParquetColumnType.Int32, true), null, null, value, null);

    /// <summary>A nullable double column: null where the CSV's cell is empty; a value beyond a double is refused.</summary>
    /// <param name="name">The column's name.</param>
    /// <param name="value">The cell's value (in the CSV's unit: percent for a rate), or null when missing.</param>
    /// <returns>The column.</returns>
    public static ClusterColumn Number(string name, Func<PanelCell, double?> value) => new(new ParquetColumn(name, ParquetColumnType.Double, true), null, null, null, value);

    /// <summary>Writes this column of a row group, one value per cell.</summary>
    /// <param name="writer">The writer, with the row group open and this column next.</param>
    /// <param name="cells">The cells, in row order.</param>
    /// <exception cref="OverflowException">A value of a double column is not finite (a sum or a ratio beyond a double).</exception>
    public void Write(ParquetTableWriter writer, IReadOnlyList<PanelCell> cells)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(cells);
        if (text is not null)
        {
            writer.Write(Map(cells, text));
        }
        else if (integer is not null)
        {
            writer.Write(Map(cells, integer).AsMemory());
        }
        else if (nullableInteger is not null)
        {
            writer.Write(Map(cells, nullableInteger).AsMemory());
        }
        else
        {
            var values = Map(cells, number!);
            for (int k = 0; k < values.Length; k++)
            {
                if (values[k] is double v && !double.IsFinite(v))
                {
                    var cell = cells[k];
                    string where = cell.Cluster is int c ? string.Create(CultureInfo.InvariantCulture, $"cluster {c}") : "the total";
                    throw new OverflowException($"the {Column.Name} of {where} in {cell.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture)} is beyond the range of a double (±1.8e308).");
                }
            }

            writer.Write(values.AsMemory());
        }
    }

    private static T[] Map<T>(IReadOnlyList<PanelCell> cells, Func<PanelCell, T> value)
    {
        var result = new T[cells.Count];
        for (int k = 0; k < result.Length; k++)
        {
            result[k] = value(cells[k]);
        }

        return result;
    }
}
