using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.InteropServices;
using System.Text;
using System.Threading.Tasks;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.IO.Tests;

/// <summary>
/// A deterministic corpus of corrupt Parquet files, derived from three valid files of one small panel: truncations,
/// single-bit flips over the column data and over the footer, footer edits (row counts, chunk offsets and sizes, value
/// counts, schema types, names, codecs, statistics) and broken magic bytes or footer lengths. Every mutant must either
/// load (and then we record whether it loads the original panel or a silently changed one) or be refused with a
/// <see cref="PanelFormatException"/> whose message is one line naming the file; nothing else may escape.
/// </summary>
/// <remarks>
/// The three files: one by <see cref="PanelWriter"/> (Parquet.Net: Snappy, column statistics, no page CRCs), and two
/// by <see cref="ParquetBytes.WriteMinimal"/> (PLAIN, uncompressed, two row groups of two pages a chunk): one with page
/// CRC-32s and statistics, one with neither. The counts of silent changes are those docs/panel.md reports.
/// </remarks>
public class ParquetMutationTest
{
    // Silent changes measured with the checks of this version (docs/panel.md): a regression raises them.
    private const int MaxSilentParquetNet = 26;
    private const int MaxSilentPlain = 25;

    private enum Outcome
    {
        Same,
        Changed,
        Refused,
        Escaped,
    }

    [Fact]
    public void EveryMutant_IsRefusedInOneLine_OrLoads()
    {
        var results = Run();
        var escaped = results.Where(r => r.Outcome == Outcome.Escaped).ToList();
        Assert.True(escaped.Count == 0, $"{escaped.Count} mutants escaped with another exception:\n" + string.Join("\n", escaped.Take(20).Select(r => $"{r.Base} {r.Name}: {r.Detail}")));
        foreach (var r in results.Where(r => r.Outcome == Outcome.Refused))
        {
            Assert.True(r.Detail.IndexOfAny(['\n', '\r']) < 0, $"{r.Base} {r.Name}: the message has a line break: {r.Detail}");
            Assert.True(r.Detail.StartsWith(r.Path + ": ", StringComparison.Ordinal), $"{r.Base} {r.Name}: the message does not start with the file: {r.Detail}");
            Assert.True(r.Detail.Length <= r.Path.Length + 400, $"{r.Base} {r.Name}: the message is {r.Detail.Length} characters: {r.Detail}");
        }
    }

    [Fact]
    public void PageChecksums_LeaveNoSilentChange()
    {
        var results = Run();
        var silent = results.Where(r => r.Base == "crc" && r.Outcome == Outcome.Changed).ToList();
        Assert.True(silent.Count == 0, "silent changes despite page CRCs: " + string.Join("; ", silent.Select(r => r.Name)));
    }

    [Fact]
    public void SilentChanges_StayWithinWhatCannotBeDetected()
    {
        var results = Run();
        int parquetNet = results.Count(r => r.Base == "parquet.net" && r.Outcome == Outcome.Changed);
        int plain = results.Count(r => r.Base == "plain" && r.Outcome == Outcome.Changed);
        Assert.True(parquetNet <= MaxSilentParquetNet, $"{parquetNet} silent changes in the Parquet.Net file:\n{Table(results)}");
        Assert.True(plain <= MaxSilentPlain, $"{plain} silent changes in the file with neither CRCs nor statistics:\n{Table(results)}");

        // Only flips inside the column data can go unnoticed: every footer edit and every flip of the footer is caught.
        Assert.All(results.Where(r => r.Outcome == Outcome.Changed), r => Assert.StartsWith("flip data", r.Name, StringComparison.Ordinal));
    }

    private static string Table(List<Result> results) =>
        string.Join("\n", results.GroupBy(r => (r.Base, Kind: r.Name.Split(' ')[0] + " " + r.Name.Split(' ')[1]))
            .Select(g => $"{g.Key.Base,-12} {g.Key.Kind,-16} " + string.Join(", ", Enum.GetValues<Outcome>().Select(o => $"{o} {g.Count(r => r.Outcome == o)}"))));

    private static readonly Lazy<List<Result>> Cached = new(Measure);

    private static List<Result> Run()
    {
        var results = Cached.Value;
        if (Environment.GetEnvironmentVariable("TZM_MUTATION_REPORT") is { Length: > 0 } report)
        {
            System.IO.File.WriteAllText(report, Table(results) + "\n\n" + string.Join("\n", results.Where(r => r.Outcome is Outcome.Changed or Outcome.Escaped).Select(r => $"{r.Base} {r.Name}: {r.Outcome} {r.Detail}")));
        }

        return results;
    }

    private static List<Result> Measure()
    {
        var data = SyntheticPanel.Generate(40, 30, withCents: false, seed: 3);
        var panel = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        using var folder = new TempFolder();
        string writerPath = folder.File("writer.parquet");
        PanelWriter.WriteParquet(panel, writerPath);
        int half = panel.RowCount / 2;
        var bases = new (string Name, byte[] Bytes)[]
        {
            ("parquet.net", System.IO.File.ReadAllBytes(writerPath)),
            ("crc", ParquetBytes.WriteMinimal(panel, [half, panel.RowCount - half], crc: true, statistics: true)),
            ("plain", ParquetBytes.WriteMinimal(panel, [half, panel.RowCount - half], crc: false, statistics: false)),
        };

        string path = folder.File("mutant.parquet");
        var results = new List<Result>();
        foreach (var (name, bytes) in bases)
        {
            foreach (var (mutant, mutated) in Mutants(bytes, name.Length))
            {
                System.IO.File.WriteAllBytes(path, mutated);
                results.Add(Load(name, mutant, path, panel));
            }
        }

        return results;
    }

    private static Result Load(string baseName, string mutant, string path, EnterprisePanel original)
    {
        var task = Task.Run(() => PanelReader.ReadParquet(path, null));
        try
        {
            if (!task.Wait(TimeSpan.FromSeconds(20)))
            {
                return new Result(baseName, mutant, path, Outcome.Escaped, "no answer within 20 s");
            }

            var read = task.Result;
            string changed = string.Join(
                ",",
                new[]
                {
                    read.EnterpriseIds.SequenceEqual(original.EnterpriseIds) ? null : "ent_id",
                    read.Clusters.SequenceEqual(original.Clusters) ? null : "cluster",
                    read.Periods.SequenceEqual(original.Periods) ? null : "period",
                    MemoryMarshal.AsBytes(read.YearToDateOutput).SequenceEqual(MemoryMarshal.AsBytes(original.YearToDateOutput)) ? null : "ytd_output",
                }.OfType<string>());
            return new Result(baseName, mutant, path, changed.Length == 0 ? Outcome.Same : Outcome.Changed, changed);
        }
        catch (AggregateException ex) when (ex.InnerException is PanelFormatException format)
        {
            return new Result(baseName, mutant, path, Outcome.Refused, format.Message);
        }
        catch (AggregateException ex)
        {
            var inner = ex.InnerException ?? ex;
            return new Result(baseName, mutant, path, Outcome.Escaped, $"{inner.GetType().Name}: {inner.Message}".ReplaceLineEndings(" "));
        }
    }

    /// <summary>The mutants of a file, deterministic (the random positions are seeded by the file).</summary>
    private static IEnumerable<(string Name, byte[] Bytes)> Mutants(byte[] file, int seed)
    {
        int length = file.Length;
        int footerStart = (int)ParquetBytes.FooterStart(file);

        // Truncations: at 40 points spread over the file, and each of the last 8 bytes.
        for (int i = 0; i < 40; i++)
        {
            int at = (int)((long)length * i / 40);
            yield return ($"truncate at {at}", file[..at]);
        }

        for (int k = 1; k <= 8; k++)
        {
            yield return ($"truncate last {k}", file[..(length - k)]);
        }

        // Single-bit flips over the column data and over the footer (its length and magic included).
        var random = new Random(seed);
        for (int i = 0; i < 60; i++)
        {
            int at = random.Next(4, footerStart);
            int bit = random.Next(8);
            yield return ($"flip data byte {at} bit {bit}", Flip(file, at, bit));
        }

        for (int i = 0; i < 40; i++)
        {
            int at = random.Next(footerStart, length);
            int bit = random.Next(8);
            yield return ($"flip footer byte {at} bit {bit}", Flip(file, at, bit));
        }

        // The footer's length and the magic bytes.
        foreach (int claimed in new[] { int.MaxValue, 0, -1, length, length - footerStart - 8 + 1, length - footerStart - 8 - 1 })
        {
            var copy = (byte[])file.Clone();
            BinaryPrimitives.WriteInt32LittleEndian(copy.AsSpan(length - 8), claimed);
            yield return ($"footer-length set to {claimed}", copy);
        }

        yield return ("magic head PAR2", Set(file, 3, (byte)'2'));
        yield return ("magic tail PAR2", Set(file, length - 1, (byte)'2'));

        // Footer edits, written back through the footer's model.
        var footer = ParquetBytes.ReadFooter(file);
        foreach (var (name, edited) in FooterEdits(footer, length, footerStart))
        {
            yield return ($"footer {name}", ParquetBytes.WithFooter(file, edited));
        }
    }

    private static IEnumerable<(string Name, ParquetFooter Footer)> FooterEdits(ParquetFooter f, int length, int footerStart)
    {
        ParquetFooter Rows(int g, long rows) => f with { RowGroups = [.. f.RowGroups.Select((r, i) => i == g ? r with { NumRows = rows } : r)] };
        ParquetFooter Chunk(int c, Func<ParquetFooter.ColumnMetaData, ParquetFooter.ColumnMetaData> change) => ParquetBytes.WithChunk(f, 0, c, change);
        var first = f.RowGroups[0];
        long rows0 = first.NumRows;

        yield return ("rewritten unchanged", f);
        yield return ("rows of group 0 = 2e9", Rows(0, 2_000_000_000));
        yield return ("rows of group 0 = -1", Rows(0, -1));
        yield return ("rows of group 0 + 1", Rows(0, rows0 + 1));
        yield return ("rows of group 0 = max", Rows(0, long.MaxValue));
        yield return ("rows of file = 2e9", f with { NumRows = 2_000_000_000 });
        yield return ("rows of file = -5", f with { NumRows = -5 });
        yield return ("rows of file + 1", f with { NumRows = f.NumRows + 1 });

        // A consistent lie: the file, the row group and every chunk of it claim the same count.
        foreach (long claim in new[] { 2_000_000_000L, rows0 + 1, rows0 - 1, int.MaxValue + 10L })
        {
            var lie = Rows(0, claim) with { NumRows = f.NumRows - rows0 + claim };
            for (int c = 0; c < 4; c++)
            {
                lie = ParquetBytes.WithChunk(lie, 0, c, m => m with { NumValues = claim });
            }

            yield return ($"rows everywhere = {claim}", lie);
        }

        for (int c = 0; c < 4; c++)
        {
            var meta = first.Columns[c].MetaData!;
            yield return ($"chunk {c} offset beyond the file", Chunk(c, m => m with { DataPageOffset = length + 100, DictionaryPageOffset = null }));
            yield return ($"chunk {c} size +1", Chunk(c, m => m with { TotalCompressedSize = m.TotalCompressedSize + 1 }));
            yield return ($"chunk {c} values + 1", Chunk(c, m => m with { NumValues = m.NumValues + 1 }));
        }

        var cluster = first.Columns[1].MetaData!;
        yield return ("chunk 0 offset -1", Chunk(0, m => m with { DataPageOffset = -1, DictionaryPageOffset = null }));
        yield return ("chunk 1 offset 0", Chunk(1, m => m with { DataPageOffset = 0, DictionaryPageOffset = null }));
        yield return ("chunk 2 offset at footer", Chunk(2, m => m with { DataPageOffset = footerStart, DictionaryPageOffset = null }));
        yield return ("chunk 2 is chunk 1's bytes", Chunk(2, m => m with { DataPageOffset = cluster.DataPageOffset, DictionaryPageOffset = cluster.DictionaryPageOffset, TotalCompressedSize = cluster.TotalCompressedSize }));
        yield return ("chunk 3 offset +1", Chunk(3, m => m with { DataPageOffset = m.DataPageOffset + 1, DictionaryPageOffset = m.DictionaryPageOffset + 1 }));
        yield return ("chunk 3 size 2^40", Chunk(3, m => m with { TotalCompressedSize = 1L << 40 }));
        yield return ("chunk 3 size -1", Chunk(3, m => m with { TotalCompressedSize = -1 }));
        yield return ("chunk 0 size 0", Chunk(0, m => m with { TotalCompressedSize = 0 }));
        yield return ("chunk 1 size -1 byte", Chunk(1, m => m with { TotalCompressedSize = m.TotalCompressedSize - 1 }));
        yield return ("chunk 2 values - 1", Chunk(2, m => m with { NumValues = m.NumValues - 1 }));
        yield return ("chunk 2 values 2e9", Chunk(2, m => m with { NumValues = 2_000_000_000 }));
        yield return ("chunk 1 type INT64", Chunk(1, m => m with { Type = 2 }));
        yield return ("chunk 3 codec LZO", Chunk(3, m => m with { Codec = 3 }));
        yield return ("chunk 3 codec GZIP", Chunk(3, m => m with { Codec = 2 }));
        yield return ("chunk 0 codec SNAPPY or none", Chunk(0, m => m with { Codec = m.Codec == 1 ? 0 : 1 }));
        yield return ("chunk 2 path renamed", Chunk(2, m => m with { PathInSchema = ["month"] }));
        yield return ("chunk 3 dictionary after data", Chunk(3, m => m with { DictionaryPageOffset = m.DataPageOffset + 1 }));
        yield return ("chunk 0 in another file", ParquetBytes.WithChunk(f, 0, 0, m => m) with
        {
            RowGroups = [first with { Columns = [first.Columns[0] with { FilePath = "other.parquet" }, .. first.Columns.Skip(1)] }, .. f.RowGroups.Skip(1)],
        });
        yield return ("schema period INT64", ParquetBytes.WithSchema(f, 3, e => e with { Type = 2 }));
        yield return ("schema ytd_output FLOAT", ParquetBytes.WithSchema(f, 4, e => e with { Type = 4 }));
        yield return ("schema ent_id BYTE_ARRAY", ParquetBytes.WithSchema(f, 1, e => e with { Type = 6 }));
        yield return ("schema cluster repeated", ParquetBytes.WithSchema(f, 2, e => e with { Repetition = 2 }));
        yield return ("schema period optional", ParquetBytes.WithSchema(f, 3, e => e with { Repetition = 1 }));
        yield return ("schema period DATE", ParquetBytes.WithSchema(f, 3, e => e with { ConvertedType = 6 }));
        yield return ("schema period int64 annotation", ParquetBytes.WithSchema(f, 3, e => e with { LogicalType = new ParquetFooter.LogicalType(10, 64, true) }));
        yield return ("schema period renamed", ParquetBytes.WithSchema(f, 3, e => e with { Name = "month" }));
        yield return ("schema ytd_output renamed with controls", ParquetBytes.WithSchema(f, 4, e => e with { Name = "ytd\n\u202eoutput\r" + new string('x', 200) }));
        yield return ("schema root 99 children", ParquetBytes.WithSchema(f, 0, e => e with { NumChildren = 99 }));
        yield return ("schema root -1 children", ParquetBytes.WithSchema(f, 0, e => e with { NumChildren = -1 }));
        yield return ("schema root 3 children", ParquetBytes.WithSchema(f, 0, e => e with { NumChildren = 3 }));
        if (first.Columns[2].MetaData!.Statistics is not null)
        {
            yield return ("stats period min + 1", Chunk(2, m => m with { Statistics = m.Statistics! with { MinValue = Int(BinaryPrimitives.ReadInt32LittleEndian(m.Statistics!.MinValue ?? m.Statistics!.LegacyMin) + 1), LegacyMin = null } }));
            yield return ("stats ytd_output max doubled", Chunk(3, m => m with { Statistics = m.Statistics! with { MaxValue = Double(2 * BinaryPrimitives.ReadDoubleLittleEndian(m.Statistics!.MaxValue ?? m.Statistics!.LegacyMax)), LegacyMax = null } }));
            yield return ("stats cluster null count 5", Chunk(1, m => m with { Statistics = m.Statistics! with { NullCount = 5 } }));
            yield return ("stats period min 3 bytes", Chunk(2, m => m with { Statistics = m.Statistics! with { MinValue = [1, 2, 3] } }));
        }
    }

    private static byte[] Flip(byte[] file, int at, int bit)
    {
        var copy = (byte[])file.Clone();
        copy[at] ^= (byte)(1 << bit);
        return copy;
    }

    private static byte[] Set(byte[] file, int at, byte value)
    {
        var copy = (byte[])file.Clone();
        copy[at] = value;
        return copy;
    }

    private static byte[] Int(int value)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteInt32LittleEndian(b, value);
        return b;
    }

    private static byte[] Double(double value)
    {
        var b = new byte[8];
        BinaryPrimitives.WriteDoubleLittleEndian(b, value);
        return b;
    }

    private sealed record Result(string Base, string Name, string Path, Outcome Outcome, string Detail);
}
