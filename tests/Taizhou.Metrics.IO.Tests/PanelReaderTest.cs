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
