using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Series;

/// <summary>
/// Tests of <see cref="TimeSeries"/>: construction and look-up (this file), validation, cumulation, resampling,
/// arithmetic, each in its own partial file.
/// </summary>
public partial class TimeSeriesTest
{
    /// <summary>Parses a <c>yyyy-MM</c> key as used by the reference vectors for cumulative values (2020-04 = 2020年1-4月).</summary>
    private static ReportingPeriod YtdKey(string yearMonth)
    {
        var parts = yearMonth.Split('-');
        return ReportingPeriod.YearToDate(int.Parse(parts[0], CultureInfo.InvariantCulture), int.Parse(parts[1], CultureInfo.InvariantCulture));
    }

    private static TimeSeries Cumulative(int year, params (int EndMonth, decimal? Value)[] values) =>
        TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, values.Select(v => new Observation(ReportingPeriod.YearToDate(year, v.EndMonth), v.Value)));

    private static TimeSeries Monthly(SeriesKind kind, int year, int firstMonth, params decimal?[] values) =>
        TimeSeries.Create(kind, MetricUnit.YiYuan, values.Select((v, i) => new Observation(MonthAt(year, firstMonth + i), v)));

    /// <summary>The month <paramref name="offset"/> months after January of <paramref name="year"/> (offset 1 = January), crossing years.</summary>
    private static ReportingPeriod MonthAt(int year, int offset) =>
        ReportingPeriod.Month(year + ((offset - 1) / 12), ((offset - 1) % 12) + 1);

    private static Observation Obs(string period, decimal? value) => new(ReportingPeriod.Parse(period), value);

    private static string Show(TimeSeries series) =>
        string.Join(", ", series.Observations.Select(o => $"{o.Period}={(o.Value is decimal v ? v.ToString(CultureInfo.InvariantCulture) : "missing")}"));

    [Fact]
    public void Create_SortsChronologically()
    {
        var s = TimeSeries.Create(SeriesKind.Flow, MetricUnit.WanYuan, [Obs("2018-03", 3m), Obs("2018-01/02", 12m), Obs("2017-12", 1m)]);
        Assert.Equal(["2017-12", "2018-01/02", "2018-03"], s.Periods.Select(p => p.ToString()).ToArray());
        Assert.Equal(3, s.Count);
        Assert.Equal(SeriesKind.Flow, s.Kind);
        Assert.Equal(MetricUnit.WanYuan, s.Unit);
        Assert.Null(s.Name);
    }

    [Fact]
    public void Create_Empty_IsAllowed()
    {
        var s = TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, [], "output");
        Assert.Equal(0, s.Count);
        Assert.Contains("empty", s.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromValues_PairsPeriodsAndValues()
    {
        var s = TimeSeries.FromValues(
            SeriesKind.Cumulative,
            MetricUnit.YiYuan,
            [ReportingPeriod.YearToDate(2018, 6), ReportingPeriod.YearToDate(2018, 2)],
            [529.0m, null],
            "規上工業增加值");
        Assert.Equal("規上工業增加值", s.Name);
        Assert.Equal(529.0m, s.ValueAt(ReportingPeriod.YearToDate(2018, 6)));
        Assert.True(s.Find(ReportingPeriod.YearToDate(2018, 2))!.Value.IsMissing);
    }

    [Fact]
    public void FromAmounts_SameUnit_TakesValues()
    {
        var s = TimeSeries.FromAmounts(
            SeriesKind.Cumulative,
            MetricUnit.YiYuan,
            [new(ReportingPeriod.YearToDate(2018, 6), Amount.FromYiYuan(1042.27m))]);
        Assert.Equal(1042.27m, s.ValueAt(ReportingPeriod.YearToDate(2018, 6)));
    }

    [Fact]
    public void Find_ExplicitMissing_IsPresentButHasNoValue()
    {
        var s = Monthly(SeriesKind.Flow, 2020, 1, 1m, null, 3m);
        var feb = ReportingPeriod.Month(2020, 2);
        Assert.True(s.Contains(feb));
        Assert.Null(s.ValueAt(feb));
        var o = s.Find(feb);
        Assert.NotNull(o);
        Assert.True(o.Value.IsMissing);
        Assert.Equal(3m, s.ValueAt(ReportingPeriod.Month(2020, 3)));
    }

    [Fact]
    public void Find_AbsentPeriod_IsNull()
    {
        var s = Monthly(SeriesKind.Flow, 2020, 1, 1m, 2m, 3m);
        Assert.False(s.Contains(ReportingPeriod.Month(2020, 4)));
        Assert.Null(s.Find(ReportingPeriod.Month(2020, 4)));
        Assert.Null(s.ValueAt(ReportingPeriod.Month(2020, 4)));

        // Same months, different kind: not the same period.
        Assert.False(s.Contains(ReportingPeriod.YearToDate(2020, 1)));
    }

    [Fact]
    public void Find_InLongSeries_FindsEveryPeriod()
    {
        // 120 months 2011-01 .. 2020-12 with value = index; binary search must find each one.
        var s = Monthly(SeriesKind.Flow, 2011, 1, Enumerable.Range(1, 120).Select(i => (decimal?)i).ToArray());
        for (int i = 1; i <= 120; i++)
        {
            Assert.Equal(i, s.ValueAt(MonthAt(2011, i)));
        }
    }

    [Fact]
    public void WithName_RenamesOnly()
    {
        var s = Monthly(SeriesKind.Flow, 2020, 1, 1m, 2m).WithName("pumps");
        Assert.Equal("pumps", s.Name);
        Assert.Equal(2, s.Count);
        Assert.Contains("pumps", s.ToString(), StringComparison.Ordinal);
        Assert.Contains("2020-01..2020-02", s.ToString(), StringComparison.Ordinal);
    }
}
