using System;
using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.Tests.Panels;

/// <summary>
/// Tests of <see cref="PanelCalculator"/> and <see cref="PanelMetrics"/>: hand-computed cases, then a generated panel
/// against an independent exact computation in integer cents and <see cref="decimal"/>.
/// </summary>
public partial class PanelCalculatorTest
{
    // Tolerances: totals are sums of doubles of whole cents (relative error a few ulps per addend), so 1e-12 relative;
    // rates are compared as fractions with 1e-12 absolute (their exact values come from decimal).
    private const double TotalTolerance = 1e-12;
    private const double RateTolerance = 1e-12;

    [Fact]
    public void HandComputed_TwoClustersTwoYears()
    {
        // Cluster 0: firms 1 and 2; cluster 1: firm 3. Months 2023-01 and 2024-01 (and the eleven between, empty).
        var panel = EnterprisePanel.Create(
            [1, 1, 2, 2, 3, 3],
            [0, 0, 0, 0, 1, 1],
            [202301, 202401, 202301, 202401, 202301, 202401],
            [100.0, 120.0, 50.0, 45.0, 50.0, 75.0]);
        var metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true);
        Assert.Equal(13, metrics.MonthCount);

        var c0 = metrics.Cluster(0, 12);
        Assert.Equal(new YearMonth(2024, 1), c0.Month);
        Assert.Equal(165.0, c0.YearToDateTotal);
        Assert.Equal(0.1, c0.YearOnYear!.Value, 15);               // 165 / 150 − 1
        Assert.Equal(165.0 / 240.0, c0.Share!.Value, 15);
        Assert.Equal(15.0 / 200.0, c0.Contribution!.Value, 15);    // (165 − 150) / 200

        var c1 = metrics.Cluster(1, 12);
        Assert.Equal(0.5, c1.YearOnYear!.Value, 15);
        Assert.Equal(25.0 / 200.0, c1.Contribution!.Value, 15);

        var total = metrics.Total(12);
        Assert.Null(total.Cluster);
        Assert.Equal(240.0, total.YearToDateTotal);
        Assert.Equal(0.2, total.YearOnYear!.Value, 15);
        Assert.Equal(1.0, total.Share);
        Assert.Equal(total.YearOnYear, total.Contribution);
        Assert.Equal(total.YearOnYear!.Value, c0.Contribution.Value + c1.Contribution.Value, 15);

        // First year: no base. A month without rows: no total, share missing, and no base a year later.
        Assert.Null(metrics.Cluster(0, 0).YearOnYear);
        Assert.Null(metrics.Cluster(0, 0).Contribution);
        Assert.Equal(100.0 / 200.0 * 1.5, metrics.Cluster(0, 0).Share!.Value, 15);
        Assert.Null(metrics.Total(5).YearToDateTotal);
        Assert.Null(metrics.Total(5).Share);
        Assert.False(metrics.MonthHasRows[5]);
        Assert.True(metrics.MonthHasRows[12]);

        Assert.Null(metrics.EnterpriseYearOnYear(0));
        Assert.Equal(0.2, metrics.EnterpriseYearOnYear(1)!.Value, 15);
        Assert.Equal(-0.1, metrics.EnterpriseYearOnYear(3)!.Value, 15);
        Assert.Equal(0.5, metrics.EnterpriseYearOnYear(5)!.Value, 15);
    }

    [Fact]
    public void MonthWithoutRows_IsMissing_NotAFallOfOneHundredPercent()
    {
        // 2023-01..03 reported; 2024-01 and 2024-03 reported, 2024-02 not at all: February 2024 has no data, so its
        // total and every rate are missing (the old reading was 0 and −100 %), while January and March keep theirs.
        var panel = EnterprisePanel.Create(
            [1, 1, 1, 1, 1],
            [0, 0, 0, 0, 0],
            [202301, 202302, 202303, 202401, 202403],
            [10.0, 20.0, 30.0, 11.0, 33.0]);
        var metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: false);

        var february = metrics.Total(panel.MonthIndex(new YearMonth(2024, 2)));
        Assert.Null(february.YearToDateTotal);
        Assert.Null(february.YearOnYear);
        Assert.Null(february.Share);
        Assert.Null(february.Contribution);
        Assert.Null(metrics.Cluster(0, panel.MonthIndex(new YearMonth(2024, 2))).YearOnYear);
        Assert.Equal(0.1, metrics.Total(panel.MonthIndex(new YearMonth(2024, 3))).YearOnYear!.Value, 15);   // 33 / 30 − 1
        Assert.Equal(0.1, metrics.Total(panel.MonthIndex(new YearMonth(2024, 1))).YearOnYear!.Value, 15);   // 11 / 10 − 1
    }

    [Fact]
    public void StrayClusterNumber_OutOfProportionToTheRows_IsRefused()
    {
        // Two rows, clusters 0 and 4095, ten years apart: 4097 × 121 cells of metrics for two rows.
        var ex = Assert.Throws<PanelDataException>(() => EnterprisePanel.Create([1, 2], [0, 4095], [201401, 202401], [1.0, 1.0]));
        Assert.Contains("4,096 clusters (0 to 4095) over 121 months", ex.Message, StringComparison.Ordinal);
        Assert.Contains("more than 65,536", ex.Message, StringComparison.Ordinal);

        // The same span with the clusters a real table has is fine.
        Assert.Equal(121, EnterprisePanel.Create([1, 2], [0, 7], [201401, 202401], [1.0, 1.0]).MonthCount);
        Assert.Equal(65_536, EnterprisePanel.CellLimit(10));
        Assert.Equal(16L * 1_000_000, EnterprisePanel.CellLimit(1_000_000));
        Assert.Equal(EnterprisePanel.MaxCells, EnterprisePanel.CellLimit(int.MaxValue));

        // The limits on clusters and months keep every panel within MaxCells: the builder has no separate check for it.
        Assert.True((long)(EnterprisePanel.MaxClusterCount + 1) * EnterprisePanel.MaxMonthCount <= EnterprisePanel.MaxCells);
    }

    [Fact]
    public void EnterpriseYearOnYear_MissingBaseRow_IsMissing()
    {
        // Firm 1 misses 2023-03 (so 2024-03 has no base, although its 2023-04 year-to-date still includes March);
        // 2024-04 and 2024-05 have their bases; firm 2 enters in 2024 (no base at all).
        var panel = EnterprisePanel.Create(
            [1, 1, 1, 1, 1, 1, 1, 2],
            [0, 0, 0, 0, 0, 0, 0, 1],
            [202302, 202304, 202305, 202402, 202403, 202404, 202405, 202405],
            [10.0, 10.0, 20.0, 11.0, 16.0, 30.0, 40.0, 5.0]);
        var metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true);
        Assert.Equal(0.1, metrics.EnterpriseYearOnYear(3)!.Value, 15);
        Assert.Null(metrics.EnterpriseYearOnYear(4));
        Assert.Equal(2.0, metrics.EnterpriseYearOnYear(5)!.Value, 15);
        Assert.Equal(1.0, metrics.EnterpriseYearOnYear(6)!.Value, 15);
        Assert.Null(metrics.EnterpriseYearOnYear(7));
        Assert.False(metrics.EnterpriseYearOnYearDefined[4]);
        Assert.Equal(0.0, metrics.EnterpriseYearOnYearValues[4]);
    }

    [Fact]
    public void EnterpriseYearOnYear_ZeroBase_IsMissing_ZeroCurrent_IsMinusOne()
    {
        var panel = EnterprisePanel.Create([1, 1, 2, 2], [0, 0, 0, 0], [202301, 202401, 202301, 202401], [0.0, 5.0, 5.0, 0.0]);
        var metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true);
        Assert.Null(metrics.EnterpriseYearOnYear(1));
        Assert.Equal(-1.0, metrics.EnterpriseYearOnYear(3));
    }

    [Fact]
    public void ClusterWithZeroBase_HasMissingGrowth_ButDefinedContribution()
    {
        // Cluster 1 is empty in 2023-01 and has 10 in 2024-01: growth undefined (zero base), contribution 10 / 100.
        var panel = EnterprisePanel.Create([1, 1, 2], [0, 0, 1], [202301, 202401, 202401], [100.0, 100.0, 10.0]);
        var metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: false);
        Assert.False(metrics.HasEnterpriseYearOnYear);
        var c1 = metrics.Cluster(1, 12);
        Assert.Null(c1.YearOnYear);
        Assert.Equal(0.1, c1.Contribution!.Value, 15);
        Assert.Equal(0.1, metrics.Total(12).YearOnYear!.Value, 15);
        Assert.Throws<InvalidOperationException>(() => metrics.EnterpriseYearOnYear(0));
    }

    [Fact]
    public void ComputeInto_ReusesTheBuffer_AndGivesTheSameBits()
    {
        var data = SyntheticPanelFixture.Small;
        var panel = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        var first = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true);
        var again = PanelMetrics.Allocate(panel, includeEnterpriseYearOnYear: true);
        PanelCalculator.ComputeInto(panel, again);
        PanelCalculator.ComputeInto(panel, again);
        Assert.True(first.YearToDateTotals.SequenceEqual(again.YearToDateTotals));
        Assert.True(first.YearOnYearValues.SequenceEqual(again.YearOnYearValues));
        Assert.True(first.ContributionValues.SequenceEqual(again.ContributionValues));
        Assert.True(first.EnterpriseYearOnYearValues.SequenceEqual(again.EnterpriseYearOnYearValues));
        Assert.True(first.EnterpriseYearOnYearDefined.SequenceEqual(again.EnterpriseYearOnYearDefined));
    }

    [Fact]
    public void ComputeInto_BufferOfAnotherShape_Throws()
    {
        var a = EnterprisePanel.Create([1], [0], [202401], [1.0]);
        var b = EnterprisePanel.Create([1, 2], [0, 0], [202401, 202401], [1.0, 2.0]);
        Assert.Throws<ArgumentException>(() => PanelCalculator.ComputeInto(b, PanelMetrics.Allocate(a, false)));
    }

    [Fact]
    public void ClusterTotals_AreTheRowOrderSums_BitForBit()
    {
        // The small panel is one work chunk, so every cell is the sum of its rows' outputs in row order, whether the
        // calculator adds eight consecutive cells as vectors or row by row.
        var data = SyntheticPanelFixture.Small;
        var panel = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        var metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: false);
        int months = panel.MonthCount;
        var expected = new double[(panel.ClusterCount + 1) * months];
        for (int i = 0; i < panel.RowCount; i++)
        {
            int m = panel.MonthIndex(new YearMonth(panel.Periods[i] / 100, panel.Periods[i] % 100));
            expected[(panel.Clusters[i] * months) + m] += panel.YearToDateOutput[i];
        }

        for (int c = 0; c < panel.ClusterCount; c++)
        {
            for (int m = 0; m < months; m++)
            {
                expected[(panel.ClusterCount * months) + m] += expected[(c * months) + m];
            }
        }

        Assert.True(panel.RowCount < 65536, "one chunk");
        Assert.Equal(expected, metrics.YearToDateTotals.ToArray());
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(0, 11)]
    [InlineData(3, 29)]
    [InlineData(11, 8)]
    [InlineData(12, 1)]
    [InlineData(1001, 4097)]
    [InlineData(20000, 7)]
    public void EnterpriseYearOnYearInto_AnyRange_EqualsTheMaterialisedGrowth(int firstRow, int length)
    {
        var data = SyntheticPanelFixture.Small;
        var panel = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        var all = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true);
        var growth = new double[length];
        var defined = new bool[length];
        PanelCalculator.EnterpriseYearOnYearInto(panel, firstRow, growth, defined);
        Assert.Equal(all.EnterpriseYearOnYearValues.Slice(firstRow, length).ToArray(), growth);
        Assert.Equal(all.EnterpriseYearOnYearDefined.Slice(firstRow, length).ToArray(), defined);
    }

    [Fact]
    public void EnterpriseYearOnYearInto_WholePanelInBlocks_EqualsTheMaterialisedGrowth()
    {
        var data = SyntheticPanelFixture.Small;
        var panel = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        var all = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true);
        var growth = new double[panel.RowCount];
        var defined = new bool[panel.RowCount];
        for (int start = 0; start < panel.RowCount; start += 1000)
        {
            int n = Math.Min(1000, panel.RowCount - start);
            PanelCalculator.EnterpriseYearOnYearInto(panel, start, growth.AsSpan(start, n), defined.AsSpan(start, n));
        }

        Assert.True(all.EnterpriseYearOnYearValues.SequenceEqual(growth));
        Assert.True(all.EnterpriseYearOnYearDefined.SequenceEqual(defined));
    }

    [Fact]
    public void LargePanel_GrowthOfParallelChunks_EqualsTheBlockwiseGrowth()
    {
        // A panel of about 30 work chunks (of at least 64 Ki rows each), run on every core, against the growth computed through small caller buffers
        // (4,099 rows, so their edges fall anywhere in the 16-row groups): the same bits.
        var data = SyntheticPanel.Generate(20_000, 120, withCents: false, seed: 7);
        var panel = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        Assert.True(panel.RowCount >= 16 * 65536, $"rows: {panel.RowCount}");
        var all = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true);
        var growth = new double[4099];
        var defined = new bool[4099];
        for (int start = 0; start < panel.RowCount; start += growth.Length)
        {
            int n = Math.Min(growth.Length, panel.RowCount - start);
            PanelCalculator.EnterpriseYearOnYearInto(panel, start, growth.AsSpan(0, n), defined.AsSpan(0, n));
            Assert.True(all.EnterpriseYearOnYearValues.Slice(start, n).SequenceEqual(growth.AsSpan(0, n)), $"values from row {start}");
            Assert.True(all.EnterpriseYearOnYearDefined.Slice(start, n).SequenceEqual(defined.AsSpan(0, n)), $"mask from row {start}");
        }
    }

    [Fact]
    public void EnterpriseYearOnYearInto_BadRangeOrBuffers_Throw()
    {
        var panel = EnterprisePanel.Create([1, 1], [0, 0], [202301, 202401], [1.0, 2.0]);
        Assert.Throws<ArgumentOutOfRangeException>("firstRow", () => PanelCalculator.EnterpriseYearOnYearInto(panel, 1, new double[2], new bool[2]));
        Assert.Throws<ArgumentOutOfRangeException>("firstRow", () => PanelCalculator.EnterpriseYearOnYearInto(panel, -1, new double[1], new bool[1]));
        Assert.Throws<ArgumentException>("defined", () => PanelCalculator.EnterpriseYearOnYearInto(panel, 0, new double[2], new bool[1]));
        Assert.Throws<ArgumentNullException>("panel", () => PanelCalculator.EnterpriseYearOnYearInto(null!, 0, new double[1], new bool[1]));
        var growth = new double[1];
        var defined = new bool[1];
        PanelCalculator.EnterpriseYearOnYearInto(panel, 1, growth, defined);
        Assert.Equal(1.0, growth[0]);
        Assert.True(defined[0]);
        PanelCalculator.EnterpriseYearOnYearInto(panel, 2, [], []);
    }

    [Fact]
    public void Generated_MatchesExactComputationInCents()
    {
        var data = SyntheticPanelFixture.Small;
        long[] cents = data.YearToDateCents!;
        var panel = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        var metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true);
        int months = panel.MonthCount;
        int clusters = panel.ClusterCount;

        // Independent computation: exact sums in cents per (cluster, yyyymm), rates in decimal; a month without rows
        // has no data (missing total and rates, and no base a year later).
        var sums = new Dictionary<(int Cluster, int Period), long>();
        var reported = new HashSet<int>(data.Periods);
        var byRow = new Dictionary<(int Id, int Period), long>();
        for (int i = 0; i < data.RowCount; i++)
        {
            var key = (data.Clusters[i], data.Periods[i]);
            sums[key] = sums.GetValueOrDefault(key) + cents[i];
            byRow[(data.EnterpriseIds[i], data.Periods[i])] = cents[i];
        }

        long Sum(int c, int period) => c < 0
            ? Enumerable.Range(0, clusters).Sum(k => sums.GetValueOrDefault((k, period)))
            : sums.GetValueOrDefault((c, period));

        for (int m = 0; m < months; m++)
        {
            var ym = metrics.Month(m);
            int period = (ym.Year * 100) + ym.Month;
            bool here = reported.Contains(period);
            bool baseHere = here && m >= 12 && reported.Contains(period - 100);
            long grand = here ? Sum(-1, period) : 0;
            long grandBase = baseHere ? Sum(-1, period - 100) : 0;
            for (int c = -1; c < clusters; c++)
            {
                var cell = c < 0 ? metrics.Total(m) : metrics.Cluster(c, m);
                long x = Sum(c, period);
                long xb = baseHere ? Sum(c, period - 100) : 0;
                Assert.Equal(here, cell.YearToDateTotal.HasValue);
                AssertClose(x / 100m, cell.YearToDateTotal ?? 0.0, TotalTolerance * Math.Max(1.0, x / 100.0));
                AssertRate(xb == 0 ? null : ((decimal)x / xb) - 1m, cell.YearOnYear);
                AssertRate(grand == 0 ? null : (decimal)x / grand, cell.Share);
                AssertRate(grandBase == 0 ? null : (decimal)(x - xb) / grandBase, cell.Contribution);
            }

            // Contributions add up to the total's growth.
            if (metrics.Total(m).YearOnYear is double g)
            {
                double sum = Enumerable.Range(0, clusters).Sum(c => metrics.Cluster(c, m).Contribution!.Value);
                Assert.Equal(g, sum, 1e-12);
            }
        }

        int missingBase = 0, zeroBase = 0, defined = 0;
        for (int i = 0; i < data.RowCount; i++)
        {
            decimal? expected = null;
            if (byRow.TryGetValue((data.EnterpriseIds[i], data.Periods[i] - 100), out long b))
            {
                if (b == 0)
                {
                    zeroBase++;
                }
                else
                {
                    expected = ((decimal)cents[i] / b) - 1m;
                }
            }
            else if (data.Periods[i] / 100 > SyntheticPanel.FirstYear)
            {
                missingBase++;
            }

            defined += expected.HasValue ? 1 : 0;
            AssertRate(expected, metrics.EnterpriseYearOnYear(i));
        }

        // The generated panel exercises every case: missing base rows (gaps, late entry), zero bases, defined rates.
        Assert.True(missingBase > 100, $"missing base rows: {missingBase}");
        Assert.True(zeroBase > 50, $"zero bases: {zeroBase}");
        Assert.True(defined > data.RowCount / 2, $"defined: {defined}");
    }

    private static void AssertClose(decimal expected, double actual, double tolerance) =>
        Assert.True(Math.Abs((double)expected - actual) <= tolerance, $"expected {expected}, got {actual:R}");

    private static void AssertRate(decimal? expected, double? actual)
    {
        Assert.Equal(expected.HasValue, actual.HasValue);
        if (expected is decimal e && actual is double a)
        {
            Assert.True(Math.Abs((double)e - a) <= RateTolerance * Math.Max(1.0, Math.Abs((double)e)), $"expected {e}, got {a:R}");
        }
    }
}
