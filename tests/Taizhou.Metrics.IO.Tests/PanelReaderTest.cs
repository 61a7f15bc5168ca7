using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.IO.Tests;

/// <summary>Tests of <see cref="PanelReader"/> and <see cref="PanelWriter"/>: round trips and the errors a bad file gives.</summary>
public class PanelReaderTest
{
    private const string Header = "ent_id,cluster,period,ytd_output\n";

    private static EnterprisePanel Generated()
    {
        var data = SyntheticPanel.Generate(150, 30, withCents: false, seed: 7);
        return EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
    }

    [Theory]
    [InlineData("panel.parquet")]
    [InlineData("panel.csv")]
    public void RoundTrip_KeepsEveryValue(string name)
    {
        using var folder = new TempFolder();
        var panel = Generated();
        string path = folder.File(name);
        if (name.EndsWith(".parquet", StringComparison.Ordinal))
        {
            PanelWriter.WriteParquet(panel, path);
        }
        else
        {
            PanelWriter.WriteCsv(panel, path);
        }

        var progress = new List<PanelLoadProgress>();
        var read = PanelReader.Read(path, new SyncProgress(progress));
        Assert.Equal(panel.RowCount, read.RowCount);
        Assert.True(panel.EnterpriseIds.SequenceEqual(read.EnterpriseIds));
        Assert.True(panel.Clusters.SequenceEqual(read.Clusters));
        Assert.True(panel.Periods.SequenceEqual(read.Periods));
        Assert.True(panel.YearToDateOutput.SequenceEqual(read.YearToDateOutput));
        Assert.NotEmpty(progress);
        Assert.Equal(1.0, progress[^1].Fraction);
    }

    [Fact]
    public void Csv_ExtraColumnsAndOtherOrder_AreAccepted()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("p.csv", "name,period,ytd_output,cluster,ent_id\nx,202401,1.5,0,7\ny,202402,2.5,0,7\n");
        var panel = PanelReader.ReadCsv(path, null);
        Assert.Equal([202401, 202402], panel.Periods.ToArray());
        Assert.Equal([1.5, 2.5], panel.YearToDateOutput.ToArray());
    }

    [Fact]
    public void Csv_MissingColumn_NamesItAndTheHeader()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("p.csv", "ent_id,cluster,month,ytd_output\n1,0,202401,1\n");
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null));
        Assert.Contains("no column 'period'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("ent_id, cluster, month, ytd_output", ex.Message, StringComparison.Ordinal);
        Assert.Null(ex.RowNumber);
    }

    [Fact]
    public void Csv_NonNumericCell_NamesRowLineAndColumn()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("p.csv", Header + "1,0,202401,1\n1,0,202402,abc\n");
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null));
        Assert.Equal(2, ex.RowNumber);
        Assert.Contains("row 2 (line 3), column 'ytd_output': 'abc' is not a number", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1,0,202401,1\n1,0,202403,3\n1,0,202402,4\n", 3, 1, "rows must be sorted by (ent_id, period)")]
    [InlineData("1,0,202401,1\n2,0,202401,3\n1,0,202402,4\n", 3, 1, "enterprise 1 comes after enterprise 2")]
    [InlineData("1,0,202401,1\n5,0,202401,3\n5,0,202401,4\n", 3, 5, "period 202401 appears twice")]
    [InlineData("1,0,202401,1\n5,0,202401,3\n5,0,202402,2\n", 3, 5, "year-to-date output falls from 3 in 202401 to 2 in 202402")]
    [InlineData("1,0,202401,1\n5,0,202413,3\n", 2, 5, "period 202413 is not a yyyymm month")]
    [InlineData("1,0,202401,1\n5,-1,202401,3\n", 2, 5, "cluster -1 is not 0 to 4095")]
    public void Csv_BrokenRule_NamesRowAndEnterprise(string rows, int row, int enterprise, string what)
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("p.csv", Header + rows);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null));
        Assert.Equal(row, ex.RowNumber);
        Assert.Equal(enterprise, ex.EnterpriseId);
        Assert.Contains($"row {row} (line {row + 1}), enterprise {enterprise}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(what, ex.Message, StringComparison.Ordinal);
        Assert.IsType<PanelDataException>(ex.InnerException);
    }

    [Fact]
    public void Csv_MissingFile_IsAFormatError()
    {
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv("/nonexistent/panel.csv", null));
        Assert.Contains("/nonexistent/panel.csv", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_WrongColumnType_NamesColumnAndTypes()
    {
        using var folder = new TempFolder();
        string path = folder.File("p.parquet");
        await WriteParquet(path, new DataField<int>("ent_id"), new DataField<int>("cluster"), new DataField<long>("period"), new DataField<double>("ytd_output"));
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Contains("column 'period' is Int64; expected Int32", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_MissingColumn_NamesIt()
    {
        using var folder = new TempFolder();
        string path = folder.File("p.parquet");
        await WriteParquet(path, new DataField<int>("ent_id"), new DataField<int>("cluster"), new DataField<int>("period"), new DataField<double>("output"));
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Contains("no column 'ytd_output'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_FallingYearToDate_NamesRowAndEnterprise()
    {
        using var folder = new TempFolder();
        string path = folder.File("p.parquet");
        // The writer only takes valid panels, so write the columns directly, with a fall in the third row.
        await WriteParquetColumns(path, [3, 3, 3], [0, 0, 0], [202401, 202402, 202403], [1.0, 2.0, 1.5]);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Equal(3, ex.RowNumber);
        Assert.Equal(3, ex.EnterpriseId);
        Assert.Contains("row 3, enterprise 3: year-to-date output falls", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parquet_NotAParquetFile_IsAFormatError()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("p.parquet", "ent_id,cluster,period,ytd_output\n");
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Contains("cannot be read as Parquet", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Parquet_ManyRowGroups_GiveTheSamePanelAsOne(bool nullable)
    {
        using var folder = new TempFolder();
        var panel = Generated();
        var (ids, clusters, periods, output) = Columns(panel);
        string one = folder.File("one.parquet");
        string many = folder.File("many.parquet");
        await WriteParquetGroups(one, [ids.Length], ids, clusters, periods, output, nullable);
        int[] sizes = [1, 7, 1000, 0, 513, 2, ids.Length - 1523];
        await WriteParquetGroups(many, sizes, ids, clusters, periods, output, nullable);

        var progress = new List<PanelLoadProgress>();
        var fromOne = PanelReader.ReadParquet(one, null);
        var fromMany = PanelReader.ReadParquet(many, new SyncProgress(progress));
        foreach (var read in new[] { fromOne, fromMany })
        {
            Assert.Equal(panel.RowCount, read.RowCount);
            Assert.Equal(panel.EnterpriseCount, read.EnterpriseCount);
            Assert.Equal(panel.ClusterCount, read.ClusterCount);
            Assert.Equal(panel.FirstMonth, read.FirstMonth);
            Assert.Equal(panel.MonthCount, read.MonthCount);
            Assert.True(panel.EnterpriseIds.SequenceEqual(read.EnterpriseIds));
            Assert.True(panel.Clusters.SequenceEqual(read.Clusters));
            Assert.True(panel.Periods.SequenceEqual(read.Periods));
            Assert.True(panel.YearToDateOutput.SequenceEqual(read.YearToDateOutput));
        }

        // One report a row group, in order, the last one complete.
        Assert.Equal(sizes.Length, progress.Count);
        Assert.Equal(sizes.Select((_, i) => (long)sizes.Take(i + 1).Sum()), progress.Select(p => p.RowsRead));
        Assert.Equal(1.0, progress[^1].Fraction);
    }

    [Theory]
    [InlineData("duplicate", "appears twice")]
    [InlineData("fall", "year-to-date output falls")]
    public async Task Parquet_BrokenRuleInALaterRowGroup_NamesTheRowOfTheFile(string breakage, string what)
    {
        using var folder = new TempFolder();
        var (ids, clusters, periods, output) = Columns(Generated());
        int[] sizes = [700, 700, 700, ids.Length - 2100];
        int row;
        if (breakage == "duplicate")
        {
            // The first row of the third group repeats the last row of the second.
            row = 1400;
            ids[row] = ids[row - 1];
            periods[row] = periods[row - 1];
            output[row] = output[row - 1];
        }
        else
        {
            row = Enumerable.Range(1800, 400).First(r => ids[r] == ids[r - 1] && periods[r] / 100 == periods[r - 1] / 100 && output[r - 1] > 1);
            output[row] = output[row - 1] - 1;
        }

        string path = folder.File("p.parquet");
        await WriteParquetGroups(path, sizes, ids, clusters, periods, output, nullable: false);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Equal(row + 1, ex.RowNumber);
        Assert.Equal(ids[row], ex.EnterpriseId);
        Assert.Contains($"row {row + 1}, enterprise {ids[row]}: ", ex.Message, StringComparison.Ordinal);
        Assert.Contains(what, ex.Message, StringComparison.Ordinal);
        Assert.IsType<PanelDataException>(ex.InnerException);
    }

    [Fact]
    public async Task Parquet_NullInALaterRowGroup_NamesTheRowOfTheFile()
    {
        using var folder = new TempFolder();
        var (ids, clusters, periods, output) = Columns(Generated());
        string path = folder.File("p.parquet");
        await WriteParquetGroups(path, [700, 700, 700, ids.Length - 2100], ids, clusters, periods, output, nullable: true, nullPeriodRow: 1500);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Equal(1501, ex.RowNumber);
        Assert.Contains("row 1501: column 'period' is null.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Parquet_BrokenRuleInAnEarlierRowGroup_IsReportedBeforeANullInALaterOne()
    {
        using var folder = new TempFolder();
        var (ids, clusters, periods, output) = Columns(Generated());
        int row = Enumerable.Range(100, 400).First(r => ids[r] == ids[r - 1] && periods[r] / 100 == periods[r - 1] / 100 && output[r - 1] > 1);
        output[row] = output[row - 1] - 1;
        string path = folder.File("p.parquet");
        await WriteParquetGroups(path, [700, 700, 700, ids.Length - 2100], ids, clusters, periods, output, nullable: true, nullPeriodRow: 1500);
        var ex = Assert.Throws<PanelFormatException>(() => PanelReader.ReadParquet(path, null));
        Assert.Equal(row + 1, ex.RowNumber);
        Assert.Contains("year-to-date output falls", ex.Message, StringComparison.Ordinal);
    }

    private static (int[] Ids, int[] Clusters, int[] Periods, double[] Output) Columns(EnterprisePanel panel) =>
        (panel.EnterpriseIds.ToArray(), panel.Clusters.ToArray(), panel.Periods.ToArray(), panel.YearToDateOutput.ToArray());

    private static async Task WriteParquetGroups(string path, int[] groupSizes, int[] ids, int[] clusters, int[] periods, double[] output, bool nullable, int nullPeriodRow = -1)
    {
        DataField[] fields = nullable
            ? [new DataField<int?>("ent_id"), new DataField<int?>("cluster"), new DataField<int?>("period"), new DataField<double?>("ytd_output")]
            : [new DataField<int>("ent_id"), new DataField<int>("cluster"), new DataField<int>("period"), new DataField<double>("ytd_output")];
        await using var stream = System.IO.File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        int start = 0;
        foreach (int n in groupSizes)
        {
            using var rg = writer.CreateRowGroup();
            if (nullable)
            {
                int?[] Nullable(int[] column, bool withNull) =>
                    column.Skip(start).Take(n).Select((v, i) => withNull && start + i == nullPeriodRow ? null : (int?)v).ToArray();
                await rg.WriteAsync<int>(fields[0], Nullable(ids, false).AsMemory());
                await rg.WriteAsync<int>(fields[1], Nullable(clusters, false).AsMemory());
                await rg.WriteAsync<int>(fields[2], Nullable(periods, true).AsMemory());
                await rg.WriteAsync<double>(fields[3], output.Skip(start).Take(n).Select(v => (double?)v).ToArray().AsMemory());
            }
            else
            {
                await rg.WriteAsync<int>(fields[0], ids.AsMemory(start, n));
                await rg.WriteAsync<int>(fields[1], clusters.AsMemory(start, n));
                await rg.WriteAsync<int>(fields[2], periods.AsMemory(start, n));
                await rg.WriteAsync<double>(fields[3], output.AsMemory(start, n));
            }

            start += n;
        }
    }

    private static async Task WriteParquet(string path, params DataField[] fields)
    {
        await using var stream = System.IO.File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        using var rg = writer.CreateRowGroup();
        foreach (var f in fields)
        {
            if (f.ClrType == typeof(int))
            {
                await rg.WriteAsync<int>(f, new[] { 1 }.AsMemory());
            }
            else if (f.ClrType == typeof(long))
            {
                await rg.WriteAsync<long>(f, new[] { 202401L }.AsMemory());
            }
            else
            {
                await rg.WriteAsync<double>(f, new[] { 1.0 }.AsMemory());
            }
        }
    }

    private static async Task WriteParquetColumns(string path, int[] ids, int[] clusters, int[] periods, double[] output)
    {
        var fields = new DataField[] { new DataField<int>("ent_id"), new DataField<int>("cluster"), new DataField<int>("period"), new DataField<double>("ytd_output") };
        await using var stream = System.IO.File.Create(path);
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
        using var rg = writer.CreateRowGroup();
        await rg.WriteAsync<int>(fields[0], ids.AsMemory());
        await rg.WriteAsync<int>(fields[1], clusters.AsMemory());
        await rg.WriteAsync<int>(fields[2], periods.AsMemory());
        await rg.WriteAsync<double>(fields[3], output.AsMemory());
    }

    private sealed class SyncProgress(List<PanelLoadProgress> reports) : IProgress<PanelLoadProgress>
    {
        public void Report(PanelLoadProgress value) => reports.Add(value);
    }
}
