using System;
using System.Collections.Generic;
using System.Linq;
using CsCheck;
using Xunit;

namespace Taizhou.Metrics.IO.Tests;

/// <summary>
/// The RLE / bit-packing hybrid decoder against hand-made bytes (Encodings.md's own example) and against a plain
/// bit-by-bit encoder of random runs, at every bit width from 0 to 32.
/// </summary>
public class ParquetHybridRleTest
{
    [Fact]
    public void TheFormatsExample_DecodesToZeroToSeven()
    {
        // Encodings.md, "Bit-packed (Deprecated)" / hybrid: the values 0 to 7 at bit width 3, one bit-packed group of
        // eight, are the bytes 10001000 11000110 11111010 (0x88, 0xC6, 0xFA), after the header 0x03 (one group).
        byte[] bytes = [0x03, 0x88, 0xC6, 0xFA];
        int[] dictionary = [10, 11, 12, 13, 14, 15, 16, 17];
        var target = new int[8];
        Assert.True(ParquetHybridRle.TryDecodeLookup(bytes, 3, dictionary, target));
        Assert.Equal([10, 11, 12, 13, 14, 15, 16, 17], target);
    }

    [Fact]
    public void ARleRun_RepeatsItsValue_AndStopsAtTheTarget()
    {
        // Header 100 << 1 (a run of 100), value 2 in one byte; only the 5 values asked for are written.
        byte[] bytes = [0xC8, 0x01, 0x02];
        var target = new int[5];
        Assert.True(ParquetHybridRle.TryDecodeLookup(bytes, 3, [7, 8, 9], target));
        Assert.Equal([9, 9, 9, 9, 9], target);
    }

    [Theory]
    [InlineData(new byte[] { 0x0A, 0x03 }, 2, "index 3 of a dictionary of 3")]
    [InlineData(new byte[] { 0x0A }, 2, "the run's value is missing")]
    [InlineData(new byte[] { 0x03, 0x88 }, 3, "the group's three bytes are cut to one")]
    [InlineData(new byte[] { 0x00 }, 3, "a run of no values")]
    [InlineData(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01 }, 3, "a header longer than 32 bits")]
    [InlineData(new byte[] { 0x0A, 0x01 }, 33, "a bit width over 32")]
    public void MalformedBytes_AreRefused_NotGuessed(byte[] bytes, int bitWidth, string why)
    {
        Assert.False(ParquetHybridRle.TryDecodeLookup(bytes, bitWidth, [1, 2, 3], new int[5]), why);
    }

    [Fact]
    public void DefinitionLevels_AllOne_PassTheCheck_AndAZeroDoesNot()
    {
        // 20 levels: an RLE run of 12 ones, then two bit-packed groups of ones (the last 4 bits past the count are 0).
        Assert.True(ParquetHybridRle.TryCheckAllDefined([0x18, 0x01, 0x05, 0xFF, 0x0F], 20));

        // The same with the third bit-packed level 0 (a null).
        Assert.False(ParquetHybridRle.TryCheckAllDefined([0x18, 0x01, 0x05, 0xFB, 0x0F], 20));

        // An RLE run of zeros (nulls), and levels that end before the count.
        Assert.False(ParquetHybridRle.TryCheckAllDefined([0x28, 0x00], 20));
        Assert.False(ParquetHybridRle.TryCheckAllDefined([0x18, 0x01], 20));
    }

    [Fact]
    public void RandomRuns_AtEveryBitWidth_DecodeToWhatWasEncoded()
    {
        var gen =
            from width in Gen.Int[0, 32]
            from runs in Gen.Select(Gen.Bool, Gen.Int[1, 40], Gen.UInt).Array[1, 12]
            select (width, runs);
        gen.Sample(t =>
        {
            int width = t.width;
            long size = width == 0 ? 1 : Math.Min(1L << width, 5000);
            var dictionary = Enumerable.Range(0, (int)size).Select(i => (i * 7) + 1).ToArray();
            var indices = new List<int>();
            var bytes = new List<byte>();
            foreach (var (rle, length, seed) in t.runs)
            {
                if (rle)
                {
                    int value = (int)(seed % (uint)size);
                    Header(bytes, (uint)length << 1);
                    for (int b = 0; b < (width + 7) / 8; b++)
                    {
                        bytes.Add((byte)(value >> (8 * b)));
                    }

                    indices.AddRange(Enumerable.Repeat(value, length));
                }
                else
                {
                    int groups = (length + 7) / 8;
                    var values = Enumerable.Range(0, groups * 8).Select(i => (int)(((seed * 2654435761u) + (uint)(i * 40503)) % (uint)size)).ToArray();
                    Header(bytes, ((uint)groups << 1) | 1);
                    bytes.AddRange(Pack(values, width));
                    indices.AddRange(values);
                }
            }

            // Decode all the values, or fewer (the last group's padding and a cut run are not asked for).
            foreach (int count in new[] { indices.Count, Math.Max(1, indices.Count - 3) })
            {
                var target = new int[count];
                Assert.True(ParquetHybridRle.TryDecodeLookup(bytes.ToArray(), width, dictionary, target));
                Assert.Equal(indices.Take(count).Select(i => dictionary[i]), target);
            }
        }, iter: 2000, threads: 1);
    }

    private static void Header(List<byte> bytes, uint header)
    {
        do
        {
            byte b = (byte)(header & 0x7F);
            header >>= 7;
            bytes.Add(header == 0 ? b : (byte)(b | 0x80));
        }
        while (header != 0);
    }

    /// <summary>Packs values least significant bit first, one bit at a time.</summary>
    private static byte[] Pack(int[] values, int width)
    {
        var bytes = new byte[values.Length * width / 8];
        int bit = 0;
        foreach (int v in values)
        {
            for (int b = 0; b < width; b++, bit++)
            {
                if (((v >> b) & 1) != 0)
                {
                    bytes[bit / 8] |= (byte)(1 << (bit % 8));
                }
            }
        }

        return bytes;
    }
}
