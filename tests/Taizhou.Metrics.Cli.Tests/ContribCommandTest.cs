using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary><c>taizhou-metrics contrib</c>: expected values are hand calculations in the comments or the Guangdong case of cn_contribution_pull_examples.json.</summary>
public partial class ContribCommandTest
{
    internal const string Guangdong = """
        part,current,growth,contribution_rate
        GDP,39081.59,9.5,
        primary,2006.02,4.9,2.76
        secondary,19270.48,8.7,45.5
        tertiary,17805.09,11.0,52.05
        """;

    [Fact]
    public void Contrib_TwoLevels_PrintsSharesContributionsAndRates()
    {
        // A 20 → 30, B 80 → 90: shares 25 / 75 %, contributions 10 / 10 points, rates 50 / 50 %, total +20 %
        using var csv = new TempCsv("part,previous,current\nA,20,30\nB,80,90\n");

        var (code, output, error) = CliRunner.Run("contrib", "--input", csv.Path, "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("taizhou-metrics/contrib/v1", root.GetProperty("schema").GetString());
        var a = root.GetProperty("parts")[0];
        Assert.Equal("A", a.GetProperty("part").GetString());
        Assert.Equal(0.25, a.GetProperty("share").GetDouble(), 12);
        Assert.Equal(0.10, a.GetProperty("contribution_pp").GetDouble(), 12);
        Assert.Equal(0.5, a.GetProperty("contribution_rate").GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("other").ValueKind);
        Assert.Equal(0.2, root.GetProperty("total").GetProperty("growth").GetDouble(), 12);
        Assert.Equal(0.2, root.GetProperty("sum_of_contribution_pp").GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("check").ValueKind);
    }

    [Fact]
    public void Contrib_Chinese_WritesThePointsOfTheSumIn个百分点()
    {
        // By hand: A 20 → 30 and B 80 → 90 of a total 100 → 120: Σ 拉动 = 10 + 10 = 20 points, the total's growth 20 %.
        using var csv = new TempCsv("part,previous,current\nA,20,30\nB,80,90\n");

        var (code, output, _) = CliRunner.Run("contrib", "-i", csv.Path, "--lang", "zh");

        Assert.Equal(0, code);
        Assert.Contains("Σ 拉动 = 20.00 个百分点; 总量增长 = 20.00 %", output, StringComparison.Ordinal);
        Assert.DoesNotContain(" pp", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_ZeroBase_GrowthIsNullWithItsReason()
    {
        // A 0 → 30 has no growth rate (zero base); its contribution is still 30 / 80 = 37.5 points.
        using var csv = new TempCsv("part,previous,current\nA,0,30\nB,80,90\n");

        var (code, output, _) = CliRunner.Run("contrib", "--input", csv.Path, "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var a = doc.RootElement.GetProperty("parts")[0];
        Assert.Equal(JsonValueKind.Null, a.GetProperty("growth").ValueKind);
        Assert.Equal("ZeroBase", a.GetProperty("growth_undefined").GetString());
        Assert.Equal(0.375, a.GetProperty("contribution_pp").GetDouble(), 12);
        var b = doc.RootElement.GetProperty("parts")[1];
        Assert.Equal(0.125, b.GetProperty("growth").GetDouble(), 12);
        Assert.False(b.TryGetProperty("growth_undefined", out _));
    }

    [Fact]
    public void Contrib_WithTotal_ReportsOther()
    {
        // total 100 → 125, parts 20 → 30 and 70 → 80: other 10 → 15, contributing 5 points
        using var csv = new TempCsv("part,previous,current\ncity,100,125\nA,20,30\nB,70,80\n");

        var (code, output, _) = CliRunner.Run("contrib", "-i", csv.Path, "--total", "city", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var other = doc.RootElement.GetProperty("other");
        Assert.Equal("other", other.GetProperty("kind").GetString());
        Assert.Equal(15m, other.GetProperty("current").GetDecimal());
        Assert.Equal(0.05, other.GetProperty("contribution_pp").GetDouble(), 12);
        Assert.Equal("city", doc.RootElement.GetProperty("total").GetProperty("part").GetString());
    }

    [Fact]
    public void Contrib_Table_ShowsTheDerivedBaseAndTheResidualNote()
    {
        using var csv = new TempCsv(Guangdong);

        var (code, output, _) = CliRunner.Run("contrib", "-i", csv.Path, "--total", "GDP");

        Assert.Equal(0, code);
        Assert.Contains("1912.32*", output);           // 2006.02 / 1.049
        Assert.Contains("45.49", output);              // secondary's rate, 45.488386 % (vector)
        Assert.Contains("non-additivity residual", output);
    }

    [Fact]
    public void Contrib_Check_InconsistentTable_ExitsOneNamingTheFigure()
    {
        // The published rates add to 100.31 %: beyond rounding of 100 by 0.25 (cn_contribution_pull_examples.json note)
        using var csv = new TempCsv(Guangdong);

        var (code, output, error) = CliRunner.Run("contrib", "-i", csv.Path, "--total", "GDP", "--check");

        Assert.Equal(1, code);
        Assert.Contains("sum_of_rates", error);
        Assert.Contains("breaks by 0.25", error);
        Assert.Contains("1 identities break", output);
    }

    [Fact]
    public void Contrib_Check_ConsistentTable_ExitsZero()
    {
        using var csv = new TempCsv("part,previous,current,growth,share,contribution_pp,contribution_rate\nA,20.0,30.0,50.0,25.0,10.0,50.0\nB,80.0,90.0,12.5,75.0,10.0,50.0\n");

        var (code, output, _) = CliRunner.Run("contrib", "-i", csv.Path, "--check", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var check = doc.RootElement.GetProperty("check");
        Assert.True(check.GetProperty("passed").GetBoolean());
        Assert.Equal(13, check.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public void Contrib_PrecisionColumn_WidensTheRounding()
    {
        // Share printed 25 (no decimals) for 25.4 %: consistent only with precision 0.
        // A 20 → 30.5 of 120.0 total: share 30.5 / 120.0 = 25.42 %
        using var csv = new TempCsv("part,previous,current,share,precision\nA,20,30.5,25,1\nB,80,89.5,,1\n");
        var (strict, _, _) = CliRunner.Run("contrib", "-i", csv.Path, "--check");
        Assert.Equal(1, strict); // precision 1: 25.0 ± 0.05 misses 25.42

        using var loose = new TempCsv("part,previous,current,share,precision\nA,20,30.5,25,\nB,80,89.5,,\n");
        var (ok, _, _) = CliRunner.Run("contrib", "-i", loose.Path, "--check");
        Assert.Equal(0, ok); // own decimals: 25 ± 0.5 meets 25.42
    }

    [Theory]
    [InlineData("part,current\nA,1\n", "missing column 'previous' or 'growth'")]
    [InlineData("part,previous\nA,1\n", "missing column 'current'")]
    [InlineData("part,current,previous,colour\nA,1,2,red\n", "unknown column 'colour'")]
    [InlineData("part,current,previous\nA,1x,2\n", "line 2, column 'current': '1x' is not a number")]
    [InlineData("part,current,previous\nA,1,2\nB,-1,2\n", "line 3, column 'current': -1 is negative")]
    [InlineData("part,current,previous\nA,1,2\nA,3,4\n", "line 3, column 'part': 'A' already appears on line 2")]
    [InlineData("part,current,previous\nA,,2\n", "line 2, column 'current': empty")]
    [InlineData("part,current,previous,growth\nA,1,,\n", "line 2 ('A'): both 'previous' and 'growth' are empty")]
    [InlineData("part,current,previous\nA,1,2,3\n", "line 2: 4 fields, but the header has 3")]
    public void Contrib_BadInput_ExitsTwoNamingLineAndColumn(string content, string expected)
    {
        using var csv = new TempCsv(content);

        var (code, output, error) = CliRunner.Run("contrib", "-i", csv.Path);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Contrib_PartLargerThanTotal_ExitsTwo()
    {
        using var csv = new TempCsv("part,previous,current\nT,8,10\nA,2,12\n");

        var (code, _, error) = CliRunner.Run("contrib", "-i", csv.Path, "--total", "T");

        Assert.Equal(2, code);
        Assert.Contains("line 3, column 'current': 'A' (12) is larger than the total 'T' on line 2 (10)", error);
    }

    [Fact]
    public void Contrib_PartsExceedTotalBeyondRounding_ExitsTwo()
    {
        // 60.1 + 40.1 = 100.2 > 100.0 beyond ±0.15
        using var csv = new TempCsv("part,previous,current\ncity,80.0,100.0\nA,50.0,60.1\nB,30.0,40.1\n");

        var (code, _, error) = CliRunner.Run("contrib", "-i", csv.Path, "--total", "city");

        Assert.Equal(2, code);
        Assert.Contains("more than the total 'city'", error);
    }

    [Fact]
    public void Contrib_TotalNotFound_ExitsTwo()
    {
        using var csv = new TempCsv("part,previous,current\nA,1,2\n");

        var (code, _, error) = CliRunner.Run("contrib", "-i", csv.Path, "--total", "city");

        Assert.Equal(2, code);
        Assert.Contains("--total 'city' names no row", error);
    }

    [Theory]
    [InlineData("part,previous,current\nA,79000000000000000000000000000,79000000000000000000000000000\nB,1,79000000000000000000000000000\n", null)] // Σ current overflows
    [InlineData("part,current,growth\nA,100,-99.9999999999999999999999999\nB,100,5\n", 2)]                                         // 100 / 1e-27 overflows
    public void Contrib_NumbersBeyondTheDecimalRange_ExitTwoNamingTheFile(string content, int? line)
    {
        // Before: OverflowException, "Unhandled exception" and exit 1 — read by other programs as "the check failed".
        using var csv = new TempCsv(content);

        var (code, output, error) = CliRunner.Run("contrib", "-i", csv.Path);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"taizhou-metrics: {csv.Path}: " + (line is int l ? $"line {l}" : string.Empty), error, StringComparison.Ordinal);
        Assert.DoesNotContain("Value was either too large or too small", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_Check_CellWith29Decimals_ExitsTwoNamingTheLine()
    {
        // A decimal holds 28 decimals: the half unit of a 29-decimal published figure is 5e-30 (before: exit 1).
        using var csv = new TempCsv("part,previous,current,share\nA,1,2,0.12345678901234567890123456789\nB,1,2,50\n");

        var (code, _, error) = CliRunner.Run("contrib", "-i", csv.Path, "--check");

        Assert.Equal(2, code);
        Assert.StartsWith($"taizhou-metrics: {csv.Path}: line 2", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_Check_FindingOfAPartWithAnEscapeSequence_IsPrintedEscaped()
    {
        // The Guangdong table with its tertiary row renamed: the broken sum is on "(parts)", so rename the part whose
        // rate breaks instead: a share of 30 % printed for a part that is 25 %.
        using var csv = new TempCsv("part,previous,current,share\n\u001b[31mA,20,30,30.0\nB,80,90,75.0\n");

        var (code, _, error) = CliRunner.Run("contrib", "-i", csv.Path, "--check");

        Assert.Equal(1, code);
        Assert.Contains("check failed: '\\u001b[31mA': share", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_Table_RoundsHalfAwayFromZero()
    {
        // Levels print with the currents' two decimals: 822.625 is a tie and rounds up, 四舍五入 (before: 822.62).
        using var csv = new TempCsv("part,previous,current\nA,822.625,1000.00\nB,100.00,100.00\n");

        var (code, output, _) = CliRunner.Run("contrib", "-i", csv.Path);

        Assert.Equal(0, code);
        Assert.Contains(" 822.63 ", output, StringComparison.Ordinal);
        Assert.Contains(" 922.63 ", output, StringComparison.Ordinal); // the total's previous, 922.625
        Assert.DoesNotContain("822.62", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_MissingInputOption_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("contrib");
        Assert.Equal(2, code);
        Assert.Contains("--input", error);
    }

    [Theory]
    [InlineData("zh", "## 结构与贡献", "| 部分 | 上期 | 本期 | 增长 % | 占比 % | 占比变化 (百分点) | 拉动 (百分点) | 贡献率 % |")]
    [InlineData("zh-Hans", "## 结构与贡献", "| 部分 | 上期 | 本期 | 增长 % | 占比 % | 占比变化 (百分点) | 拉动 (百分点) | 贡献率 % |")]
    [InlineData("zh-Hant", "## 結構與貢獻", "| 部分 | 上期 | 本期 | 增長 % | 佔比 % | 佔比變化 (百分點) | 拉動 (百分點) | 貢獻率 % |")]
    public void Contrib_Chinese_Markdown(string lang, string title, string header)
    {
        using var csv = new TempCsv("part,previous,current\nA,20,30\nB,80,90\n");
        var (code, output, _) = CliRunner.Run("contrib", "-i", csv.Path, "--lang", lang, "--format", "markdown");
        Assert.Equal(0, code);
        Assert.Contains(title, output, StringComparison.Ordinal);
        Assert.Contains(header, output, StringComparison.Ordinal);
        Assert.Contains("| A |", output);
        Assert.Equal(5, output.Split('\n').Count(l => l.StartsWith("| ", StringComparison.Ordinal)));
    }
}
