using System;
using System.IO;
using System.Linq;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary><c>taizhou-metrics panel</c> end to end on small files; expected values are hand calculations in the comments.</summary>
public class PanelCommandTest
{
    // Cluster 0: firms 1 and 2; cluster 1: firm 3. 2023-01 and 2024-01, with the eleven months between empty.
    // 2024-01: cluster 0 = 120 + 45 = 165 against 150 (+10 %), cluster 1 = 75 against 50 (+50 %), total 240 against 200
    // (+20 %); shares 68.75 % and 31.25 %; contributions 15 / 200 = 7.5 pp and 25 / 200 = 12.5 pp.
    private const string Panel = """
        ent_id,cluster,period,ytd_output
        1,0,202301,100
        1,0,202401,120
        2,0,202301,50
        2,0,202401,45
        3,1,202301,50
        3,1,202401,75
        """;

    [Fact]
    public void Panel_Csv_WritesClusterMetricsInPercent_WithEmptyMissingCells()
    {
        using var csv = new TempCsv(Panel);
        string dir = Path.Combine(Path.GetTempPath(), $"tzm-panel-{Guid.NewGuid():N}");
        try
        {
            var (code, output, error) = CliRunner.Run("panel", "--input", csv.Path, "--output", dir);

            Assert.Equal(0, code);
            Assert.Contains("6 rows, 3 enterprises, 2 clusters, 13 months (2023-01 to 2024-01)", output, StringComparison.Ordinal);
            Assert.Contains("loading", error, StringComparison.Ordinal);
            string[] lines = File.ReadAllLines(Path.Combine(dir, "cluster_metrics.csv"));
            Assert.Equal("cluster,period,ytd_total,yoy_pct,share_pct,contrib_pp", lines[0]);
            Assert.Equal(1 + (3 * 13), lines.Length);
            Assert.Equal("0,202301,150,,75,", lines[1]);
            Assert.Equal("0,202302,0,,,", lines[2]);
            Assert.Equal("0,202401,165,10,68.75,7.5", lines[13]);
            Assert.Equal("1,202401,75,50,31.25,12.5", lines[26]);
            Assert.Equal("total,202301,200,,100,", lines[27]);
            Assert.Equal("total,202401,240,20,100,20", lines[39]);
            Assert.False(File.Exists(Path.Combine(dir, "enterprise_yoy.csv")));
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    [Fact]
    public void Panel_Parquet_WithEnterpriseYoY_WritesEveryRow()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"tzm-panel-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        try
        {
            string input = Path.Combine(dir, "panel.parquet");
            PanelWriter.WriteParquet(EnterprisePanel.Create([1, 1, 2, 2], [0, 0, 0, 0], [202301, 202401, 202301, 202401], [100, 120, 0, 5]), input);

            var (code, _, _) = CliRunner.Run("panel", "--input", input, "--output", dir, "--enterprise-yoy");

            Assert.Equal(0, code);
            string[] lines = File.ReadAllLines(Path.Combine(dir, "enterprise_yoy.csv"));
            Assert.Equal(["ent_id,period,yoy_pct", "1,202301,", "1,202401,20", "2,202301,", "2,202401,"], lines);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Fact]
    public void Panel_UnsortedRows_ExitsWithTwo_NamingRowAndEnterprise()
    {
        using var csv = new TempCsv("ent_id,cluster,period,ytd_output\n1,0,202302,1\n1,0,202301,2\n");
        var (code, output, error) = CliRunner.Run("panel", "--input", csv.Path, "--output", Path.GetTempPath());
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("row 2 (line 3), enterprise 1: period 202301 comes after period 202302", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Panel_WrongSchema_ExitsWithTwo()
    {
        using var csv = new TempCsv("firm,cluster,period,ytd_output\n1,0,202301,1\n");
        var (code, _, error) = CliRunner.Run("panel", "--input", csv.Path, "--output", Path.GetTempPath());
        Assert.Equal(2, code);
        Assert.Contains("no column 'ent_id'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Panel_WithoutOutput_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("panel", "--input", "x.csv");
        Assert.Equal(2, code);
        Assert.False(string.IsNullOrEmpty(error));
        Assert.Contains("--output", error, StringComparison.Ordinal);
    }
}
