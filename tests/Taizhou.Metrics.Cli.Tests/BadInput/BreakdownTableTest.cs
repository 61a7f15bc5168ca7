using System;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "Breakdown tables" (<c>contrib</c>): parts, levels, growth and the total row.</summary>
public class BreakdownTableTest
{
    private static (int ExitCode, string Output, string Error) Contrib(Scratch s, string table, params string[] more) =>
        CliRunner.Run(["contrib", "--input", s.Text("t.csv", table), .. more]);

    [Fact]
    public void BreakdownPartEmpty_ExitsTwoNamingTheLine()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current\nA,1,2\n,1,2\n"), "t.csv: line 3, column 'part': empty.");
    }

    [Fact]
    public void BreakdownPartRepeated_ExitsTwoNamingBothLines()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current\nA,1,2\nB,1,2\nA,3,4\n"), "t.csv: line 4, column 'part': 'A' already appears on line 2.");
    }

    [Fact]
    public void BreakdownCurrentEmpty_ExitsTwoNamingTheLine()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current\nA,1,\nB,1,2\n"), "t.csv: line 2, column 'current': empty; every row needs its current level.");
    }

    [Fact]
    public void BreakdownNoBaseInRow_ExitsTwoNamingTheRow()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current,growth\nA,,2,\nB,1,2,\n"), "t.csv: line 2 ('A'): both 'previous' and 'growth' are empty; give one of them.");
    }

    [Fact]
    public void BreakdownNoBaseColumn_ExitsTwoNamingTheHeader()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,current\nA,1\n"), "t.csv: line 1: missing column 'previous' or 'growth'");
    }

    [Fact]
    public void BreakdownUnknownColumn_ExitsTwoListingTheKnownOnes()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current,colour\nA,1,2,red\n"), "t.csv: line 1: unknown column 'colour' (known: part, current, previous, growth");
    }

    [Fact]
    public void BreakdownNegativeLevel_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current\nA,-1,2\nB,1,2\n"), "t.csv: line 2, column 'previous': -1 is negative");
    }

    [Fact]
    public void BreakdownGrowthMinus100_ExitsTwoSayingThereIsNoBase()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,current,growth\nA,2,-100\nB,1,2\n"), "t.csv: line 2, column 'growth': -100 % would leave no base.");
    }

    [Fact]
    public void BreakdownRealGrowthMinus100_ExitsTwoSayingThereIsNoBase()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,current,growth,real_growth\nA,2,5,-100\nB,1,2,1\n"), "t.csv: line 2, column 'real_growth': -100 % would leave no base.");
    }

    [Fact]
    public void BreakdownPrecisionOutOfRange_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current,precision\nA,1,2,29\nB,1,2,1\n"), "t.csv: line 2, column 'precision': '29' is not a number of decimals (0 to 28).");
    }

    [Fact]
    public void BreakdownMoreDecimalsThanPrecision_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current,precision\nA,1.25,2,1\nB,1,2,1\n"), "t.csv: line 2, column 'previous': '1.25' has more decimals than the row's precision 1.");
    }

    [Fact]
    public void BreakdownTotalNotFound_ExitsTwoListingTheParts()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current\nA,1,2\nB,1,2\n", "--total", "合计"), "t.csv: --total '合计' names no row (the parts are: A, B).");
    }

    [Fact]
    public void BreakdownPartAboveTotal_ExitsTwoNamingBothLines()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current\nA,1,20\n合计,5,10\n", "--total", "合计"), "t.csv: line 2, column 'current': 'A' (20) is larger than the total '合计' on line 3 (10).");
    }

    [Fact]
    public void BreakdownOnlyTheTotal_ExitsTwoSayingThereAreNoParts()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current\n合计,5,10\n", "--total", "合计"), "t.csv: no parts to break down.");
    }

    [Fact]
    public void BreakdownHeaderOnly_ExitsTwoSayingThereAreNoParts()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current\n"), "t.csv: no parts to break down.");
    }

    [Fact]
    public void BreakdownZeroBase_GivesAnExplicitUndefinedGrowth()
    {
        // A new part (previous 0): its growth is null with the reason, never a number; its contribution is defined:
        // (2 − 0) / (0 + 1) = 2 (200 pp), share 2 / 4 = 0.5.
        using var s = new Scratch();
        var run = Contrib(s, "part,previous,current\nA,0,2\nB,1,2\n", "--format", "json");

        Expect.Exit(0, run);
        Assert.Contains("\"growth\": null,\n      \"growth_undefined\": \"ZeroBase\"", run.Output.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("\"contribution_pp\": 2,", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("NaN", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Infinity", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void BreakdownCheckBroken_ExitsOneNamingThePartAndTheFigure()
    {
        // A and B are each 2 of 4, 50 %: the printed 30 % is outside what the printed levels allow, and the printed
        // shares sum to 80, not 100.
        using var s = new Scratch();
        var run = Contrib(s, "part,previous,current,share\nA,1,2,30\nB,1,2,50\n", "--check");

        Expect.Exit(1, run, "taizhou-metrics: check failed: 'A': share published 30, derived 50", "check failed: '(parts)': sum_of_shares published 80, derived 100");
    }

    [Fact]
    public void BreakdownPeriodNotAPeriod_ExitsTwoNamingTheLine()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "period,part,previous,current\n2017,A,1,2\n去年,A,1,2\n"), "t.csv: line 3, column 'period': '去年' is not a reporting period.");
    }

    [Fact]
    public void BreakdownPeriodEmpty_ExitsTwoNamingTheLine()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "period,part,previous,current\n2017,A,1,2\n,B,1,2\n"), "t.csv: line 3, column 'period': empty; every row needs its period when the table has a period column.");
    }

    [Fact]
    public void BreakdownPeriodWithoutTotal_ExitsTwoNamingThePeriod()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "period,part,previous,current\n2017,合计,2,4\n2017,A,1,2\n2018,A,1,2\n2018,B,1,2\n", "--total", "合计"), "t.csv: --total '合计' names no row in period 2018 (the parts in period 2018 are: A, B).");
    }

    [Fact]
    public void BreakdownPeriodPartRepeated_ExitsTwoNamingThePeriodAndBothLines()
    {
        // A part appears once a period: in 2017 and 2018 it is fine, twice in 2018 it is not.
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "period,part,previous,current\n2018,A,1,2\n2017,A,1,2\n2018,A,1,2\n"), "t.csv: line 4, column 'part': 'A' already appears in 2018 on line 2.");
    }

    [Fact]
    public void BreakdownPeriodChart_ExitsTwoSayingAChartDrawsOnePeriod()
    {
        using var s = new Scratch();
        string chart = s.PathOf("c.png");
        Expect.Exit(2, Contrib(s, "period,part,previous,current\n2017,A,1,2\n", "--chart", chart), "has a period column, and a chart draws one period's contributions");
        Assert.False(System.IO.File.Exists(chart));
    }

    [Fact]
    public void BreakdownPeriodCheckBroken_ExitsOneNamingThePeriod()
    {
        // 2017: A and B 50 % each, printed 50 and 50; 2018: the same levels, printed 30 and 50.
        using var s = new Scratch();
        var run = Contrib(s, "period,part,previous,current,share\n2017,A,1,2,50\n2017,B,1,2,50\n2018,A,1,2,30\n2018,B,1,2,50\n", "--check");

        Expect.Exit(1, run, "taizhou-metrics: check failed: 2018: 'A': share published 30, derived 50", "check failed: 2018: '(parts)': sum_of_shares published 80, derived 100");
        Assert.DoesNotContain("2017:", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BreakdownRowWithoutLevelsOrRates_ExitsTwoNamingTheLine()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,contribution_rate,contribution_pp\nA,60.0,3.0\nB,,\n"), "t.csv: line 3 ('B'): neither levels (current, previous or growth) nor 贡献率 / 拉动 (contribution_rate, contribution_pp); give its levels, or its 贡献率 and/or 拉动 (a total's row needs --total).");
    }

    [Fact]
    public void BreakdownLevelsMixedWithRatesOnly_ExitsTwoNamingBothLines()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current,contribution_rate,contribution_pp\nA,1,2,60.0,3.0\nB,,,40.0,2.0\n"), "t.csv: line 3 ('B'): has only 贡献率 / 拉动 (contribution_rate, contribution_pp), no levels, unlike line 2 ('A'); a table gives levels in every part's row or in none");
    }

    [Fact]
    public void BreakdownRateWithoutLevelsNotANumber_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "指标,贡献率,拉动\nA,六十,3.0\nB,40.0,2.0\n"), "t.csv: line 2, column '贡献率': '六十' is not a number as printed");
    }

    [Fact]
    public void BreakdownTotalRowWithoutLevelsGivingARate_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,contribution_rate,contribution_pp,growth\nA,60.0,3.0,\nB,40.0,2.0,\n全市,100.0,,5.0\n", "--total", "全市"), "t.csv: line 4, column 'contribution_rate': the total's row '全市' gives the total's growth only");
    }

    [Fact]
    public void BreakdownNotExhaustiveWithLevels_ExitsTwoSayingItIsForTablesWithoutLevels()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,previous,current\nA,1,2\n", "--not-exhaustive"), "--not-exhaustive: ", "has levels, whose parts are checked against its total row (or their sum)");
    }

    [Fact]
    public void BreakdownChartWithoutLevels_ExitsTwoSayingThereIsNothingToDraw()
    {
        using var s = new Scratch();
        string chart = s.PathOf("c.png");
        Expect.Exit(2, Contrib(s, "part,contribution_rate,contribution_pp\nA,60.0,3.0\n", "--chart", chart), "has no levels (only 贡献率 / 拉动), and a chart draws the contributions a table with levels computes.");
        Assert.False(System.IO.File.Exists(chart));
    }

    [Fact]
    public void BreakdownParentNamingNoPart_ExitsTwoNamingTheLineAndTheParent()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,parent,contribution_rate\nA,,60.0\nB,,40.0\n工业,第二产业,30.0\n"), "t.csv: line 4, column 'parent': '第二产业' names no part (the parts are: A, B, 工业).");
    }

    [Fact]
    public void BreakdownParentOfASubItem_ExitsTwoSayingSubItemsHaveOneLevel()
    {
        using var s = new Scratch();
        Expect.Exit(2, Contrib(s, "part,parent,previous,current\nA,,1,2\nB,A,1,1\nC,B,0,1\n"), "t.csv: line 4, column 'parent': 'B' is itself a sub-item of 'A' on line 3; sub-items have one level.");
    }
}
