using System.Linq;
using Taizhou.Metrics.Disaggregation;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Disaggregation;

/// <summary>The first example of docs/disaggregation.md runs and says what the page says (the page's blocks are only compiled).</summary>
public partial class TemporalDisaggregationTest
{
    [Fact]
    public void DocsExample_BenchmarksTwoYearsAndExtrapolatesAQuarter()
    {
        var years = new[] { ReportingPeriod.CalendarYear(2022), ReportingPeriod.CalendarYear(2023) };
        var output = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, years, [410.0m, 452.0m], "规上工业产值");
        var quarters = ReportingPeriod.Range(ReportingPeriod.Quarter(2022, 1), ReportingPeriod.Quarter(2024, 1));
        decimal?[] power = [88m, 101m, 110m, 106m, 95m, 112m, 121m, 118m, 103m];
        var indicator = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.Count, quarters, power, "用电量");

        var benchmarked = TemporalDisaggregation.Disaggregate(output, indicator, DisaggregationOptions.DentonCholette());
        Assert.Equal(quarters, benchmarked.Series!.Periods);
        Assert.Equal((0, 1), (benchmarked.BackcastCount, benchmarked.ForecastCount));
        Assert.Equal(410, benchmarked.Values.Take(4).Sum(), 1e-9);
        Assert.Equal(452, benchmarked.Values.Skip(4).Take(4).Sum(), 1e-9);
        Assert.Equal((MetricUnit.YiYuan, "规上工业产值"), (benchmarked.Series.Unit, benchmarked.Series.Name));

        var steps = TemporalDisaggregation.Disaggregate(output, PeriodKind.Quarter, DisaggregationOptions.Uniform());
        Assert.Equal([102.5, 102.5, 102.5, 102.5, 113, 113, 113, 113], steps.Values);
    }
}
