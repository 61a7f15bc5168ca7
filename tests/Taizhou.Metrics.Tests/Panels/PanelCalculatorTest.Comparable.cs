using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.Tests.Panels;

/// <summary>
/// The comparable basis (同口径) and the entry/exit decomposition (新进入, 退出): a panel worked by hand, then panels
/// against an exact reference computed here from dictionaries of rows in <see cref="decimal"/>.
/// </summary>
public partial class PanelCalculatorTest
{
    [Fact]
    public void Comparable_WorkedExample_ByHand()
    {
        // The example of docs/panel.md. F1 stays in cluster 0; F2 (cluster 0) is gone in 2024; F3 moves from cluster 0 to
        // 1; F4 enters cluster 1 in 2024; F5 (cluster 1) reports zero in both Januaries and skips February; F6 (cluster 0)
        // reports only 2023-02 and 2024-01; F7 (cluster 1) reports only 2023-01 and 2024-02.
        var panel = HandPanel();
        var metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: false, includeComparable: true);
        Assert.True(metrics.HasComparable);
        int january = panel.MonthIndex(new YearMonth(2024, 1));
        int february = panel.MonthIndex(new YearMonth(2024, 2));

        // January 2024, cluster 0: F1 comparable (110 against 100), F6 an entrant (25); F2 (50) gone and F3 (40) moved
        // out are exits. 135 − 190 = (110 − 100) + 25 − 90.
        var c0 = metrics.Cluster(0, january);
        Assert.Equal(110.0, c0.ComparableYearToDate);
        Assert.Equal(100.0, c0.ComparableBaseYearToDate);
        Assert.Equal(1, c0.ComparableFirms);
        Assert.Equal(25.0, c0.EntrantsYearToDate);
        Assert.Equal(90.0, c0.ExitsPreviousYearToDate);
        Assert.Equal(0.1, c0.ComparableYearOnYear!.Value, 15);
        Assert.Equal(10.0 / 140.0, c0.ComparableContribution!.Value, 15);
        Assert.Equal(135.0 / 190.0 - 1.0, c0.YearOnYear!.Value, 15);

        // Cluster 1: F5 comparable with its zeros (so the comparable growth has a zero base: missing), F3 (moved in, 45)
        // and F4 (30) entrants, F7 (60, no row in January 2024) an exit.
        var c1 = metrics.Cluster(1, january);
        Assert.Equal(0.0, c1.ComparableYearToDate);
        Assert.Equal(0.0, c1.ComparableBaseYearToDate);
        Assert.Equal(1, c1.ComparableFirms);
        Assert.Null(c1.ComparableYearOnYear);
        Assert.Equal(0.0, c1.ComparableContribution);
        Assert.Equal(75.0, c1.EntrantsYearToDate);
        Assert.Equal(60.0, c1.ExitsPreviousYearToDate);

        // The total: F1, F3 (a cluster changer is comparable for the total) and F5; 155 against 140. Entrants F4 and F6,
        // exits F2 and F7. The clusters' comparable contributions (10/140) fall short of the total's comparable growth
        // (15/140) by F3's change, (45 − 40) / 140.
        var total = metrics.Total(january);
        Assert.Equal(155.0, total.ComparableYearToDate);
        Assert.Equal(140.0, total.ComparableBaseYearToDate);
        Assert.Equal(3, total.ComparableFirms);
        Assert.Equal(55.0, total.EntrantsYearToDate);
        Assert.Equal(110.0, total.ExitsPreviousYearToDate);
        Assert.Equal(15.0 / 140.0, total.ComparableYearOnYear!.Value, 15);
        Assert.Equal(total.ComparableYearOnYear, total.ComparableContribution);
        Assert.Equal(
            total.ComparableYearOnYear!.Value - (5.0 / 140.0),
            c0.ComparableContribution.Value + c1.ComparableContribution!.Value,
            1e-15);

        // February 2024: cluster 1 had no row a year before, so everything in it is an entrant and its comparable base is
        // zero; the total compares F1 and F3, 330 against 290.
        var f1 = metrics.Cluster(1, february);
        Assert.Equal(0, f1.ComparableFirms);
        Assert.Equal(300.0, f1.EntrantsYearToDate);
        Assert.Equal(0.0, f1.ExitsPreviousYearToDate);
        Assert.Null(f1.ComparableYearOnYear);
        Assert.Equal(190.0, metrics.Cluster(0, february).ExitsPreviousYearToDate);
        Assert.Equal(40.0 / 290.0, metrics.Total(february).ComparableYearOnYear!.Value, 15);
        Assert.Equal(200.0, metrics.Total(february).EntrantsYearToDate);
        Assert.Equal(110.0, metrics.Total(february).ExitsPreviousYearToDate);

        // The first year, and a month without rows, have no decomposition at all.
        foreach (int m in new[] { 0, 1, 5 })
        {
            var cell = metrics.Total(m);
            Assert.Null(cell.ComparableYearToDate);
            Assert.Null(cell.ComparableBaseYearToDate);
            Assert.Null(cell.ComparableYearOnYear);
            Assert.Null(cell.ComparableContribution);
            Assert.Null(cell.EntrantsYearToDate);
            Assert.Null(cell.ExitsPreviousYearToDate);
            Assert.Null(cell.ComparableFirms);
        }
    }

    [Fact]
    public void Comparable_NotAskedFor_IsMissing_AndTheRawFiguresAreTheSameBits()
    {
        var data = SyntheticPanelFixture.Small;
        var panel = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        var without = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true);
        var with = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true, includeComparable: true);
        Assert.False(without.HasComparable);
        Assert.Null(without.Total(panel.MonthCount - 1).ComparableYearOnYear);
        Assert.Null(without.Cluster(0, panel.MonthCount - 1).EntrantsYearToDate);
        Assert.NotNull(with.Total(panel.MonthCount - 1).ComparableYearOnYear);
        Assert.True(without.YearToDateTotals.SequenceEqual(with.YearToDateTotals));
        Assert.True(without.YearOnYearValues.SequenceEqual(with.YearOnYearValues));
        Assert.True(without.ShareValues.SequenceEqual(with.ShareValues));
        Assert.True(without.ContributionValues.SequenceEqual(with.ContributionValues));
        Assert.True(without.EnterpriseYearOnYearValues.SequenceEqual(with.EnterpriseYearOnYearValues));
    }

    [Fact]
    public void Comparable_HandPanel_MatchesExactReference()
    {
        var panel = HandPanel();
        var cents = panel.YearToDateOutput.ToArray().Select(v => (long)Math.Round(v * 100.0)).ToArray();
        AssertComparableMatchesReference(panel, cents);
    }

    [Fact]
    public void Comparable_GeneratedPanelWithClusterChanges_MatchesExactReference()
    {
        // The small generated panel (entry, exit, gaps, zero firms and months, the first year) with firms moved between
        // clusters: for good from July 2019, for 2018 only, and every January.
        var data = SyntheticPanelFixture.Small;
        var panel = WithClusterChanges(data);
        var report = AssertComparableMatchesReference(panel, data.YearToDateCents!);
        Assert.True(report.Switchers > 100, $"cluster changers: {report.Switchers}");
        Assert.True(report.Entrants > 100 && report.Exits > 100, $"entrants {report.Entrants}, exits {report.Exits}");
        Assert.True(report.ZeroComparable > 20, $"comparable firms with zero output: {report.ZeroComparable}");
    }

    [Fact]
    public void Comparable_SeveralWorkChunks_MatchesExactReference_AndRepeatsBitForBit()
    {
        // About 330,000 rows: several work chunks, so firms' rows a year away lie across chunk edges.
        var data = SyntheticPanel.Generate(3000, 120, withCents: true, seed: 11);
        var panel = WithClusterChanges(data);
        Assert.True(panel.RowCount > 4 * 65536, $"rows: {panel.RowCount}");
        AssertComparableMatchesReference(panel, data.YearToDateCents!);

        var first = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: false, includeComparable: true);
        var again = PanelMetrics.Allocate(panel, includeEnterpriseYearOnYear: false, includeComparable: true);
        PanelCalculator.ComputeInto(panel, again);
        PanelCalculator.ComputeInto(panel, again);
        for (int s = 0; s <= panel.ClusterCount; s++)
        {
            for (int m = 0; m < panel.MonthCount; m++)
            {
                var a = s < panel.ClusterCount ? first.Cluster(s, m) : first.Total(m);
                var b = s < panel.ClusterCount ? again.Cluster(s, m) : again.Total(m);
                Assert.Equal(a.ComparableYearToDate, b.ComparableYearToDate);
                Assert.Equal(a.ComparableBaseYearToDate, b.ComparableBaseYearToDate);
                Assert.Equal(a.EntrantsYearToDate, b.EntrantsYearToDate);
                Assert.Equal(a.ExitsPreviousYearToDate, b.ExitsPreviousYearToDate);
                Assert.Equal(a.ComparableYearOnYear, b.ComparableYearOnYear);
                Assert.Equal(a.ComparableContribution, b.ComparableContribution);
            }
        }
    }

    [Fact]
    public void Comparable_GeneratedPanel_EntryExitIdentityHolds()
    {
        // X(t) − X(t − 12) = (C(t) − C'(t)) + E(t) − Q(t) for every cluster, the total and every month with a base, to
        // within rounding (1e-12 of the larger total).
        var panel = WithClusterChanges(SyntheticPanelFixture.Small);
        var metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: false, includeComparable: true);
        int checkedCells = 0;
        for (int s = 0; s <= panel.ClusterCount; s++)
        {
            for (int m = 12; m < panel.MonthCount; m++)
            {
                var cell = s < panel.ClusterCount ? metrics.Cluster(s, m) : metrics.Total(m);
                var before = s < panel.ClusterCount ? metrics.Cluster(s, m - 12) : metrics.Total(m - 12);
                double x = cell.YearToDateTotal!.Value;
                double xb = before.YearToDateTotal!.Value;
                double decomposed = cell.ComparableYearToDate!.Value - cell.ComparableBaseYearToDate!.Value
                    + cell.EntrantsYearToDate!.Value - cell.ExitsPreviousYearToDate!.Value;
                Assert.True(Math.Abs((x - xb) - decomposed) <= 1e-12 * Math.Max(1.0, Math.Max(x, xb)), $"series {s}, month {m}: {x - xb:R} against {decomposed:R}");
                checkedCells++;
            }
        }

        Assert.Equal((panel.ClusterCount + 1) * (panel.MonthCount - 12), checkedCells);
    }

    private static EnterprisePanel HandPanel() => EnterprisePanel.Create(
        [1, 1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7],
        [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 0, 1, 1],
        [202301, 202302, 202401, 202402, 202301, 202302, 202301, 202302, 202401, 202402, 202401, 202402, 202301, 202401, 202302, 202401, 202301, 202402],
        [100.0, 210.0, 110.0, 230.0, 50.0, 90.0, 40.0, 80.0, 45.0, 100.0, 30.0, 70.0, 0.0, 0.0, 20.0, 25.0, 60.0, 130.0]);

    /// <summary>The generated panel with some firms in another cluster: from July 2019 on, in 2018 only, or every January.</summary>
    private static EnterprisePanel WithClusterChanges(SyntheticPanel data)
    {
        var clusters = (int[])data.Clusters.Clone();
        for (int i = 0; i < clusters.Length; i++)
        {
            int firm = (data.EnterpriseIds[i] - 1000) / 2;
            int period = data.Periods[i];
            bool moved = (firm % 10) switch
            {
                0 => period >= 201907,
                4 => period / 100 == 2018,
                7 => period % 100 == 1,
                _ => false,
            };
            clusters[i] = moved ? (clusters[i] + 3) % SyntheticPanel.ClusterCount : clusters[i];
        }

        return EnterprisePanel.Create(data.EnterpriseIds, clusters, data.Periods, data.YearToDateOutput);
    }

    /// <summary>
    /// Checks every cell's comparable figures against sums computed here row by row from a dictionary of (firm, period)
    /// in exact cents: sums to 1e-12 of their size, rates to 1e-12; the missing ones must be missing.
    /// </summary>
    private static ReferenceReport AssertComparableMatchesReference(EnterprisePanel panel, long[] cents)
    {
        var metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: false, includeComparable: true);
        int clusters = panel.ClusterCount;
        var rows = new Dictionary<(int Id, int Period), (int Cluster, long Cents)>();
        var byPeriod = new Dictionary<int, List<int>>();
        for (int i = 0; i < panel.RowCount; i++)
        {
            rows[(panel.EnterpriseIds[i], panel.Periods[i])] = (panel.Clusters[i], cents[i]);
            if (!byPeriod.TryGetValue(panel.Periods[i], out var list))
            {
                byPeriod[panel.Periods[i]] = list = [];
            }

            list.Add(panel.EnterpriseIds[i]);
        }

        var report = new ReferenceReport();
        for (int m = 0; m < panel.MonthCount; m++)
        {
            var ym = metrics.Month(m);
            int period = (ym.Year * 100) + ym.Month;
            bool defined = byPeriod.ContainsKey(period) && m >= 12 && byPeriod.ContainsKey(period - 100);
            var now = byPeriod.GetValueOrDefault(period) ?? [];
            var before = byPeriod.GetValueOrDefault(period - 100) ?? [];

            // Per cluster, and the total (index clusters): comparable current, base, count, entrants, exits, in cents.
            var current = new long[clusters + 1];
            var baseSum = new long[clusters + 1];
            var firms = new int[clusters + 1];
            var entrants = new long[clusters + 1];
            var exits = new long[clusters + 1];
            long switchedNow = 0, switchedBefore = 0;
            foreach (int id in now)
            {
                var (c, y) = rows[(id, period)];
                if (rows.TryGetValue((id, period - 100), out var b))
                {
                    current[clusters] += y;
                    baseSum[clusters] += b.Cents;
                    firms[clusters]++;
                    report.ZeroComparable += y == 0 && defined ? 1 : 0;
                    if (b.Cluster == c)
                    {
                        current[c] += y;
                        baseSum[c] += b.Cents;
                        firms[c]++;
                    }
                    else
                    {
                        entrants[c] += y;
                        switchedNow += y;
                        switchedBefore += b.Cents;
                        report.Switchers += defined ? 1 : 0;
                    }
                }
                else
                {
                    entrants[c] += y;
                    entrants[clusters] += y;
                    report.Entrants += defined ? 1 : 0;
                }
            }

            foreach (int id in before)
            {
                var (c, y) = rows[(id, period - 100)];
                bool later = rows.TryGetValue((id, period), out var a);
                if (!later || a.Cluster != c)
                {
                    exits[c] += y;
                }

                if (!later)
                {
                    exits[clusters] += y;
                    report.Exits += defined ? 1 : 0;
                }
            }

            for (int s = 0; s <= clusters; s++)
            {
                var cell = s < clusters ? metrics.Cluster(s, m) : metrics.Total(m);
                string where = $"series {s}, {period}";
                if (!defined)
                {
                    Assert.Null(cell.ComparableYearToDate);
                    Assert.Null(cell.ComparableBaseYearToDate);
                    Assert.Null(cell.ComparableFirms);
                    Assert.Null(cell.EntrantsYearToDate);
                    Assert.Null(cell.ExitsPreviousYearToDate);
                    Assert.Null(cell.ComparableYearOnYear);
                    Assert.Null(cell.ComparableContribution);
                    continue;
                }

                AssertCents(current[s], cell.ComparableYearToDate, where + " comparable");
                AssertCents(baseSum[s], cell.ComparableBaseYearToDate, where + " comparable base");
                AssertCents(entrants[s], cell.EntrantsYearToDate, where + " entrants");
                AssertCents(exits[s], cell.ExitsPreviousYearToDate, where + " exits");
                Assert.Equal(firms[s], cell.ComparableFirms);
                AssertRate(baseSum[s] == 0 ? null : ((decimal)current[s] / baseSum[s]) - 1m, cell.ComparableYearOnYear);
                AssertRate(baseSum[clusters] == 0 ? null : (decimal)(current[s] - baseSum[s]) / baseSum[clusters], cell.ComparableContribution);
            }

            // The clusters' comparable contributions add up to the total's comparable growth less the cluster changers'
            // change over the total's comparable base.
            if (defined && baseSum[clusters] != 0)
            {
                double sum = Enumerable.Range(0, clusters).Sum(c => metrics.Cluster(c, m).ComparableContribution!.Value);
                decimal expected = ((decimal)current[clusters] / baseSum[clusters]) - 1m - ((decimal)(switchedNow - switchedBefore) / baseSum[clusters]);
                Assert.True(Math.Abs((double)expected - sum) <= 1e-12, $"{period}: Σ comparable contributions {sum:R}, expected {expected}");
            }
        }

        return report;
    }

    private static void AssertCents(long expectedCents, double? actual, string what)
    {
        Assert.True(actual.HasValue, what + " missing");
        double expected = expectedCents / 100.0;
        Assert.True(Math.Abs(expected - actual!.Value) <= TotalTolerance * Math.Max(1.0, expected), $"{what}: expected {expectedCents / 100m}, got {actual.Value:R}");
    }

    private sealed class ReferenceReport
    {
        public int Switchers { get; set; }

        public int Entrants { get; set; }

        public int Exits { get; set; }

        public int ZeroComparable { get; set; }
    }
}
