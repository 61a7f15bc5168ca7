using System;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Rates;

/// <summary>
/// NBS n-year average growth (两年平均增速). Published figures: NBS releases of 2021-03-15 (industry 1-2月), 2021-04-16
/// (GDP 2021Q1) and 2021-07-15 (GDP H1, Q2), with the 2020 rates of the releases of 2020-03-16, 2020-04-17 and
/// 2020-07-16 (reprints listed in the research notes, §2). Tolerance: the printed average has one decimal, so it must
/// be the computed average rounded 四舍五入 to one decimal, and must lie within the bounds the ±0.05 rounding of each
/// printed rate allows; hand values (Python) to 1e-6.
/// </summary>
public class NYearAverageTest
{
    [Theory]
    [InlineData("GDP 2021Q1", -6.8, 18.3, 5.0, 0.050027, 0.049523, 0.050530)]
    [InlineData("GDP primary 2021Q1", -3.2, 8.1, 2.3, 0.022941, 0.022440, 0.023442)]
    [InlineData("GDP secondary 2021Q1", -9.6, 24.4, 6.0, 0.060460, 0.059954, 0.060967)]
    [InlineData("GDP tertiary 2021Q1", -5.2, 15.6, 4.7, 0.046847, 0.046344, 0.047349)]
    [InlineData("GDP 2021H1", -1.6, 12.7, 5.3, 0.053075, 0.052574, 0.053577)]
    [InlineData("GDP 2021Q2", 3.2, 7.9, 5.5, 0.055238, 0.054738, 0.055738)]
    [InlineData("规上工业增加值 2021年1-2月", -13.5, 35.1, 8.1, 0.081025, 0.080512, 0.081537)]
    public void FromYearOnYear_Nbs2021TwoYearAverages_RoundToThePrintedFigure(string series, double rate2020, double rate2021, double printed, double expected, double lower, double upper)
    {
        var printedRates = new[] { PublishedValue.Of((decimal)rate2020, 1), PublishedValue.Of((decimal)rate2021, 1) };

        var average = NYearAverage.FromYearOnYear(printedRates);
        var plain = NYearAverage.FromYearOnYear([GrowthRate.FromPercent(rate2020), GrowthRate.FromPercent(rate2021)]);

        Assert.Equal(expected, average.Estimate, 6);
        Assert.Equal(expected, plain.GetFraction(), 6);
        Assert.Equal(lower, average.Bounds.Lower, 6);
        Assert.Equal(upper, average.Bounds.Upper, 6);
        Assert.True(Rounding.HalfAwayFromZero(average.Estimate * 100.0, 1) == printed, $"{series}: {average.Estimate * 100.0} does not print as {printed}");
        Assert.True(average.Bounds.Contains(printed / 100.0), $"{series}: printed {printed} outside {average.Bounds}");
    }

    [Theory]
    [InlineData("GDP 2021Q1 比2019年一季度增长10.3%", 10.3, 5.0, 0.050238)]
    [InlineData("规上工业增加值 2021年1-2月 比2019年同期增长16.9%", 16.9, 8.1, 0.081203)]
    public void FromGrowthSinceBase_Nbs2021_RoundsToThePrintedTwoYearAverage(string series, double sinceBase, double printed, double expected)
    {
        var average = NYearAverage.FromGrowthSinceBase(PublishedValue.Of((decimal)sinceBase, 1), 2);

        Assert.Equal(expected, average.Estimate, 6);                                     // sqrt(1 + g) − 1, hand
        Assert.Equal(expected, NYearAverage.FromGrowthSinceBase(GrowthRate.FromPercent(sinceBase), 2).GetFraction(), 6);
        Assert.True(Rounding.HalfAwayFromZero(average.Estimate * 100.0, 1) == printed, series);
        Assert.Equal(Math.Sqrt(1 + ((sinceBase - 0.05) / 100)) - 1, average.Bounds.Lower, 12);
        Assert.Equal(Math.Sqrt(1 + ((sinceBase + 0.05) / 100)) - 1, average.Bounds.Upper, 12);
    }

    [Fact]
    public void FromLevels_ThreeYears_IsTheCubeRootOfTheRatio_WithBoundsFromTheLevelsRounding()
    {
        // 133.1 / 100.0 over 3 years: 10 % a year exactly; bounds (133.05 / 100.05)^(1/3) − 1 and (133.15 / 99.95)^(1/3) − 1.
        var average = NYearAverage.FromLevels(PublishedValue.Of(133.1m), PublishedValue.Of(100.0m), 3);

        Assert.Equal(0.1, average.Estimate, 12);
        Assert.Equal(Math.Cbrt(133.05 / 100.05) - 1, average.Bounds.Lower, 12);
        Assert.Equal(Math.Cbrt(133.15 / 99.95) - 1, average.Bounds.Upper, 12);
        Assert.Equal(0.1, NYearAverage.FromLevels(133.1m, 100m, 3).GetFraction(), 12);
    }

    [Fact]
    public void FromLevels_ZeroOrNegativeBase_IsUndefinedWithItsReason()
    {
        Assert.Equal(GrowthUndefinedReason.ZeroBase, NYearAverage.FromLevels(10m, 0m, 2).Reason);
        Assert.Equal(GrowthUndefinedReason.NegativeBase, NYearAverage.FromLevels(10m, -1m, 2).Reason);
        Assert.Throws<ArgumentException>(() => NYearAverage.FromLevels(PublishedValue.Of(10m), PublishedValue.Of(0m), 2));
    }

    [Fact]
    public void FromYearOnYear_RateAtMinus100_IsNonPositiveEnd_AndUndefinedRatePassesThrough()
    {
        Assert.Equal(GrowthUndefinedReason.NonPositiveEnd, NYearAverage.FromYearOnYear([GrowthRate.FromPercent(-100.0), GrowthRate.FromPercent(5.0)]).Reason);
        Assert.Equal(GrowthUndefinedReason.ZeroBase, NYearAverage.FromYearOnYear([GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase)]).Reason);
        Assert.Throws<ArgumentException>(() => NYearAverage.FromYearOnYear(Array.Empty<GrowthRate>()));
        Assert.Throws<ArgumentOutOfRangeException>(() => NYearAverage.FromGrowthSinceBase(GrowthRate.FromPercent(5.0), 0));
    }

    [Fact]
    public void FromYearOnYear_LongChainOfHugeRates_StaysFinite()
    {
        // 20 years of +1e20 % each: the product of the factors (1e18)^20 = 1e360 overflows a double, its 20th root
        // does not: 1e18 − 1 (hand); relative tolerance 1e-12.
        var rates = Enumerable.Repeat(PublishedValue.Of(100000000000000000000m), 20).ToArray();

        var average = NYearAverage.FromYearOnYear(rates);

        Assert.Equal(1e18, average.Estimate, 1e6);
        Assert.True(average.Bounds.Contains(average.Estimate));
    }

    [Fact]
    public void Of_CumulativeSeries_ComparesEachPeriodWithTheSamePeriodNYearsEarlier()
    {
        // 1-6月: 2019 100, 2020 98, 2021 121 → two-year average of 2021 sqrt(1.21) − 1 = 10 %; 2020 has no 2018 base.
        var series = TimeSeries.FromValues(
            SeriesKind.Cumulative,
            MetricUnit.YiYuan,
            [ReportingPeriod.YearToDate(2019, 6), ReportingPeriod.YearToDate(2020, 6), ReportingPeriod.YearToDate(2021, 6)],
            [100m, 98m, 121m]);

        var averages = NYearAverage.Of(series, 2);

        var only = Assert.Single(averages);
        Assert.Equal(ReportingPeriod.YearToDate(2021, 6), only.Period);
        Assert.Equal(ReportingPeriod.YearToDate(2019, 6), only.BasePeriod);
        Assert.Equal(0.1, only.Rate.GetFraction(), 12);
    }
}
