using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Xunit;

namespace Taizhou.Metrics.Tests.Rates;

public partial class GrowthTest
{
    [Theory]
    [InlineData(100, 121, 2.0, 0.1)] // √1.21 − 1
    [InlineData(100, 160, 6.0, 0.08148374712019901)] // 1.6^(1/6) − 1
    [InlineData(3600, 5000, 4.0, 0.0855926040543844)] // (5000 / 3600)^(1/4) − 1
    [InlineData(100, 115, 1.5, 0.09765339982500598)] // 1.15^(2/3) − 1: fractional years
    [InlineData(100, 110, 0.25, 0.4641)] // a quarter's 10 % is 1.1^4 − 1 = 46.41 % a year
    [InlineData(100, 80, 2.0, -0.10557280900008414)] // √0.8 − 1
    public void Cagr_IsTheCompoundRate(int start, int end, double years, double expected)
    {
        AssertRate(expected, Growth.Cagr(start, end, years), Tight);
    }

    [Fact]
    public void Cagr_EdgeCases_AreUndefinedWithReason()
    {
        AssertUndefined(GrowthUndefinedReason.ZeroBase, Growth.Cagr(0m, 100m, 3));
        AssertUndefined(GrowthUndefinedReason.NegativeBase, Growth.Cagr(-10m, 100m, 3));
        AssertUndefined(GrowthUndefinedReason.NonPositiveEnd, Growth.Cagr(100m, -1m, 3));
    }

    [Fact]
    public void Cagr_ZeroEnd_IsMinus100Percent()
    {
        Assert.Equal(-1.0, Growth.Cagr(100m, 0m, 3).GetFraction());
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void Cagr_YearsNotPositiveAndFinite_Throws(double years)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Cagr(100m, 110m, years));
        Assert.Equal("years", e.ParamName);
    }

    [Fact]
    public void Cagr_Series_Years_CountsWholeYears()
    {
        // 2015 → 2018 is 3 years: (133.1 / 100)^(1/3) − 1 = 10 %.
        var series = Series(
            SeriesKind.Flow,
            (ReportingPeriod.CalendarYear(2015), 100m),
            (ReportingPeriod.CalendarYear(2016), 105m),
            (ReportingPeriod.CalendarYear(2018), 133.1m));

        AssertRate(0.1, Growth.Cagr(series, ReportingPeriod.CalendarYear(2015), ReportingPeriod.CalendarYear(2018)), Tight);
    }

    [Fact]
    public void Cagr_Series_FractionalYears_FromLastMonths()
    {
        // 2017-06 → 2018-12 is 18 months = 1.5 years: 1.21^(1/1.5) − 1 = 0.135508127002...
        var series = Series(SeriesKind.Stock, (M(2017, 6), 100m), (M(2018, 12), 121m));

        AssertRate(0.13550812700200376, Growth.Cagr(series, M(2017, 6), M(2018, 12)), Tight);
    }

    [Fact]
    public void Cagr_Series_CumulativeOverOneYear_IsTheYearOnYearRate()
    {
        var series = Series(SeriesKind.Cumulative, (Ytd(2017, 6), 822.63m), (Ytd(2018, 6), 1042.27m));

        AssertRate(0.2669973134945237, Growth.Cagr(series, Ytd(2017, 6), Ytd(2018, 6)), Tight);
    }

    [Fact]
    public void Cagr_Series_Missing_NamesTheMissingSide()
    {
        var series = Series(
            SeriesKind.Flow,
            (ReportingPeriod.CalendarYear(2015), null),
            (ReportingPeriod.CalendarYear(2016), 100m),
            (ReportingPeriod.CalendarYear(2017), null));

        AssertUndefined(GrowthUndefinedReason.MissingBase, Growth.Cagr(series, ReportingPeriod.CalendarYear(2015), ReportingPeriod.CalendarYear(2016)));
        AssertUndefined(GrowthUndefinedReason.MissingCurrent, Growth.Cagr(series, ReportingPeriod.CalendarYear(2016), ReportingPeriod.CalendarYear(2017)));
        AssertUndefined(GrowthUndefinedReason.MissingBase, Growth.Cagr(series, ReportingPeriod.CalendarYear(2010), ReportingPeriod.CalendarYear(2016)));
        AssertUndefined(GrowthUndefinedReason.MissingCurrent, Growth.Cagr(series, ReportingPeriod.CalendarYear(2016), ReportingPeriod.CalendarYear(2020)));
    }

    [Fact]
    public void Cagr_Series_ZeroStart_IsZeroBase()
    {
        var series = Series(SeriesKind.Flow, (ReportingPeriod.CalendarYear(2017), 0m), (ReportingPeriod.CalendarYear(2021), 100m));

        AssertUndefined(GrowthUndefinedReason.ZeroBase, Growth.Cagr(series, ReportingPeriod.CalendarYear(2017), ReportingPeriod.CalendarYear(2021)));
    }

    [Fact]
    public void Cagr_Series_BadPeriods_Throw()
    {
        var series = Series(SeriesKind.Flow, (ReportingPeriod.CalendarYear(2017), 100m), (ReportingPeriod.CalendarYear(2018), 110m));

        var kinds = Assert.Throws<ArgumentException>(() => Growth.Cagr(series, ReportingPeriod.CalendarYear(2017), M(2018, 12)));
        Assert.Equal("to", kinds.ParamName);
        var order = Assert.Throws<ArgumentException>(() => Growth.Cagr(series, ReportingPeriod.CalendarYear(2018), ReportingPeriod.CalendarYear(2017)));
        Assert.Equal("to", order.ParamName);
        Assert.Throws<ArgumentException>(() => Growth.Cagr(series, ReportingPeriod.CalendarYear(2017), ReportingPeriod.CalendarYear(2017)));
    }

    [Fact]
    public void Cagr_Series_PeriodsOfDifferentLength_Throw()
    {
        // 2017年1-6月 to 2018年1-12月 are both cumulative, but a half-year total against a full-year total is no
        // growth: without the check this gave (300 / 100)^(1/1.5) − 1 = +108 % "a year".
        var cumulative = Series(SeriesKind.Cumulative, (Ytd(2017, 6), 100m), (Ytd(2018, 12), 300m));
        var spans = Series(SeriesKind.Flow, (ReportingPeriod.JanuaryFebruary(2017), 100m), (ReportingPeriod.MonthSpan(2018, 3, 5), 150m));

        var e = Assert.Throws<ArgumentException>(() => Growth.Cagr(cumulative, Ytd(2017, 6), Ytd(2018, 12)));
        Assert.Equal("to", e.ParamName);
        Assert.Throws<ArgumentException>(() => Growth.Cagr(spans, ReportingPeriod.JanuaryFebruary(2017), ReportingPeriod.MonthSpan(2018, 3, 5)));
    }

    [Fact]
    public void AverageAnnual_Geometric_IsTheCagrToTheLastLevel()
    {
        // 100 → 110, 132, 145.2: (1.452)^(1/3) − 1 = 0.13237134824..., whatever the path in between.
        decimal[] levels = [110m, 132m, 145.2m];

        AssertRate(0.13237134824019647, Growth.AverageAnnual(100m, levels, AverageGrowthMethod.Geometric), Tight);
        Assert.Equal(Growth.Cagr(100m, 145.2m, 3), Growth.AverageAnnual(100m, levels, AverageGrowthMethod.Geometric));
        Assert.Equal(
            Growth.AverageAnnual(100m, levels, AverageGrowthMethod.Geometric),
            Growth.AverageAnnual(100m, [50m, 500m, 145.2m], AverageGrowthMethod.Geometric));
    }

    [Fact]
    public void AverageAnnual_Cumulative_SolvesTheSumEquation()
    {
        // Base 100, levels 90, 80: (1 + x) + (1 + x)² = 1.7, so 1 + x = (−1 + √7.8) / 2 and x = −0.103575995623...
        AssertRate(-0.10357599562310593, Growth.AverageAnnual(100m, [90m, 80m], AverageGrowthMethod.Cumulative), 1e-11);
    }

    [Fact]
    public void AverageAnnual_Cumulative_RootAbove100Percent()
    {
        // Base 1, levels 10, 100: u + u² = 110 has the root u = 10, so x = 9 (900 % a year): the bracket must widen past 1.
        AssertRate(9.0, Growth.AverageAnnual(1m, [10m, 100m], AverageGrowthMethod.Cumulative), 1e-10);
    }

    [Fact]
    public void AverageAnnual_Cumulative_RootOnTheInitialBracketEdge()
    {
        // Base 100, levels 200, 400: u + u² = 6 has the root u = 2, so x = 1, exactly the first upper bracket.
        AssertRate(1.0, Growth.AverageAnnual(100m, [200m, 400m], AverageGrowthMethod.Cumulative), 1e-10);
        AssertRate(1.0, Growth.AverageAnnual(100m, [200m], AverageGrowthMethod.Cumulative), 1e-10);
    }

    [Fact]
    public void AverageAnnual_Cumulative_TotalCollapse_IsNearMinus100Percent()
    {
        // Base 100, levels 0.000001, 0.000001: u + u² = 2e-8, u ≈ 2e-8, x ≈ −1 but above it.
        var rate = Growth.AverageAnnual(100m, [0.000001m, 0.000001m], AverageGrowthMethod.Cumulative);

        AssertRate(-1.0, rate, 1e-7);
    }

    [Fact]
    public void AverageAnnual_OneYear_BothMethodsAreTheSimpleRate()
    {
        AssertRate(0.1, Growth.AverageAnnual(100m, [110m], AverageGrowthMethod.Geometric), Tight);
        AssertRate(0.1, Growth.AverageAnnual(100m, [110m], AverageGrowthMethod.Cumulative), 1e-11);
    }

    [Theory]
    [InlineData(AverageGrowthMethod.Geometric)]
    [InlineData(AverageGrowthMethod.Cumulative)]
    public void AverageAnnual_NonPositiveBase_IsUndefined(AverageGrowthMethod method)
    {
        AssertUndefined(GrowthUndefinedReason.ZeroBase, Growth.AverageAnnual(0m, [100m], method));
        AssertUndefined(GrowthUndefinedReason.NegativeBase, Growth.AverageAnnual(-5m, [100m], method));
    }

    [Fact]
    public void AverageAnnual_NonPositiveEnd_IsUndefined()
    {
        AssertUndefined(GrowthUndefinedReason.NonPositiveEnd, Growth.AverageAnnual(100m, [50m, -10m], AverageGrowthMethod.Geometric));
        AssertUndefined(GrowthUndefinedReason.NonPositiveEnd, Growth.AverageAnnual(100m, [10m, -20m], AverageGrowthMethod.Cumulative));
        AssertUndefined(GrowthUndefinedReason.NonPositiveEnd, Growth.AverageAnnual(100m, [0m, 0m], AverageGrowthMethod.Cumulative));
    }

    [Fact]
    public void AverageAnnual_BadArguments_Throw()
    {
        var empty = Assert.Throws<ArgumentException>(() => Growth.AverageAnnual(100m, [], AverageGrowthMethod.Geometric));
        Assert.Equal("levels", empty.ParamName);
        var method = Assert.Throws<ArgumentOutOfRangeException>(() => Growth.AverageAnnual(100m, [110m], (AverageGrowthMethod)7));
        Assert.Equal("method", method.ParamName);
    }

    [Theory]
    [InlineData(0.015, 3, 0.06136355062499965)] // BEA: 1.015^4 − 1
    [InlineData(0.005, 1, 0.06167781186449828)] // 1.005^12 − 1
    [InlineData(0.1, 12, 0.1)] // a year is already annual
    [InlineData(0.21, 24, 0.1)] // √1.21 − 1
    [InlineData(0.11, 6, 0.2321)] // 1.11² − 1
    [InlineData(-0.02, 3, -0.07763184)] // 0.98^4 − 1
    public void Annualize_CompoundsToTwelveMonths(double rate, int months, double expected)
    {
        AssertRate(expected, Growth.Annualize(GrowthRate.FromFraction(rate), months), Tight);
    }

    [Theory]
    [InlineData(GrowthUndefinedReason.ZeroBase)]
    [InlineData(GrowthUndefinedReason.MissingBase)]
    public void Annualize_UndefinedRate_KeepsItsReason(GrowthUndefinedReason reason)
    {
        AssertUndefined(reason, Growth.Annualize(GrowthRate.Undefined(reason), 3));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1.5)]
    public void Annualize_RateAtOrBelowMinus100Percent_IsNonPositiveEnd(double rate)
    {
        AssertUndefined(GrowthUndefinedReason.NonPositiveEnd, Growth.Annualize(GrowthRate.FromFraction(rate), 3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(121)]
    [InlineData(-3)]
    public void Annualize_MonthsOutOfRange_Throws(int months)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Annualize(GrowthRate.FromFraction(0.01), months));
        Assert.Equal("months", e.ParamName);
    }

    [Theory]
    [InlineData(1.0, 10.0, 0.07177346253629313)] // 翻一番 in 10 years: 2^(1/10) − 1
    [InlineData(2.0, 20.0, 0.07177346253629313)] // 翻兩番 in 20 years: the same annual rate
    [InlineData(2.0, 10.0, 0.148698354997035)] // 翻兩番 in 10 years: 2^(1/5) − 1
    [InlineData(0.0, 5.0, 0.0)]
    [InlineData(-1.0, 1.0, -0.5)] // halving in a year
    public void FromDoublings_IsTwoToThePowerPerYear(double doublings, double years, double expected)
    {
        AssertRate(expected, Growth.FromDoublings(doublings, years), Tight);
    }

    [Fact]
    public void FromDoublings_BadArguments_Throw()
    {
        Assert.Equal("years", Assert.Throws<ArgumentOutOfRangeException>(() => Growth.FromDoublings(1, 0)).ParamName);
        Assert.Equal("doublings", Assert.Throws<ArgumentOutOfRangeException>(() => Growth.FromDoublings(double.NaN, 10)).ParamName);
    }

    [Fact]
    public void Doublings_CountsTheFactorInPowersOfTwo()
    {
        Assert.Equal(3.0, Growth.Doublings(GrowthRate.FromFraction(1.0), 3), Tight); // +100 % a year for 3 years: ×8
        Assert.Equal(1.0, Growth.Doublings(GrowthRate.FromFraction(0.07177346253629313), 10), Tight); // 翻一番
        Assert.Equal(2.0, Growth.Doublings(GrowthRate.FromFraction(0.07177346253629313), 20), Tight); // 翻兩番
        Assert.Equal(0.0, Growth.Doublings(GrowthRate.FromFraction(0.0), 10));
        Assert.Equal(-1.0, Growth.Doublings(GrowthRate.FromFraction(-0.5), 1), Tight);
    }

    [Fact]
    public void Doublings_BadArguments_Throw()
    {
        Assert.Equal("rate", Assert.Throws<ArgumentException>(() => Growth.Doublings(GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase), 10)).ParamName);
        Assert.Equal("rate", Assert.Throws<ArgumentException>(() => Growth.Doublings(GrowthRate.FromFraction(-1.0), 10)).ParamName);
        Assert.Equal("years", Assert.Throws<ArgumentOutOfRangeException>(() => Growth.Doublings(GrowthRate.FromFraction(0.1), 0)).ParamName);
    }
}
