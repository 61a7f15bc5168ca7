using System;
using System.Buffers.Binary;
using System.Globalization;
using System.IO;
using System.IO.Hashing;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Checks the pages of a column chunk before Parquet.Net decodes them: every header well-formed
/// (<see cref="ParquetPageHeader"/>), every page inside the chunk and the pages filling it exactly, the values adding
/// up to the chunk's, encodings Parquet.Net decodes correctly for the column's type, sizes no larger than the values
/// can need (Parquet.Net sizes its buffers from them and from the Snappy and Zstandard headers, which are checked too),
/// and the CRC-32 of every page that carries one.
/// </summary>
internal static class ParquetPageCheck
{
    private const int Plain = 0;
    private const int PlainDictionary = 2;
    private const int Rle = 3;
    private const int DeltaBinaryPacked = 5;
    private const int RleDictionary = 8;
    private const int ByteStreamSplit = 9;

    private const int Uncompressed = 0;
    private const int Snappy = 1;
    private const int Zstd = 6;

    /// <summary>Checks the pages of a chunk, given all its bytes.</summary>
    /// <param name="bytes">The chunk's bytes, from its first page to its end.</param>
    /// <param name="chunk">The chunk.</param>
    /// <param name="optional">Whether the column is optional (its pages then carry definition levels).</param>
    /// <exception cref="InvalidDataException">A page is wrong; the message names its file offset.</exception>
    public static void Check(ReadOnlySpan<byte> bytes, ParquetLayout.Chunk chunk, bool optional)
    {
        int width = chunk.ValueWidth;
        int at = 0;
        long values = 0;
        bool dictionary = false;
        bool data = false;
        while (at < bytes.Length)
        {
            long offset = chunk.Start + at;
            ParquetPageHeader page;
            try
            {
                page = ParquetPageHeader.Read(bytes[at..], offset);
            }
            catch (InvalidDataException ex)
            {
                throw Error(offset, $"its header cannot be decoded: {ex.Message}");
            }

            int body = at + page.HeaderLength;
            if (page.CompressedSize < 0 || page.UncompressedSize < 0 || page.CompressedSize > bytes.Length - body)
            {
                throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the page claims {page.CompressedSize} bytes ({page.UncompressedSize} uncompressed) but its chunk has {bytes.Length - body} left"));
            }

            var stored = bytes.Slice(body, page.CompressedSize);
            if (page.Crc is { } crc)
            {
                uint actual = Crc32.HashToUInt32(stored);
                if (actual != (uint)crc)
                {
                    throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the page's CRC-32 is {(uint)crc:x8} but its bytes give {actual:x8}"));
                }
            }

            long bound;
            switch (page.Type)
            {
                case ParquetPageHeader.DictionaryPage:
                    if (dictionary || data)
                    {
                        throw Error(offset, "a dictionary page comes after another page of the chunk");
                    }

                    if (page.NumValues < 0 || page.NumValues > chunk.NumValues)
                    {
                        throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the dictionary page claims {page.NumValues} entries for a chunk of {chunk.NumValues} values"));
                    }

                    if (page.Encoding is not (Plain or PlainDictionary))
                    {
                        throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the dictionary page has encoding {page.Encoding}; expected PLAIN"));
                    }

                    bound = MaxBytes(page.NumValues, width);
                    if (page.UncompressedSize < (long)page.NumValues * width)
                    {
                        throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the dictionary page claims {page.NumValues} entries in {page.UncompressedSize} bytes"));
                    }

                    dictionary = true;
                    break;
                case ParquetPageHeader.DataPage or ParquetPageHeader.DataPageV2:
                    if (page.NumValues < 0 || page.NumValues > chunk.NumValues - values)
                    {
                        throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the page claims {page.NumValues} values; the chunk has {chunk.NumValues - values} left of its {chunk.NumValues}"));
                    }

                    CheckEncoding(offset, page, chunk, dictionary);
                    if (page.Type == ParquetPageHeader.DataPage)
                    {
                        if (optional && page.DefinitionLevelEncoding != Rle)
                        {
                            throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the page's definition levels have encoding {page.DefinitionLevelEncoding}; Parquet.Net reads only RLE (3)"));
                        }
                    }
                    else
                    {
                        CheckV2(offset, page, optional);
                    }

                    values += page.NumValues;
                    bound = MaxBytes(page.NumValues, width);
                    data = true;
                    break;
                default:
                    throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the page has type {page.Type}; expected a data or dictionary page"));
            }

            if (page.UncompressedSize > bound)
            {
                throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the page claims {page.UncompressedSize} bytes uncompressed for {page.NumValues} values; at most {bound} are plausible"));
            }

            CheckCompression(offset, page, chunk.Codec, stored, bound);
            at = body + page.CompressedSize;
        }

        if (values != chunk.NumValues)
        {
            throw Error(chunk.Start, string.Create(CultureInfo.InvariantCulture, $"the pages hold {values} values; the footer says {chunk.NumValues}"));
        }

    }

    /// <summary>The most bytes <paramref name="values"/> values of <paramref name="width"/> bytes can take in a page, levels and encoding overhead included.</summary>
    private static long MaxBytes(long values, int width) => (values * (width + 1)) + 64;

    private static void CheckEncoding(long offset, ParquetPageHeader page, ParquetLayout.Chunk chunk, bool dictionary)
    {
        bool ok = page.Encoding switch
        {
            Plain or ByteStreamSplit => true,
            DeltaBinaryPacked => chunk.PhysicalType == ParquetLayout.Int32Type,
            PlainDictionary or RleDictionary => dictionary,
            _ => false,
        };
        if (!ok)
        {
            throw Error(offset, page.Encoding is PlainDictionary or RleDictionary
                ? "the page is dictionary-encoded but the chunk has no dictionary page before it"
                : string.Create(CultureInfo.InvariantCulture, $"the page has encoding {page.Encoding}, not one for {(chunk.PhysicalType == ParquetLayout.Int32Type ? "INT32" : "DOUBLE")} values"));
        }
    }

    private static void CheckV2(long offset, ParquetPageHeader page, bool optional)
    {
        if (page.NumNulls < 0 || page.NumNulls > page.NumValues || page.NumRows != page.NumValues)
        {
            throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the v2 page claims {page.NumValues} values, {page.NumNulls} nulls and {page.NumRows} rows"));
        }

        if (page.RepetitionLevelsLength != 0 || page.DefinitionLevelsLength < 0 || (!optional && (page.DefinitionLevelsLength != 0 || page.NumNulls != 0)))
        {
            throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the v2 page claims {page.RepetitionLevelsLength} bytes of repetition and {page.DefinitionLevelsLength} of definition levels for a {(optional ? "optional" : "required")} flat column"));
        }

        if (page.DefinitionLevelsLength > page.CompressedSize || page.DefinitionLevelsLength > page.UncompressedSize)
        {
            throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the v2 page's {page.DefinitionLevelsLength} bytes of definition levels do not fit in the page"));
        }
    }

    private static void CheckCompression(long offset, ParquetPageHeader page, int codec, ReadOnlySpan<byte> stored, long bound)
    {
        bool v2 = page.Type == ParquetPageHeader.DataPageV2;
        if (codec == Uncompressed || (v2 && !page.IsCompressed))
        {
            if (page.CompressedSize != page.UncompressedSize)
            {
                throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the uncompressed page claims {page.CompressedSize} bytes stored and {page.UncompressedSize} uncompressed"));
            }

            return;
        }

        // Parquet.Net sizes the output of Snappy and Zstandard from their own headers, not from the page header.
        var compressed = v2 ? stored[(page.DefinitionLevelsLength + page.RepetitionLevelsLength)..] : stored;
        long declared = codec switch
        {
            Snappy => SnappyLength(offset, compressed),
            Zstd => ZstdContentSize(offset, compressed),
            _ => -1,
        };
        if (declared > bound)
        {
            throw Error(offset, string.Create(CultureInfo.InvariantCulture, $"the page's compressed data declares {declared} bytes uncompressed for {page.NumValues} values; at most {bound} are plausible"));
        }
    }

    private static long SnappyLength(long offset, ReadOnlySpan<byte> data)
    {
        ulong result = 0;
        for (int i = 0; i < 5; i++)
        {
            if (i >= data.Length)
            {
                break;
            }

            result |= (ulong)(data[i] & 0x7f) << (7 * i);
            if ((data[i] & 0x80) == 0)
            {
                return (long)result;
            }
        }

        throw Error(offset, "the page's Snappy data does not begin with its length");
    }

    /// <summary>
    /// The most bytes the Zstandard frames of a page can decompress to, as ZstdSharp sizes its output (each frame's
    /// declared content size, or 128 KiB for each compressed block and the size of each raw or RLE block).
    /// </summary>
    private static long ZstdContentSize(long offset, ReadOnlySpan<byte> data)
    {
        const int MaxBlock = 128 << 10;
        long total = 0;
        int at = 0;
        while (at < data.Length)
        {
            if (data.Length - at < 5)
            {
                throw Error(offset, "the page's Zstandard data ends inside a frame header");
            }

            uint magic = BinaryPrimitives.ReadUInt32LittleEndian(data[at..]);
            if ((magic & 0xFFFFFFF0u) == 0x184D2A50u)
            {
                // A skippable frame: its length, then that many bytes of nothing.
                long skip = data.Length - at >= 8 ? BinaryPrimitives.ReadUInt32LittleEndian(data[(at + 4)..]) : long.MaxValue;
                if (skip > data.Length - at - 8)
                {
                    throw Error(offset, "the page's Zstandard data ends inside a skippable frame");
                }

                at += 8 + (int)skip;
                continue;
            }

            if (magic != 0xFD2FB528u)
            {
                throw Error(offset, "the page's Zstandard data does not begin with a Zstandard frame");
            }

            byte descriptor = data[at + 4];
            int sizeFlag = descriptor >> 6;
            bool singleSegment = (descriptor & 0x20) != 0;
            bool checksum = (descriptor & 0x04) != 0;
            int header = 5 + (singleSegment ? 0 : 1) + (descriptor & 3) switch { 0 => 0, 1 => 1, 2 => 2, _ => 4 };
            int sizeBytes = sizeFlag switch { 0 => singleSegment ? 1 : 0, 1 => 2, 2 => 4, _ => 8 };
            if (data.Length - at < header + sizeBytes)
            {
                throw Error(offset, "the page's Zstandard data ends inside a frame header");
            }

            var field = data.Slice(at + header, sizeBytes);
            long? declared = sizeBytes switch
            {
                0 => null,
                1 => field[0],
                2 => BinaryPrimitives.ReadUInt16LittleEndian(field) + 256L,
                4 => BinaryPrimitives.ReadUInt32LittleEndian(field),
                _ => (long)Math.Min(BinaryPrimitives.ReadUInt64LittleEndian(field), long.MaxValue / 2),
            };
            at += header + sizeBytes;
            long blocks = 0;
            bool last = false;
            while (!last)
            {
                if (data.Length - at < 3)
                {
                    throw Error(offset, "the page's Zstandard data ends inside a block header");
                }

                int block = data[at] | (data[at + 1] << 8) | (data[at + 2] << 16);
                last = (block & 1) != 0;
                int type = (block >> 1) & 3;
                int size = block >> 3;
                int stored = type switch { 0 or 2 => size, 1 => 1, _ => -1 };
                if (stored < 0 || stored > data.Length - at - 3)
                {
                    throw Error(offset, "the page's Zstandard data has a reserved or cut block");
                }

                blocks += type == 2 ? MaxBlock : size;
                at += 3 + stored;
            }

            if (checksum)
            {
                at += 4;
            }

            total = Math.Min(total + (declared ?? blocks), long.MaxValue / 2);
        }

        return total;
    }

    private static InvalidDataException Error(long offset, string what) =>
        new(string.Create(CultureInfo.InvariantCulture, $"the page at byte {offset}: {what}"));
}
