using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Enterprises;

/// <summary>
/// Tests for <see cref="FirmAggregation"/>: comparable-basis (同口徑) growth beside the naive ratio, the exact
/// entry/exit decomposition (a hand calculation and a property over random firms, exact in decimal), and
/// concentration within a cluster.
/// </summary>
public class FirmAggregationTest
{
    // Output in 億元, revenue in 萬元 (規上 from 2011: revenue ≥ 2000 萬元). 2020 → 2021:
    // P in scope both, 10 → 12; Q grows into scope, 0.15 → 0.25; R new in 2021, 0.5; S falls out, 0.3 → 0.1;
    // U ceased, 2 → none; V out of scope both years.
    private static readonly Enterprise[] Group =
    [
        Firms.Make("P", [(2020, 10m), (2021, 12m)], revenueWan: [(2020, 100_000m), (2021, 120_000m)]),
        Firms.Make("Q", [(2020, 0.15m), (2021, 0.25m)], revenueWan: [(2020, 1_500m), (2021, 2_500m)]),
        Firms.Make("R", [(2021, 0.5m)], revenueWan: [(2021, 5_000m)]),
        Firms.Make("S", [(2020, 0.3m), (2021, 0.1m)], revenueWan: [(2020, 3_000m), (2021, 1_000m)]),
        Firms.Make("U", [(2020, 2m)], revenueWan: [(2020, 20_000m)]),
        Firms.Make("V", [(2020, 0.05m), (2021, 0.06m)], revenueWan: [(2020, 500m), (2021, 600m)]),
    ];

    [Fact]
    public void Comparable_HandCalculation()
    {
        var a = FirmAggregation.Comparable(Group, EnterpriseMeasure.Output, 2021, TierRules.AboveDesignatedSize, MetricUnit.YiYuan);

        // Published levels: 2021 = 12 + 0.25 + 0.5 = 12.75 (P, Q, R); 2020 = 10 + 0.3 + 2 = 12.3 (P, S, U).
        Assert.Equal(12.75m, a.CurrentTotal);
        Assert.Equal(12.3m, a.PreviousTotal);
        Assert.Equal(3, a.CurrentCount);
        Assert.Equal(3, a.PreviousCount);
        Assert.Equal((12.75 / 12.3) - 1, a.NaiveGrowth.GetFraction(), 1e-15);

        // Comparable set: 2021's in-scope firms with a 2020 value, P and Q: 12.25 over 10.15 = +20.69 %.
        Assert.Equal(2, a.ComparableCount);
        Assert.Equal(12.25m, a.ComparableCurrent);
        Assert.Equal(10.15m, a.ComparableBase);
        Assert.Equal((12.25 / 10.15) - 1, a.ComparableGrowth.GetFraction(), 1e-15);

        // Decomposition of 12.75 − 12.3 = 0.45: continuing +2, new +0.5, grown in +0.25, fell out −0.3, ceased −2.
        var d = a.Decomposition;
        Assert.Equal(2m, d.ContinuingChange);
        Assert.Equal(0.5m, d.NewEntrants);
        Assert.Equal(0.25m, d.GrownIntoScope);
        Assert.Equal(0.3m, d.FellOutOfScope);
        Assert.Equal(2m, d.Ceased);
        Assert.Equal(0.45m, d.Change);
        Assert.Equal(a.CurrentTotal - a.PreviousTotal, d.Change);
        Assert.Equal((1, 1, 1, 1, 1), (d.ContinuingCount, d.NewEntrantCount, d.GrownIntoScopeCount, d.FellOutOfScopeCount, d.CeasedCount));
    }

    [Fact]
    public void Comparable_InWanYuan_IsTheSameExactly()
    {
        var yi = FirmAggregation.Comparable(Group, EnterpriseMeasure.Output, 2021, TierRules.AboveDesignatedSize, MetricUnit.YiYuan);
        var wan = FirmAggregation.Comparable(Group, EnterpriseMeasure.Output, 2021, TierRules.AboveDesignatedSize, MetricUnit.WanYuan);

        Assert.Equal(yi.CurrentTotal * 10_000m, wan.CurrentTotal);
        Assert.Equal(yi.Decomposition.Change * 10_000m, wan.Decomposition.Change);
        Assert.Equal(yi.ComparableGrowth, wan.ComparableGrowth);
    }

    [Fact]
    public void Comparable_WithoutScope_EveryFirmWithAValue()
    {
        var a = FirmAggregation.Comparable(Group, EnterpriseMeasure.Output, 2021, null, MetricUnit.YiYuan);

        // 2021: 12 + 0.25 + 0.5 + 0.1 + 0.06 = 12.91; 2020: 10 + 0.15 + 0.3 + 2 + 0.05 = 12.5
        Assert.Equal(12.91m, a.CurrentTotal);
        Assert.Equal(12.5m, a.PreviousTotal);
        Assert.Equal(12.91m - 12.5m, a.Decomposition.Change);
    }

    [Fact]
    public void Comparable_MissingScopeData_IsCountedNotGuessed()
    {
        var noRevenue = Firms.Make("N", [(2020, 1m), (2021, 1m)]);

        var a = FirmAggregation.Comparable([.. Group, noRevenue], EnterpriseMeasure.Output, 2021, TierRules.AboveDesignatedSize, MetricUnit.YiYuan);

        Assert.Equal(2, a.NotEvaluable);
        Assert.Equal(12.75m, a.CurrentTotal);
    }

    [Fact]
    public void Decomposition_AddsUpExactly_OverRandomFirms()
    {
        // Property: for any firms, Σ_{S_t} x_t − Σ_{S_t−1} x_t−1 (computed here by plain LINQ) = continuing + entrants − exits, exactly.
        var random = new Random(20211231);
        for (int trial = 0; trial < 50; trial++)
        {
            var firms = new List<Enterprise>();
            for (int i = 0; i < 40; i++)
            {
                var output = new List<(int, decimal)>();
                var revenue = new List<(int, decimal)>();
                foreach (int year in (int[])[2020, 2021])
                {
                    if (random.NextDouble() < 0.85)
                    {
                        decimal yi = Math.Round((decimal)random.NextDouble() * 3m, 6);
                        output.Add((year, yi));
                        revenue.Add((year, Math.Round(yi * 10_000m * (decimal)(0.5 + random.NextDouble()), 2)));
                    }
                }

                firms.Add(Firms.Make($"F{i}", output, revenueWan: revenue));
            }

            var a = FirmAggregation.Comparable(firms, EnterpriseMeasure.Output, 2021, TierRules.AboveDesignatedSize, MetricUnit.YiYuan);

            bool InScope(Enterprise e, int y) => e.ValueIn(EnterpriseMeasure.Revenue, y) >= 2000m && e.ValueIn(EnterpriseMeasure.Output, y) is not null;
            decimal current = firms.Where(e => InScope(e, 2021)).Sum(e => e.ValueIn(EnterpriseMeasure.Output, 2021)!.Value);
            decimal previous = firms.Where(e => InScope(e, 2020)).Sum(e => e.ValueIn(EnterpriseMeasure.Output, 2020)!.Value);
            Assert.Equal(current, a.CurrentTotal);
            Assert.Equal(previous, a.PreviousTotal);
            var comparable = firms.Where(e => InScope(e, 2021) && e.ValueIn(EnterpriseMeasure.Output, 2020) is not null).ToList();
            Assert.Equal(comparable.Sum(e => e.ValueIn(EnterpriseMeasure.Output, 2021)!.Value), a.ComparableCurrent);
            Assert.Equal(comparable.Sum(e => e.ValueIn(EnterpriseMeasure.Output, 2020)!.Value), a.ComparableBase);
            var d = a.Decomposition;
            Assert.Equal(current - previous, d.ContinuingChange + d.NewEntrants + d.GrownIntoScope - d.FellOutOfScope - d.Ceased);
            Assert.Equal(a.CurrentCount, d.ContinuingCount + d.EntrantCount);
            Assert.Equal(a.PreviousCount, d.ContinuingCount + d.ExitCount);
        }
    }

    [Fact]
    public void Comparable_RejectsAUnitThatDoesNotFit()
    {
        Assert.Throws<ArgumentException>(() => FirmAggregation.Comparable(Group, EnterpriseMeasure.Output, 2021, null, MetricUnit.Count));
        Assert.Throws<ArgumentException>(() => FirmAggregation.Comparable(Group, EnterpriseMeasure.Employees, 2021, null, MetricUnit.YiYuan));
        Assert.Throws<ArgumentException>(() => FirmAggregation.Comparable([Group[0], Group[0]], EnterpriseMeasure.Output, 2021, null, MetricUnit.YiYuan));
    }

    [Fact]
    public void Concentration_TopKShareAndHhi()
    {
        // auto: 6, 3, 1 億元 (plus a pumps firm that must be ignored): CR1 0.6, CR2 0.9, HHI 0.36 + 0.09 + 0.01 = 0.46.
        Enterprise[] firms =
        [
            Firms.Output("a1", 2021, 6m),
            Firms.Output("a2", 2021, 3m, code: "3611"),
            Firms.Output("a3", 2021, 1m),
            Firms.Output("p1", 2021, 50m, code: "3441"),
        ];
        var auto = ClusterMap.TaizhouDefault.FindCluster("auto")!;

        var c1 = FirmAggregation.Concentration(firms, 2021, ClusterMap.TaizhouDefault, auto, 1, MetricUnit.YiYuan);
        var c2 = FirmAggregation.Concentration(firms, 2021, ClusterMap.TaizhouDefault, auto, 2, MetricUnit.YiYuan);
        var c9 = FirmAggregation.Concentration(firms, 2021, ClusterMap.TaizhouDefault, auto, 9, MetricUnit.WanYuan);

        Assert.Equal(3, c1.FirmCount);
        Assert.Equal(10m, c1.Total);
        Assert.Equal(0.6, c1.TopShare!.Value, 1e-15);
        Assert.Equal(0.9, c2.TopShare!.Value, 1e-15);
        Assert.Equal(0.46, c1.Herfindahl!.Value, 1e-15);
        Assert.Equal(3, c9.K);
        Assert.Equal(1.0, c9.TopShare);
        Assert.Equal(100_000m, c9.Total);
        Assert.Equal(["a1", "a2", "a3"], c9.Top.Select(r => r.Enterprise.Id));
    }

    [Fact]
    public void Concentration_EmptyCluster_IsNull()
    {
        var aviation = ClusterMap.TaizhouDefault.FindCluster("aviation")!;

        var c = FirmAggregation.Concentration([Firms.Output("a1", 2021, 6m)], 2021, ClusterMap.TaizhouDefault, aviation, 3, MetricUnit.YiYuan);

        Assert.Equal(0, c.FirmCount);
        Assert.Null(c.TopShare);
        Assert.Null(c.Herfindahl);
    }
}
