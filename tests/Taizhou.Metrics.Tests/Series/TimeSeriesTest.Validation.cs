using System;
using System.Collections.Generic;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Series;

/// <summary>Validation at construction: every error names the offending period.</summary>
public partial class TimeSeriesTest
{
    [Fact]
    public void Create_DuplicatePeriod_NamesPeriod()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2018-06", 1m), Obs("2018-05", 1m), Obs("2018-06", 2m)], "auto"));
        Assert.Equal("observations", ex.ParamName);
        Assert.Contains("2018-06", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'auto'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_DuplicatePeriodOneMissing_StillDuplicate()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, [Obs("2018-01..06", 1m), Obs("2018-01..06", null)]));
        Assert.Contains("2018-01..06", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CumulativeFallingWithinYear_NamesBothPeriods()
    {
        // 1-3月 50, 1-4月 45: a year-to-date output total cannot fall.
        var ex = Assert.Throws<ArgumentException>(() => Cumulative(2018, (2, 30m), (3, 50m), (4, 45m)));
        Assert.Contains("2018-01..04", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2018-01..03", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CumulativeFallingAcrossMissing_ComparesWithLastPresent()
    {
        // 1-3月 is missing; 1-4月 (25) is below 1-2月 (30).
        var ex = Assert.Throws<ArgumentException>(() => Cumulative(2018, (2, 30m), (3, null), (4, 25m)));
        Assert.Contains("2018-01..04", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2018-01..02", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_CumulativeLowerInNewYear_IsFine()
    {
        // 2018年1-12月 780, 2019年1-2月 20: the total restarts each January.
        var s = TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, [Obs("2018-01..12", 780m), Obs("2019-01..02", 20m)]);
        Assert.Equal(2, s.Count);
    }

    [Fact]
    public void Create_CumulativeFallingAllowed_ForProfit()
    {
        // Profit can fall within a year when the caller says so.
        var s = TimeSeries.Create(
            SeriesKind.Cumulative,
            MetricUnit.YiYuan,
            [Obs("2018-01..02", 30m), Obs("2018-01..03", 25m)],
            "profit",
            allowFallingCumulative: true);
        Assert.Equal(25m, s.ValueAt(ReportingPeriod.YearToDate(2018, 3)));
    }

    [Theory]
    [InlineData("2018-06")]
    [InlineData("2018Q2")]
    [InlineData("2018-01/02")]
    [InlineData("2018")]
    public void Create_CumulativeWithNonCumulativePeriod_NamesPeriod(string period)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, [Obs("2018-01..01", 1m), Obs(period, 2m)]));
        Assert.Contains(period, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FlowWithCumulativePeriod_NamesPeriod()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2018-01..06", 529m)]));
        Assert.Contains("2018-01..06", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FlowMixingMonthsAndQuarters_NamesPeriod()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2018-01", 1m), Obs("2018Q2", 2m)]));
        Assert.Contains("2018Q2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FlowMonthsAndSpans_IsFine()
    {
        var s = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2018-01/02", 30m), Obs("2018-03", 20m), Obs("2018-05/07", 60m)]);
        Assert.Equal(3, s.Count);
    }

    [Theory]
    [InlineData("2018-01/02", "2018-02")]
    [InlineData("2018-01/04", "2018-02")]
    [InlineData("2018-03/04", "2018-04/05")]
    [InlineData("2018-01/12", "2018-06")]
    public void Create_FlowOverlapping_NamesBothPeriods(string a, string b)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs(a, 1m), Obs(b, 2m)], "moulds"));
        Assert.Contains(a, ex.Message, StringComparison.Ordinal);
        Assert.Contains(b, ex.Message, StringComparison.Ordinal);
        Assert.Contains("'moulds'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_FlowOverlapHiddenBetweenOthers_Detected()
    {
        // 2018-01/06 overlaps 2018-02 even with other periods sorted between them.
        var ex = Assert.Throws<ArgumentException>(() =>
            TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2018-02", 1m), Obs("2018-03/04", 1m), Obs("2018-01/06", 2m)]));
        Assert.Contains("2018-01/06", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2018-01..06")]
    [InlineData("2018-01/02")]
    [InlineData("2018Q1")]
    public void Create_StockWithWrongKind_NamesPeriod(string period)
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            TimeSeries.Create(SeriesKind.Stock, MetricUnit.Count, [Obs("2017-12", 1m), Obs(period, 2m)]));
        Assert.Contains(period, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_StockOfCumulativePeriods_Rejected()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            TimeSeries.Create(SeriesKind.Stock, MetricUnit.Count, [Obs("2018-01..06", 1m)]));
        Assert.Contains("2018-01..06", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_UnknownKind_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TimeSeries.Create((SeriesKind)9, MetricUnit.Count, []));
    }

    [Fact]
    public void Create_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => TimeSeries.Create(SeriesKind.Flow, MetricUnit.Count, null!));
    }

    [Fact]
    public void FromValues_LengthMismatch_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() =>
            TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.Count, [ReportingPeriod.Month(2018, 1)], [1m, 2m]));
        Assert.Equal("values", ex.ParamName);
    }

    [Fact]
    public void FromAmounts_WrongUnit_NamesPeriod()
    {
        var amounts = new List<KeyValuePair<ReportingPeriod, Amount>>
        {
            new(ReportingPeriod.YearToDate(2018, 5), Amount.FromYiYuan(800m)),
            new(ReportingPeriod.YearToDate(2018, 6), Amount.FromWanYuan(10_422_700m)),
        };
        var ex = Assert.Throws<UnitMismatchException>(() => TimeSeries.FromAmounts(SeriesKind.Cumulative, MetricUnit.YiYuan, amounts, "seven clusters"));
        Assert.Equal(MetricUnit.YiYuan, ex.Expected);
        Assert.Equal(MetricUnit.WanYuan, ex.Actual);
        Assert.Contains("2018-01..06", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'seven clusters'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("万元", ex.Message, StringComparison.Ordinal);
    }
}
