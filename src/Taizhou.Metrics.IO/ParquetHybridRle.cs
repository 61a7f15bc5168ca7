using System;
using System.Buffers.Binary;

namespace Taizhou.Metrics.IO;

/// <summary>
/// The RLE / bit-packing hybrid of the Parquet format (Encodings.md, "Run Length Encoding / Bit-Packing Hybrid"), which
/// carries definition levels and dictionary indices: runs, each a ULEB128 header whose low bit says whether
/// <c>header &gt;&gt; 1</c> repeats of one value follow (stored in the fewest whole bytes of the bit width, little-endian)
/// or <c>header &gt;&gt; 1</c> groups of eight values bit-packed least significant bit first.
/// </summary>
/// <remarks>
/// Every method returns false, never throws, on bytes that end early or a header out of range: the caller then leaves
/// the page to the general decoder, which reports the fault.
/// </remarks>
internal static class ParquetHybridRle
{
    /// <summary>
    /// Decodes the first <paramref name="target"/>.Length indices of bit width <paramref name="bitWidth"/> (0 to 32)
    /// and looks each up in <paramref name="dictionary"/>.
    /// </summary>
    /// <returns>Whether the bytes held that many values, each a valid index into the dictionary.</returns>
    public static bool TryDecodeLookup<T>(ReadOnlySpan<byte> bytes, int bitWidth, ReadOnlySpan<T> dictionary, Span<T> target)
        where T : unmanaged
    {
        if (bitWidth is < 0 or > 32)
        {
            return false;
        }

        int at = 0;
        int done = 0;
        uint count = (uint)dictionary.Length;
        while (done < target.Length)
        {
            if (!TryReadHeader(bytes, ref at, out uint header))
            {
                return false;
            }

            if ((header & 1) == 0)
            {
                uint run = header >> 1;
                int valueBytes = (bitWidth + 7) / 8;
                if (run == 0 || bytes.Length - at < valueBytes)
                {
                    return false;
                }

                uint value = 0;
                for (int b = 0; b < valueBytes; b++)
                {
                    value |= (uint)bytes[at + b] << (8 * b);
                }

                at += valueBytes;
                if (value >= count)
                {
                    return false;
                }

                int n = (int)Math.Min(run, (uint)(target.Length - done));
                target.Slice(done, n).Fill(dictionary[(int)value]);
                done += n;
            }
            else
            {
                uint groups = header >> 1;
                long packedBytes = (long)groups * bitWidth;
                if (groups == 0 || packedBytes > bytes.Length - at)
                {
                    return false;
                }

                int n = (int)Math.Min((long)groups * 8, target.Length - done);
                if (!TryUnpackLookup(bytes.Slice(at, (int)packedBytes), bitWidth, dictionary, target.Slice(done, n)))
                {
                    return false;
                }

                at += (int)packedBytes;
                done += n;
            }
        }

        return true;
    }

    /// <summary>
    /// Checks that the first <paramref name="count"/> definition levels of bit width 1 are all 1 (every value
    /// present: a flat optional column without a null).
    /// </summary>
    /// <returns>Whether the bytes held that many levels, all of them 1.</returns>
    public static bool TryCheckAllDefined(ReadOnlySpan<byte> bytes, int count)
    {
        int at = 0;
        int done = 0;
        while (done < count)
        {
            if (!TryReadHeader(bytes, ref at, out uint header))
            {
                return false;
            }

            uint run = header >> 1;
            if (run == 0)
            {
                return false;
            }

            if ((header & 1) == 0)
            {
                if (at >= bytes.Length || bytes[at] != 1)
                {
                    return false;
                }

                at++;
                done += (int)Math.Min(run, (uint)(count - done));
            }
            else
            {
                // Groups of eight one-bit levels: one byte each, all ones except past the count in the last byte.
                if (run > (uint)(bytes.Length - at))
                {
                    return false;
                }

                for (int b = 0; b < run; b++)
                {
                    int levels = Math.Min(8, count - done);
                    if (levels <= 0)
                    {
                        break;
                    }

                    int mask = (1 << levels) - 1;
                    if ((bytes[at + b] & mask) != mask)
                    {
                        return false;
                    }

                    done += levels;
                }

                at += (int)run;
            }
        }

        return true;
    }

    private static bool TryReadHeader(ReadOnlySpan<byte> bytes, ref int at, out uint header)
    {
        header = 0;
        for (int shift = 0; shift < 35; shift += 7)
        {
            if (at >= bytes.Length)
            {
                return false;
            }

            byte b = bytes[at++];
            header |= (uint)(b & 0x7f) << shift;
            if ((b & 0x80) == 0)
            {
                return shift < 28 || b < 16;
            }
        }

        return false;
    }

    private static bool TryUnpackLookup<T>(ReadOnlySpan<byte> packed, int bitWidth, ReadOnlySpan<T> dictionary, Span<T> target)
        where T : unmanaged
    {
        if (bitWidth == 0)
        {
            if (dictionary.IsEmpty)
            {
                return false;
            }

            target.Fill(dictionary[0]);
            return true;
        }

        uint count = (uint)dictionary.Length;
        ulong mask = (1UL << bitWidth) - 1;
        long bit = 0;
        for (int i = 0; i < target.Length; i++, bit += bitWidth)
        {
            // A value spans at most five bytes (32 bits from any bit offset); read eight where they exist.
            int first = (int)(bit >> 3);
            ulong word = packed.Length - first >= 8
                ? BinaryPrimitives.ReadUInt64LittleEndian(packed[first..])
                : Tail(packed[first..]);
            uint index = (uint)((word >> (int)(bit & 7)) & mask);
            if (index >= count)
            {
                return false;
            }

            target[i] = dictionary[(int)index];
        }

        return true;
    }

    private static ulong Tail(ReadOnlySpan<byte> bytes)
    {
        ulong word = 0;
        for (int b = 0; b < bytes.Length && b < 8; b++)
        {
            word |= (ulong)bytes[b] << (8 * b);
        }

        return word;
    }
}
