using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System;
using Microsoft.Win32.SafeHandles;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.IO;

/// <summary>
/// The validated layout of a Parquet panel file: its footer read strictly and checked before anything is sized from
/// it, the byte range of every column chunk of the four panel columns, and a clean footer for Parquet.Net that holds
/// only what was checked.
/// </summary>
/// <remarks>
/// <para>Checked here, each failure a <see cref="PanelFormatException"/> with a one-line message naming the file:</para>
/// <list type="bullet">
/// <item>the magic bytes, and a footer length that fits in the file;</item>
/// <item>the footer's Thrift encoding (<see cref="ThriftCompactReader"/>), and no encryption;</item>
/// <item>the schema: a well-formed tree with the four columns at the top level, not repeated, with the physical types
/// INT32 (no annotation but a signed 32-bit integer) and DOUBLE (no annotation);</item>
/// <item>every row group's row count is 0 or more and they add up to the file's; each panel column has a chunk in
/// this file, of the schema's type, at the schema's path, with a codec Parquet.Net reads, as many values as the row
/// group has rows, and bytes that lie between the leading magic and the footer without overlapping another panel
/// column's chunk; statistics, when given, are well-formed;</item>
/// <item>plausibility: a row group claims at most <see cref="MaxRowsPerByte"/> rows for each byte of its four panel
/// column chunks, and the whole panel (20 bytes a row) fits in the memory the process may use.</item>
/// </list>
/// </remarks>
internal sealed class ParquetLayout
{
    /// <summary>
    /// The most rows a row group may claim for each byte of its four panel column chunks. Measured on a generated panel
    /// of 99,014 rows: <see cref="PanelWriter"/> takes 7.6 bytes a row (1.15 when every output is zero), DuckDB 7.3
    /// (0.27 with zero outputs and Zstandard), so the most compressible of them claims 3.7 rows a byte; the limit is
    /// 17 times that, and bounds what a lying footer can make the reader allocate to 64 × 20 bytes per byte of data.
    /// </summary>
    public const int MaxRowsPerByte = 64;

    /// <summary>The bytes of a panel row in memory (three <see cref="int"/> and a <see cref="double"/>).</summary>
    public const int PanelBytesPerRow = 20;

    /// <summary>The physical type INT32.</summary>
    public const int Int32Type = 1;

    /// <summary>The physical type DOUBLE.</summary>
    public const int DoubleType = 5;

    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    private static readonly (string Name, int Type)[] PanelColumns =
    [
        (PanelSchema.EnterpriseId, Int32Type),
        (PanelSchema.Cluster, Int32Type),
        (PanelSchema.Period, Int32Type),
        (PanelSchema.YearToDateOutput, DoubleType),
    ];

    private ParquetLayout(long footerStart, long rowCount, Group[] groups, bool[] optional, byte[] cleanTail)
    {
        FooterStart = footerStart;
        RowCount = rowCount;
        Groups = groups;
        Optional = optional;
        CleanTail = cleanTail;
    }

    /// <summary>Gets the file offset where the footer begins (the end of the column data).</summary>
    public long FooterStart { get; }

    /// <summary>Gets the number of rows (the sum of the row groups').</summary>
    public long RowCount { get; }

    /// <summary>Gets the row groups.</summary>
    public IReadOnlyList<Group> Groups { get; }

    /// <summary>Gets whether each panel column (in <see cref="PanelSchema"/> order) is optional (nullable) in the file.</summary>
    public IReadOnlyList<bool> Optional { get; }

    /// <summary>
    /// Gets what Parquet.Net reads after the column data in place of the file's footer: a footer written from the
    /// checked layout (the four columns, their chunks, nothing else), its length and the magic bytes.
    /// </summary>
    public ReadOnlyMemory<byte> CleanTail { get; }

    /// <summary>Reads and checks the layout of a Parquet file.</summary>
    /// <param name="path">The file, for messages.</param>
    /// <param name="file">The open file.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="PanelFormatException">The file is not a Parquet panel file Parquet.Net can safely be given.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static ParquetLayout Read(string path, SafeFileHandle file)
    {
        long length = RandomAccess.GetLength(file);
        if (length < 12)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"the file has {length} bytes; a Parquet file has at least 12 (PAR1, a footer, its length, PAR1)"));
        }

        Span<byte> head = stackalloc byte[4];
        Span<byte> tail = stackalloc byte[8];
        ReadExactly(file, head, 0);
        ReadExactly(file, tail, length - 8);
        if (!head.SequenceEqual(Magic) || !tail[4..].SequenceEqual(Magic))
        {
            throw Fail(path, $"it does not begin and end with PAR1 (it begins with {Hex(head)} and ends with {Hex(tail[4..])})");
        }

        uint footerLength = BinaryPrimitives.ReadUInt32LittleEndian(tail);
        if (footerLength == 0 || footerLength > length - 12)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"the footer length at byte {length - 8} is {(int)footerLength}, but the file has room for 1 to {length - 12} bytes of footer"));
        }

        long footerStart = length - 8 - footerLength;
        var footerBytes = new byte[footerLength];
        ReadExactly(file, footerBytes, footerStart);
        ParquetFooter footer;
        try
        {
            footer = ParquetFooter.Read(footerBytes, footerStart);
        }
        catch (InvalidDataException ex)
        {
            throw Fail(path, $"the footer cannot be decoded: {ex.Message}");
        }

        return Check(path, footer, length, footerStart);
    }

    /// <summary>Checks a decoded footer against the file it came from.</summary>
    /// <param name="path">The file, for messages.</param>
    /// <param name="footer">The footer.</param>
    /// <param name="fileLength">The file's length.</param>
    /// <param name="footerStart">The file offset of the footer.</param>
    /// <returns>The layout.</returns>
    /// <exception cref="PanelFormatException">The footer does not describe a panel this file can hold.</exception>
    internal static ParquetLayout Check(string path, ParquetFooter footer, long fileLength, long footerStart)
    {
        if (footer.Encrypted)
        {
            throw Fail(path, "the file is encrypted");
        }

        var (leafIndex, optional) = CheckSchema(path, footer.Schema);
        int leafCount = footer.Schema.Count(e => IsLeaf(e));
        if (footer.NumRows < 0)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"the footer claims {footer.NumRows} rows"));
        }

        var groups = new Group[footer.RowGroups.Count];
        var ranges = new List<(long Start, long End, int Group, int Column)>();
        long rows = 0;
        for (int g = 0; g < groups.Length; g++)
        {
            var rowGroup = footer.RowGroups[g];
            if (rowGroup.NumRows < 0)
            {
                throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"row group {g} claims {rowGroup.NumRows} rows"));
            }

            if (rowGroup.Columns.Count != leafCount)
            {
                throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"row group {g} has {rowGroup.Columns.Count} column chunks for the schema's {leafCount} columns"));
            }

            var chunks = new Chunk[PanelColumns.Length];
            long bytes = 0;
            for (int c = 0; c < PanelColumns.Length; c++)
            {
                chunks[c] = CheckChunk(path, g, c, rowGroup.Columns[leafIndex[c]], rowGroup.NumRows, fileLength, footerStart);
                bytes += chunks[c].Length;
                if (chunks[c].Length > 0)
                {
                    ranges.Add((chunks[c].Start, chunks[c].Start + chunks[c].Length, g, c));
                }
            }

            if (rowGroup.NumRows > MaxRowsPerByte * bytes)
            {
                throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"row group {g} claims {rowGroup.NumRows} rows in {bytes} bytes of panel columns; at most {MaxRowsPerByte} rows a byte are plausible"));
            }

            groups[g] = new Group(rows, rowGroup.NumRows, chunks);
            rows += rowGroup.NumRows;
        }

        if (rows != footer.NumRows)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"the footer claims {footer.NumRows} rows but its row groups hold {rows}"));
        }

        ranges.Sort();
        for (int k = 1; k < ranges.Count; k++)
        {
            if (ranges[k].Start < ranges[k - 1].End)
            {
                var (a, b) = (ranges[k - 1], ranges[k]);
                throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"the bytes of row group {a.Group}, column '{PanelColumns[a.Column].Name}' ({a.Start} to {a.End}) and of row group {b.Group}, column '{PanelColumns[b.Column].Name}' ({b.Start} to {b.End}) overlap"));
            }
        }

        if (rows > Array.MaxLength)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"the file holds {rows} rows; a panel holds at most {Array.MaxLength}"));
        }

        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        if (available > 0 && rows * PanelBytesPerRow > available)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"the file holds {rows} rows, {rows * PanelBytesPerRow / (1 << 20)} MB as a panel, more than the {available / (1 << 20)} MB of memory this process may use"));
        }

        return new ParquetLayout(footerStart, rows, groups, optional, CleanTailOf(groups, optional, rows));
    }

    /// <summary>Creates the failure of a file, naming it.</summary>
    /// <param name="path">The file.</param>
    /// <param name="what">What is wrong.</param>
    /// <returns>The exception.</returns>
    internal static PanelFormatException Fail(string path, string what) =>
        new(path, null, null, $"{path}: cannot be read as Parquet: {what}.", null);

    /// <summary>Reads exactly <c>buffer.Length</c> bytes at an offset.</summary>
    /// <param name="file">The file.</param>
    /// <param name="buffer">The buffer to fill.</param>
    /// <param name="offset">The file offset.</param>
    /// <exception cref="EndOfStreamException">The file ends first (it changed while read).</exception>
    internal static void ReadExactly(SafeFileHandle file, Span<byte> buffer, long offset)
    {
        while (!buffer.IsEmpty)
        {
            int n = RandomAccess.Read(file, buffer, offset);
            if (n == 0)
            {
                throw new EndOfStreamException(string.Create(CultureInfo.InvariantCulture, $"the file ends at byte {offset}, before the bytes its footer names; did it change while read?"));
            }

            buffer = buffer[n..];
            offset += n;
        }
    }

    private static (int[] LeafIndex, bool[] Optional) CheckSchema(string path, IReadOnlyList<ParquetFooter.SchemaElement> schema)
    {
        if (schema.Count == 0 || schema[0].NumChildren is not { } rootChildren)
        {
            throw Fail(path, "the schema has no root group");
        }

        // Walk the tree depth first: the top-level elements with their first leaf's index.
        var topLevel = new List<(ParquetFooter.SchemaElement Element, int Leaf)>();
        int next = 1;
        int leaves = 0;
        WalkChildren(path, schema, rootChildren, 1, ref next, ref leaves, topLevel);
        if (next != schema.Count)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"the schema has {schema.Count - next} elements beyond its tree"));
        }

        var leafIndex = new int[PanelColumns.Length];
        var optional = new bool[PanelColumns.Length];
        for (int c = 0; c < PanelColumns.Length; c++)
        {
            var (name, type) = PanelColumns[c];
            var matches = topLevel.Where(t => t.Element.Name == name).ToList();
            if (matches.Count == 0)
            {
                throw new PanelFormatException(path, null, null, $"{path}: no column '{name}'; the file has {CellText.Shorten(string.Join(", ", topLevel.Select(t => t.Element.Name)))}. Expected {PanelSchema.EnterpriseId}, {PanelSchema.Cluster}, {PanelSchema.Period} (int32) and {PanelSchema.YearToDateOutput} (double).", null);
            }

            if (matches.Count > 1)
            {
                throw Column(path, name, string.Create(CultureInfo.InvariantCulture, $"appears {matches.Count} times"));
            }

            var (element, leaf) = matches[0];
            if (!IsLeaf(element))
            {
                throw Column(path, name, $"is a group of columns; expected {TypeName(type)}");
            }

            if (element.Type != type)
            {
                throw Column(path, name, $"is {TypeName(element.Type!.Value)}; expected {TypeName(type)}");
            }

            bool plainInt32 = element.ConvertedType is null or 17 && element.LogicalType is null or { Kind: 10, BitWidth: 32, Signed: true };
            bool plainDouble = element.ConvertedType is null && element.LogicalType is null;
            if (!(type == Int32Type ? plainInt32 : plainDouble))
            {
                string annotation = element.ConvertedType is { } converted
                    ? string.Create(CultureInfo.InvariantCulture, $"converted type {converted}")
                    : string.Create(CultureInfo.InvariantCulture, $"logical type {element.LogicalType!.Kind}");
                throw Column(path, name, $"is {TypeName(type)} annotated with {annotation}; expected a plain {TypeName(type)}");
            }

            switch (element.Repetition ?? 0)
            {
                case 0:
                    break;
                case 1:
                    optional[c] = true;
                    break;
                case 2:
                    throw Column(path, name, $"is repeated (a list); expected one {TypeName(type)} a row");
                default:
                    throw Column(path, name, string.Create(CultureInfo.InvariantCulture, $"has repetition {element.Repetition}, which is not required, optional or repeated"));
            }

            leafIndex[c] = leaf;
        }

        return (leafIndex, optional);
    }

    private static void WalkChildren(
        string path,
        IReadOnlyList<ParquetFooter.SchemaElement> schema,
        int count,
        int depth,
        ref int next,
        ref int leaves,
        List<(ParquetFooter.SchemaElement Element, int Leaf)>? topLevel)
    {
        if (count < 0 || count > schema.Count - next)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"a schema group claims {count} children but {schema.Count - next} elements follow it"));
        }

        if (depth > ThriftCompactReader.MaxDepth)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"the schema nests deeper than {ThriftCompactReader.MaxDepth}"));
        }

        for (int k = 0; k < count; k++)
        {
            var element = schema[next++];
            int firstLeaf = leaves;
            if (IsLeaf(element))
            {
                if (element.Type is null)
                {
                    throw Fail(path, $"schema element '{CellText.Shorten(element.Name)}' has neither children nor a type");
                }

                leaves++;
            }
            else
            {
                WalkChildren(path, schema, element.NumChildren!.Value, depth + 1, ref next, ref leaves, null);
            }

            topLevel?.Add((element, firstLeaf));
        }
    }

    private static bool IsLeaf(ParquetFooter.SchemaElement element) => element.NumChildren is null || (element.NumChildren == 0 && element.Type is not null);

    private static Chunk CheckChunk(string path, int g, int c, ParquetFooter.ColumnChunk chunk, long rows, long fileLength, long footerStart)
    {
        var (name, type) = PanelColumns[c];
        string where = string.Create(CultureInfo.InvariantCulture, $"row group {g}, column '{name}'");
        if (chunk.Encrypted)
        {
            throw Fail(path, $"{where} is encrypted");
        }

        if (chunk.FilePath is { } other)
        {
            throw Fail(path, $"{where} is in another file, '{CellText.Shorten(other)}'");
        }

        var meta = chunk.MetaData ?? throw Fail(path, $"{where} has no metadata");
        if (meta.Type != type)
        {
            throw Fail(path, $"{where} holds {TypeName(meta.Type)} values; the schema says {TypeName(type)}");
        }

        if (meta.PathInSchema.Count != 1 || meta.PathInSchema[0] != name)
        {
            throw Fail(path, $"{where} is at '{CellText.Shorten(string.Join(".", meta.PathInSchema))}' in the schema");
        }

        if (meta.Codec is not (0 or 1 or 2 or 4 or 5 or 6 or 7))
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"{where} is compressed with codec {meta.Codec}, which Parquet.Net cannot read"));
        }

        if (meta.NumValues != rows)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"{where} holds {meta.NumValues} values for the row group's {rows} rows"));
        }

        long start = meta.DictionaryPageOffset is > 0 and var d ? d : meta.DataPageOffset;
        if (meta.DictionaryPageOffset is > 0 && meta.DictionaryPageOffset >= meta.DataPageOffset)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"{where} has its dictionary page at byte {meta.DictionaryPageOffset}, not before its first data page at byte {meta.DataPageOffset}"));
        }

        long size = meta.TotalCompressedSize;
        if (start < 4 || size < 0 || start > footerStart || size > footerStart - start)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"{where} claims bytes {start} to {start + size}, but the column data of the file lies between bytes 4 and {footerStart} (the footer starts there; the file has {fileLength} bytes)"));
        }

        if (size == 0 && rows > 0)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"{where} has no bytes for {rows} rows"));
        }

        return new Chunk(name, type, meta.Codec, start, size, rows, CheckStatistics(path, where, meta));
    }

    private static ChunkStatistics? CheckStatistics(string path, string where, ParquetFooter.ColumnMetaData meta)
    {
        if (meta.Statistics is not { } stats)
        {
            return null;
        }

        if (stats.NullCount is < 0 || stats.NullCount > meta.NumValues)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"the statistics of {where} count {stats.NullCount} nulls among {meta.NumValues} values"));
        }

        double? min = Decode(path, where, "min", stats.MinValue ?? stats.LegacyMin, meta.Type);
        double? max = Decode(path, where, "max", stats.MaxValue ?? stats.LegacyMax, meta.Type);
        if (min > max)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"the statistics of {where} have a min of {min:R} above their max of {max:R}"));
        }

        return new ChunkStatistics(min, max, stats.IsMinValueExact != false, stats.IsMaxValueExact != false, stats.NullCount);
    }

    private static double? Decode(string path, string where, string which, byte[]? bytes, int type)
    {
        if (bytes is null)
        {
            return null;
        }

        int width = type == Int32Type ? 4 : 8;
        if (bytes.Length != width)
        {
            throw Fail(path, string.Create(CultureInfo.InvariantCulture, $"the statistics of {where} hold a {which} of {bytes.Length} bytes; a {TypeName(type)} has {width}"));
        }

        // NaN bounds carry no information (parquet.thrift tells readers to ignore them).
        double value = type == Int32Type ? BinaryPrimitives.ReadInt32LittleEndian(bytes) : BinaryPrimitives.ReadDoubleLittleEndian(bytes);
        return double.IsNaN(value) ? null : value;
    }

    private static byte[] CleanTailOf(Group[] groups, bool[] optional, long rows)
    {
        var w = new ThriftCompactWriter();
        w.BeginStruct();
        w.FieldI32(1, 1);
        w.BeginListField(2, ThriftType.Struct, PanelColumns.Length + 1);
        w.BeginStruct();
        w.FieldBinary(4, "schema"u8);
        w.FieldI32(5, PanelColumns.Length);
        w.EndStruct();
        for (int c = 0; c < PanelColumns.Length; c++)
        {
            w.BeginStruct();
            w.FieldI32(1, PanelColumns[c].Type);
            w.FieldI32(3, optional[c] ? 1 : 0);
            w.FieldBinary(4, Encoding.UTF8.GetBytes(PanelColumns[c].Name));
            w.EndStruct();
        }

        w.FieldI64(3, rows);
        w.BeginListField(4, ThriftType.Struct, groups.Length);
        foreach (var group in groups)
        {
            w.BeginStruct();
            w.BeginListField(1, ThriftType.Struct, group.Columns.Count);
            foreach (var chunk in group.Columns)
            {
                w.BeginStruct();
                w.FieldI64(2, chunk.Start);
                w.BeginStructField(3);
                w.FieldI32(1, chunk.PhysicalType);
                w.BeginListField(2, ThriftType.I32, 0);
                w.BeginListField(3, ThriftType.Binary, 1);
                w.Binary(Encoding.UTF8.GetBytes(chunk.Name));
                w.FieldI32(4, chunk.Codec);
                w.FieldI64(5, chunk.NumValues);
                w.FieldI64(6, chunk.Length);
                w.FieldI64(7, chunk.Length);
                w.FieldI64(9, chunk.Start);
                w.EndStruct();
                w.EndStruct();
            }

            w.FieldI64(2, group.Columns.Sum(c => c.Length));
            w.FieldI64(3, group.Rows);
            w.EndStruct();
        }

        w.EndStruct();
        var footer = w.WrittenSpan;
        var result = new byte[footer.Length + 8];
        footer.CopyTo(result);
        BinaryPrimitives.WriteInt32LittleEndian(result.AsSpan(footer.Length), footer.Length);
        Magic.CopyTo(result.AsSpan(footer.Length + 4));
        return result;
    }

    private static PanelFormatException Column(string path, string name, string what) =>
        new(path, null, null, $"{path}: column '{name}' {what}.", null);

    private static string TypeName(int type) => type switch
    {
        0 => "Boolean",
        1 => "Int32",
        2 => "Int64",
        3 => "Int96",
        4 => "Single",
        5 => "Double",
        6 => "ByteArray",
        7 => "FixedLenByteArray",
        _ => string.Create(CultureInfo.InvariantCulture, $"physical type {type}"),
    };

    private static string Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexString(bytes);

    /// <summary>A row group: its place among the rows and its four panel column chunks.</summary>
    /// <param name="FirstRow">The 0-based index of its first row in the file.</param>
    /// <param name="Rows">The number of rows.</param>
    /// <param name="Columns">The chunks of the panel columns, in <see cref="PanelSchema"/> order.</param>
    internal sealed record Group(long FirstRow, long Rows, IReadOnlyList<Chunk> Columns);

    /// <summary>A column chunk of a panel column, checked to lie within the column data of the file.</summary>
    /// <param name="Name">The column's name.</param>
    /// <param name="PhysicalType">INT32 or DOUBLE.</param>
    /// <param name="Codec">The compression codec.</param>
    /// <param name="Start">The file offset of its first page.</param>
    /// <param name="Length">The bytes of its pages, headers included.</param>
    /// <param name="NumValues">The values it holds (the row group's rows).</param>
    /// <param name="Statistics">The footer's statistics, when given.</param>
    internal sealed record Chunk(string Name, int PhysicalType, int Codec, long Start, long Length, long NumValues, ChunkStatistics? Statistics)
    {
        /// <summary>Gets the bytes of a value: 4 for INT32, 8 for DOUBLE.</summary>
        public int ValueWidth => PhysicalType == Int32Type ? 4 : 8;
    }

    /// <summary>The statistics of a chunk, decoded.</summary>
    /// <param name="Min">The min, or null when not given (or NaN).</param>
    /// <param name="Max">The max, or null when not given (or NaN).</param>
    /// <param name="MinExact">Whether the min is the exact min (else a lower bound).</param>
    /// <param name="MaxExact">Whether the max is the exact max (else an upper bound).</param>
    /// <param name="NullCount">The number of nulls, when given.</param>
    internal sealed record ChunkStatistics(double? Min, double? Max, bool MinExact, bool MaxExact, long? NullCount);
}
