using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Cli.Tests.BadInput;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.IO.Tests;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>taizhou-metrics panel --stream</c>: a Parquet panel read one row group at a time gives the files of the in-memory
/// run byte for byte, and rows out of order are refused with exit 2 and how to sort them.
/// </summary>
public class PanelStreamTest
{
    private static readonly Lazy<EnterprisePanel> Panel = new(() =>
    {
        var data = SyntheticPanel.Generate(300, 40, withCents: false, seed: 3);
        return EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
    });

    private static System.Threading.CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(97, true, true)]
    [InlineData(97, true, false)]
    [InlineData(1000, false, true)]
    [InlineData(1000, false, false)]
    [InlineData(1 << 20, true, true)]
    public void Stream_TinyRowGroups_WritesTheInMemoryFilesByteForByte(int rowGroupSize, bool withEnterprise, bool statistics)
    {
        // Row groups of 97 rows cut most firms (a firm has up to 40 rows) across two groups. With the footer's
        // statistics the shape comes from them; without, from a first pass over the cluster and period columns.
        using var s = new Scratch();
        string input = s.PathOf("panel.parquet");
        if (statistics)
        {
            PanelWriter.WriteParquet(Panel.Value, input, rowGroupSize);
            Assert.NotNull(ParquetFile.Footer(File.ReadAllBytes(input)).RowGroups[0].Columns[2].MetaData!.Statistics);
        }
        else
        {
            int rows = Panel.Value.RowCount;
            int[] groups = new int[(rows + rowGroupSize - 1) / rowGroupSize];
            for (int g = 0; g < groups.Length; g++)
            {
                groups[g] = Math.Min(rowGroupSize, rows - (g * rowGroupSize));
            }

            File.WriteAllBytes(input, ParquetBytes.WriteMinimal(Panel.Value, groups, crc: false, statistics: false));
            Assert.Null(ParquetFile.Footer(File.ReadAllBytes(input)).RowGroups[0].Columns[2].MetaData!.Statistics);
        }

        string[] flags = withEnterprise ? ["--enterprise-yoy"] : [];
        var (memoryCode, memoryOutput, memoryError) = CliRunner.Run(["panel", "--input", input, "--output", s.PathOf("memory"), .. flags]);
        var (code, output, error) = CliRunner.Run(["panel", "--input", input, "--output", s.PathOf("stream"), "--stream", .. flags]);

        Assert.True(memoryCode == 0, memoryError);
        Assert.True(code == 0, error);
        Assert.Equal(memoryOutput.Replace("memory", "stream", StringComparison.Ordinal), output);
        foreach (string name in (string[])["cluster_metrics.csv", "enterprise_yoy.csv", "manifest.json"])
        {
            Assert.Equal(withEnterprise || name != "enterprise_yoy.csv", File.Exists(Path.Combine(s.PathOf("stream"), name)));
            if (File.Exists(Path.Combine(s.PathOf("memory"), name)))
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(s.PathOf("memory"), name)), File.ReadAllBytes(Path.Combine(s.PathOf("stream"), name)));
            }
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Stream_ParquetOutput_WritesTheInMemoryParquetFilesByteForByte(bool withEnterprise)
    {
        // The streamed enterprise_yoy.parquet is cut into row groups of 2^20 rows as the in-memory writer cuts it, and
        // the cluster file is written from the same metrics: the files are the same bytes.
        using var s = new Scratch();
        string input = s.PathOf("panel.parquet");
        PanelWriter.WriteParquet(Panel.Value, input, 97);
        string[] flags = withEnterprise ? ["--enterprise-yoy", "--output-format", "parquet"] : ["--output-format", "parquet"];

        var (memoryCode, memoryOutput, memoryError) = CliRunner.Run(["panel", "--input", input, "--output", s.PathOf("memory"), .. flags]);
        var (code, output, error) = CliRunner.Run(["panel", "--input", input, "--output", s.PathOf("stream"), "--stream", .. flags]);

        Assert.True(memoryCode == 0, memoryError);
        Assert.True(code == 0, error);
        Assert.Equal(memoryOutput.Replace("memory", "stream", StringComparison.Ordinal), output);
        foreach (string name in (string[])["cluster_metrics.parquet", "enterprise_yoy.parquet", "manifest.json"])
        {
            Assert.Equal(withEnterprise || name != "enterprise_yoy.parquet", File.Exists(Path.Combine(s.PathOf("stream"), name)));
            if (File.Exists(Path.Combine(s.PathOf("memory"), name)))
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(s.PathOf("memory"), name)), File.ReadAllBytes(Path.Combine(s.PathOf("stream"), name)));
            }
        }

        Assert.False(File.Exists(Path.Combine(s.PathOf("stream"), "cluster_metrics.csv")));
    }

    [Fact]
    public void Stream_EnterpriseParquetInSmallRowGroups_HoldsEveryRowOnce()
    {
        // Row groups of 1,000 rows while firms come in runs that straddle them: every row once, in order.
        using var s = new Scratch();
        string path = s.PathOf("yoy.parquet");
        var panel = Panel.Value;
        var growth = new double[panel.RowCount];
        var defined = new bool[panel.RowCount];
        PanelCalculator.EnterpriseYearOnYearInto(panel, 0, growth, defined);
        using (var file = File.Create(path))
        using (var table = new Taizhou.Metrics.Cli.Rendering.EnterpriseYoyParquetStream(file, 1000))
        {
            for (int start = 0; start < panel.RowCount; start += 37)
            {
                int n = Math.Min(37, panel.RowCount - start);
                table.Write(start, panel.EnterpriseIds.Slice(start, n), panel.Periods.Slice(start, n), growth.AsSpan(start, n), defined.AsSpan(start, n));
            }

            table.Finish();
        }

        var footer = ParquetFile.Footer(File.ReadAllBytes(path));
        Assert.Equal(panel.RowCount, footer.NumRows);
        Assert.Equal((panel.RowCount + 999) / 1000, footer.RowGroups.Count);
        Assert.All(footer.RowGroups.SkipLast(1), g => Assert.Equal(1000, g.NumRows));
    }

    [Fact]
    public async Task Stream_FirmIdGoingDown_ExitsTwoNamingTheRowAndHowToSort()
    {
        // Rows 1-2 are firm 5, rows 3-4 firm 3, in a second row group: refused at row 3.
        using var s = new Scratch();
        string path = s.PathOf("unsorted.parquet");
        var fields = new DataField[] { new DataField<int>("ent_id"), new DataField<int>("cluster"), new DataField<int>("period"), new DataField<double>("ytd_output") };
        await using (var stream = File.Create(path))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: Token))
        {
            foreach (int id in (int[])[5, 3])
            {
                using var rg = writer.CreateRowGroup();
                await rg.WriteAsync<int>(fields[0], new[] { id, id }.AsMemory(), cancellationToken: Token);
                await rg.WriteAsync<int>(fields[1], new[] { 0, 0 }.AsMemory(), cancellationToken: Token);
                await rg.WriteAsync<int>(fields[2], new[] { 202301, 202401 }.AsMemory(), cancellationToken: Token);
                await rg.WriteAsync<double>(fields[3], new[] { 1.0, 2.0 }.AsMemory(), cancellationToken: Token);
            }
        }

        var (code, _, error) = CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out"), "--stream");

        Assert.Equal(2, code);
        Assert.Contains($"{path}: row 3, enterprise 3: enterprise 3 comes after enterprise 5", error, StringComparison.Ordinal);
        Assert.Contains("ORDER BY ent_id, period", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(s.PathOf("out"), "cluster_metrics.csv")));
    }

    [Fact]
    public async Task Stream_NullCellInALaterRowGroup_ExitsTwoNamingTheRowAsInMemory()
    {
        // The second row group is decoded while the first is computed; its error names the file's row 3, as in memory.
        using var s = new Scratch();
        string path = s.PathOf("nulls.parquet");
        var fields = new DataField[] { new DataField<int?>("ent_id"), new DataField<int?>("cluster"), new DataField<int?>("period"), new DataField<double?>("ytd_output") };
        await using (var stream = File.Create(path))
        await using (var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream, cancellationToken: Token))
        {
            foreach (int?[] periods in (int?[][])[[202301, 202401], [null, 202401]])
            {
                using var rg = writer.CreateRowGroup();
                int id = periods[0] is null ? 2 : 1;
                await rg.WriteAsync<int>(fields[0], new int?[] { id, id }.AsMemory(), cancellationToken: Token);
                await rg.WriteAsync<int>(fields[1], new int?[] { 0, 0 }.AsMemory(), cancellationToken: Token);
                await rg.WriteAsync<int>(fields[2], periods.AsMemory(), cancellationToken: Token);
                await rg.WriteAsync<double>(fields[3], new double?[] { 1, 2 }.AsMemory(), cancellationToken: Token);
            }
        }

        var (memoryCode, _, memoryError) = CliRunner.Run("panel", "--input", path, "--output", s.PathOf("memory"));
        var (code, _, error) = CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out"), "--stream");

        Assert.Equal(2, memoryCode);
        Assert.Equal(2, code);
        Assert.Contains($"{path}: row 3: column 'period' is null.", error, StringComparison.Ordinal);
        Assert.Equal(memoryError, error);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Stream_Csv_WritesTheInMemoryFilesByteForByte(bool withEnterprise)
    {
        // 4096-row blocks: 10,217 rows make two full blocks and a part, the block edges inside firms.
        using var s = new Scratch();
        string csv = s.PathOf("panel.csv");
        PanelWriter.WriteCsv(Panel.Value, csv);
        Assert.True(Panel.Value.RowCount > 2 * 4096, $"rows: {Panel.Value.RowCount}");
        string[] flags = withEnterprise ? ["--enterprise-yoy"] : [];
        var (memoryCode, memoryOutput, memoryError) = CliRunner.Run(["panel", "--input", csv, "--output", s.PathOf("memory"), .. flags]);
        var (code, output, error) = CliRunner.Run(["panel", "--input", csv, "--output", s.PathOf("stream"), "--stream", .. flags]);

        Assert.True(memoryCode == 0, memoryError);
        Assert.True(code == 0, error);
        Assert.Equal(memoryOutput.Replace("memory", "stream", StringComparison.Ordinal), output);
        foreach (string name in (string[])["cluster_metrics.csv", "enterprise_yoy.csv", "manifest.json"])
        {
            Assert.Equal(withEnterprise || name != "enterprise_yoy.csv", File.Exists(Path.Combine(s.PathOf("stream"), name)));
            if (File.Exists(Path.Combine(s.PathOf("memory"), name)))
            {
                Assert.Equal(File.ReadAllBytes(Path.Combine(s.PathOf("memory"), name)), File.ReadAllBytes(Path.Combine(s.PathOf("stream"), name)));
            }
        }
    }

    [Fact]
    public void Stream_CsvPeriodGoingDownWithinAFirm_ExitsTwoNamingRowAndLine()
    {
        using var s = new Scratch();
        string csv = s.Text("unsorted.csv", "ent_id,cluster,period,ytd_output\n1,0,202301,1\n1,0,202401,2\n1,0,202312,3\n");
        var (code, _, error) = CliRunner.Run("panel", "--input", csv, "--output", s.PathOf("out"), "--stream");
        Assert.Equal(2, code);
        Assert.Contains($"{csv}: row 3 (line 4), enterprise 1: period 202312 comes after period 202401", error, StringComparison.Ordinal);
        Assert.Contains("ORDER BY ent_id, period", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Stream_CsvBadCellAfterAnUnsortedRow_ReportsTheUnsortedRowFirst()
    {
        // The first pass stops at the bad cell of row 3; the second reports row 2, the first error of the file, as the
        // in-memory reader does.
        using var s = new Scratch();
        string csv = s.Text("bad.csv", "ent_id,cluster,period,ytd_output\n5,0,202301,1\n3,0,202301,2\n3,0,x,3\n");
        var (memoryCode, _, memoryError) = CliRunner.Run("panel", "--input", csv, "--output", s.PathOf("memory"));
        var (code, _, error) = CliRunner.Run("panel", "--input", csv, "--output", s.PathOf("out"), "--stream");
        Assert.Equal(2, memoryCode);
        Assert.Equal(2, code);
        Assert.Contains($"{csv}: row 2 (line 3), enterprise 3: enterprise 3 comes after enterprise 5", error, StringComparison.Ordinal);
        Assert.StartsWith(memoryError.Trim(), error.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Stream_StandardInput_ExitsTwo()
    {
        using var s = new Scratch();
        var (code, _, error) = CliRunner.Run("panel", "--input", "-", "--output", s.PathOf("out"), "--stream");
        Assert.Equal(2, code);
        Assert.Contains("standard input cannot be read twice", error, StringComparison.Ordinal);
    }
}
