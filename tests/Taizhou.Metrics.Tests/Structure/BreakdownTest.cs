using System;
using System.Linq;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>Breakdowns: shares, contributions (拉動) and contribution rates (貢獻率). Hand calculations in the comments.</summary>
public partial class BreakdownTest
{
    private static PublishedValue P(string text) => PublishedValue.Parse(text);

    private static BreakdownRow Levels(string name, string previous, string current) => new(name, P(current), previous: P(previous));

    [Fact]
    public void Analyse_TwoLevels_GivesSharesContributionsAndRates()
    {
        // A 20 → 30, B 80 → 90; total 100 → 120 (+20 %).
        // Shares 0.25 / 0.75 (before 0.2 / 0.8): change +0.05 / −0.05.
        // Points: A 10 / 100 = 0.10, B 10 / 100 = 0.10 (sum 0.20 = total growth). Rates: 10 / 20 = 0.5 each.
        var a = Breakdown.Analyse([Levels("A", "20", "30"), Levels("B", "80", "90")]);

        var pa = a.Parts[0];
        Assert.Equal(0.25, pa.Share!.Value, 15);
        Assert.Equal(0.2, pa.PreviousShare!.Value, 15);
        Assert.Equal(0.05, pa.ShareChange!.Value, 15);
        Assert.Equal(0.5, pa.Growth.GetFraction(), 15);
        Assert.Equal(0.10, pa.ContributionPoints!.Value, 15);
        Assert.Equal(0.5, pa.ContributionRate!.Value, 15);
        Assert.Equal(0.2, a.Total.Growth.GetFraction(), 15);
        Assert.Equal(0.2, a.SumOfContributionPoints!.Value, 15);
        Assert.Equal(1.0, a.SumOfContributionRates!.Value, 15);
        Assert.Null(a.Remainder);
        Assert.Equal(BreakdownPartKind.Total, a.Total.Kind);
    }

    [Fact]
    public void Analyse_PartsDoNotExhaustTheTotal_ReportsOther()
    {
        // Total 100 → 125 with parts A 20 → 30 and B 70 → 80: other 10 → 15.
        // Points: A 0.10, B 0.10, other 0.05; sum 0.25 = total growth. Rates: 0.4, 0.4, 0.2.
        var total = Levels("city", "100", "125");
        var a = Breakdown.Analyse([Levels("A", "20", "30"), Levels("B", "70", "80")], total);

        Assert.NotNull(a.Remainder);
        Assert.Equal(Breakdown.RemainderName, a.Remainder!.Name);
        Assert.Equal(BreakdownPartKind.Remainder, a.Remainder.Kind);
        Assert.Equal(10m, a.Remainder.Previous);
        Assert.Equal(15m, a.Remainder.Current);
        Assert.Equal(0.05, a.Remainder.ContributionPoints!.Value, 15);
        Assert.Equal(0.2, a.Remainder.ContributionRate!.Value, 15);
        Assert.Equal(0.25, a.SumOfContributionPoints!.Value, 15);
        Assert.Equal(1.0, a.SumOfContributionRates!.Value, 15);
        Assert.Equal("city", a.Total.Name);
    }

    [Fact]
    public void Analyse_LevelAndGrowth_UsesTheComparableBase()
    {
        // 1042.27 at +26.7 %: base 1042.27 / 1.267 = 822.628...
        var a = Breakdown.Analyse([new BreakdownRow("clusters", P("1042.27"), growthPercent: P("26.7"))]);

        Assert.True(a.Parts[0].PreviousIsDerived);
        Assert.Equal(822.63m, Math.Round(a.Parts[0].Previous, 2));
        Assert.Equal(0.267, a.Parts[0].Growth.GetFraction(), 12);
    }

    [Fact]
    public void Analyse_Nested_IsConsistentAtEveryLevel()
    {
        // City 100 → 120 = industry (60 → 75, of which X 40 → 50 and Y 20 → 25) + services (40 → 45).
        var industry = new BreakdownRow("industry", P("75"), previous: P("60"), children: [Levels("X", "40", "50"), Levels("Y", "20", "25")]);
        var a = Breakdown.Analyse([industry, Levels("services", "40", "45")]);

        var inner = a.Parts[0].Children!;
        Assert.Equal(0m, inner.Remainder!.Current);                  // X + Y exhaust industry
        Assert.Equal(0.25, inner.Total.Growth.GetFraction(), 15);            // 75 / 60 − 1
        Assert.Equal(inner.Total.Growth.GetFraction(), inner.SumOfContributionPoints!.Value, 15);
        Assert.Equal(10.0 / 60.0, inner.Parts[0].ContributionPoints!.Value, 15);
        // X's contribution to the city (10 / 100) and Y's (5 / 100) add to industry's (15 / 100).
        Assert.Equal(0.15, a.Parts[0].ContributionPoints!.Value, 15);
        Assert.Equal(a.Parts[0].ContributionPoints!.Value, inner.Parts.Sum(p => (double)p.Change / (double)a.Total.Previous), 15);
    }

    [Fact]
    public void AggregateGrowth_IsSumOfLevelsOverSumOfBases()
    {
        // 110 at +10 % (base 100) and 60 at +20 % (base 50): 170 / 150 − 1 = 0.13333
        var g = Breakdown.AggregateGrowth([(110m, GrowthRate.FromPercent(10m)), (60m, GrowthRate.FromPercent(20m))]);
        Assert.Equal(170.0 / 150.0 - 1.0, g.GetFraction(), 12);
    }

    [Fact]
    public void AggregateGrowth_UndefinedPart_IsUndefined() =>
        Assert.Equal(
            GrowthUndefinedReason.ZeroBase,
            Breakdown.AggregateGrowth([(1m, GrowthRate.FromPercent(1m)), (2m, GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase))]).Reason);

    [Fact]
    public void Analyse_RealGrowth_UsesPreviousNominalWeightsAndReportsTheResidual()
    {
        // Nominal 40 → 50 and 60 → 66 (total 100 → 116); real growth A 20 %, B 5 %; total real growth published 9.5 %.
        // NBS: A 0.4 × 0.20 = 0.08, B 0.6 × 0.05 = 0.03; sum 0.11; residual 0.095 − 0.11 = −0.015.
        var total = new BreakdownRow("total", P("116"), previous: P("100")) { RealGrowthPercent = P("9.5") };
        var a = Breakdown.Analyse(
            [
                new BreakdownRow("A", P("50"), previous: P("40")) { RealGrowthPercent = P("20") },
                new BreakdownRow("B", P("66"), previous: P("60")) { RealGrowthPercent = P("5") },
            ],
            total);

        Assert.Equal(0.08, a.Parts[0].RealContributionPoints!.Value, 15);
        Assert.Equal(0.03, a.Parts[1].RealContributionPoints!.Value, 15);
        Assert.Equal(0.11, a.SumOfRealContributionPoints!.Value, 15);
        Assert.Equal(-0.015, a.RealResidual!.Value, 15);
        Assert.Empty(a.PartsWithoutRealGrowth);
    }

    [Fact]
    public void Analyse_RandomTables_ContributionsAddUpToTheTotalsGrowth()
    {
        var random = new Random(20180814);
        for (int trial = 0; trial < 100; trial++)
        {
            int n = random.Next(1, 9);
            var rows = Enumerable.Range(0, n)
                .Select(i => Levels($"p{i}", (random.Next(1, 100000) / 100m).ToString("F2", System.Globalization.CultureInfo.InvariantCulture), (random.Next(0, 100000) / 100m).ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))
                .ToList();
            var a = Breakdown.Analyse(rows);
            Assert.Equal(a.Total.Growth.GetFraction(), a.SumOfContributionPoints!.Value, 12);
            if (a.Total.Change != 0m)
            {
                Assert.Equal(1.0, a.SumOfContributionRates!.Value, 9);
            }

            Assert.Equal(1.0, a.Parts.Sum(p => p.Share!.Value), 12);
        }
    }
}
