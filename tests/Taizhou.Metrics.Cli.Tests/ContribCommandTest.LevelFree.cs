using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary><c>taizhou-metrics contrib</c> on a contribution table without levels: only 贡献率 and/or 拉动 per part.</summary>
public partial class ContribCommandTest
{
    /// <summary>The Fujian yearbook 2020 table 2-7, 1980-2009 (Data/README.md).</summary>
    private static string Fujian => Path.Combine(AppContext.BaseDirectory, "Data", "fujian-2020-table-2-7.csv");

    [Fact]
    public void Contrib_FujianYearbookWithoutLevels_CheckFlagsExactly1990And1991()
    {
        // Computed by hand (the vector's provenance): in 1990 the sectors imply G in [3.45 / 46.35, 3.65 / 48.25] =
        // [7.443, 7.565] %, below the printed 7.7, and 第二产业's 3.6 misses 48.3 % × G; 1991 likewise (14.4 against
        // [14.096, 14.258]); every other year holds within the rounding of one decimal.
        var (code, output, error) = CliRunner.Run("contrib", "--input", Fujian, "--total", "地区生产总值", "--check");

        Assert.Equal(1, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "taizhou-metrics: check failed: 1990: '(total)': total_growth",
                "taizhou-metrics: check failed: 1990: '第二产业': pull",
                "taizhou-metrics: check failed: 1991: '(total)': total_growth",
                "taizhou-metrics: check failed: 1991: '第二产业': pull",
            ],
            lines.Select(l => string.Join(' ', l.Split(' ').Take(6))));
        Assert.Contains("total_growth published 7.7, derived 7.50407 [7.44337, 7.56477]", lines[0], StringComparison.Ordinal);

        // One block per year; 1990 prints its implied growth with bounds and its two breaks; 1989 holds.
        Assert.Equal(30, output.Split("Contribution rates and contributions (no levels): ").Length - 1);
        string y1990 = Block(output, "1990");
        Assert.Contains("total growth (printed) = 7.7 %", y1990, StringComparison.Ordinal);
        Assert.Contains("implied total growth 7.50% [7.44, 7.56] (拉动 / 贡献率 of 3 rows)", y1990, StringComparison.Ordinal);
        Assert.Contains("2 identities break beyond rounding.", y1990, StringComparison.Ordinal);
        Assert.Contains("Every identity holds within rounding.", Block(output, "1989"), StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_FujianYearbookWithoutLevels_JsonGivesImpliedGrowthAndBoundsPerYear()
    {
        var (code, output, error) = CliRunner.Run("contrib", "--input", Fujian, "--total", "地区生产总值", "--check", "--format", "json");

        Assert.True(code == 1, error);
        using var document = JsonDocument.Parse(output);
        var periods = document.RootElement.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(30, periods.Count);
        Assert.False(document.RootElement.GetProperty("check").GetProperty("passed").GetBoolean());
        Assert.Equal(["1990", "1991"], periods.Where(p => !p.GetProperty("check").GetProperty("passed").GetBoolean()).Select(p => p.GetProperty("period").GetString()));

        // 1990 by hand (points / percent is a fraction): the highest lower bound is 第三产业's 3.45 / 46.35, the lowest upper bound 第二产业's 3.65 / 48.25.
        var y1990 = periods.Single(p => p.GetProperty("period").GetString() == "1990");
        var bounds = y1990.GetProperty("implied_total_growth_bounds").EnumerateArray().Select(b => b.GetDouble()).ToList();
        Assert.Equal(3.45 / 46.35, bounds[0], 1e-12);
        Assert.Equal(3.65 / 48.25, bounds[1], 1e-12);
        Assert.Equal((bounds[0] + bounds[1]) / 2.0, y1990.GetProperty("implied_total_growth").GetDouble(), 1e-12);
        Assert.Equal(0.077, y1990.GetProperty("total_growth").GetDouble(), 1e-12);
        Assert.Equal(0.483, y1990.GetProperty("rows")[1].GetProperty("contribution_rate").GetDouble(), 1e-12);
        Assert.Equal(0.036, y1990.GetProperty("rows")[1].GetProperty("contribution_pp").GetDouble(), 1e-12);

        // The printed 7.7 (at least 7.65) misses the implied interval by 7.65 − 365 / 48.25 points.
        var total = y1990.GetProperty("check").GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("figure").GetString() == "total_growth");
        Assert.Equal("1990", total.GetProperty("period").GetString());
        Assert.Equal("(total)", total.GetProperty("part").GetString());
        Assert.Equal(7.65 - (365.0 / 48.25), total.GetProperty("break").GetDouble(), 1e-9);
        Assert.True(total.GetProperty("broken").GetBoolean());
    }

    [Fact]
    public void Contrib_WithoutLevelsOrPrintedGrowth_ImpliesTheGrowthAndChecksThePullsAgainstIt()
    {
        // By hand: A 3.0 / 60.0 → [2.95 / 60.05, 3.05 / 59.95] = [4.9126, 5.0876] %; B 2.0 / 40.0 → [4.8689, 5.1314] %;
        // intersection [4.9126, 5.0876] %, midpoint 5.00 %. Σ 贡献率 = 100, Σ 拉动 = 5.0 within it: consistent.
        using var csv = new TempCsv("part,contribution_rate,contribution_pp\nA,60.0,3.0\nB,40.0,2.0\n");

        var (code, output, error) = CliRunner.Run("contrib", "--input", csv.Path, "--check");

        Assert.True(code == 0, error);
        Assert.Contains("total growth (printed) = not printed", output, StringComparison.Ordinal);
        Assert.Contains("implied total growth 5.00% [4.91, 5.09] (拉动 / 贡献率 of 2 rows)", output, StringComparison.Ordinal);
        Assert.Contains("Σ 拉动 = G implied by 拉动 / 贡献率", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_WithoutLevels_RowsThatDisagree_AreNamedWithTheirGap()
    {
        // By hand: A 3.0 / 50.0 implies at least 2.95 / 50.05 = 5.894 %; B 2.0 / 50.0 at most 2.05 / 49.95 = 4.104 %:
        // no growth satisfies both, and the gap is 2.95 / 50.05 − 2.05 / 49.95 (fractions).
        using var csv = new TempCsv("part,contribution_rate,contribution_pp\nA,50.0,3.0\nB,50.0,2.0\n");

        var (code, output, error) = CliRunner.Run("contrib", "--input", csv.Path, "--check", "--format", "json");

        Assert.Equal(1, code);
        Assert.Contains("taizhou-metrics: check failed: 'A': implied_total_growth published 6, derived 4", error, StringComparison.Ordinal);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("implied_total_growth").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("implied_total_growth_bounds").ValueKind);
        Assert.Equal(["A", "B"], root.GetProperty("implied_total_growth_disagreeing_rows").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal((2.95 / 50.05) - (2.05 / 49.95), root.GetProperty("implied_total_growth_gap").GetDouble(), 1e-12);
    }

    [Fact]
    public void Contrib_WithoutLevels_NotExhaustive_SkipsTheSums()
    {
        // The two largest industries of a city: 30 % + 20 % of the change is not all of it.
        using var csv = new TempCsv("part,contribution_rate,contribution_pp\nA,30.0,1.5\nB,20.0,1.0\n");

        var exhaustive = CliRunner.Run("contrib", "--input", csv.Path, "--check");
        var partial = CliRunner.Run("contrib", "--input", csv.Path, "--check", "--not-exhaustive");

        Assert.Equal(1, exhaustive.ExitCode);
        Assert.Contains("'(parts)': sum_of_rates published 50", exhaustive.Error, StringComparison.Ordinal);
        Assert.True(partial.ExitCode == 0, partial.Error);
        Assert.DoesNotContain("sum_of_rates", partial.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_WithoutLevels_InChinese_PrintsTheImpliedGrowthAsSuch()
    {
        using var csv = new TempCsv("part,contribution_rate,contribution_pp\nA,60.0,3.0\nB,40.0,2.0\n");

        var (code, output, error) = CliRunner.Run("contrib", "--input", csv.Path, "--lang", "zh-Hans", "--format", "markdown");

        Assert.True(code == 0, error);
        Assert.Contains("- 隐含总体增速 5.00% [4.91, 5.09]", output, StringComparison.Ordinal);
        Assert.Contains("| 部分 | 贡献率 % | 拉动 (百分点) | 隐含总体增速 % | 区间 |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_WithLevelsPrintingPullsAndRates_GivesTheImpliedGrowthInJson()
    {
        // 2017 of TwoYears, by hand: A 6.0 / 60.0 → [5.95 / 60.05, 6.05 / 59.95]; B 4.0 / 40.0 → [3.95 / 40.05, 4.05 / 39.95];
        // intersection [5.95 / 60.05, 6.05 / 59.95] (fractions: points / percent).
        using var csv = new TempCsv(TwoYears);

        var (code, output, error) = CliRunner.Run("contrib", "--input", csv.Path, "--total", "全市", "--format", "json");

        Assert.True(code == 0, error);
        using var document = JsonDocument.Parse(output);
        var y2017 = document.RootElement.GetProperty("periods")[0];
        var bounds = y2017.GetProperty("implied_total_growth_bounds").EnumerateArray().Select(b => b.GetDouble()).ToList();
        Assert.Equal(5.95 / 60.05, bounds[0], 1e-12);
        Assert.Equal(6.05 / 59.95, bounds[1], 1e-12);
    }

    /// <summary>The text of one year's blocks: from its title to the next year's.</summary>
    private static string Block(string output, string year)
    {
        int start = output.IndexOf("Contribution rates and contributions (no levels): " + year, StringComparison.Ordinal);
        int next = output.IndexOf("Contribution rates and contributions (no levels): ", start + 10, StringComparison.Ordinal);
        return next < 0 ? output[start..] : output[start..next];
    }
}
