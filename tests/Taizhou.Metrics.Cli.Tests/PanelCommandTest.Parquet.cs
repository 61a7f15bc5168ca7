using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using DuckDB.NET.Data;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>taizhou-metrics panel --output-format parquet</c>: the Parquet files, read back by DuckDB, hold every value of the
/// CSV files of the same panel, exactly: the CSV's text of each cell is the Parquet value formatted as the CSV writer
/// formats it (rates with 15 significant digits, totals round-trip), and a null stands where the CSV cell is empty.
/// </summary>
public partial class PanelCommandTest
{
    // Entries, exits and gaps (withCents: uneven totals), so that every column has values and empty cells.
    private static readonly Lazy<EnterprisePanel> Generated = new(() =>
    {
        var data = SyntheticPanel.Generate(400, 40, withCents: true, seed: 14);
        return EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
    });

    [Fact]
    public void Panel_OutputFormatParquet_HoldsEveryValueOfTheCsv_NullWhereTheCsvIsEmpty()
    {
        using var s = new Scratch();
        string input = s.PathOf("panel.parquet");
        PanelWriter.WriteParquet(Generated.Value, input);
        string csvDir = s.PathOf("csv");
        string parquetDir = s.PathOf("parquet");

        Assert.Equal(0, CliRunner.Run("panel", "--input", input, "--output", csvDir, "--enterprise-yoy").ExitCode);
        var (code, output, error) = CliRunner.Run("panel", "--input", input, "--output", parquetDir, "--enterprise-yoy", "--output-format", "parquet");

        Assert.True(code == 0, error);
        Assert.Contains($"wrote {Path.Combine(parquetDir, "cluster_metrics.parquet")}", output, StringComparison.Ordinal);
        Assert.Equal(["cluster_metrics.parquet", "enterprise_yoy.parquet", "manifest.json"], Directory.GetFiles(parquetDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using var duck = OpenDuckDb();
        AssertSameAsCsv(duck, Path.Combine(csvDir, "cluster_metrics.csv"), Path.Combine(parquetDir, "cluster_metrics.parquet"));
        AssertSameAsCsv(duck, Path.Combine(csvDir, "enterprise_yoy.csv"), Path.Combine(parquetDir, "enterprise_yoy.parquet"));
        List<object?[]> clusterSchema =
        [
            ["cluster", "BYTE_ARRAY", "REQUIRED"], ["period", "INT32", "REQUIRED"], ["ytd_total", "DOUBLE", "OPTIONAL"],
            ["yoy_pct", "DOUBLE", "OPTIONAL"], ["share_pct", "DOUBLE", "OPTIONAL"], ["contrib_pp", "DOUBLE", "OPTIONAL"],
            ["yoy_comparable_pct", "DOUBLE", "OPTIONAL"], ["contrib_comparable_pp", "DOUBLE", "OPTIONAL"], ["entrants_ytd", "DOUBLE", "OPTIONAL"],
            ["exits_ytd_prev", "DOUBLE", "OPTIONAL"], ["comparable_firms", "INT32", "OPTIONAL"],
        ];
        Assert.Equal(clusterSchema, Query(duck, $"SELECT name, type, repetition_type FROM parquet_schema('{Path.Combine(parquetDir, "cluster_metrics.parquet")}') WHERE num_children IS NULL"));
        List<object?[]> enterpriseSchema = [["ent_id", "INT32", "REQUIRED"], ["period", "INT32", "REQUIRED"], ["yoy_pct", "DOUBLE", "OPTIONAL"]];
        Assert.Equal(enterpriseSchema, Query(duck, $"SELECT name, type, repetition_type FROM parquet_schema('{Path.Combine(parquetDir, "enterprise_yoy.parquet")}') WHERE num_children IS NULL"));
    }

    [Fact]
    public void Panel_OutputFormatParquet_HandPanel_HasTheHandCalculatedValues()
    {
        // The panel of Panel_Csv_WritesClusterMetricsInPercent_WithEmptyMissingCells: 2024-01 cluster 0 = 165 (+10 %,
        // 68.75 % of the total, 7.5 pp); 2023-02 has no row (every figure null, not 0); 2023-01 has no base (growth null).
        // Rates are compared rounded to 9 decimals (the hand values are exact; the doubles differ from them by ~1e-14).
        using var csv = new TempCsv(Panel);
        using var s = new Scratch();
        string dir = s.PathOf("out");

        var (code, _, error) = CliRunner.Run("panel", "--input", csv.Path, "--output", dir, "--output-format", "parquet");

        Assert.True(code == 0, error);
        using var duck = OpenDuckDb();
        var rows = Query(duck, $"SELECT cluster, period, ytd_total, round(yoy_pct, 9), round(share_pct, 9), round(contrib_pp, 9) FROM read_parquet('{Path.Combine(dir, "cluster_metrics.parquet")}') WHERE period IN (202301, 202302, 202401) ORDER BY cluster, period");
        List<object?[]> expected =
            [
                ["0", 202301, 150.0, null, 75.0, null],
                ["0", 202302, null, null, null, null],
                ["0", 202401, 165.0, 10.0, 68.75, 7.5],
                ["1", 202301, 50.0, null, 25.0, null],
                ["1", 202302, null, null, null, null],
                ["1", 202401, 75.0, 50.0, 31.25, 12.5],
                ["total", 202301, 200.0, null, 100.0, null],
                ["total", 202302, null, null, null, null],
                ["total", 202401, 240.0, 20.0, 100.0, 20.0],
            ];
        Assert.Equal(expected, rows);
        Assert.False(File.Exists(Path.Combine(dir, "enterprise_yoy.parquet")));
    }

    [Fact]
    public void Panel_EnterpriseParquet_InManyRowGroups_HoldsTheCsvValues()
    {
        // The command writes row groups of 2^20 rows; small groups (997 rows, the last one short) check the seams.
        var panel = Generated.Value;
        using var s = new Scratch();
        string parquet = s.PathOf("enterprise_yoy.parquet");
        string csv = s.PathOf("enterprise_yoy.csv");
        using (var file = File.Create(parquet))
        {
            PanelParquet.WriteEnterpriseYearOnYear(panel, file, 997);
        }

        using (var file = File.Create(csv))
        {
            PanelCsv.WriteEnterpriseYearOnYear(panel, file);
        }

        using var duck = OpenDuckDb();
        Assert.Equal((long)((panel.RowCount + 996) / 997), Query(duck, $"SELECT count(DISTINCT row_group_id) FROM parquet_metadata('{parquet}')")[0][0]);
        AssertSameAsCsv(duck, csv, parquet);
    }

    [Theory]
    [InlineData("1,0,202401,1.7e308\n2,0,202401,1.7e308\n", "the ytd_total of cluster 0 in 2024-01")]   // a sum beyond a double
    [InlineData("1,0,202301,5e-324\n1,0,202401,1.7e308\n", "the yoy_pct of cluster 0 in 2024-01")]     // a growth of 3.4e631
    [InlineData("1,0,202301,5e-324\n1,0,202401,1.7e308\n2,0,202301,1e300\n2,0,202401,1e300\n", "the growth of enterprise 1 in 202401")]
    public void Panel_OutputFormatParquet_FigureBeyondADouble_ExitsTwo_LeavingNoResultFile(string rows, string named)
    {
        // The CSV's refusals (NumbersAtTheEdgesTest), in the Parquet writer: never an Infinity in a DOUBLE column.
        using var s = new Scratch();
        string path = s.Text("p.csv", "ent_id,cluster,period,ytd_output\n" + rows);
        string dir = s.PathOf("out");

        var (code, _, error) = CliRunner.Run("panel", "--input", path, "--output", dir, "--enterprise-yoy", "--output-format", "parquet");

        Assert.Equal(2, code);
        Assert.Contains($"{path}: {named} is beyond the range of a double (±1.8e308).", error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(dir, "enterprise_yoy.parquet")));
        Assert.False(File.Exists(Path.Combine(dir, "manifest.json")));
        Assert.Empty(Directory.GetFiles(dir, ".*.tmp"));
    }

    [Fact]
    public void Panel_OutputFormatUnknown_ExitsWithTwo()
    {
        using var csv = new TempCsv(Panel);
        using var s = new Scratch();

        var (code, _, error) = CliRunner.Run("panel", "--input", csv.Path, "--output", s.Folder, "--output-format", "xlsx");

        Assert.Equal(2, code);
        Assert.Contains("xlsx", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(s.Folder));
    }

    [Fact]
    public void Panel_OutputFormatSwitched_DeletesTheOtherFormatsFiles_AndTheManifestNamesTheFormat()
    {
        using var csv = new TempCsv(Panel);
        using var s = new Scratch();
        string dir = s.Folder;
        Assert.Equal(0, CliRunner.Run("panel", "--input", csv.Path, "--output", dir, "--enterprise-yoy").ExitCode);

        var (code, output, _) = CliRunner.Run("panel", "--input", csv.Path, "--output", dir, "--enterprise-yoy", "--output-format", "parquet");

        Assert.Equal(0, code);
        Assert.Contains($"removed {Path.Combine(dir, "cluster_metrics.csv")} (an earlier run's; this run writes parquet)", output, StringComparison.Ordinal);
        Assert.Contains($"removed {Path.Combine(dir, "enterprise_yoy.csv")} (an earlier run's; this run writes parquet)", output, StringComparison.Ordinal);
        Assert.Equal(["cluster_metrics.parquet", "enterprise_yoy.parquet", "manifest.json"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json"))))
        {
            Assert.Equal("parquet", doc.RootElement.GetProperty("options").GetProperty("output_format").GetString());
            Assert.Equal(["cluster_metrics.parquet", "enterprise_yoy.parquet"], doc.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        }

        // And back: csv without --enterprise-yoy removes both Parquet files.
        (code, output, _) = CliRunner.Run("panel", "--input", csv.Path, "--output", dir);

        Assert.Equal(0, code);
        Assert.Contains($"removed {Path.Combine(dir, "enterprise_yoy.parquet")}", output, StringComparison.Ordinal);
        Assert.Equal(["cluster_metrics.csv", "manifest.json"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        using (var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json"))))
        {
            Assert.Equal("csv", doc.RootElement.GetProperty("options").GetProperty("output_format").GetString());
        }
    }

    /// <summary>
    /// Compares a Parquet result file with the CSV of the same results: the same column names in the same order, the
    /// same rows in the same order, and each cell's CSV text equal to the Parquet value formatted as the CSV writer
    /// formats it (a percent column, <c>_pct</c> or <c>_pp</c>, with G15; any other double round-trip; integers and
    /// text as they are), an empty cell where the value is null.
    /// </summary>
    private static void AssertSameAsCsv(DuckDBConnection duck, string csvPath, string parquetPath)
    {
        string[] lines = File.ReadAllLines(csvPath);
        string[] header = lines[0].Split(',');
        using var command = duck.CreateCommand();
        command.CommandText = $"SELECT * EXCLUDE (file_row_number) FROM read_parquet('{parquetPath}', file_row_number = true) ORDER BY file_row_number";
        using var reader = command.ExecuteReader();
        Assert.Equal(header, Enumerable.Range(0, reader.FieldCount).Select(reader.GetName));
        int line = 0;
        while (reader.Read())
        {
            line++;
            Assert.True(line < lines.Length, $"{parquetPath} has more rows than {csvPath} has lines");
            string[] cells = lines[line].Split(',');
            for (int k = 0; k < header.Length; k++)
            {
                string where = $"{csvPath} line {line + 1}, column {header[k]}";
                if (reader.IsDBNull(k))
                {
                    Assert.True(cells[k].Length == 0, $"{where}: '{cells[k]}' but null in the Parquet file");
                    continue;
                }

                string expected = reader.GetValue(k) switch
                {
                    string text => text,
                    int n => n.ToString(CultureInfo.InvariantCulture),
                    double d when header[k].EndsWith("_pct", StringComparison.Ordinal) || header[k].EndsWith("_pp", StringComparison.Ordinal) => d.ToString("G15", CultureInfo.InvariantCulture),
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    var other => throw new InvalidOperationException($"{where}: a {other.GetType()} in the Parquet file"),
                };
                Assert.True(expected == cells[k], $"{where}: '{cells[k]}' in the CSV, {expected} in the Parquet file");
            }
        }

        Assert.Equal(lines.Length - 1, line);
    }

    private static DuckDBConnection OpenDuckDb()
    {
        var duck = new DuckDBConnection("DataSource=:memory:");
        duck.Open();
        return duck;
    }

    private static List<object?[]> Query(DuckDBConnection duck, string sql)
    {
        using var command = duck.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (int k = 0; k < row.Length; k++)
            {
                row[k] = reader.IsDBNull(k) ? null : reader.GetValue(k);
            }

            rows.Add(row);
        }

        return rows;
    }
}
