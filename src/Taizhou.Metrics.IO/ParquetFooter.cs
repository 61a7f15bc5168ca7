using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace Taizhou.Metrics.IO;

/// <summary>
/// The parts of a Parquet footer (<c>FileMetaData</c> of parquet.thrift) the panel reader needs, decoded strictly with
/// <see cref="ThriftCompactReader"/>: the schema, the row groups and, for every column chunk, its place in the file,
/// codec, value count and statistics. Nothing here is validated beyond its encoding; <see cref="ParquetLayout"/> checks it.
/// </summary>
internal sealed record ParquetFooter
{
    /// <summary>Gets the total number of rows the footer claims.</summary>
    public long NumRows { get; init; }

    /// <summary>Gets the schema elements, depth first, the root first.</summary>
    public IReadOnlyList<SchemaElement> Schema { get; init; } = [];

    /// <summary>Gets the row groups.</summary>
    public IReadOnlyList<RowGroup> RowGroups { get; init; } = [];

    /// <summary>Gets whether the footer names an encryption algorithm (an encrypted file).</summary>
    public bool Encrypted { get; init; }

    /// <summary>Decodes a footer.</summary>
    /// <param name="bytes">The footer's bytes.</param>
    /// <param name="origin">The file offset of the first byte, for messages.</param>
    /// <returns>The footer.</returns>
    /// <exception cref="InvalidDataException">The bytes are not a well-formed footer; the message names the byte.</exception>
    public static ParquetFooter Read(ReadOnlySpan<byte> bytes, long origin)
    {
        var reader = new ThriftCompactReader(bytes, origin);
        var footer = ReadFileMetaData(ref reader);
        if (reader.Position != bytes.Length)
        {
            throw ThriftCompactReader.Error(reader.FileOffset, string.Create(CultureInfo.InvariantCulture, $"the footer's FileMetaData ends {bytes.Length - reader.Position} bytes before the footer does"));
        }

        return footer;
    }

    private static ParquetFooter ReadFileMetaData(ref ThriftCompactReader reader)
    {
        const string Name = "FileMetaData";
        long at = reader.FileOffset;
        long? numRows = null;
        List<SchemaElement>? schema = null;
        List<RowGroup>? rowGroups = null;
        bool encrypted = false;
        short last = reader.BeginStruct();
        while (reader.ReadFieldHeader(ref last, out short id, out var type))
        {
            switch (id)
            {
                case 2:
                    reader.Expect(Name, id, type, ThriftType.List);
                    schema = ReadList(ref reader, Name, id, ReadSchemaElement);
                    break;
                case 3:
                    reader.Expect(Name, id, type, ThriftType.I64);
                    numRows = reader.ReadI64();
                    break;
                case 4:
                    reader.Expect(Name, id, type, ThriftType.List);
                    rowGroups = ReadList(ref reader, Name, id, ReadRowGroup);
                    break;
                case 8:
                    encrypted = true;
                    reader.Skip(type, inList: false);
                    break;
                default:
                    reader.Skip(type, inList: false);
                    break;
            }
        }

        reader.EndStruct();
        return new ParquetFooter
        {
            NumRows = numRows ?? throw Missing(at, Name, "num_rows"),
            Schema = schema ?? throw Missing(at, Name, "schema"),
            RowGroups = rowGroups ?? throw Missing(at, Name, "row_groups"),
            Encrypted = encrypted,
        };
    }

    private static SchemaElement ReadSchemaElement(ref ThriftCompactReader reader)
    {
        const string Name = "SchemaElement";
        long at = reader.FileOffset;
        var element = new SchemaElement();
        string? name = null;
        short last = reader.BeginStruct();
        while (reader.ReadFieldHeader(ref last, out short id, out var type))
        {
            switch (id)
            {
                case 1:
                    reader.Expect(Name, id, type, ThriftType.I32);
                    element = element with { Type = reader.ReadI32() };
                    break;
                case 3:
                    reader.Expect(Name, id, type, ThriftType.I32);
                    element = element with { Repetition = reader.ReadI32() };
                    break;
                case 4:
                    reader.Expect(Name, id, type, ThriftType.Binary);
                    name = Utf8(reader.ReadBinary());
                    break;
                case 5:
                    reader.Expect(Name, id, type, ThriftType.I32);
                    element = element with { NumChildren = reader.ReadI32() };
                    break;
                case 6:
                    reader.Expect(Name, id, type, ThriftType.I32);
                    element = element with { ConvertedType = reader.ReadI32() };
                    break;
                case 10:
                    reader.Expect(Name, id, type, ThriftType.Struct);
                    element = element with { LogicalType = ReadLogicalType(ref reader) };
                    break;
                default:
                    reader.Skip(type, inList: false);
                    break;
            }
        }

        reader.EndStruct();
        return element with { Name = name ?? throw Missing(at, Name, "name") };
    }

    private static LogicalType ReadLogicalType(ref ThriftCompactReader reader)
    {
        // A union: exactly one field is set. Only the integer annotation's width and sign matter here.
        var result = new LogicalType(0, 0, false);
        short last = reader.BeginStruct();
        while (reader.ReadFieldHeader(ref last, out short id, out var type))
        {
            if (id == 10 && type == ThriftType.Struct)
            {
                int width = 0;
                bool signed = false;
                short inner = reader.BeginStruct();
                while (reader.ReadFieldHeader(ref inner, out short intId, out var intType))
                {
                    if (intId == 1 && intType == ThriftType.Byte)
                    {
                        width = (sbyte)reader.ReadByteValue();
                    }
                    else if (intId == 2 && intType is ThriftType.True or ThriftType.False)
                    {
                        signed = intType == ThriftType.True;
                    }
                    else
                    {
                        reader.Skip(intType, inList: false);
                    }
                }

                reader.EndStruct();
                result = new LogicalType(id, width, signed);
            }
            else
            {
                reader.Skip(type, inList: false);
                result = new LogicalType(id, 0, false);
            }
        }

        reader.EndStruct();
        return result;
    }

    private static RowGroup ReadRowGroup(ref ThriftCompactReader reader)
    {
        const string Name = "RowGroup";
        long at = reader.FileOffset;
        List<ColumnChunk>? columns = null;
        long? numRows = null;
        short last = reader.BeginStruct();
        while (reader.ReadFieldHeader(ref last, out short id, out var type))
        {
            switch (id)
            {
                case 1:
                    reader.Expect(Name, id, type, ThriftType.List);
                    columns = ReadList(ref reader, Name, id, ReadColumnChunk);
                    break;
                case 3:
                    reader.Expect(Name, id, type, ThriftType.I64);
                    numRows = reader.ReadI64();
                    break;
                default:
                    reader.Skip(type, inList: false);
                    break;
            }
        }

        reader.EndStruct();
        return new RowGroup
        {
            Columns = columns ?? throw Missing(at, Name, "columns"),
            NumRows = numRows ?? throw Missing(at, Name, "num_rows"),
        };
    }

    private static ColumnChunk ReadColumnChunk(ref ThriftCompactReader reader)
    {
        const string Name = "ColumnChunk";
        var chunk = new ColumnChunk();
        short last = reader.BeginStruct();
        while (reader.ReadFieldHeader(ref last, out short id, out var type))
        {
            switch (id)
            {
                case 1:
                    reader.Expect(Name, id, type, ThriftType.Binary);
                    chunk = chunk with { FilePath = Utf8(reader.ReadBinary()) };
                    break;
                case 3:
                    reader.Expect(Name, id, type, ThriftType.Struct);
                    chunk = chunk with { MetaData = ReadColumnMetaData(ref reader) };
                    break;
                case 8 or 9:
                    chunk = chunk with { Encrypted = true };
                    reader.Skip(type, inList: false);
                    break;
                default:
                    reader.Skip(type, inList: false);
                    break;
            }
        }

        reader.EndStruct();
        return chunk;
    }

    private static ColumnMetaData ReadColumnMetaData(ref ThriftCompactReader reader)
    {
        const string Name = "ColumnMetaData";
        long at = reader.FileOffset;
        var meta = new ColumnMetaData();
        int? physical = null;
        int? codec = null;
        List<string>? pathInSchema = null;
        long? numValues = null;
        long? compressed = null;
        long? dataPageOffset = null;
        short last = reader.BeginStruct();
        while (reader.ReadFieldHeader(ref last, out short id, out var type))
        {
            switch (id)
            {
                case 1:
                    reader.Expect(Name, id, type, ThriftType.I32);
                    physical = reader.ReadI32();
                    break;
                case 2:
                    reader.Expect(Name, id, type, ThriftType.List);
                    meta = meta with { Encodings = ReadList(ref reader, Name, id, static (ref ThriftCompactReader r) => r.ReadI32()) };
                    break;
                case 3:
                    reader.Expect(Name, id, type, ThriftType.List);
                    pathInSchema = ReadList(ref reader, Name, id, static (ref ThriftCompactReader r) => Utf8(r.ReadBinary()));
                    break;
                case 4:
                    reader.Expect(Name, id, type, ThriftType.I32);
                    codec = reader.ReadI32();
                    break;
                case 5:
                    reader.Expect(Name, id, type, ThriftType.I64);
                    numValues = reader.ReadI64();
                    break;
                case 7:
                    reader.Expect(Name, id, type, ThriftType.I64);
                    compressed = reader.ReadI64();
                    break;
                case 9:
                    reader.Expect(Name, id, type, ThriftType.I64);
                    dataPageOffset = reader.ReadI64();
                    break;
                case 11:
                    reader.Expect(Name, id, type, ThriftType.I64);
                    meta = meta with { DictionaryPageOffset = reader.ReadI64() };
                    break;
                case 12:
                    reader.Expect(Name, id, type, ThriftType.Struct);
                    meta = meta with { Statistics = ReadStatistics(ref reader) };
                    break;
                default:
                    reader.Skip(type, inList: false);
                    break;
            }
        }

        reader.EndStruct();
        return meta with
        {
            Type = physical ?? throw Missing(at, Name, "type"),
            PathInSchema = pathInSchema ?? throw Missing(at, Name, "path_in_schema"),
            Codec = codec ?? throw Missing(at, Name, "codec"),
            NumValues = numValues ?? throw Missing(at, Name, "num_values"),
            TotalCompressedSize = compressed ?? throw Missing(at, Name, "total_compressed_size"),
            DataPageOffset = dataPageOffset ?? throw Missing(at, Name, "data_page_offset"),
        };
    }

    private static Statistics ReadStatistics(ref ThriftCompactReader reader)
    {
        const string Name = "Statistics";
        var stats = new Statistics();
        short last = reader.BeginStruct();
        while (reader.ReadFieldHeader(ref last, out short id, out var type))
        {
            switch (id)
            {
                case 1:
                    reader.Expect(Name, id, type, ThriftType.Binary);
                    stats = stats with { LegacyMax = reader.ReadBinary().ToArray() };
                    break;
                case 2:
                    reader.Expect(Name, id, type, ThriftType.Binary);
                    stats = stats with { LegacyMin = reader.ReadBinary().ToArray() };
                    break;
                case 3:
                    reader.Expect(Name, id, type, ThriftType.I64);
                    stats = stats with { NullCount = reader.ReadI64() };
                    break;
                case 5:
                    reader.Expect(Name, id, type, ThriftType.Binary);
                    stats = stats with { MaxValue = reader.ReadBinary().ToArray() };
                    break;
                case 6:
                    reader.Expect(Name, id, type, ThriftType.Binary);
                    stats = stats with { MinValue = reader.ReadBinary().ToArray() };
                    break;
                case 7:
                    reader.Expect(Name, id, type, ThriftType.True);
                    stats = stats with { IsMaxValueExact = type == ThriftType.True };
                    break;
                case 8:
                    reader.Expect(Name, id, type, ThriftType.True);
                    stats = stats with { IsMinValueExact = type == ThriftType.True };
                    break;
                default:
                    reader.Skip(type, inList: false);
                    break;
            }
        }

        reader.EndStruct();
        return stats;
    }

    private delegate T ElementReader<T>(ref ThriftCompactReader reader);

    private static List<T> ReadList<T>(ref ThriftCompactReader reader, string structName, short id, ElementReader<T> read)
    {
        long at = reader.FileOffset;
        int count = reader.ReadListHeader(out var elementType);
        var expected = typeof(T) == typeof(int) ? ThriftType.I32 : typeof(T) == typeof(string) ? ThriftType.Binary : ThriftType.Struct;
        if (count > 0 && elementType != expected)
        {
            throw ThriftCompactReader.Error(at, string.Create(CultureInfo.InvariantCulture, $"field {id} of {structName} is a list of {elementType}, expected {expected}"));
        }

        var list = new List<T>(count);
        for (int i = 0; i < count; i++)
        {
            list.Add(read(ref reader));
        }

        return list;
    }

    /// <summary>Decodes a name; bytes that are not UTF-8 are kept as <c>\xNN</c>, so that a message shows what the file holds (never U+FFFD).</summary>
    private static string Utf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes))
        {
            return Encoding.UTF8.GetString(bytes);
        }

        var text = new StringBuilder(bytes.Length + 8);
        while (!bytes.IsEmpty)
        {
            if (Rune.DecodeFromUtf8(bytes, out var rune, out int used) == System.Buffers.OperationStatus.Done)
            {
                text.Append(rune.ToString());
            }
            else
            {
                foreach (byte b in bytes[..used])
                {
                    text.Append(CultureInfo.InvariantCulture, $"\\x{b:X2}");
                }
            }

            bytes = bytes[used..];
        }

        return text.ToString();
    }

    private static InvalidDataException Missing(long at, string structName, string field) =>
        ThriftCompactReader.Error(at, $"the {structName} starting here has no {field}");

    /// <summary>A schema element: a group (with children) or a leaf column (with a physical type).</summary>
    internal sealed record SchemaElement
    {
        /// <summary>Gets the name.</summary>
        public string Name { get; init; } = string.Empty;

        /// <summary>Gets the physical type (parquet.thrift <c>Type</c>), absent for a group.</summary>
        public int? Type { get; init; }

        /// <summary>Gets the repetition (0 required, 1 optional, 2 repeated), if given.</summary>
        public int? Repetition { get; init; }

        /// <summary>Gets the number of children, present for a group.</summary>
        public int? NumChildren { get; init; }

        /// <summary>Gets the converted type (the old annotation), if any.</summary>
        public int? ConvertedType { get; init; }

        /// <summary>Gets the logical type annotation, if any.</summary>
        public LogicalType? LogicalType { get; init; }
    }

    /// <summary>A logical type annotation: the field of the union that is set and, for an integer, its width and sign.</summary>
    /// <param name="Kind">The union's field id (10 for an integer).</param>
    /// <param name="BitWidth">The integer's width in bits.</param>
    /// <param name="Signed">Whether the integer is signed.</param>
    internal sealed record LogicalType(int Kind, int BitWidth, bool Signed);

    /// <summary>A row group: its row count and one column chunk per leaf column.</summary>
    internal sealed record RowGroup
    {
        /// <summary>Gets the column chunks, in the order of the schema's leaves.</summary>
        public IReadOnlyList<ColumnChunk> Columns { get; init; } = [];

        /// <summary>Gets the number of rows the row group claims.</summary>
        public long NumRows { get; init; }
    }

    /// <summary>A column chunk: where its metadata says its pages are.</summary>
    internal sealed record ColumnChunk
    {
        /// <summary>Gets the file the chunk is in when not this one.</summary>
        public string? FilePath { get; init; }

        /// <summary>Gets the metadata.</summary>
        public ColumnMetaData? MetaData { get; init; }

        /// <summary>Gets whether the chunk is encrypted.</summary>
        public bool Encrypted { get; init; }
    }

    /// <summary>The metadata of a column chunk.</summary>
    internal sealed record ColumnMetaData
    {
        /// <summary>Gets the physical type.</summary>
        public int Type { get; init; }

        /// <summary>Gets the encodings used.</summary>
        public IReadOnlyList<int> Encodings { get; init; } = [];

        /// <summary>Gets the path of the column in the schema.</summary>
        public IReadOnlyList<string> PathInSchema { get; init; } = [];

        /// <summary>Gets the compression codec.</summary>
        public int Codec { get; init; }

        /// <summary>Gets the number of values (nulls included).</summary>
        public long NumValues { get; init; }

        /// <summary>Gets the bytes of the chunk's pages, headers included.</summary>
        public long TotalCompressedSize { get; init; }

        /// <summary>Gets the file offset of the first data page.</summary>
        public long DataPageOffset { get; init; }

        /// <summary>Gets the file offset of the dictionary page, if any.</summary>
        public long? DictionaryPageOffset { get; init; }

        /// <summary>Gets the statistics, if any.</summary>
        public Statistics? Statistics { get; init; }
    }

    /// <summary>The statistics of a column chunk: min and max as plain-encoded values, the null count.</summary>
    internal sealed record Statistics
    {
        /// <summary>Gets the deprecated max (signed order for INT32 and DOUBLE, so usable for them).</summary>
        public byte[]? LegacyMax { get; init; }

        /// <summary>Gets the deprecated min.</summary>
        public byte[]? LegacyMin { get; init; }

        /// <summary>Gets the number of nulls.</summary>
        public long? NullCount { get; init; }

        /// <summary>Gets the max value.</summary>
        public byte[]? MaxValue { get; init; }

        /// <summary>Gets the min value.</summary>
        public byte[]? MinValue { get; init; }

        /// <summary>Gets whether the max is the exact max (absent: exact for numbers).</summary>
        public bool? IsMaxValueExact { get; init; }

        /// <summary>Gets whether the min is the exact min.</summary>
        public bool? IsMinValueExact { get; init; }
    }
}
