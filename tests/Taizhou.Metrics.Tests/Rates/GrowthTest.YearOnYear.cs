using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Xunit;

namespace Taizhou.Metrics.Tests.Rates;

public partial class GrowthTest
{
    [Fact]
    public void YearOnYear_Monthly_ComparesWithTheSameMonthLastYear()
    {
        // 2017-01..12 = 100..111, 2018-01..12 = 110..121: 2018-03 is 112 against 102.
        var series = Monthly(2017, 1, [.. Enumerable.Range(0, 12).Select(i => (decimal?)(100 + i)), .. Enumerable.Range(0, 12).Select(i => (decimal?)(110 + i))]);

        var growths = Growth.YearOnYear(series);

        Assert.Equal(24, growths.Count);
        Assert.Equal(series.Periods, growths.Select(g => g.Period));
        var march = growths.Single(g => g.Period == M(2018, 3));
        Assert.Equal(M(2017, 3), march.BasePeriod);
        AssertRate((double)(10m / 102m), march.Rate, Exact);
        Assert.Equal(0.1, RateFor(growths, M(2018, 1)).GetFraction()); // 110 / 100 − 1
        AssertRate((double)(10m / 111m), RateFor(growths, M(2018, 12)), Exact);
    }

    [Fact]
    public void YearOnYear_FirstYear_HasNoBase()
    {
        var series = Monthly(2017, 1, 100m, 101m, 102m);

        Assert.All(Growth.YearOnYear(series), g => AssertUndefined(GrowthUndefinedReason.MissingBase, g.Rate));
    }

    [Fact]
    public void YearOnYear_GapInSeries_IsMissingBase_NeverAnotherMonth()
    {
        // 2017-06 is absent: a positional shift of 12 would compare 2018-06 with 2017-05 and every later month with
        // the month before its own. By calendar, 2018-06 has no base and 2018-07 still meets 2017-07.
        var observations = Enumerable.Range(1, 12).Where(m => m != 6).Select(m => (M(2017, m), (decimal?)(100 + m)))
            .Concat(Enumerable.Range(1, 12).Select(m => (M(2018, m), (decimal?)(200 + m))))
            .ToArray();
        var series = Series(SeriesKind.Flow, observations);

        var growths = Growth.YearOnYear(series);

        AssertUndefined(GrowthUndefinedReason.MissingBase, RateFor(growths, M(2018, 6)));
        Assert.Equal(M(2017, 6), growths.Single(g => g.Period == M(2018, 6)).BasePeriod);
        AssertRate((double)(100m / 107m), RateFor(growths, M(2018, 7)), Exact); // 207 / 107 − 1
        AssertRate((double)(100m / 105m), RateFor(growths, M(2018, 5)), Exact); // 205 / 105 − 1
    }

    [Fact]
    public void YearOnYear_MissingValues_NameTheMissingSide()
    {
        var series = Series(
            SeriesKind.Flow,
            (M(2017, 5), null),
            (M(2017, 6), 100m),
            (M(2018, 5), 120m),
            (M(2018, 6), null));

        var growths = Growth.YearOnYear(series);

        AssertUndefined(GrowthUndefinedReason.MissingBase, RateFor(growths, M(2018, 5)));
        AssertUndefined(GrowthUndefinedReason.MissingCurrent, RateFor(growths, M(2018, 6)));
    }

    [Fact]
    public void YearOnYear_ZeroBase_IsUndefined()
    {
        var series = Series(SeriesKind.Flow, (M(2017, 6), 0m), (M(2018, 6), 15m));

        AssertUndefined(GrowthUndefinedReason.ZeroBase, RateFor(Growth.YearOnYear(series), M(2018, 6)));
    }

    [Fact]
    public void YearOnYear_NegativeBase_IsUndefined()
    {
        // Profit from −10 to 5 (扭虧為盈): no rate, not −150 %.
        var series = Series(SeriesKind.Flow, (M(2017, 6), -10m), (M(2018, 6), 5m));

        AssertUndefined(GrowthUndefinedReason.NegativeBase, RateFor(Growth.YearOnYear(series), M(2018, 6)));
    }

    [Fact]
    public void YearOnYear_Quarterly_ComparesWithTheSameQuarter()
    {
        var series = Series(
            SeriesKind.Flow,
            (ReportingPeriod.Quarter(2017, 1), 80m),
            (ReportingPeriod.Quarter(2017, 2), 100m),
            (ReportingPeriod.Quarter(2018, 1), 90m),
            (ReportingPeriod.Quarter(2018, 2), 111m));

        var growths = Growth.YearOnYear(series);

        var q2 = growths.Single(g => g.Period == ReportingPeriod.Quarter(2018, 2));
        Assert.Equal(ReportingPeriod.Quarter(2017, 2), q2.BasePeriod);
        Assert.Equal(0.11, q2.Rate.GetFraction()); // 111 / 100 − 1
        Assert.Equal(0.125, RateFor(growths, ReportingPeriod.Quarter(2018, 1)).GetFraction()); // 90 / 80 − 1
    }

    [Fact]
    public void YearOnYear_Cumulative_ComparesWithTheSameCumulativePeriod()
    {
        // "2018年1-6月" against "2017年1-6月", never against "2018年1-5月": 1042.27 / 822.63 − 1 = +26.7 %.
        var series = Series(
            SeriesKind.Cumulative,
            (Ytd(2017, 5), 680.00m),
            (Ytd(2017, 6), 822.63m),
            (Ytd(2018, 5), 860.00m),
            (Ytd(2018, 6), 1042.27m));

        var growths = Growth.YearOnYear(series);

        var h1 = growths.Single(g => g.Period == Ytd(2018, 6));
        Assert.Equal(Ytd(2017, 6), h1.BasePeriod);
        AssertRate(0.2669973134945237, h1.Rate, Exact); // 219.64 / 822.63
        Assert.Equal("+26.7%", h1.Rate.ToString());
        AssertRate((double)(180m / 680m), RateFor(growths, Ytd(2018, 5)), Exact);
    }

    [Fact]
    public void YearOnYear_Stock_ComparesEndOfPeriodLevels()
    {
        // A month-end stock (e.g. the number of above-scale enterprises): 2 400 at end-2017, 2 580 at end-2018.
        var series = Series(
            SeriesKind.Stock,
            (M(2017, 12), 2400m),
            (M(2018, 6), 2500m),
            (M(2018, 12), 2580m));

        var growths = Growth.YearOnYear(series);

        Assert.Equal(0.075, RateFor(growths, M(2018, 12)).GetFraction()); // 180 / 2400
        AssertUndefined(GrowthUndefinedReason.MissingBase, RateFor(growths, M(2018, 6)));
    }

    [Fact]
    public void YearOnYear_JanuaryFebruarySpan_ComparesWithLastYearsSpan()
    {
        // 1-2月 is published as one figure; its base is last year's 1-2月.
        var series = Series(
            SeriesKind.Flow,
            (ReportingPeriod.JanuaryFebruary(2017), 150m),
            (M(2017, 3), 90m),
            (ReportingPeriod.JanuaryFebruary(2018), 165m),
            (M(2018, 3), 99m));

        var growths = Growth.YearOnYear(series);

        var janFeb = growths.Single(g => g.Period == ReportingPeriod.JanuaryFebruary(2018));
        Assert.Equal(ReportingPeriod.JanuaryFebruary(2017), janFeb.BasePeriod);
        Assert.Equal(0.1, janFeb.Rate.GetFraction());
        Assert.Equal(0.1, RateFor(growths, M(2018, 3)).GetFraction());
    }

    [Fact]
    public void YearOnYear_SpanAgainstSeparateMonths_IsMissingBase()
    {
        // The base of 2018年1-2月 is the span 2017年1-2月; separate January and February months are not summed.
        var series = Series(
            SeriesKind.Flow,
            (M(2017, 1), 80m),
            (M(2017, 2), 70m),
            (ReportingPeriod.JanuaryFebruary(2018), 165m));

        AssertUndefined(GrowthUndefinedReason.MissingBase, RateFor(Growth.YearOnYear(series), ReportingPeriod.JanuaryFebruary(2018)));
    }

    [Fact]
    public void YearOnYear_YearsAndHalves()
    {
        var years = Series(SeriesKind.Flow, (ReportingPeriod.CalendarYear(2016), 800m), (ReportingPeriod.CalendarYear(2017), 1000m));
        var halves = Series(SeriesKind.Flow, (ReportingPeriod.Half(2017, 1), 500m), (ReportingPeriod.Half(2017, 2), 520m), (ReportingPeriod.Half(2018, 1), 540m));

        Assert.Equal(0.25, RateFor(Growth.YearOnYear(years), ReportingPeriod.CalendarYear(2017)).GetFraction());
        Assert.Equal(0.08, RateFor(Growth.YearOnYear(halves), ReportingPeriod.Half(2018, 1)).GetFraction());
    }

    [Fact]
    public void YearOnYear_OnePeriod_MatchesTheList()
    {
        var series = Series(SeriesKind.Cumulative, (Ytd(2017, 6), 822.63m), (Ytd(2018, 6), 1042.27m));

        var one = Growth.YearOnYear(series, Ytd(2018, 6));

        Assert.Equal(RateFor(Growth.YearOnYear(series), Ytd(2018, 6)), one);
        AssertUndefined(GrowthUndefinedReason.MissingBase, Growth.YearOnYear(series, Ytd(2017, 6)));
        AssertUndefined(GrowthUndefinedReason.MissingCurrent, Growth.YearOnYear(series, Ytd(2019, 6)));
    }

    [Fact]
    public void YearOnYear_YearOne_HasNoBase()
    {
        // Year 1 has no previous year in the period model: MissingBase, not an exception.
        var series = Series(SeriesKind.Flow, (M(1, 6), 10m), (M(2, 6), 12m));

        var growths = Growth.YearOnYear(series);

        AssertUndefined(GrowthUndefinedReason.MissingBase, RateFor(growths, M(1, 6)));
        Assert.Equal(0.2, RateFor(growths, M(2, 6)).GetFraction());
        AssertUndefined(GrowthUndefinedReason.MissingBase, Growth.YearOnYear(series, M(1, 6)));
    }

    [Fact]
    public void YearOnYear_EmptySeries_IsEmpty()
    {
        Assert.Empty(Growth.YearOnYear(Series(SeriesKind.Flow)));
    }
}
