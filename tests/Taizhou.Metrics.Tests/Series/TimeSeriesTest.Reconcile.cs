using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Tests.Vectors;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Series;

public partial class TimeSeriesTest
{
    [Fact]
    public void ToFlowWithPublished_NbsMarch2021_PublishedOverridesAndTheDiscrepancyIsReported()
    {
        // cn_ytd_decumulation.json NBS_profit_2021_Q1: 1-3月 18253.8 − 1-2月 11140.1 = 7113.7 derived; 7111.8 published
        var c = VectorFile.Case("cn_ytd_decumulation.json", "NBS_profit_2021_Q1");
        var ytd = TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan,
        [
            Observation.Of(ReportingPeriod.YearToDate(2021, 2), VectorFile.Decimal(c.GetProperty("inputs").GetProperty("ytd_JanFeb_100m_yuan"))!.Value),
            Observation.Of(ReportingPeriod.YearToDate(2021, 3), VectorFile.Decimal(c.GetProperty("inputs").GetProperty("ytd_JanMar_100m_yuan"))!.Value),
        ], "profit");
        var published = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan,
            [Observation.Of(ReportingPeriod.Month(2021, 3), VectorFile.Decimal(c.GetProperty("expected").GetProperty("published_March"))!.Value)]);

        var r = ytd.ToFlow(published);

        Assert.Equal(7111.8m, r.Flows.ValueAt(ReportingPeriod.Month(2021, 3)));
        Assert.Equal(11140.1m, r.Flows.ValueAt(ReportingPeriod.JanuaryFebruary(2021)));   // not published: derived
        Assert.Equal(7113.7m, r.Derived.ValueAt(ReportingPeriod.Month(2021, 3)));
        var d = Assert.Single(r.Discrepancies);
        Assert.Equal(ReportingPeriod.Month(2021, 3), d.Period);
        Assert.Equal(VectorFile.Decimal(c.GetProperty("expected").GetProperty("discrepancy"))!.Value, d.Difference); // 1.9
    }

    [Fact]
    public void ToFlowWithPublished_AMonthInsideASpan_IsRefusedNamingIt()
    {
        // 1-2月 is one span: a published January cannot replace part of it
        var ytd = TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, [Observation.Of(ReportingPeriod.YearToDate(2021, 2), 30m)]);
        var published = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Observation.Of(ReportingPeriod.Month(2021, 1), 10m)]);

        var ex = Assert.Throws<ArgumentException>(() => ytd.ToFlow(published));
        Assert.Contains("2021-01", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToFlowWithPublished_KindAndUnitMismatches_Throw()
    {
        var ytd = TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, [Observation.Of(ReportingPeriod.YearToDate(2021, 2), 30m)]);
        Assert.Throws<SeriesKindMismatchException>(() => ytd.ToFlow(ytd));
        var wan = TimeSeries.Create(SeriesKind.Flow, MetricUnit.WanYuan, [Observation.Of(ReportingPeriod.JanuaryFebruary(2021), 300000m)]);
        Assert.Throws<UnitMismatchException>(() => ytd.ToFlow(wan));
    }

    [Fact]
    public void ToFlowWithPublished_EqualValues_NoDiscrepancy()
    {
        var ytd = TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, [Observation.Of(ReportingPeriod.YearToDate(2021, 2), 30m), Observation.Of(ReportingPeriod.YearToDate(2021, 3), 50m)]);
        var published = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Observation.Of(ReportingPeriod.Month(2021, 3), 20.0m)]);
        Assert.Empty(ytd.ToFlow(published).Discrepancies);
    }
}
