using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Series;

/// <summary>Period-by-period arithmetic (<see cref="TimeSeries.Add"/>, <see cref="TimeSeries.Subtract"/>) and unit conversion.</summary>
public partial class TimeSeriesTest
{
    [Fact]
    public void Add_SameKindAndUnit_SumsByPeriod()
    {
        // 1.5 + 0.25 = 1.75; 2 + 3 = 5.
        var a = Monthly(SeriesKind.Flow, 2020, 1, 1.5m, 2m);
        var b = Monthly(SeriesKind.Flow, 2020, 1, 0.25m, 3m);
        Assert.Equal([Obs("2020-01", 1.75m), Obs("2020-02", 5m)], a.Add(b).Observations);
        Assert.Equal(a.Add(b).Observations, (a + b).Observations);
    }

    [Fact]
    public void Subtract_SameKindAndUnit_DiffersByPeriod()
    {
        // 1042.27 − 822.63 = 219.64; 10 − 12 = −2.
        var a = TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, [Obs("2018-01..06", 1042.27m), Obs("2018-01..07", 1200m)]);
        var b = TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, [Obs("2018-01..06", 822.63m), Obs("2018-01..07", 1000m)]);
        Assert.Equal([Obs("2018-01..06", 219.64m), Obs("2018-01..07", 200m)], a.Subtract(b).Observations);
        Assert.Equal(a.Subtract(b).Observations, (a - b).Observations);
        Assert.Equal([Obs("2018-01..06", -219.64m), Obs("2018-01..07", -200m)], (b - a).Observations);
    }

    [Fact]
    public void Add_DifferentPeriods_UnionWithMissing()
    {
        // a: Jan, Feb; b: Feb, Mar -> Jan missing, Feb 2 + 20 = 22, Mar missing (never a + 0).
        var a = Monthly(SeriesKind.Flow, 2020, 1, 1m, 2m);
        var b = Monthly(SeriesKind.Flow, 2020, 2, 20m, 30m);
        Assert.Equal([Obs("2020-01", null), Obs("2020-02", 22m), Obs("2020-03", null)], a.Add(b).Observations);
    }

    [Fact]
    public void Add_MissingInEither_Missing()
    {
        var a = Monthly(SeriesKind.Flow, 2020, 1, 1m, null, 3m);
        var b = Monthly(SeriesKind.Flow, 2020, 1, null, 2m, 30m);
        Assert.Equal([Obs("2020-01", null), Obs("2020-02", null), Obs("2020-03", 33m)], a.Add(b).Observations);
    }

    [Fact]
    public void Add_KindMismatch_ThrowsNamingBothSeries()
    {
        var cumulative = Cumulative(2020, (2, 30m)).WithName("pumps 累計");
        var flow = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2020-01/02", 30m)], "pumps 當月");
        var ex = Assert.Throws<SeriesKindMismatchException>(() => cumulative.Add(flow));
        Assert.Equal(SeriesKind.Cumulative, ex.Expected);
        Assert.Equal(SeriesKind.Flow, ex.Actual);
        Assert.Contains("pumps 累計", ex.Message, StringComparison.Ordinal);
        Assert.Contains("pumps 當月", ex.Message, StringComparison.Ordinal);
        Assert.Throws<SeriesKindMismatchException>(() => flow - cumulative);
    }

    [Fact]
    public void Add_UnitMismatch_ThrowsNamingBothSeries()
    {
        var yi = Monthly(SeriesKind.Flow, 2020, 1, 1m).WithName("auto");
        var wan = Monthly(SeriesKind.Flow, 2020, 1, 10_000m).ConvertTo(MetricUnit.WanYuan).WithName("moulds");
        var ex = Assert.Throws<UnitMismatchException>(() => yi + wan);
        Assert.Equal(MetricUnit.YiYuan, ex.Expected);
        Assert.Equal(MetricUnit.WanYuan, ex.Actual);
        Assert.Contains("auto", ex.Message, StringComparison.Ordinal);
        Assert.Contains("moulds", ex.Message, StringComparison.Ordinal);
        Assert.Throws<UnitMismatchException>(() => yi.Subtract(wan));
    }

    [Fact]
    public void Add_AfterConvertTo_Works()
    {
        // 1 億元 + 5000 萬元 (= 0.5 億元) = 1.5 億元.
        var yi = Monthly(SeriesKind.Flow, 2020, 1, 1m);
        var wan = TimeSeries.Create(SeriesKind.Flow, MetricUnit.WanYuan, [Obs("2020-01", 5_000m)]);
        Assert.Equal(1.5m, yi.Add(wan.ConvertTo(MetricUnit.YiYuan)).ValueAt(ReportingPeriod.Month(2020, 1)));
    }

    [Fact]
    public void Add_Null_Throws()
    {
        var a = Monthly(SeriesKind.Flow, 2020, 1, 1m);
        TimeSeries? none = null;
        Assert.Throws<ArgumentNullException>(() => a.Add(none!));
        Assert.Throws<ArgumentNullException>(() => a + none!);
        Assert.Throws<ArgumentNullException>(() => none! + a);
    }

    [Fact]
    public void Add_KeepsFirstNameThenSecond()
    {
        var named = Monthly(SeriesKind.Flow, 2020, 1, 1m).WithName("auto");
        var unnamed = Monthly(SeriesKind.Flow, 2020, 1, 1m);
        Assert.Equal("auto", (named + unnamed).Name);
        Assert.Equal("auto", (unnamed + named).Name);
    }

    [Fact]
    public void ConvertTo_YiToWan_IsExactAndKeepsMissing()
    {
        // 1042.27 億元 = 10422700 萬元; 529.0 億元 = 5290000 萬元.
        var yi = TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, [Obs("2018-01..05", null), Obs("2018-01..06", 1042.27m), Obs("2019-01..06", 529.0m)], "clusters");
        var wan = yi.ConvertTo(MetricUnit.WanYuan);
        Assert.Equal(MetricUnit.WanYuan, wan.Unit);
        Assert.Equal(SeriesKind.Cumulative, wan.Kind);
        Assert.Equal("clusters", wan.Name);
        Assert.Equal([Obs("2018-01..05", null), Obs("2018-01..06", 10_422_700m), Obs("2019-01..06", 5_290_000m)], wan.Observations);
        Assert.Equal(yi.Observations, wan.ConvertTo(MetricUnit.Yuan).ConvertTo(MetricUnit.YiYuan).Observations);
    }

    [Fact]
    public void ConvertTo_SameUnit_ReturnsSameSeries()
    {
        var s = Monthly(SeriesKind.Flow, 2020, 1, 1m);
        Assert.Same(s, s.ConvertTo(MetricUnit.YiYuan));
    }

    [Fact]
    public void ConvertTo_OtherDimension_Throws()
    {
        var count = TimeSeries.Create(SeriesKind.Stock, MetricUnit.Count, [Obs("2018-06", 4645m)], "enterprises");
        var ex = Assert.Throws<UnitMismatchException>(() => count.ConvertTo(MetricUnit.YiYuan));
        Assert.Equal(MetricUnit.YiYuan, ex.Expected);
        Assert.Equal(MetricUnit.Count, ex.Actual);
        Assert.Contains("enterprises", ex.Message, StringComparison.Ordinal);
    }
}
