using System;
using System.Buffers;
using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ZstdSharp;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Decodes a checked column chunk of a panel column straight into the panel's column, for the pages nearly every
/// writer produces: data pages v1 and v2, PLAIN or dictionary-encoded (PLAIN_DICTIONARY, RLE_DICTIONARY) values,
/// uncompressed, Snappy or Zstandard, required or optional without a null. A Snappy or uncompressed PLAIN page of a
/// required column is decompressed (or copied) into the column itself, with no buffer between.
/// </summary>
/// <remarks>
/// Anything else (another encoding or codec, a null, and any page that does not decode exactly as its header says)
/// makes <see cref="TryDecode{T}"/> return false, and the caller decodes the chunk with Parquet.Net, which reads every
/// page the format allows and reports a fault in the words the reader's errors use. So this decoder never decides
/// that a file is bad; it only takes the common, well-formed case off the general path, which copies each page through
/// a stream and two buffers. Parquet.Net and this decoder agree on every file the tests write (the panel writer's,
/// DuckDB's with every codec, page version and encoding; see <c>ParquetChunkDecoderTest</c>).
/// </remarks>
internal static class ParquetChunkDecoder
{
    private const int Plain = 0;
    private const int PlainDictionary = 2;
    private const int RleDictionary = 8;

    private const int Uncompressed = 0;
    private const int Snappy = 1;
    private const int Zstd = 6;

    /// <summary>
    /// Decodes the pages of a chunk that passed <see cref="ParquetPageCheck.Check"/> into <paramref name="target"/>
    /// (one value a row), when this decoder reads all of them.
    /// </summary>
    /// <param name="bytes">The chunk's bytes, page headers included.</param>
    /// <param name="codec">The chunk's compression codec.</param>
    /// <param name="optional">Whether the column is optional (its data pages carry definition levels).</param>
    /// <param name="target">Where the values go: exactly the chunk's values.</param>
    /// <returns>True when every value was decoded; false when the chunk is left to the general decoder.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool TryDecode<T>(ReadOnlySpan<byte> bytes, int codec, bool optional, Span<T> target)
        where T : unmanaged
    {
        if (codec is not (Uncompressed or Snappy or Zstd) || !BitConverter.IsLittleEndian)
        {
            return false;
        }

        T[]? dictionary = null;
        int dictionaryCount = 0;
        byte[]? scratch = null;
        try
        {
            int at = 0;
            int done = 0;
            while (at < bytes.Length)
            {
                ParquetPageHeader page;
                try
                {
                    page = ParquetPageHeader.Read(bytes[at..], 0);
                }
                catch (System.IO.InvalidDataException)
                {
                    return false;
                }

                int body = at + page.HeaderLength;
                if (page.CompressedSize < 0 || page.UncompressedSize < 0 || page.CompressedSize > bytes.Length - body)
                {
                    return false;
                }

                var stored = bytes.Slice(body, page.CompressedSize);
                at = body + page.CompressedSize;
                switch (page.Type)
                {
                    case ParquetPageHeader.DictionaryPage:
                        if (dictionary is not null || done != 0 || page.Encoding is not (Plain or PlainDictionary) || page.NumValues < 0)
                        {
                            return false;
                        }

                        dictionary = ArrayPool<T>.Shared.Rent(Math.Max(page.NumValues, 1));
                        dictionaryCount = page.NumValues;
                        var entries = MemoryMarshal.AsBytes(dictionary.AsSpan(0, dictionaryCount));
                        if (page.UncompressedSize != entries.Length || !TryDecompress(codec, stored, entries))
                        {
                            return false;
                        }

                        break;
                    case ParquetPageHeader.DataPage or ParquetPageHeader.DataPageV2:
                        if (page.NumValues < 0 || page.NumValues > target.Length - done)
                        {
                            return false;
                        }

                        var values = target.Slice(done, page.NumValues);
                        bool ok = page.Type == ParquetPageHeader.DataPage
                            ? TryDecodeV1(page, stored, codec, optional, dictionary.AsSpan(0, dictionaryCount), dictionary is not null, values, ref scratch)
                            : TryDecodeV2(page, stored, codec, optional, dictionary.AsSpan(0, dictionaryCount), dictionary is not null, values, ref scratch);
                        if (!ok)
                        {
                            return false;
                        }

                        done += page.NumValues;
                        break;
                    default:
                        return false;
                }
            }

            return done == target.Length;
        }
        finally
        {
            if (dictionary is not null)
            {
                ArrayPool<T>.Shared.Return(dictionary);
            }

            if (scratch is not null)
            {
                ArrayPool<byte>.Shared.Return(scratch);
            }
        }
    }

    private static bool TryDecodeV1<T>(ParquetPageHeader page, ReadOnlySpan<byte> stored, int codec, bool optional, ReadOnlySpan<T> dictionary, bool hasDictionary, Span<T> values, ref byte[]? scratch)
        where T : unmanaged
    {
        var valueBytes = MemoryMarshal.AsBytes(values);
        if (!optional && page.Encoding == Plain)
        {
            // The page is the values and nothing else: decompress (or copy) them where they belong.
            return page.UncompressedSize == valueBytes.Length && TryDecompress(codec, stored, valueBytes);
        }

        ReadOnlySpan<byte> data = stored;
        if (codec != Uncompressed)
        {
            var buffer = Scratch(ref scratch, page.UncompressedSize).AsSpan(0, page.UncompressedSize);
            if (!TryDecompress(codec, stored, buffer))
            {
                return false;
            }

            data = buffer;
        }

        if (optional)
        {
            // The definition levels first, RLE with their length before them (the page check has seen they are RLE).
            if (data.Length < 4)
            {
                return false;
            }

            int length = BinaryPrimitives.ReadInt32LittleEndian(data);
            if (length < 0 || length > data.Length - 4 || !ParquetHybridRle.TryCheckAllDefined(data.Slice(4, length), values.Length))
            {
                return false;
            }

            data = data[(4 + length)..];
        }

        return TryDecodeValues(page.Encoding, data, dictionary, hasDictionary, values);
    }

    private static bool TryDecodeV2<T>(ParquetPageHeader page, ReadOnlySpan<byte> stored, int codec, bool optional, ReadOnlySpan<T> dictionary, bool hasDictionary, Span<T> values, ref byte[]? scratch)
        where T : unmanaged
    {
        int levels = page.DefinitionLevelsLength;
        if (page.NumNulls != 0 || page.RepetitionLevelsLength != 0 || levels < 0 || levels > stored.Length || levels > page.UncompressedSize)
        {
            return false;
        }

        // The levels are never compressed in a v2 page; a required column has none.
        if (optional ? !ParquetHybridRle.TryCheckAllDefined(stored[..levels], values.Length) : levels != 0)
        {
            return false;
        }

        var compressed = stored[levels..];
        int size = page.UncompressedSize - levels;
        bool isCompressed = codec != Uncompressed && page.IsCompressed;
        if (!isCompressed && compressed.Length != size)
        {
            return false;
        }

        var valueBytes = MemoryMarshal.AsBytes(values);
        if (page.Encoding == Plain)
        {
            if (size != valueBytes.Length)
            {
                return false;
            }

            if (isCompressed)
            {
                return TryDecompress(codec, compressed, valueBytes);
            }

            compressed.CopyTo(valueBytes);
            return true;
        }

        ReadOnlySpan<byte> data = compressed;
        if (isCompressed)
        {
            var buffer = Scratch(ref scratch, size).AsSpan(0, size);
            if (!TryDecompress(codec, compressed, buffer))
            {
                return false;
            }

            data = buffer;
        }

        return TryDecodeValues(page.Encoding, data, dictionary, hasDictionary, values);
    }

    private static bool TryDecodeValues<T>(int encoding, ReadOnlySpan<byte> data, ReadOnlySpan<T> dictionary, bool hasDictionary, Span<T> values)
        where T : unmanaged
    {
        switch (encoding)
        {
            case Plain:
                var valueBytes = MemoryMarshal.AsBytes(values);
                if (data.Length != valueBytes.Length)
                {
                    return false;
                }

                data.CopyTo(valueBytes);
                return true;
            case PlainDictionary or RleDictionary:
                return hasDictionary && data.Length >= 1 && ParquetHybridRle.TryDecodeLookup(data[1..], data[0], dictionary, values);
            default:
                return false;
        }
    }

    /// <summary>Decompresses <paramref name="source"/> into <paramref name="target"/>, which it must fill exactly.</summary>
    private static bool TryDecompress(int codec, ReadOnlySpan<byte> source, Span<byte> target)
    {
        try
        {
            switch (codec)
            {
                case Uncompressed:
                    if (source.Length != target.Length)
                    {
                        return false;
                    }

                    source.CopyTo(target);
                    return true;
                case Snappy:
                    return Snappier.Snappy.GetUncompressedLength(source) == target.Length
                        && Snappier.Snappy.Decompress(source, target) == target.Length;
                default:
                    using (var zstd = new Decompressor())
                    {
                        return zstd.TryUnwrap(source, target, out int written) && written == target.Length;
                    }
            }
        }
        catch (Exception ex) when (ex is System.IO.InvalidDataException or ArgumentException or ZstdException)
        {
            return false;
        }
    }

    private static byte[] Scratch(ref byte[]? scratch, int size)
    {
        if (scratch is null || scratch.Length < size)
        {
            if (scratch is not null)
            {
                ArrayPool<byte>.Shared.Return(scratch);
            }

            scratch = ArrayPool<byte>.Shared.Rent(Math.Max(size, 1));
        }

        return scratch;
    }
}
