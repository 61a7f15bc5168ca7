using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading.Tasks;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Fuzz;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Fuzz;

/// <summary>
/// Bounded random-input test of <see cref="PanelReader.ReadParquet"/>: seeded random mutations, stacked one to four at
/// a time, of five valid files (Parquet.Net's Snappy file, and PLAIN files uncompressed with and without CRCs and
/// statistics, GZIP and Zstandard). Byte-level edits anywhere; edits aimed at the footer and at the page headers,
/// with the footer's length kept consistent so the Thrift decoder sees them; Thrift varints replaced by extreme
/// ones; ranges spliced in from another of the files. Every mutant loads a panel or is refused with a
/// <see cref="PanelFormatException"/> whose message is one line naming the file, within 20 s; nothing else escapes.
/// </summary>
/// <remarks>
/// ParquetMutationTest applies a fixed list of structured edits and counts the silent changes; this test draws many
/// more, less structured ones, and checks only that the reader keeps its contract.
/// </remarks>
public class ParquetFuzzTest
{
    /// <summary>Varints (Thrift compact) worth putting where a length, count, offset or field header was.</summary>
    private static readonly byte[][] Varints =
    [
        [0x00], [0x01], [0x7F], [0x80, 0x01], [0xFF, 0xFF, 0xFF, 0xFF, 0x0F], [0xFE, 0xFF, 0xFF, 0xFF, 0x0F], [0xFF, 0xFF, 0xFF, 0xFF, 0x07],
        [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0x01], [0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x01],
        [0x80], [0x19], [0x1C], [0x29], [0x15, 0x00], [0x18, 0xFF], [0x08], [0x0C, 0x00], [0xF9, 0xFF, 0xFF, 0xFF, 0x0F],
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public async Task RandomMutants_LoadOrAreRefusedInOneLine(int seed)
    {
        var m = new Mutator(seed);
        var (bases, rows) = Bases();
        using var folder = new TempFolder();
        string path = folder.File("fuzz.parquet");
        foreach (var (name, bytes) in bases)
        {
            File.WriteAllBytes(path, bytes);
            Assert.True(PanelReader.ReadParquet(path, null).RowCount == rows, $"the base file {name} must load");
        }

        int refused = 0;
        for (int i = 0; i < 400; i++)
        {
            var (name, original) = m.Pick(bases);
            byte[] bytes = original;
            var applied = new List<string>();
            int edits = 1 + m.Random.Next(4);
            for (int e = 0; e < edits; e++)
            {
                (string what, bytes) = Mutate(m, bytes, bases);
                applied.Add(what);
            }

            File.WriteAllBytes(path, bytes);
            string context = $"seed {seed}, mutant {i} of {name} ({string.Join(", ", applied)})";
            var token = TestContext.Current.CancellationToken;
            EnterprisePanel? panel = null;
            Exception? error = null;
            try
            {
                panel = await Task.Run(() => PanelReader.ReadParquet(path, null), token).WaitAsync(TimeSpan.FromSeconds(20), token);
            }
            catch (TimeoutException)
            {
                Assert.Fail($"{context}: no answer within 20 s");
            }
            catch (Exception ex)
            {
                error = ex;
            }

            // The reader's own page decoder and Parquet.Net give every mutant the same outcome: the same columns, bit
            // for bit, or the same error (the own decoder leaves whatever it doubts to Parquet.Net).
            Assert.True(Outcome(panel, error) == Outcome(() => PanelReader.ReadParquet(path, ownDecoder: false)), $"{context}: own decoder {Outcome(panel, error)}; Parquet.Net {Outcome(() => PanelReader.ReadParquet(path, ownDecoder: false))}");
            if (panel is not null)
            {
                Assert.True(panel.EnterpriseIds.Length == panel.RowCount && panel.YearToDateOutput.Length == panel.RowCount, context);
            }
            else if (error is PanelFormatException format)
            {
                refused++;
                Assert.True(format.Message.StartsWith(path + ": ", StringComparison.Ordinal), $"{context}: the message does not start with the file: {format.Message}");
                Assert.True(format.Message.IndexOfAny(['\n', '\r']) < 0, $"{context}: the message has a line break: {format.Message}");
                Assert.True(format.Message.Length <= path.Length + 400, $"{context}: the message is {format.Message.Length} characters: {format.Message}");
                Assert.True(Mutator.MayHoldReplacementCharacter(bytes) || !format.Message.Contains('\uFFFD', StringComparison.Ordinal), $"{context}: the message holds U+FFFD: {format.Message}");
            }
            else
            {
                Assert.Fail($"{context}: {error?.GetType().Name} escaped: {error}");
            }
        }

        Assert.InRange(refused, 100, 400);
    }

    // Found by CliInputFuzzTest (a mutated Parquet panel): a column name whose bytes are not UTF-8 was decoded with
    // U+FFFD in their place, so the message did not show what the file holds.
    [Fact]
    public void ColumnNameThatIsNotUtf8_IsQuotedWithItsBytes()
    {
        var panel = EnterprisePanel.Create([1, 1, 2], [0, 0, 1], [202401, 202402, 202401], [10, 20, 5]);
        byte[] file = ParquetBytes.WriteMinimal(panel, [3], crc: false, statistics: false);
        file = ParquetBytes.WithFooter(file, ParquetBytes.WithSchema(ParquetBytes.ReadFooter(file), 4, e => e with { Name = "ytX_output" }));
        byte[] name = "ytX_output"u8.ToArray();
        for (int at = file.AsSpan().IndexOf(name); at >= 0; at = file.AsSpan().IndexOf(name))
        {
            file[at + 2] = 0xF4;   // a lead byte with no continuation
        }

        using var folder = new TempFolder();
        string path = folder.File("p.parquet");
        File.WriteAllBytes(path, file);
        var error = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));

        Assert.DoesNotContain('\uFFFD', error.Message);
        Assert.Contains("yt\\xF4_output", error.Message, StringComparison.Ordinal);
    }

    private static string Outcome(Func<EnterprisePanel> read)
    {
        try
        {
            return Outcome(read(), null);
        }
        catch (Exception ex)
        {
            return Outcome(null, ex);
        }
    }

    private static string Outcome(EnterprisePanel? panel, Exception? error) => panel is null
        ? $"{error?.GetType().Name}: {error?.Message}"
        : $"{panel.RowCount} rows, hash {HashCode(panel)}";

    private static int HashCode(EnterprisePanel panel)
    {
        var hash = new HashCode();
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(panel.EnterpriseIds));
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(panel.Clusters));
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(panel.Periods));
        hash.AddBytes(System.Runtime.InteropServices.MemoryMarshal.AsBytes(panel.YearToDateOutput));
        return hash.ToHashCode();
    }

    private static (string What, byte[] Bytes) Mutate(Mutator m, byte[] file, IReadOnlyList<(string Name, byte[] Bytes)> bases)
    {
        bool framed = file.Length >= 12 && file.AsSpan(file.Length - 4).SequenceEqual("PAR1"u8);
        int footerLength = framed ? BinaryPrimitives.ReadInt32LittleEndian(file.AsSpan(file.Length - 8)) : -1;
        bool footerKnown = framed && footerLength > 0 && footerLength <= file.Length - 12;
        switch (m.Random.Next(6))
        {
            case 0:
                return ("bytes anywhere", m.MutateBytes(file));
            case 1 when footerKnown:
                {
                    // Edit the footer's bytes and set its length to the edited size, so that the Thrift decoder reads them.
                    int start = file.Length - 8 - footerLength;
                    byte[] footer = m.MutateBytes(file[start..(file.Length - 8)]);
                    return ("footer bytes", Reframe(file[..start], footer));
                }

            case 2 when footerKnown:
                {
                    int start = file.Length - 8 - footerLength;
                    byte[] footer = file[start..(file.Length - 8)];
                    int at = m.Random.Next(footer.Length);
                    int replaced = m.Random.Next(0, Math.Min(5, footer.Length - at) + 1);
                    byte[] edited = [.. footer[..at], .. m.Pick(Varints), .. footer[(at + replaced)..]];
                    return ("footer varint", Reframe(file[..start], edited));
                }

            case 3 when footerKnown:
                {
                    // Page headers follow the chunk starts: the bytes just after "PAR1" and after each page's data.
                    int dataEnd = file.Length - 8 - footerLength;
                    int at = m.Random.Next(4) == 0 ? 4 : m.Random.Next(4, Math.Max(5, dataEnd));
                    int replaced = m.Random.Next(0, 4);
                    at = Math.Min(at, dataEnd);
                    byte[] edited = [.. file[..at], .. m.Pick(Varints), .. file[Math.Min(at + replaced, dataEnd)..]];
                    // When the edit changes the length, the footer's offsets point a little off: a shifted chunk.
                    return ("page-region varint", edited);
                }

            case 4:
                {
                    var (_, other) = m.Pick(bases);
                    int from = m.Random.Next(other.Length);
                    int count = m.Random.Next(1, Math.Min(256, other.Length - from) + 1);
                    int at = m.Random.Next(file.Length + 1);
                    int replaced = m.Random.Next(0, Math.Min(count, file.Length - at) + 1);
                    return ("splice", [.. file[..at], .. other.AsSpan(from, count), .. file[(at + replaced)..]]);
                }

            default:
                {
                    var copy = (byte[])file.Clone();
                    for (int k = 0, flips = 1 + m.Random.Next(8); k < flips && copy.Length > 0; k++)
                    {
                        copy[m.Random.Next(copy.Length)] ^= (byte)(1 << m.Random.Next(8));
                    }

                    return ("bit flips", copy);
                }
        }
    }

    /// <summary>The data, then a footer, its length and the magic: a framed file whatever the footer holds.</summary>
    private static byte[] Reframe(byte[] data, byte[] footer)
    {
        byte[] length = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(length, footer.Length);
        return [.. data, .. footer, .. length, .. "PAR1"u8];
    }

    private static (List<(string Name, byte[] Bytes)> Files, int Rows) Bases()
    {
        var data = SyntheticPanel.Generate(12, 26, withCents: true, seed: 7);
        var panel = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        int half = panel.RowCount / 2;
        int[] groups = [half, panel.RowCount - half];
        using var folder = new TempFolder();
        string writer = folder.File("writer.parquet");
        PanelWriter.WriteParquet(panel, writer);
        return (
        [
            ("parquet.net", File.ReadAllBytes(writer)),
            ("plain with crc and statistics", ParquetBytes.WriteMinimal(panel, groups, crc: true, statistics: true)),
            ("plain", ParquetBytes.WriteMinimal(panel, groups, crc: false, statistics: false, pagesPerChunk: 3)),
            ("gzip", ParquetBytes.WriteMinimal(panel, groups, crc: false, statistics: true, codec: 2, compress: Gzip)),
            ("zstd", ParquetBytes.WriteMinimal(panel, groups, crc: true, statistics: false, codec: 6, compress: plain => new ZstdSharp.Compressor().Wrap(plain).ToArray())),
        ], panel.RowCount);
    }

    private static byte[] Gzip(byte[] plain)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(plain);
        }

        return output.ToArray();
    }
}
