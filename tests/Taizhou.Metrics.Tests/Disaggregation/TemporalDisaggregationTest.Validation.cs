using System;
using System.Linq;
using Taizhou.Metrics.Disaggregation;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Disaggregation;

/// <summary>The input policy: errors that name the period or the problem, and the shape of the result series.</summary>
public partial class TemporalDisaggregationTest
{
    private static TimeSeries Annual(int firstYear, params decimal?[] values) => TimeSeries.FromValues(
        SeriesKind.Flow, MetricUnit.YiYuan, values.Select((_, i) => ReportingPeriod.CalendarYear(firstYear + i)).ToArray(), values, "output");

    private static TimeSeries Quarters(int firstYear, string name, params decimal?[] values) => TimeSeries.FromValues(
        SeriesKind.Flow, MetricUnit.YiYuan, values.Select((_, i) => ReportingPeriod.Quarter(firstYear + (i / 4), (i % 4) + 1)).ToArray(), values, name);

    private static decimal?[] Ramp(int count, decimal start) => [.. Enumerable.Range(0, count).Select(i => (decimal?)(start + (i * 1.5m) + ((i % 4) * 2)))];

    [Fact]
    public void Disaggregate_InternalMissingLowFrequencyValue_IsAnErrorNamingThePeriod()
    {
        var low = Annual(2018, 400m, null, 430m, 450m);
        var e = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate(low, PeriodKind.Quarter, DisaggregationOptions.DentonCholette()));
        Assert.Contains("2019", e.Message, StringComparison.Ordinal);
        Assert.Equal("lowFrequency", e.ParamName);
    }

    [Fact]
    public void Disaggregate_MissingValuesAtTheEnds_AreDropped()
    {
        // As td()'s na.omit on the left-hand side: 2018 and 2022 are missing, so 2019-2021 are distributed and the
        // indicator's 2018 and 2022 quarters are retropolated and extrapolated.
        var low = Annual(2018, null, 410m, 430m, 450m, null);
        var indicator = Quarters(2018, "index", Ramp(20, 100m));
        var result = TemporalDisaggregation.Disaggregate(low, indicator, DisaggregationOptions.DentonCholette());

        Assert.Equal((4, 4), (result.BackcastCount, result.ForecastCount));
        Assert.Equal(410, result.Values.Skip(4).Take(4).Sum(), 1e-9);
        Assert.Equal(ReportingPeriod.Quarter(2022, 4), result.Series!.Observations[^1].Period);
    }

    [Fact]
    public void Disaggregate_MissingIndicatorValue_IsAnErrorNamingThePeriodAndTheIndicator()
    {
        var values = Ramp(12, 100m);
        values[6] = null;
        var e = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate(Annual(2018, 400m, 420m, 440m), Quarters(2018, "power use", values), DisaggregationOptions.ChowLin()));
        Assert.Contains("2019Q3", e.Message, StringComparison.Ordinal);
        Assert.Contains("power use", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disaggregate_IndicatorShorterThanTheLowFrequencySeries_IsAnErrorNamingTheUncoveredYear()
    {
        var e = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate(Annual(2018, 400m, 420m, 440m), Quarters(2018, "index", Ramp(11, 100m)), DisaggregationOptions.DentonCholette()));
        Assert.Contains("2020", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disaggregate_LinearlyDependentIndicators_IsAnErrorNamingTheDependentOne()
    {
        // X = [1, x, 2x + 3] is singular; tempdisagg warns "X is singular!" and goes on; we stop and say which column.
        var x = Quarters(2010, "exports", Ramp(40, 100m));
        var twice = Quarters(2010, "exports twice", [.. x.Observations.Select(o => (decimal?)((2 * o.Value!.Value) + 3))]);
        var low = Annual(2010, Enumerable.Range(0, 10).Select(i => (decimal?)(500 + (20 * i) + (i % 3))).ToArray());
        var e = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate(low, [x, twice], DisaggregationOptions.ChowLin()));
        Assert.Contains("singular", e.Message, StringComparison.Ordinal);
        Assert.Contains("'exports twice' is a linear combination of (Intercept), exports", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disaggregate_ConstantIndicatorWithTheConstant_IsSingular()
    {
        var flat = Quarters(2010, "flat", [.. Enumerable.Repeat((decimal?)7m, 40)]);
        var low = Annual(2010, Enumerable.Range(0, 10).Select(i => (decimal?)(500 + (20 * i))).ToArray());
        var e = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate(low, flat, DisaggregationOptions.Fernandez()));
        Assert.Contains("'flat' is a linear combination of (Intercept)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disaggregate_TooFewLowFrequencyValuesForTheCoefficients_IsAnError()
    {
        var e = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate(Annual(2018, 400m, 420m), [Quarters(2018, "a", Ramp(8, 100m)), Quarters(2018, "b", Ramp(8, 30m))], DisaggregationOptions.Ols()));
        Assert.Contains("2 low-frequency values for 3 coefficients", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disaggregate_ProportionalDentonWithAZeroIndicator_IsAnErrorNamingThePeriod()
    {
        var values = Ramp(12, 100m);
        values[9] = 0m;
        var e = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate(Annual(2018, 400m, 420m, 440m), Quarters(2018, "index", values), DisaggregationOptions.DentonCholette()));
        Assert.Contains("2020Q2", e.Message, StringComparison.Ordinal);
        var additive = TemporalDisaggregation.Disaggregate(Annual(2018, 400m, 420m, 440m), Quarters(2018, "index", values), DisaggregationOptions.DentonCholette(DentonCriterion.Additive));
        Assert.Equal(440, additive.Values.Skip(8).Sum(), 1e-9);
    }

    [Fact]
    public void Disaggregate_DentonWithTwoIndicators_IsAnError()
    {
        var e = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate(Annual(2018, 400m, 420m, 440m), [Quarters(2018, "a", Ramp(12, 100m)), Quarters(2018, "b", Ramp(12, 30m))], DisaggregationOptions.DentonCholette()));
        Assert.Contains("takes one indicator, not 2", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disaggregate_CumulativeLowFrequencySeries_IsRejected()
    {
        var ytd = TimeSeries.FromValues(SeriesKind.Cumulative, MetricUnit.YiYuan, [ReportingPeriod.YearToDate(2024, 3), ReportingPeriod.YearToDate(2024, 6)], [100m, 210m]);
        var e = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate(ytd, PeriodKind.Month, DisaggregationOptions.Uniform()));
        Assert.Contains("cumulative", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disaggregate_TargetThatDoesNotDivideThePeriod_IsRejected()
    {
        var quarterly = Quarters(2024, "q", 10m, 11m);
        Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate(quarterly, PeriodKind.HalfYear, DisaggregationOptions.Uniform()));
        Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate(quarterly, PeriodKind.Year, DisaggregationOptions.Uniform()));
    }

    [Fact]
    public void Disaggregate_RegressionWithoutConstantOrIndicator_IsAnError()
    {
        var e = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate(Annual(2018, 400m, 420m, 440m), PeriodKind.Quarter, DisaggregationOptions.ChowLin().WithConstant(false)));
        Assert.Contains("neither an indicator nor a constant", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Disaggregate_Arrays_NonFiniteValueIsAnErrorNamingItsPosition()
    {
        var e = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate([1.0, double.NaN, 3.0], 4, DisaggregationOptions.Uniform()));
        Assert.Contains("at 1", e.Message, StringComparison.Ordinal);
        var f = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate([1.0, 2.0], [1.0, 1, 1, double.PositiveInfinity, 1, 1, 1, 1], 4, DisaggregationOptions.Uniform(), 0));
        Assert.Contains("row 3", f.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate([1.0, 2.0], [1.0, 1, 1, 1, 1, 1, 1], 4, DisaggregationOptions.Uniform(), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TemporalDisaggregation.Disaggregate([1.0, 2.0], [1.0, 1, 1, 1, 1, 1, 1, 1], 4, DisaggregationOptions.Uniform(), -1));
    }

    [Fact]
    public void Disaggregate_QuarterlyToMonthly_HasMonthlyPeriodsAndRetroAndExtrapolates()
    {
        // A quarterly series 2023Q2-2023Q4 and a monthly indicator 2023-01..2024-02: three months retropolated, two
        // extrapolated, fr = 3.
        var quarterly = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [ReportingPeriod.Quarter(2023, 2), ReportingPeriod.Quarter(2023, 3), ReportingPeriod.Quarter(2023, 4)], [300m, 330m, 360m], "sales");
        var months = ReportingPeriod.Range(ReportingPeriod.Month(2023, 1), ReportingPeriod.Month(2024, 2));
        var indicator = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.Count, months, [.. months.Select((_, i) => (decimal?)(90 + (2 * i) + (i % 3)))], "orders");
        var result = TemporalDisaggregation.Disaggregate(quarterly, indicator, DisaggregationOptions.ChowLin(RhoEstimation.Fixed, 0.5));

        Assert.Equal((3, 3, 2), (result.FrequencyRatio, result.BackcastCount, result.ForecastCount));
        Assert.Equal(months, result.Series!.Periods);
        Assert.Equal((SeriesKind.Flow, MetricUnit.YiYuan, "sales"), (result.Series.Kind, result.Series.Unit, result.Series.Name));
        Assert.Equal(330, result.Values[6] + result.Values[7] + result.Values[8], 1e-9);
        Assert.Equal(["(Intercept)", "orders"], result.Coefficients.Select(c => c.Name));
    }

    [Fact]
    public void Disaggregate_AnnualToMonthly_WithoutIndicator_HasTwelveMonthsAYear()
    {
        var result = TemporalDisaggregation.Disaggregate(Annual(2022, 1200m, 1320m), PeriodKind.Month, DisaggregationOptions.DentonCholette());

        Assert.Equal(12, result.FrequencyRatio);
        Assert.Equal(ReportingPeriod.Range(ReportingPeriod.Month(2022, 1), ReportingPeriod.Month(2023, 12)), result.Series!.Periods);
        Assert.Equal(1320, result.Values.Skip(12).Sum(), 1e-9);
        Assert.True(result.Values[11] < result.Values[12], "Denton-Cholette rises smoothly through the year boundary");
    }

    [Fact]
    public void Disaggregate_IndicatorWithACombinedJanuaryFebruary_IsAnErrorNamingIt()
    {
        // A monthly flow series may hold 1-2月合计; the indicator must be split into months first.
        var months = new[] { ReportingPeriod.JanuaryFebruary(2024) }.Concat(ReportingPeriod.Range(ReportingPeriod.Month(2024, 3), ReportingPeriod.Month(2024, 12))).ToArray();
        var indicator = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [ReportingPeriod.Month(2023, 12), .. months], [.. Enumerable.Range(0, months.Length + 1).Select(i => (decimal?)(10 + i))]);
        var low = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [ReportingPeriod.Quarter(2024, 2), ReportingPeriod.Quarter(2024, 3)], [40m, 45m]);
        var e = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate(low, indicator, DisaggregationOptions.DentonCholette()));
        Assert.Contains("2024-01/02", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DentonCholette_FewerLowFrequencyValuesThanH_IsAnError()
    {
        // One year cannot fix the level and the slope that second differences leave free.
        var e = Assert.Throws<ArgumentException>(() => TemporalDisaggregation.Disaggregate([400.0], 4, DisaggregationOptions.DentonCholette(DentonCriterion.Additive, 2)));
        Assert.Contains("at least h = 2 low-frequency values, got 1", e.Message, StringComparison.Ordinal);
        var one = TemporalDisaggregation.Disaggregate([400.0], 4, DisaggregationOptions.DentonCholette(DentonCriterion.Additive, 1));
        Assert.Equal([100.0, 100, 100, 100], one.Values);
    }
}
