using System;
using System.IO;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>
/// docs/bad-input.md, "Numbers at the edges": values near the ends of a decimal (±7.9e28, 28 decimals) and of a
/// double (±1.8e308, 5e-324), where a computation must refuse by name instead of overflowing or printing a wrong number.
/// </summary>
public class NumbersAtTheEdgesTest
{
    [Fact]
    public void ContribLevelsNearDecimalMax_ExitsTwoNamingTheRow()
    {
        // A's previous 7.9e28 and B's 1e27 add up beyond decimal.MaxValue (7.92e28).
        using var s = new Scratch();
        string path = s.Text("t.csv", "part,previous,current\nA,79000000000000000000000000000,79228162514264337593543950335\nB,1000000000000000000000000000,2\n");

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 2 ('A'): ", "beyond the range of a decimal (±7.9e28)", "give the figures in a larger unit");
    }

    [Fact]
    public void ContribGrowthJustAboveMinus100_ExitsTwoNamingTheRow()
    {
        // 100 at −99.99999999999999999999999999 % implies a base of 100 / 1e-28 = 1e30, beyond a decimal.
        using var s = new Scratch();
        string path = s.Text("t.csv", "part,current,growth\nA,100,-99.99999999999999999999999999\nB,1,2\n");

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 2 ('A'): Row 'A': 100 at a growth of -99.99999999999999999999999999 % implies a previous level beyond the range of a decimal (±7.9e28).");
    }

    [Fact]
    public void ContribCheckCellWith29Decimals_ExitsTwoSayingTheLimit()
    {
        // A decimal holds 28 decimals: a 29th printed digit would be rounded away, so the cell is refused, and the
        // message says why (it is a number, with one decimal too many).
        using var s = new Scratch();
        string path = s.Text("t.csv", "part,previous,current,share\nA,1,2,0.12345678901234567890123456789\nB,1,2,50\n");

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path, "--check"), $"{path}: line 2, column 'share': '0.12345678901234567890123456789'", "28 decimals");
    }

    [Fact]
    public void TiersHugeOutputInYi_CountsTheFirmWithoutOverflow()
    {
        // 79228162514264337593543950335 億元 is 7.9e36 元, beyond a decimal in 元: against the tier bands it counts as the
        // largest decimal, above every bound, so the firm is an aircraft-carrier firm (≥ 100 億元), printed as given.
        using var s = new Scratch();
        string path = s.Text("f.csv", "id,name,industry_code,cluster,county,listed_on,founded,year,output_yi,revenue_wan,employees\nA,甲公司,3670,,椒江区,,2001-01-01,2021,79228162514264337593543950335,950000,3000\n");

        var run = CliRunner.Run("tiers", "--input", path, "--year", "2021", "--format", "json");

        Expect.Exit(0, run);
        using var doc = JsonDocument.Parse(run.Output);
        var carrier = doc.RootElement.GetProperty("tiers")[0];
        Assert.Equal("aircraft_carrier", carrier.GetProperty("tier").GetString());
        Assert.Equal(1, carrier.GetProperty("count").GetInt32());
        Assert.Contains("79228162514264337593543950335", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectTinyLastValue_GivesFiniteJson()
    {
        // 1 then 1e-28: the growth factor is 1e-28 a year, so 2022 is 1e-56 and 2025 is 1e-140 (relative 1e-9),
        // finite doubles; nothing is NaN, infinite or rounded to zero.
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2020,1\n2021,0.0000000000000000000000000001\n");

        var run = CliRunner.Run("project", "--input", path, "--target", "2025:5", "--format", "json");

        Expect.Exit(0, run);
        using var doc = JsonDocument.Parse(run.Output);
        var path2 = doc.RootElement.GetProperty("projection").GetProperty("path");
        double y2022 = path2[0].GetProperty("estimate").GetDouble();
        double y2025 = path2[3].GetProperty("estimate").GetDouble();
        Assert.Equal(1.0, y2022 / 1e-56, 1e-9);
        Assert.Equal(1.0, y2025 / 1e-140, 1e-9);
        Assert.DoesNotContain("NaN", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void ProjectMonthlyTo9999_12_ExitsTwoNamingTheTarget()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2024-01,100\n2024-02,101\n2024-03,102\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "9999-12:5000"), $"--target '9999-12:5000': {path}: The ConstantGrowth projection to ", "overflows a double: shorten the horizon.");
    }

    [Fact]
    public void ProjectScenarioBeyondDecimal_ExitsTwoNamingTheScenario()
    {
        // 121 at +1000 % a year passes 7.9e28 in 2042 (121 × 11^26 ≈ 1.4e29), long before 2100.
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2015,110\n2016,121\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2100:5", "--scenarios", "x:1000"), "--scenarios 'x:1000': Scenario 'x' (+1000.0% a year from 121) leaves the range of a decimal (±7.9e28) in 2042, before the target period 2100.");
    }

    [Fact]
    public void ProjectHugeLevels_ProjectsInDoubles()
    {
        // 1e28 then 7.9e28 (decimal.MaxValue): growth 6.9228…, and 2020 is 7.92e28 × 7.92^5 ≈ 2.47e33, beyond a decimal
        // but a finite double, printed as such.
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,10000000000000000000000000000\n2015,79228162514264337593543950335\n");

        var run = CliRunner.Run("project", "--input", path, "--target", "2020:5", "--format", "json");

        Expect.Exit(0, run);
        using var doc = JsonDocument.Parse(run.Output);
        double projected = doc.RootElement.GetProperty("gap").GetProperty("projected").GetDouble();
        double expected = 79228162514264337593543950335.0 * Math.Pow(7.9228162514264337593543950335, 5);
        Assert.Equal(1.0, projected / expected, 1e-12);
    }

    [Fact]
    public void PanelTotalsBeyondDouble_ExitsTwoNamingClusterAndMonth()
    {
        // Each firm's 1.7e308 is a finite double; their sum is not. Before: exit 0 with "Infinity" and "NaN" in
        // cluster_metrics.csv.
        using var s = new Scratch();
        string path = s.Text("p.csv", "ent_id,cluster,period,ytd_output\n1,0,202401,1.7e308\n2,0,202401,1.7e308\n");

        var run = CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out"));

        Expect.Exit(2, run, $"{path}: ", "cluster 0");
        Assert.True(run.Error.Contains("202401", StringComparison.Ordinal) || run.Error.Contains("2024-01", StringComparison.Ordinal), run.Error);
        Assert.False(File.Exists(Path.Combine(s.PathOf("out"), "cluster_metrics.csv")));
    }

    [Fact]
    public void PanelTinyOutputs_GiveFiniteRates()
    {
        // Outputs of 5e-324 (the smallest double) and 1e-323: growth 100 %, share 100 %, contribution 100 pp, the same on
        // the comparable basis (one comparable firm, no entrants or exits).
        using var s = new Scratch();
        string path = s.Text("p.csv", "ent_id,cluster,period,ytd_output\n1,0,202301,5e-324\n1,0,202401,1e-323\n");

        var run = CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out"));

        Expect.Exit(0, run);
        string[] lines = File.ReadAllLines(Path.Combine(s.PathOf("out"), "cluster_metrics.csv"));
        Assert.Contains(lines, l => l.StartsWith("0,202401,", StringComparison.Ordinal) && l.EndsWith(",100,100,100,100,100,0,0,1", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("NaN", StringComparison.Ordinal) || l.Contains("Infinity", StringComparison.Ordinal));
    }

    [Fact]
    public void PanelGrowthBeyondDouble_ExitsTwoNamingClusterAndMonth()
    {
        // From 5e-324 to 1.7e308 a year later: the growth, 3.4e631, is not a double. Before: exit 0 with "Infinity"
        // in yoy_pct and contrib_pp.
        using var s = new Scratch();
        string path = s.Text("p.csv", "ent_id,cluster,period,ytd_output\n1,0,202301,5e-324\n1,0,202401,1.7e308\n");

        var run = CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out"));

        Expect.Exit(2, run, $"{path}: ", "cluster 0");
        Assert.True(run.Error.Contains("202401", StringComparison.Ordinal) || run.Error.Contains("2024-01", StringComparison.Ordinal), run.Error);
        Assert.False(File.Exists(Path.Combine(s.PathOf("out"), "cluster_metrics.csv")));
    }

    [Fact]
    public void PanelEnterpriseGrowthBeyondDouble_ExitsTwoNamingEnterpriseAndMonth()
    {
        // Enterprise 1 grows from 5e-324 to 1.7e308: its own growth is not a double, while its cluster's (from 1e300 to
        // 1.7e308, ×1.7e8) is. Before: exit 0 with "Infinity" in enterprise_yoy.csv.
        using var s = new Scratch();
        string path = s.Text("p.csv", "ent_id,cluster,period,ytd_output\n1,0,202301,5e-324\n1,0,202401,1.7e308\n2,0,202301,1e300\n2,0,202401,1e300\n");

        var run = CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out"), "--enterprise-yoy");

        Expect.Exit(2, run, $"{path}: ", "enterprise 1");
        Assert.True(run.Error.Contains("202401", StringComparison.Ordinal) || run.Error.Contains("2024-01", StringComparison.Ordinal), run.Error);
        string yoy = Path.Combine(s.PathOf("out"), "enterprise_yoy.csv");
        Assert.False(File.Exists(yoy) && File.ReadAllText(yoy).Contains("Infinity", StringComparison.Ordinal));
    }
}
