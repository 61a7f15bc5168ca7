using System;
using System.Globalization;
using System.IO;

namespace Taizhou.Metrics.IO;

/// <summary>
/// A Parquet page header (<c>PageHeader</c> of parquet.thrift), decoded strictly: every field Parquet.Net reads must
/// have the wire type Parquet.Net reads it as, and an unknown field must be a scalar (Parquet.Net skips a nested struct
/// or list wrongly), so that Parquet.Net reads any header accepted here exactly as this does.
/// </summary>
/// <param name="Type">The page type: 0 data page, 1 index page, 2 dictionary page, 3 data page v2.</param>
/// <param name="UncompressedSize">The page's size uncompressed, header excluded.</param>
/// <param name="CompressedSize">The page's size as stored, header excluded.</param>
/// <param name="Crc">The CRC-32 of the stored page bytes, when the writer gave one.</param>
/// <param name="NumValues">The values (nulls included) of a data page, or the entries of a dictionary page.</param>
/// <param name="Encoding">The encoding of the values.</param>
/// <param name="DefinitionLevelEncoding">The encoding of a v1 data page's definition levels.</param>
/// <param name="NumNulls">The nulls of a v2 data page.</param>
/// <param name="NumRows">The rows of a v2 data page.</param>
/// <param name="DefinitionLevelsLength">The bytes of a v2 data page's definition levels.</param>
/// <param name="RepetitionLevelsLength">The bytes of a v2 data page's repetition levels.</param>
/// <param name="IsCompressed">Whether a v2 data page's values are compressed (true when absent).</param>
/// <param name="HeaderLength">The bytes of the header itself.</param>
internal readonly record struct ParquetPageHeader(
    int Type,
    int UncompressedSize,
    int CompressedSize,
    int? Crc,
    int NumValues,
    int Encoding,
    int DefinitionLevelEncoding,
    int NumNulls,
    int NumRows,
    int DefinitionLevelsLength,
    int RepetitionLevelsLength,
    bool IsCompressed,
    int HeaderLength)
{
    /// <summary>A v1 data page.</summary>
    public const int DataPage = 0;

    /// <summary>An index page (Parquet.Net cannot read it).</summary>
    public const int IndexPage = 1;

    /// <summary>A dictionary page.</summary>
    public const int DictionaryPage = 2;

    /// <summary>A v2 data page.</summary>
    public const int DataPageV2 = 3;

    /// <summary>Decodes the page header at the start of <paramref name="bytes"/>.</summary>
    /// <param name="bytes">The bytes from the header on (the rest of the column chunk).</param>
    /// <param name="origin">The file offset of the header, for messages.</param>
    /// <returns>The header; <see cref="HeaderLength"/> says where the page's data begins.</returns>
    /// <exception cref="InvalidDataException">The bytes are not a well-formed page header of a known type.</exception>
    public static ParquetPageHeader Read(ReadOnlySpan<byte> bytes, long origin)
    {
        const string Name = "PageHeader";
        var reader = new ThriftCompactReader(bytes, origin);
        int? type = null;
        int? uncompressed = null;
        int? compressed = null;
        int? crc = null;
        var page = default(ParquetPageHeader) with { IsCompressed = true };
        bool data = false;
        bool dictionary = false;
        bool dataV2 = false;
        short last = reader.BeginStruct();
        while (reader.ReadFieldHeader(ref last, out short id, out var wire))
        {
            switch (id)
            {
                case 1:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    type = reader.ReadI32();
                    break;
                case 2:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    uncompressed = reader.ReadI32();
                    break;
                case 3:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    compressed = reader.ReadI32();
                    break;
                case 4:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    crc = reader.ReadI32();
                    break;
                case 5:
                    reader.Expect(Name, id, wire, ThriftType.Struct);
                    page = ReadDataPageHeader(ref reader, page);
                    data = true;
                    break;
                case 6:
                    reader.Expect(Name, id, wire, ThriftType.Struct);
                    SkipStruct(ref reader, "IndexPageHeader");
                    break;
                case 7:
                    reader.Expect(Name, id, wire, ThriftType.Struct);
                    page = ReadDictionaryPageHeader(ref reader, page);
                    dictionary = true;
                    break;
                case 8:
                    reader.Expect(Name, id, wire, ThriftType.Struct);
                    page = ReadDataPageHeaderV2(ref reader, page);
                    dataV2 = true;
                    break;
                default:
                    SkipScalar(ref reader, Name, id, wire);
                    break;
            }
        }

        reader.EndStruct();
        if (type is not { } t || uncompressed is not { } u || compressed is not { } c)
        {
            throw ThriftCompactReader.Error(origin, "the page header lacks its type or sizes");
        }

        bool hasItsHeader = t switch
        {
            DataPage => data,
            DictionaryPage => dictionary,
            DataPageV2 => dataV2,
            _ => true,
        };
        if (!hasItsHeader)
        {
            throw ThriftCompactReader.Error(origin, string.Create(CultureInfo.InvariantCulture, $"the header of a page of type {t} lacks the header of that type"));
        }

        return page with { Type = t, UncompressedSize = u, CompressedSize = c, Crc = crc, HeaderLength = reader.Position };
    }

    private static ParquetPageHeader ReadDataPageHeader(ref ThriftCompactReader reader, ParquetPageHeader page)
    {
        const string Name = "DataPageHeader";
        short last = reader.BeginStruct();
        while (reader.ReadFieldHeader(ref last, out short id, out var wire))
        {
            switch (id)
            {
                case 1:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    page = page with { NumValues = reader.ReadI32() };
                    break;
                case 2:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    page = page with { Encoding = reader.ReadI32() };
                    break;
                case 3:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    page = page with { DefinitionLevelEncoding = reader.ReadI32() };
                    break;
                case 4:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    reader.ReadI32();
                    break;
                case 5:
                    reader.Expect(Name, id, wire, ThriftType.Struct);
                    SkipStatistics(ref reader);
                    break;
                default:
                    SkipScalar(ref reader, Name, id, wire);
                    break;
            }
        }

        reader.EndStruct();
        return page;
    }

    private static ParquetPageHeader ReadDictionaryPageHeader(ref ThriftCompactReader reader, ParquetPageHeader page)
    {
        const string Name = "DictionaryPageHeader";
        short last = reader.BeginStruct();
        while (reader.ReadFieldHeader(ref last, out short id, out var wire))
        {
            switch (id)
            {
                case 1:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    page = page with { NumValues = reader.ReadI32() };
                    break;
                case 2:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    page = page with { Encoding = reader.ReadI32() };
                    break;
                case 3:
                    reader.Expect(Name, id, wire, ThriftType.True);
                    break;
                default:
                    SkipScalar(ref reader, Name, id, wire);
                    break;
            }
        }

        reader.EndStruct();
        return page;
    }

    private static ParquetPageHeader ReadDataPageHeaderV2(ref ThriftCompactReader reader, ParquetPageHeader page)
    {
        const string Name = "DataPageHeaderV2";
        short last = reader.BeginStruct();
        while (reader.ReadFieldHeader(ref last, out short id, out var wire))
        {
            switch (id)
            {
                case 1:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    page = page with { NumValues = reader.ReadI32() };
                    break;
                case 2:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    page = page with { NumNulls = reader.ReadI32() };
                    break;
                case 3:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    page = page with { NumRows = reader.ReadI32() };
                    break;
                case 4:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    page = page with { Encoding = reader.ReadI32() };
                    break;
                case 5:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    page = page with { DefinitionLevelsLength = reader.ReadI32() };
                    break;
                case 6:
                    reader.Expect(Name, id, wire, ThriftType.I32);
                    page = page with { RepetitionLevelsLength = reader.ReadI32() };
                    break;
                case 7:
                    reader.Expect(Name, id, wire, ThriftType.True);
                    page = page with { IsCompressed = wire == ThriftType.True };
                    break;
                case 8:
                    reader.Expect(Name, id, wire, ThriftType.Struct);
                    SkipStatistics(ref reader);
                    break;
                default:
                    SkipScalar(ref reader, Name, id, wire);
                    break;
            }
        }

        reader.EndStruct();
        return page;
    }

    private static void SkipStatistics(ref ThriftCompactReader reader)
    {
        const string Name = "Statistics";
        short last = reader.BeginStruct();
        while (reader.ReadFieldHeader(ref last, out short id, out var wire))
        {
            var expected = id switch
            {
                1 or 2 or 5 or 6 => ThriftType.Binary,
                3 or 4 => ThriftType.I64,
                7 or 8 => ThriftType.True,
                _ => ThriftType.Stop,
            };
            if (expected == ThriftType.Stop)
            {
                SkipScalar(ref reader, Name, id, wire);
            }
            else
            {
                reader.Expect(Name, id, wire, expected);
                reader.Skip(wire, inList: false);
            }
        }

        reader.EndStruct();
    }

    private static void SkipStruct(ref ThriftCompactReader reader, string name)
    {
        short last = reader.BeginStruct();
        while (reader.ReadFieldHeader(ref last, out short id, out var wire))
        {
            SkipScalar(ref reader, name, id, wire);
        }

        reader.EndStruct();
    }

    private static void SkipScalar(ref ThriftCompactReader reader, string structName, short id, ThriftType wire)
    {
        if (wire is ThriftType.List or ThriftType.Set or ThriftType.Map or ThriftType.Struct)
        {
            throw ThriftCompactReader.Error(reader.FileOffset, string.Create(CultureInfo.InvariantCulture, $"unknown field {id} of {structName} is a {wire}"));
        }

        reader.Skip(wire, inList: false);
    }
}
