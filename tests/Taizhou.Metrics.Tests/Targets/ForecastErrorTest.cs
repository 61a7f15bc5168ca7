using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Targets;

public class ForecastErrorTest
{
    private static ReportingPeriod Y(int year) => ReportingPeriod.CalendarYear(year);

    private static Projection AtTheBase()
    {
        // 100, 110, 121 for 2015-2017: the latest growth is +10 %; projected from 2017 to 2021.
        var series = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [Y(2015), Y(2016), Y(2017)], [100m, 110m, 121m], "output");
        return Project.ConstantGrowth(series, Y(2021));
    }

    [Fact]
    public void ConstantGrowth_AgainstAPlainOutcome()
    {
        var error = ForecastError.Of(AtTheBase(), new PlanOutcome(Y(2020), PublishedValue.Of(150m)));

        // Forecast 121 × 1.1^3 = 161.051 (h = 3); error 11.051; relative 11.051 / 150 = 0.0736733;
        // log ln(161.051 / 150) = 0.0710858. Constant growth from one growth has no interval.
        Assert.Equal(3, error.Step);
        Assert.Equal(161.051, error.Forecast, 1e-9);
        Assert.Equal(11.051, error.Error, 1e-9);
        Assert.Equal(0.0736733333, error.RelativeError!.Value, 1e-9);
        Assert.Equal(0.0710857909, error.LogError!.Value, 1e-9);
        Assert.True(error.IsSignCertain);
        Assert.Null(error.WithinInterval);
        Assert.Equal("ConstantGrowth 2020 (h = 3): forecast 161.1 against 150, error +11.1 (+7.4%)", error.ToString());
    }

    [Fact]
    public void QualifiedOutcome_ContainingTheForecast_LeavesTheSignUncertain()
    {
        // 约160: [152, 168] contains 161.051.
        var error = ForecastError.Of(AtTheBase(), new PlanOutcome(Y(2020), PublishedValue.Of(160m, FigureQualifier.About)));

        Assert.False(error.IsSignCertain);
        Assert.Equal(1.051, error.Error, 1e-9);
    }

    [Fact]
    public void All_SkipsOutcomesOffThePath()
    {
        var errors = ForecastError.All(AtTheBase(), [new(Y(2016), PublishedValue.Of(110m)), new(Y(2019), PublishedValue.Of(140m)), new(Y(2021), PublishedValue.Of(170m))]);

        // 2019: 121 × 1.21 = 146.41; 2021: 121 × 1.4641 = 177.1561.
        Assert.Equal(2, errors.Length);
        Assert.Equal(6.41, errors[0].Error, 1e-9);
        Assert.Equal(7.1561, errors[1].Error, 1e-9);
    }

    [Fact]
    public void OutcomeOffThePath_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => ForecastError.Of(AtTheBase(), new PlanOutcome(Y(2016), PublishedValue.Of(1m))));
}
