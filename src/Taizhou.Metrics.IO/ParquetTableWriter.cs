using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Parquet;
using Parquet.Schema;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Writes a result table to a Parquet stream (Parquet.Net, Snappy compression, as <see cref="PanelWriter"/> writes
/// panels): the columns are given once as data (<see cref="ParquetColumn"/>), then the rows a row group at a time, each
/// column of the group in the order of the list. A mistake of the caller (a column out of order, of another type or
/// nullability, or of another length than the group) throws <see cref="InvalidOperationException"/>.
/// </summary>
/// <remarks>
/// A nullable column is a Parquet OPTIONAL column and takes nullable values (<c>int?</c>, <c>double?</c>, a null
/// string); a required column takes plain values. Disposing writes the footer; a writer disposed before its last row
/// group was ended leaves a file no reader should be given (write through a temporary file that is discarded then).
/// </remarks>
internal sealed class ParquetTableWriter : IDisposable
{
    private readonly ParquetWriter writer;
    private readonly DataField[] fields;
    private ParquetRowGroupWriter? group;
    private int groupRows;
    private int nextColumn;

    private ParquetTableWriter(ParquetWriter writer, IReadOnlyList<ParquetColumn> columns, DataField[] fields)
    {
        this.writer = writer;
        Columns = columns;
        this.fields = fields;
    }

    /// <summary>Gets the columns, in the order they are written.</summary>
    public IReadOnlyList<ParquetColumn> Columns { get; }

    /// <summary>Starts a table on a stream: writes the leading magic bytes.</summary>
    /// <param name="stream">The stream, written forwards only; left open.</param>
    /// <param name="columns">The columns, at least one, with distinct names.</param>
    /// <returns>The writer.</returns>
    /// <exception cref="ArgumentException">There is no column, or two have the same name.</exception>
    /// <exception cref="IOException">The stream cannot be written.</exception>
    public static ParquetTableWriter Create(Stream stream, IReadOnlyList<ParquetColumn> columns)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException("a table needs at least one column", nameof(columns));
        }

        if (columns.Select(c => c.Name).Distinct(StringComparer.Ordinal).Count() != columns.Count)
        {
            throw new ArgumentException($"two columns have the same name: {string.Join(", ", columns.Select(c => c.Name))}", nameof(columns));
        }

        var fields = columns.Select(Field).ToArray();
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        var writer = ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, options).GetAwaiter().GetResult();
        return new ParquetTableWriter(writer, columns, fields);
    }

    /// <summary>Starts a row group of <paramref name="rows"/> rows; write each column of it, then <see cref="EndRowGroup"/>.</summary>
    /// <param name="rows">The number of rows, 1 or more.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is below 1.</exception>
    /// <exception cref="InvalidOperationException">A row group is already open.</exception>
    public void BeginRowGroup(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        if (group is not null)
        {
            throw new InvalidOperationException("a row group is already open");
        }

        group = writer.CreateRowGroup();
        groupRows = rows;
        nextColumn = 0;
    }

    /// <summary>Writes the next column of the row group: a required <see cref="ParquetColumnType.Int32"/> column.</summary>
    /// <param name="values">The values, one per row of the group.</param>
    public void Write(ReadOnlyMemory<int> values) => Wait(Next(ParquetColumnType.Int32, false, values.Length).WriteAsync(Field(), values));

    /// <summary>Writes the next column of the row group: a nullable <see cref="ParquetColumnType.Int32"/> column.</summary>
    /// <param name="values">The values (null where missing), one per row of the group.</param>
    public void Write(ReadOnlyMemory<int?> values) => Wait(Next(ParquetColumnType.Int32, true, values.Length).WriteAsync(Field(), values));

    /// <summary>Writes the next column of the row group: a required <see cref="ParquetColumnType.Double"/> column.</summary>
    /// <param name="values">The values, one per row of the group.</param>
    public void Write(ReadOnlyMemory<double> values) => Wait(Next(ParquetColumnType.Double, false, values.Length).WriteAsync(Field(), values));

    /// <summary>Writes the next column of the row group: a nullable <see cref="ParquetColumnType.Double"/> column.</summary>
    /// <param name="values">The values (null where missing), one per row of the group.</param>
    public void Write(ReadOnlyMemory<double?> values) => Wait(Next(ParquetColumnType.Double, true, values.Length).WriteAsync(Field(), values));

    /// <summary>Writes the next column of the row group: a <see cref="ParquetColumnType.String"/> column.</summary>
    /// <param name="values">The values (null where missing, in a nullable column only), one per row of the group.</param>
    public void Write(IReadOnlyList<string?> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var column = Columns[nextColumn < Columns.Count ? nextColumn : Columns.Count - 1];
        if (!column.Nullable && values.Contains(null))
        {
            throw new InvalidOperationException($"column '{column.Name}' is required and cannot take a null string");
        }

        var g = Next(ParquetColumnType.String, column.Nullable, values.Count);
        Wait(g.WriteAsync(Field(), values.ToArray()));
    }

    /// <summary>Ends the row group: every column must have been written.</summary>
    /// <exception cref="InvalidOperationException">No row group is open, or a column of it was not written.</exception>
    public void EndRowGroup()
    {
        var g = group ?? throw new InvalidOperationException("no row group is open");
        if (nextColumn != Columns.Count)
        {
            throw new InvalidOperationException($"the row group ends before column '{Columns[nextColumn].Name}' was written");
        }

        g.Dispose();
        group = null;
    }

    /// <summary>Writes the footer (row groups ended so far) and releases the writer; the stream is left open.</summary>
    public void Dispose()
    {
        group?.Dispose();
        group = null;
        writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private static DataField Field(ParquetColumn column) => column.Type switch
    {
        ParquetColumnType.Int32 => new DataField<int>(column.Name, column.Nullable),
        ParquetColumnType.Double => new DataField<double>(column.Name, column.Nullable),
        _ => new DataField<string>(column.Name, column.Nullable),
    };

    private static void Wait(System.Threading.Tasks.Task task) => task.GetAwaiter().GetResult();

    private DataField Field() => fields[nextColumn - 1];

    private ParquetRowGroupWriter Next(ParquetColumnType type, bool nullable, int length)
    {
        var g = group ?? throw new InvalidOperationException("no row group is open");
        if (nextColumn >= Columns.Count)
        {
            throw new InvalidOperationException($"the row group has only {Columns.Count} columns");
        }

        var column = Columns[nextColumn];
        if (column.Type != type || column.Nullable != nullable)
        {
            throw new InvalidOperationException($"column '{column.Name}' is {Describe(column.Type, column.Nullable)}; {Describe(type, nullable)} values were given");
        }

        if (length != groupRows)
        {
            throw new InvalidOperationException($"column '{column.Name}' was given {length} values for a row group of {groupRows} rows");
        }

        nextColumn++;
        return g;
    }

    private static string Describe(ParquetColumnType type, bool nullable) => (nullable ? "nullable " : "required ") + type;
}
