using System;
using System.Linq;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>Consistency checks of published tables, within the rounding of their figures.</summary>
public class TableCheckTest
{
    private static PublishedValue P(string text) => PublishedValue.Parse(text);

    [Fact]
    public void Check_ConsistentTable_Passes()
    {
        // A 20.0 → 30.0, B 80.0 → 90.0: growth 50.0 % and 12.5 %, shares 25.0 / 75.0, points 10.0 / 10.0, rates 50.0 / 50.0
        var parts = new[]
        {
            new BreakdownRow("A", P("30.0"), previous: P("20.0"), growthPercent: P("50.0")) { SharePercent = P("25.0"), ContributionPoints = P("10.0"), ContributionRatePercent = P("50.0") },
            new BreakdownRow("B", P("90.0"), previous: P("80.0"), growthPercent: P("12.5")) { SharePercent = P("75.0"), ContributionPoints = P("10.0"), ContributionRatePercent = P("50.0") },
        };

        var check = Breakdown.Check(parts, null);

        Assert.True(check.Passed);
        Assert.Equal(
            ["growth", "share", "contribution_pp", "contribution_rate", "pull", "growth", "share", "contribution_pp", "contribution_rate", "pull", "sum_of_shares", "sum_of_contributions", "sum_of_rates"],
            check.Findings.Select(f => f.Figure));
    }

    [Fact]
    public void Check_WrongShare_NamesTheRowTheFigureAndTheBreak()
    {
        // B's share is 75 %, printed 76.0: the derived interval 75.0 ± (rounding of 30.0 and 90.0) misses 76.0 ± 0.05
        var parts = new[]
        {
            new BreakdownRow("A", P("30.0"), previous: P("20.0")),
            new BreakdownRow("B", P("90.0"), previous: P("80.0")) { SharePercent = P("76.0") },
        };

        var check = Breakdown.Check(parts, null);

        var broken = Assert.Single(check.Broken);
        Assert.Equal("B", broken.Row);
        Assert.Equal("share", broken.Figure);
        // derived upper bound: 90.05 / (90.05 + 29.95) × 100 = 75.0417; published lower 75.95: break 0.9083
        Assert.Equal(75.95 - (90.05 / 120.0 * 100.0), broken.Break, 9);
        Assert.False(check.Passed);
        Assert.Contains("breaks by", broken.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_GrowthAgainstLevels_WithinRoundingPasses()
    {
        // 1042.27 against 822.63 gives 26.6985 %; printed 26.7 covers [26.65, 26.75]: consistent
        var row = new BreakdownRow("clusters", P("1042.27"), previous: P("822.63"), growthPercent: P("26.7"));
        var check = Breakdown.Check([row], null);
        Assert.True(check.Passed);
        Assert.Equal("growth", check.Findings[0].Figure);
    }

    [Fact]
    public void Check_Guangdong_PublishedRatesDoNotAddTo100()
    {
        // The text's rates 2.76 + 45.5 + 52.05 = 100.31 against 100 (levels at current prices, growth real):
        // the sum identity breaks by 0.31 − (0.005 + 0.05 + 0.005) = 0.25; each rate alone is consistent.
        var total = new BreakdownRow("GDP", P("39081.59"), growthPercent: P("9.5"));
        var parts = new[]
        {
            new BreakdownRow("primary", P("2006.02"), growthPercent: P("4.9")) { ContributionRatePercent = P("2.76") },
            new BreakdownRow("secondary", P("19270.48"), growthPercent: P("8.7")) { ContributionRatePercent = P("45.5") },
            new BreakdownRow("tertiary", P("17805.09"), growthPercent: P("11.0")) { ContributionRatePercent = P("52.05") },
        };

        var check = Breakdown.Check(parts, total);

        Assert.All(check.Findings.Where(f => f.Figure == "contribution_rate"), f => Assert.False(f.IsBroken));
        var sum = Assert.Single(check.Broken);
        Assert.Equal("sum_of_rates", sum.Figure);
        Assert.Equal(0.25, sum.Break, 9);
    }

    [Fact]
    public void Check_PullEqualsGrowthTimesRate()
    {
        // Total growth 5.0 %, a part's rate 28.1 %: pull 1.405 points; printed 1.4 is within rounding, 1.6 is not.
        var total = new BreakdownRow("total", P("105.0"), growthPercent: P("5.0"));
        var ok = new BreakdownRow("part", P("30.0"), growthPercent: P("5.0")) { ContributionPoints = P("1.4"), ContributionRatePercent = P("28.1") };
        var bad = new BreakdownRow("part", P("30.0"), growthPercent: P("5.0")) { ContributionPoints = P("1.6"), ContributionRatePercent = P("28.1") };

        Assert.False(Breakdown.Check([ok], total).Findings.Single(f => f.Figure == "pull").IsBroken);
        var broken = Breakdown.Check([bad], total).Findings.Single(f => f.Figure == "pull");
        Assert.True(broken.IsBroken);
        // derived upper bound 5.05 × 28.15 / 100 = 1.421575; published lower 1.55: break 0.128425
        Assert.Equal(1.55 - (5.05 * 28.15 / 100.0), broken.Break, 9);
    }

    [Fact]
    public void Check_SumOfContributions_TouchingAtAPrintedBoundary_IsConsistent()
    {
        // Fujian 1990's pulls 0.4 + 3.6 + 3.5 = 7.5 ± 0.15 reach 7.65, the lower end of the printed growth 7.7 ± 0.05:
        // the intervals meet. Summed in doubles the upper end is 7.6499999999999995 and the identity "broke" by 9e-16.
        var total = new BreakdownRow("GDP", P("107.7"), growthPercent: P("7.7"));
        var parts = new[]
        {
            new BreakdownRow("primary", P("10.4"), growthPercent: P("4.0")) { ContributionPoints = P("0.4") },
            new BreakdownRow("secondary", P("49.6"), growthPercent: P("7.8")) { ContributionPoints = P("3.6") },
            new BreakdownRow("tertiary", P("47.7"), growthPercent: P("7.9")) { ContributionPoints = P("3.5") },
        };

        var sum = Breakdown.Check(parts, total).Findings.Single(f => f.Figure == "sum_of_contributions");

        Assert.Equal(7.65, sum.Published.Bounds.Upper);
        Assert.Equal(0.0, sum.Break);
    }
}
