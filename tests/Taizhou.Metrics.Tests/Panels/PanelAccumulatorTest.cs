using System;
using System.Collections.Generic;
using NodaTime;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.Tests.Panels;

/// <summary>
/// Tests of <see cref="PanelAccumulator"/>: a panel streamed in batches of any size (firms straddling every batch edge
/// and every work-chunk edge) gives the metrics of <see cref="PanelCalculator"/> on the whole panel bit for bit, and
/// rows out of order are refused as they come.
/// </summary>
public class PanelAccumulatorTest
{
    // 20,000 firms over ten years: about 1.2 million rows, 19 work chunks, so chunk edges fall inside firms. One firm in
    // thirteen moves to the next cluster from its third year, so the comparable sums see cluster changers too.
    private static readonly Lazy<EnterprisePanel> Large = new(() => WithMovers(SyntheticPanel.Generate(20_000, 120, withCents: false, seed: 11)));

    private static readonly Lazy<EnterprisePanel> Small = new(() => WithMovers(SyntheticPanelFixture.Small));

    [Theory]
    [InlineData(false, 1)]
    [InlineData(false, 5)]
    [InlineData(false, 4099)]
    [InlineData(false, int.MaxValue)]
    [InlineData(true, 997)]
    [InlineData(true, 65_537)]
    [InlineData(true, 400_000)]
    public void Streamed_InBatches_EqualsInMemoryBitForBit(bool large, int batch)
    {
        var panel = large ? Large.Value : Small.Value;
        var expected = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true, includeComparable: true);
        Assert.True(!large || expected.ChunkCount > 8, $"chunks: {expected.ChunkCount}");

        var growth = new double[panel.RowCount];
        var defined = new bool[panel.RowCount];
        var ids = new List<int>();
        long next = 0;
        var stream = new PanelAccumulator(panel.RowCount, panel.ClusterCount, panel.FirstMonth, panel.LastMonth, includeComparable: true, (first, firmIds, periods, g, d) =>
        {
            Assert.Equal(next, first);
            Assert.True(firmIds.SequenceEqual(panel.EnterpriseIds.Slice((int)first, firmIds.Length)));
            Assert.True(periods.SequenceEqual(panel.Periods.Slice((int)first, periods.Length)));
            g.CopyTo(growth.AsSpan((int)first));
            d.CopyTo(defined.AsSpan((int)first));
            next += g.Length;
        });
        for (int start = 0; start < panel.RowCount; start += Math.Min(batch, panel.RowCount - start))
        {
            int n = Math.Min(batch, panel.RowCount - start);
            stream.Add(panel.EnterpriseIds.Slice(start, n), panel.Clusters.Slice(start, n), panel.Periods.Slice(start, n), panel.YearToDateOutput.Slice(start, n));
        }

        var actual = stream.Complete();
        Assert.Equal(panel.RowCount, next);
        Assert.Equal(panel.EnterpriseCount, stream.EnterpriseCount);
        Assert.True(expected.MonthHasRows.SequenceEqual(actual.MonthHasRows));
        Assert.True(expected.YearToDateTotals.SequenceEqual(actual.YearToDateTotals));
        Assert.True(expected.YearOnYearValues.SequenceEqual(actual.YearOnYearValues));
        Assert.True(expected.YearOnYearDefined.SequenceEqual(actual.YearOnYearDefined));
        Assert.True(expected.ShareValues.SequenceEqual(actual.ShareValues));
        Assert.True(expected.ContributionValues.SequenceEqual(actual.ContributionValues));
        Assert.True(expected.ContributionDefinedMask.SequenceEqual(actual.ContributionDefinedMask));
        for (int s = 0; s <= panel.ClusterCount; s++)
        {
            for (int m = 0; m < panel.MonthCount; m++)
            {
                var e = s < panel.ClusterCount ? expected.Cluster(s, m) : expected.Total(m);
                var a = s < panel.ClusterCount ? actual.Cluster(s, m) : actual.Total(m);
                Assert.Equal(e.YearToDateTotal, a.YearToDateTotal);
                Assert.Equal(e.ComparableYearToDate, a.ComparableYearToDate);
                Assert.Equal(e.ComparableBaseYearToDate, a.ComparableBaseYearToDate);
                Assert.Equal(e.ComparableYearOnYear, a.ComparableYearOnYear);
                Assert.Equal(e.ComparableContribution, a.ComparableContribution);
                Assert.Equal(e.EntrantsYearToDate, a.EntrantsYearToDate);
                Assert.Equal(e.ExitsPreviousYearToDate, a.ExitsPreviousYearToDate);
                Assert.Equal(e.ComparableFirms, a.ComparableFirms);
            }
        }

        Assert.True(expected.EnterpriseYearOnYearValues.SequenceEqual(growth));
        Assert.True(expected.EnterpriseYearOnYearDefined.SequenceEqual(defined));
    }

    [Fact]
    public void Streamed_FirmIdGoingDownAcrossBatches_IsRefusedNamingTheRow()
    {
        var stream = new PanelAccumulator(4, 1, new YearMonth(2023, 1), new YearMonth(2024, 1), includeComparable: true, null);
        stream.Add([5, 5], [0, 0], [202301, 202401], [1.0, 2.0]);
        var ex = Assert.Throws<PanelDataException>(() => stream.Add([3, 3], [0, 0], [202301, 202401], [1.0, 2.0]));
        Assert.Equal(PanelDataError.Unsorted, ex.Error);
        Assert.Equal(2, ex.RowIndex);
        Assert.Equal(3, ex.EnterpriseId);
        Assert.Throws<InvalidOperationException>(() => stream.Add([6], [0], [202301], [1.0]));
        Assert.Throws<InvalidOperationException>(() => stream.Complete());
    }

    [Fact]
    public void Streamed_PeriodNotIncreasingWithinAFirmAcrossBatches_IsRefused()
    {
        var stream = new PanelAccumulator(3, 1, new YearMonth(2023, 1), new YearMonth(2024, 1), includeComparable: false, null);
        stream.Add([5, 5], [0, 0], [202301, 202401], [1.0, 2.0]);
        var ex = Assert.Throws<PanelDataException>(() => stream.Add([5], [0], [202312], [1.0]));
        Assert.Equal(PanelDataError.Unsorted, ex.Error);
        Assert.Equal(2, ex.RowIndex);
        var duplicate = new PanelAccumulator(3, 1, new YearMonth(2023, 1), new YearMonth(2024, 1), includeComparable: false, null);
        duplicate.Add([5, 5], [0, 0], [202301, 202401], [1.0, 2.0]);
        Assert.Equal(PanelDataError.Duplicate, Assert.Throws<PanelDataException>(() => duplicate.Add([5], [0], [202401], [3.0])).Error);
    }

    [Fact]
    public void Streamed_RowsOutsideTheDeclaredShapeOrCount_AreRefused()
    {
        var stream = new PanelAccumulator(2, 2, new YearMonth(2023, 1), new YearMonth(2024, 1), includeComparable: false, null);
        Assert.Equal(PanelDataError.Shape, Assert.Throws<PanelDataException>(() => stream.Add([1], [2], [202301], [1.0])).Error);
        var months = new PanelAccumulator(2, 2, new YearMonth(2023, 1), new YearMonth(2024, 1), includeComparable: false, null);
        Assert.Equal(PanelDataError.Shape, Assert.Throws<PanelDataException>(() => months.Add([1], [0], [202402], [1.0])).Error);
        var count = new PanelAccumulator(2, 2, new YearMonth(2023, 1), new YearMonth(2024, 1), includeComparable: false, null);
        count.Add([1], [0], [202301], [1.0]);
        Assert.Equal(PanelDataError.Shape, Assert.Throws<PanelDataException>(() => count.Complete()).Error);
        var more = new PanelAccumulator(1, 2, new YearMonth(2023, 1), new YearMonth(2024, 1), includeComparable: false, null);
        Assert.Equal(PanelDataError.Shape, Assert.Throws<PanelDataException>(() => more.Add([1, 1], [0, 0], [202301, 202401], [1.0, 1.0])).Error);
    }

    [Fact]
    public void Completed_RefusesMoreRows()
    {
        var stream = new PanelAccumulator(1, 1, new YearMonth(2023, 1), new YearMonth(2023, 1), includeComparable: false, null);
        stream.Add([1], [0], [202301], [1.0]);
        Assert.Equal(1.0, stream.Complete().Total(0).YearToDateTotal);
        Assert.Throws<InvalidOperationException>(() => stream.Add([2], [0], [202301], [1.0]));
        Assert.Throws<InvalidOperationException>(() => stream.Complete());
    }

    private static EnterprisePanel WithMovers(SyntheticPanel data)
    {
        int[] clusters = (int[])data.Clusters.Clone();
        for (int i = 0; i < clusters.Length; i++)
        {
            if (data.EnterpriseIds[i] % 13 == 0 && data.Periods[i] / 100 >= SyntheticPanel.FirstYear + 2)
            {
                clusters[i] = (clusters[i] + 1) % SyntheticPanel.ClusterCount;
            }
        }

        return EnterprisePanel.Create(data.EnterpriseIds, clusters, data.Periods, data.YearToDateOutput);
    }
}
