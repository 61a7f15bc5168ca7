using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Series;

public partial class TimeSeriesTest
{
    [Fact]
    public void Add_FlowsOfDifferentGranularity_IsRefusedNamingBothSeries()
    {
        var spans = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Observation.Of(ReportingPeriod.JanuaryFebruary(2020), 30m)], "combined");
        var months = TimeSeries.Create(
            SeriesKind.Flow,
            MetricUnit.YiYuan,
            [Observation.Of(ReportingPeriod.Month(2020, 1), 10m), Observation.Of(ReportingPeriod.Month(2020, 2), 20m)],
            "monthly");

        var ex = Assert.Throws<ArgumentException>(() => spans.Add(months));

        Assert.Equal("other", ex.ParamName);
        Assert.Contains("combined", ex.Message, StringComparison.Ordinal);
        Assert.Contains("monthly", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2020-01/02", ex.Message, StringComparison.Ordinal);
    }
}
