using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary><c>taizhou-metrics contrib</c> on a table with a period column: every period analysed and checked on its own.</summary>
public partial class ContribCommandTest
{
    /// <summary>
    /// Two years of a yearbook-style industry table, with the bureau's headers (年份, 指标, 上年同期, 1-本月累计, 拉动,
    /// 贡献率), levels printed to the unit and rates to one decimal. By hand:
    /// 2017: 全市 1000 → 1100 (+100); A 400 → 460 (+60): 拉动 60 / 1000 = 6.0, 贡献率 60 / 100 = 60.0;
    ///       B 600 → 640 (+40): 拉动 4.0, 贡献率 40.0. Consistent as printed.
    /// 2018: 全市 1100 → 1210 (+110); A 460 → 529 (+69): 拉动 69 / 1100 = 6.27 → 6.3, 贡献率 69 / 110 = 62.73 → 62.7;
    ///       B 640 → 681 (+41): 拉动 41 / 1100 = 3.73 → 3.7, 贡献率 41 / 110 = 37.27 → 37.3, printed 33.7 (digits swapped).
    /// With every level ±0.5: B's rate lies in [40 / 111, 42 / 109] = [36.036, 38.532] %, so 33.7 (at most 33.75)
    /// breaks by 36.036036 − 33.75 = 2.286036; its pull 3.7 against 10 % × 33.7 % breaks too, and Σ 贡献率 = 96.4 ≠ 100.
    /// </summary>
    internal const string TwoYears = """
        年份,指标,上年同期,1-本月累计,拉动,贡献率
        2017,全市,1000,1100,,
        2017,A,400,460,6.0,60.0
        2017,B,600,640,4.0,40.0
        2018,全市,1100,1210,,
        2018,A,460,529,6.3,62.7
        2018,B,640,681,3.7,33.7
        """;

    [Fact]
    public void Contrib_TwoPeriods_OneMistyped_ExitsOneNamingThePeriodOfEachBreak()
    {
        using var csv = new TempCsv(TwoYears);

        var (code, output, error) = CliRunner.Run("contrib", "--input", csv.Path, "--total", "全市", "--check");

        Assert.Equal(1, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("taizhou-metrics: check failed: 2018: ", l, StringComparison.Ordinal));
        Assert.StartsWith("taizhou-metrics: check failed: 2018: 'B': contribution_rate published 33.7, derived 37.2727 [36.036, 38.5321]", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, l => l.StartsWith("taizhou-metrics: check failed: 2018: 'B': pull published 3.7", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("taizhou-metrics: check failed: 2018: '(parts)': sum_of_rates published 96.4", StringComparison.Ordinal));

        // One block per period, in the table's order, each check under its period.
        int first = output.IndexOf("Consistency check (within rounding): 2017", StringComparison.Ordinal);
        int second = output.IndexOf("Consistency check (within rounding): 2018", StringComparison.Ordinal);
        Assert.True(first > output.IndexOf("Shares and contributions: 2017", StringComparison.Ordinal) && second > first, output);
        Assert.Contains("Every identity holds within rounding.", output[first..second], StringComparison.Ordinal);
        Assert.Contains("3 identities break beyond rounding.", output[second..], StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_TwoPeriods_Consistent_ExitsZero()
    {
        // The same table with B's 2018 rate as it should be printed (37.3): every identity of both years holds.
        using var csv = new TempCsv(TwoYears.Replace("3.7,33.7", "3.7,37.3", StringComparison.Ordinal));

        var (code, _, error) = CliRunner.Run("contrib", "--input", csv.Path, "--total", "全市", "--check");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
    }

    [Fact]
    public void Contrib_TwoPeriods_Json_HasOneObjectPerPeriodAndFindingsNamingTheirPeriod()
    {
        using var csv = new TempCsv(TwoYears);

        var (code, output, _) = CliRunner.Run("contrib", "--input", csv.Path, "--total", "全市", "--check", "--format", "json");

        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("taizhou-metrics/contrib/v1", root.GetProperty("schema").GetString());
        Assert.False(root.TryGetProperty("parts", out _));
        Assert.False(root.GetProperty("check").GetProperty("passed").GetBoolean());
        var periods = root.GetProperty("periods");
        Assert.Equal(2, periods.GetArrayLength());
        var y2017 = periods[0];
        var y2018 = periods[1];
        Assert.Equal("2017", y2017.GetProperty("period").GetString());
        Assert.Equal("2018", y2018.GetProperty("period").GetString());
        Assert.True(y2017.GetProperty("check").GetProperty("passed").GetBoolean());
        Assert.False(y2018.GetProperty("check").GetProperty("passed").GetBoolean());

        // Each period analysed on its own total: A's 拉动 0.06 of 2017's 1000, 69 / 1100 = 0.0627273 of 2018's 1100.
        Assert.Equal(0.06, y2017.GetProperty("parts")[0].GetProperty("contribution_pp").GetDouble(), 12);
        Assert.Equal(69.0 / 1100.0, y2018.GetProperty("parts")[0].GetProperty("contribution_pp").GetDouble(), 12);
        Assert.Equal(0.1, y2018.GetProperty("total").GetProperty("growth").GetDouble(), 12);

        var broken = y2018.GetProperty("check").GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("broken").GetBoolean()).ToList();
        Assert.Equal(3, broken.Count);
        Assert.All(broken, f => Assert.Equal("2018", f.GetProperty("period").GetString()));
        var rate = broken.Single(f => f.GetProperty("figure").GetString() == "contribution_rate");
        Assert.Equal("B", rate.GetProperty("part").GetString());
        Assert.Equal(2.286036, rate.GetProperty("break").GetDouble(), 6); // 40 / 111 × 100 − 33.75
        Assert.All(y2017.GetProperty("check").GetProperty("findings").EnumerateArray(), f => Assert.Equal("2017", f.GetProperty("period").GetString()));
    }

    [Fact]
    public void Contrib_Periods_RowsNeedNotBeContiguous_AndComeInTheOrderTheirPeriodsFirstAppear()
    {
        // 2018 first, then 2017, their rows interleaved. 2018: A 20 → 30, B 80 → 90, 拉动 10 / 100 = 0.1 each;
        // 2017: A 10 → 20 (+10), B 90 → 80 (−10), 拉动 +0.1 and −0.1 of 100.
        using var csv = new TempCsv("period,part,previous,current\n2018,A,20,30\n2017,A,10,20\n2018,B,80,90\n2017,B,90,80\n");

        var (code, output, error) = CliRunner.Run("contrib", "--input", csv.Path, "--format", "json");

        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        var periods = doc.RootElement.GetProperty("periods");
        Assert.Equal(["2018", "2017"], periods.EnumerateArray().Select(p => p.GetProperty("period").GetString()));
        Assert.Equal([0.1, 0.1], periods[0].GetProperty("parts").EnumerateArray().Select(p => Math.Round(p.GetProperty("contribution_pp").GetDouble(), 12)));
        Assert.Equal([0.1, -0.1], periods[1].GetProperty("parts").EnumerateArray().Select(p => Math.Round(p.GetProperty("contribution_pp").GetDouble(), 12)));
        Assert.Equal(JsonValueKind.Null, doc.RootElement.GetProperty("check").ValueKind); // no --check
    }

    [Theory]
    [InlineData("period")]
    [InlineData("时期")]
    [InlineData("時期")]
    [InlineData("年份")]
    [InlineData("报告期")]
    [InlineData("期间")]
    public void Contrib_PeriodColumn_IsReadUnderItsChineseHeaders(string header)
    {
        using var csv = new TempCsv($"{header},part,previous,current\n2017年,A,1,2\n2018年,A,2,3\n");

        var (code, output, error) = CliRunner.Run("contrib", "--input", csv.Path, "--format", "json");

        Assert.True(code == 0, error);
        Assert.Contains("\"period\": \"2017\"", output, StringComparison.Ordinal);
        Assert.Contains("\"period\": \"2018\"", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_WithoutAPeriodColumn_KeepsTheOnePeriodDocument()
    {
        // A 20 → 30, B 80 → 90: 贡献率 10 / 20 = 50 % each, as printed.
        using var csv = new TempCsv("part,previous,current,contribution_rate\nA,20,30,50\nB,80,90,50\n");

        var (code, output, _) = CliRunner.Run("contrib", "--input", csv.Path, "--check", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        Assert.True(doc.RootElement.TryGetProperty("parts", out _));
        Assert.False(doc.RootElement.TryGetProperty("periods", out _));
        Assert.False(doc.RootElement.GetProperty("check").GetProperty("findings")[0].TryGetProperty("period", out _));
    }

    [Theory]
    [InlineData("zh", "## 结构与贡献: 2017年", "## 一致性检查 (在四舍五入范围内): 2018年")]
    [InlineData("zh-Hant", "## 結構與貢獻: 2017年", "## 一致性檢查 (在四捨五入範圍內): 2018年")]
    [InlineData("en", "## Shares and contributions: 2017", "## Consistency check (within rounding): 2018")]
    public void Contrib_Periods_Markdown_NamesThePeriodInEveryBlock(string lang, string shares2017, string check2018)
    {
        using var csv = new TempCsv(TwoYears);

        var (code, output, _) = CliRunner.Run("contrib", "--input", csv.Path, "--total", "全市", "--check", "--format", "markdown", "--lang", lang);

        Assert.Equal(1, code);
        Assert.Contains(shares2017 + "\n", output, StringComparison.Ordinal);
        Assert.Contains(check2018 + "\n", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_Periods_Html_DrawsAChartForEachPeriod()
    {
        using var csv = new TempCsv(TwoYears);

        var (code, output, _) = CliRunner.Run("contrib", "--input", csv.Path, "--total", "全市", "--format", "html");

        Assert.Equal(0, code);
        Assert.Contains("(percentage points): 2017", output, StringComparison.Ordinal);
        Assert.Contains("(percentage points): 2018", output, StringComparison.Ordinal);
        Assert.Equal(2, output.Split("<svg", StringSplitOptions.None).Length - 1);
    }
}
