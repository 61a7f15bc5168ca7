using System;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text.Json;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary><c>taizhou-metrics panel</c> end to end on small files; expected values are hand calculations in the comments.</summary>
public partial class PanelCommandTest
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
        using var s = new Scratch();
        string dir = s.PathOf("out");

        var (code, output, error) = CliRunner.Run("panel", "--input", csv.Path, "--output", dir);

        Assert.Equal(0, code);
        Assert.Contains("6 rows, 3 enterprises, 2 clusters, 13 months (2023-01 to 2024-01)", output, StringComparison.Ordinal);
        Assert.Contains("loading", error, StringComparison.Ordinal);
        string[] lines = File.ReadAllLines(Path.Combine(dir, "cluster_metrics.csv"));
        Assert.Equal("cluster,period,ytd_total,yoy_pct,share_pct,contrib_pp,yoy_comparable_pct,contrib_comparable_pp,entrants_ytd,exits_ytd_prev,comparable_firms", lines[0]);
        Assert.Equal(1 + (3 * 13), lines.Length);
        Assert.Equal("0,202301,150,,75,,,,,,", lines[1]);     // the first year: no base, no comparable basis
        Assert.Equal("0,202302,,,,,,,,,", lines[2]);   // no row of the panel in 2023-02: no data, not a total of 0
        // Every firm reports in both years in the same cluster: the comparable figures are the raw ones, no entrants or exits.
        Assert.Equal("0,202401,165,10,68.75,7.5,10,7.5,0,0,2", lines[13]);
        Assert.Equal("1,202401,75,50,31.25,12.5,50,12.5,0,0,1", lines[26]);
        Assert.Equal("total,202301,200,,100,,,,,,", lines[27]);
        Assert.Equal("total,202401,240,20,100,20,20,20,0,0,3", lines[39]);
        Assert.False(File.Exists(Path.Combine(dir, "enterprise_yoy.csv")));
    }

    [Fact]
    public void Panel_Csv_ComparableColumns_CountAChangeOfClusterAsExitAndEntrant()
    {
        // The worked example of docs/panel.md. January 2024 against January 2023:
        // cluster 0: firm 1 comparable (110 against 100: +10 %, 10 / 140 = 7.14 pp of the total's comparable base),
        //   firm 6 enters (25), firm 2 is gone (50) and firm 3 moved to cluster 1 (40): exits 90;
        // cluster 1: firm 5 comparable with zero both years (comparable growth missing, contribution 0), firms 3 (45,
        //   moved in) and 4 (30) enter: 75; firm 7 (60) has no January 2024 row: exit;
        // total: firms 1, 3 and 5 comparable, 155 against 140 (+10.71 %); entrants 4 and 6 (55), exits 2 and 7 (110).
        using var csv = new TempCsv("""
            ent_id,cluster,period,ytd_output
            1,0,202301,100
            1,0,202302,210
            1,0,202401,110
            1,0,202402,230
            2,0,202301,50
            2,0,202302,90
            3,0,202301,40
            3,0,202302,80
            3,1,202401,45
            3,1,202402,100
            4,1,202401,30
            4,1,202402,70
            5,1,202301,0
            5,1,202401,0
            6,0,202302,20
            6,0,202401,25
            7,1,202301,60
            7,1,202402,130
            """);
        using var s = new Scratch();
        string dir = s.PathOf("out");

        var (code, _, _) = CliRunner.Run("panel", "--input", csv.Path, "--output", dir);

        Assert.Equal(0, code);
        string[] lines = File.ReadAllLines(Path.Combine(dir, "cluster_metrics.csv"));
        string Line(string prefix) => lines.Single(l => l.StartsWith(prefix, StringComparison.Ordinal));
        Assert.Equal("0,202401,135,-28.9473684210526,64.2857142857143,-22,10,7.14285714285714,25,90,1", Line("0,202401,"));
        Assert.Equal("1,202401,75,25,35.7142857142857,6,,0,75,60,1", Line("1,202401,"));
        Assert.Equal("total,202401,210,-16,100,-16,10.7142857142857,10.7142857142857,55,110,3", Line("total,202401,"));
        Assert.EndsWith(",,0,300,0,0", Line("1,202402,"), StringComparison.Ordinal);
        Assert.EndsWith(",,,,,", Line("total,202301,"), StringComparison.Ordinal);
    }

    [Fact]
    public void Panel_Parquet_WithEnterpriseYoY_WritesEveryRow()
    {
        using var s = new Scratch();
        string dir = s.Folder;
        string input = Path.Combine(dir, "panel.parquet");
        PanelWriter.WriteParquet(EnterprisePanel.Create([1, 1, 2, 2], [0, 0, 0, 0], [202301, 202401, 202301, 202401], [100, 120, 0, 5]), input);

        var (code, _, _) = CliRunner.Run("panel", "--input", input, "--output", dir, "--enterprise-yoy");

        Assert.Equal(0, code);
        string[] lines = File.ReadAllLines(Path.Combine(dir, "enterprise_yoy.csv"));
        Assert.Equal(["ent_id,period,yoy_pct", "1,202301,", "1,202401,20", "2,202301,", "2,202401,"], lines);
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
    public void Panel_WritesAManifest_NamingTheInputByHashAndEveryFileWritten()
    {
        using var csv = new TempCsv(Panel);
        using var s = new Scratch();
        string dir = s.Folder;

        var (code, output, _) = CliRunner.Run("panel", "--input", csv.Path, "--output", dir, "--enterprise-yoy");

        Assert.Equal(0, code);
        string manifestPath = Path.Combine(dir, "manifest.json");
        Assert.EndsWith($"wrote {manifestPath}{Environment.NewLine}", output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(manifestPath));
        var root = doc.RootElement;
        Assert.Equal("taizhou-metrics/panel-manifest/v1", root.GetProperty("schema").GetString());
        var input = root.GetProperty("input");
        Assert.Equal(Path.GetFullPath(csv.Path), input.GetProperty("path").GetString());
        byte[] inputBytes = File.ReadAllBytes(csv.Path);
        Assert.Equal(inputBytes.Length, input.GetProperty("bytes").GetInt64());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(inputBytes)), input.GetProperty("sha256").GetString());
        Assert.True(root.GetProperty("options").GetProperty("enterprise_yoy").GetBoolean());
        Assert.Equal(6, root.GetProperty("rows").GetInt32());
        Assert.Equal(3, root.GetProperty("enterprises").GetInt32());
        Assert.Equal(2, root.GetProperty("clusters").GetInt32());
        Assert.Equal(13, root.GetProperty("months").GetInt32());
        Assert.Equal("2023-01", root.GetProperty("first_month").GetString());
        Assert.Equal("2024-01", root.GetProperty("last_month").GetString());
        var files = root.GetProperty("files").EnumerateArray().ToList();
        Assert.Equal(["cluster_metrics.csv", "enterprise_yoy.csv"], files.Select(f => f.GetProperty("name").GetString()));
        foreach (var f in files)
        {
            byte[] bytes = File.ReadAllBytes(Path.Combine(dir, f.GetProperty("name").GetString()!));
            Assert.Equal(bytes.Length, f.GetProperty("bytes").GetInt64());
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), f.GetProperty("sha256").GetString());
        }
    }

    [Fact]
    public void Panel_WithoutEnterpriseYoY_DeletesAnEarlierRunsEnterpriseFile()
    {
        using var csv = new TempCsv(Panel);
        using var s = new Scratch();
        string dir = s.Folder;

        Assert.Equal(0, CliRunner.Run("panel", "--input", csv.Path, "--output", dir, "--enterprise-yoy").ExitCode);
        string stale = Path.Combine(dir, "enterprise_yoy.csv");
        Assert.True(File.Exists(stale));

        var (code, output, _) = CliRunner.Run("panel", "--input", csv.Path, "--output", dir);

        Assert.Equal(0, code);
        Assert.False(File.Exists(stale));
        Assert.Contains($"removed {stale}", output, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")));
        Assert.False(doc.RootElement.GetProperty("options").GetProperty("enterprise_yoy").GetBoolean());
        Assert.Equal(["cluster_metrics.csv"], doc.RootElement.GetProperty("files").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        Assert.Equal(["cluster_metrics.csv", "manifest.json"], Directory.GetFiles(dir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Panel_OutputCannotBeWritten_WithVerbose_PrintsTheStackTrace()
    {
        using var csv = new TempCsv(Panel);
        var (code, _, error) = CliRunner.Run("panel", "--input", csv.Path, "--output", Path.Combine(csv.Path, "out"), "--verbose");
        Assert.Equal(3, code);
        Assert.Contains("   at ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Panel_MissingInput_StaysExitTwo()
    {
        string dir = Path.Combine(Path.GetTempPath(), $"tzm-panel-{Guid.NewGuid():N}");
        var (code, _, _) = CliRunner.Run("panel", "--input", Path.Combine(dir, "missing.csv"), "--output", dir);
        Assert.Equal(2, code);
        Assert.False(Directory.Exists(dir));
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
