using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using DuckDB.NET.Data;
using Parquet;
using Parquet.Schema;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.IO.Tests;

/// <summary>
/// The panel reader's own page decoder (<see cref="ParquetChunkDecoder"/>) against the panel the files were written
/// from: every chunk it takes decodes to the written values bit for bit, it takes every chunk of the common files
/// (the panel writer's, Parquet.Net's optional columns, DuckDB's v1 pages with Snappy, Zstandard or no compression),
/// and it leaves to Parquet.Net what it does not read (other codecs, delta encodings, nulls) instead of guessing.
/// </summary>
public class ParquetChunkDecoderTest
{
    public static TheoryData<string, string, bool> Files() => new()
    {
        // writer, codec, whether every chunk must take the fast path
        { "PanelWriter", "snappy", true },
        { "ParquetNetOptional", "snappy", true },
        { "ParquetNetOptional", "zstd", true },
        { "ParquetNetOptional", "none", true },
        { "DuckDbV1", "snappy", true },
        { "DuckDbV1", "zstd", true },
        { "DuckDbV1", "uncompressed", true },
        { "DuckDbV2", "snappy", false },
        { "DuckDbV2", "zstd", false },
        { "DuckDbV1", "gzip", false },
        { "DuckDbV1", "brotli", false },
        { "DuckDbV2", "lz4_raw", false },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void EveryChunkItTakes_DecodesToTheWrittenValues(string writer, string codec, bool allFast)
    {
        using var folder = new TempFolder();
        var panel = Generated();
        string path = Write(folder, panel, writer, codec);
        var (fast, total) = DecodeEveryChunk(path, panel);
        TestContext.Current.TestOutputHelper?.WriteLine($"{writer} {codec}: {fast} of {total} chunks decoded by the panel reader's own decoder");
        if (allFast)
        {
            Assert.Equal(total, fast);
        }
        else if (codec is "gzip" or "brotli" or "lz4_raw")
        {
            Assert.Equal(0, fast);
        }

        // And the reader, whichever decoder each chunk takes, loads the panel that was written.
        var read = PanelReader.ReadParquet(path, null);
        Assert.True(read.EnterpriseIds.SequenceEqual(panel.EnterpriseIds));
        Assert.True(read.Clusters.SequenceEqual(panel.Clusters));
        Assert.True(read.Periods.SequenceEqual(panel.Periods));
        Assert.True(MemoryMarshal.AsBytes(read.YearToDateOutput).SequenceEqual(MemoryMarshal.AsBytes(panel.YearToDateOutput)));
    }

    [Fact]
    public void DuckDbV2_DictionaryAndPlainChunks_TakeTheOwnDecoder_DeltaChunksDoNot()
    {
        // DuckDB's v2 pages encode the sorted integer columns with DELTA_BINARY_PACKED (left to Parquet.Net) and the
        // rest with a dictionary or PLAIN: at least those are decoded here.
        using var folder = new TempFolder();
        var panel = Generated();
        string path = Write(folder, panel, "DuckDbV2", "snappy");
        var (fast, total) = DecodeEveryChunk(path, panel);
        Assert.InRange(fast, 1, total - 1);
    }

    [Fact]
    public async Task ANull_IsLeftToParquetNet_WhichNamesItsRow()
    {
        using var folder = new TempFolder();
        var panel = Generated();
        string path = folder.File("null.parquet");
        await WriteParquetNet(path, panel, CompressionMethod.Snappy, nullAt: 1500);
        using (var file = File.OpenHandle(path))
        {
            var layout = ParquetLayout.Read(path, file);
            var chunk = layout.Groups[0].Columns[2];
            var bytes = new byte[chunk.Length];
            ParquetLayout.ReadExactly(file, bytes, chunk.Start);
            Assert.False(ParquetChunkDecoder.TryDecode(bytes, chunk.Codec, optional: true, new int[chunk.NumValues]));
        }

        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Contains("row 1501: column 'period' is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATruncatedOrCorruptPage_IsLeftToParquetNet()
    {
        using var folder = new TempFolder();
        var panel = Generated();
        string path = Write(folder, panel, "PanelWriter", "snappy");
        using var file = File.OpenHandle(path);
        var layout = ParquetLayout.Read(path, file);
        var chunk = layout.Groups[0].Columns[3];
        var bytes = new byte[chunk.Length];
        ParquetLayout.ReadExactly(file, bytes, chunk.Start);
        var target = new double[chunk.NumValues];
        Assert.True(ParquetChunkDecoder.TryDecode(bytes, chunk.Codec, optional: false, target));

        // Cut short: the last page's data is missing.
        Assert.False(ParquetChunkDecoder.TryDecode(bytes.AsSpan(0, bytes.Length - 10), chunk.Codec, optional: false, target));

        // The Snappy stream of the first page broken in the middle (a copy reaching before the start of the output).
        var broken = (byte[])bytes.Clone();
        for (int i = 40; i < 60; i++)
        {
            broken[i] = 0xFF;
        }

        Assert.False(ParquetChunkDecoder.TryDecode(broken, chunk.Codec, optional: false, target));

        // Fewer values than the target holds, or more.
        Assert.False(ParquetChunkDecoder.TryDecode(bytes, chunk.Codec, optional: false, new double[chunk.NumValues + 1]));
        Assert.False(ParquetChunkDecoder.TryDecode(bytes, chunk.Codec, optional: false, new double[chunk.NumValues - 1]));

        // A codec it does not read.
        Assert.False(ParquetChunkDecoder.TryDecode(bytes, 2, optional: false, target));
    }

    private static (int Fast, int Total) DecodeEveryChunk(string path, EnterprisePanel panel)
    {
        using var file = File.OpenHandle(path);
        var layout = ParquetLayout.Read(path, file);
        int fast = 0;
        int total = 0;
        foreach (var group in layout.Groups)
        {
            for (int c = 0; c < 4; c++)
            {
                var chunk = group.Columns[c];
                var bytes = new byte[chunk.Length];
                ParquetLayout.ReadExactly(file, bytes, chunk.Start);
                ParquetPageCheck.Check(bytes, chunk, layout.Optional[c]);
                int start = (int)group.FirstRow;
                int n = (int)group.Rows;
                total++;
                bool taken;
                if (c < 3)
                {
                    var target = new int[n];
                    taken = ParquetChunkDecoder.TryDecode(bytes, chunk.Codec, layout.Optional[c], target.AsSpan());
                    var column = c == 0 ? panel.EnterpriseIds : c == 1 ? panel.Clusters : panel.Periods;
                    var expected = column.Slice(start, n);
                    Assert.True(!taken || expected.SequenceEqual(target), $"group at row {start}, column {chunk.Name}: decoded values differ");
                }
                else
                {
                    var target = new double[n];
                    taken = ParquetChunkDecoder.TryDecode(bytes, chunk.Codec, layout.Optional[c], target.AsSpan());
                    var expected = MemoryMarshal.AsBytes(panel.YearToDateOutput.Slice(start, n));
                    Assert.True(!taken || expected.SequenceEqual(MemoryMarshal.AsBytes(target.AsSpan())), $"group at row {start}, column {chunk.Name}: decoded values differ");
                }

                fast += taken ? 1 : 0;
            }
        }

        return (fast, total);
    }

    private static EnterprisePanel Generated()
    {
        var data = SyntheticPanel.Generate(800, 60, withCents: true, seed: 7);
        return EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
    }

    private static string Write(TempFolder folder, EnterprisePanel panel, string writer, string codec)
    {
        string path = folder.File($"{writer}-{codec}.parquet");
        switch (writer)
        {
            case "PanelWriter":
                PanelWriter.WriteParquet(panel, path, 7000);
                return path;
            case "ParquetNetOptional":
                var method = codec switch { "snappy" => CompressionMethod.Snappy, "zstd" => CompressionMethod.Zstd, _ => CompressionMethod.None };
                WriteParquetNet(path, panel, method, nullAt: -1).GetAwaiter().GetResult();
                return path;
            default:
                string csv = folder.File("panel.csv");
                PanelWriter.WriteCsv(panel, csv);
                string version = writer == "DuckDbV2" ? "V2" : "V1";
                using (var connection = new DuckDBConnection("DataSource=:memory:"))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = $$"""
                        COPY (SELECT * FROM read_csv('{{csv}}', header = true, columns = {'ent_id': 'INTEGER', 'cluster': 'INTEGER', 'period': 'INTEGER', 'ytd_output': 'DOUBLE'}) ORDER BY ent_id, period)
                        TO '{{path}}' (FORMAT parquet, COMPRESSION {{codec}}, PARQUET_VERSION {{version}}, ROW_GROUP_SIZE 5000)
                        """;
                    command.ExecuteNonQuery();
                }

                return path;
        }
    }

    private static async Task WriteParquetNet(string path, EnterprisePanel panel, CompressionMethod method, int nullAt)
    {
        DataField[] fields = [new DataField<int?>("ent_id"), new DataField<int?>("cluster"), new DataField<int?>("period"), new DataField<double?>("ytd_output")];
        await using var stream = File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, new ParquetOptions { CompressionMethod = method });
        const int Group = 6000;
        for (int start = 0; start < panel.RowCount; start += Group)
        {
            int n = Math.Min(Group, panel.RowCount - start);
            int?[] Column(ReadOnlySpan<int> values, bool withNull)
            {
                var result = new int?[n];
                for (int i = 0; i < n; i++)
                {
                    result[i] = withNull && start + i == nullAt ? null : values[start + i];
                }

                return result;
            }

            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync<int>(fields[0], Column(panel.EnterpriseIds, false).AsMemory());
            await rg.WriteAsync<int>(fields[1], Column(panel.Clusters, false).AsMemory());
            await rg.WriteAsync<int>(fields[2], Column(panel.Periods, true).AsMemory());
            await rg.WriteAsync<double>(fields[3], panel.YearToDateOutput.Slice(start, n).ToArray().Select(v => (double?)v).ToArray().AsMemory());
        }
    }
}
