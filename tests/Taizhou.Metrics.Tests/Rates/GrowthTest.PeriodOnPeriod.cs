using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Xunit;

namespace Taizhou.Metrics.Tests.Rates;

public partial class GrowthTest
{
    [Fact]
    public void PeriodOnPeriod_Monthly_ComparesWithThePreviousMonth_AcrossTheYearEnd()
    {
        var series = Monthly(2017, 11, 100m, 120m, 90m, 99m);

        var growths = Growth.PeriodOnPeriod(series);

        Assert.Equal(series.Periods, growths.Select(g => g.Period));
        AssertUndefined(GrowthUndefinedReason.MissingBase, growths[0].Rate); // 2017-10 is not in the series
        Assert.Equal(M(2017, 10), growths[0].BasePeriod);
        Assert.Equal(0.2, growths[1].Rate.GetFraction()); // 120 / 100 − 1
        Assert.Equal(M(2017, 12), growths[2].BasePeriod); // January's base is last December
        Assert.Equal(-0.25, growths[2].Rate.GetFraction()); // 90 / 120 − 1
        Assert.Equal(0.1, growths[3].Rate.GetFraction()); // 99 / 90 − 1
    }

    [Fact]
    public void PeriodOnPeriod_GapInSeries_IsMissingBase_NotTheEarlierMonth()
    {
        // 2018-03 is absent: April has no base; a positional pct_change would compare it with February.
        var series = Series(SeriesKind.Flow, (M(2018, 1), 1m), (M(2018, 2), 2m), (M(2018, 4), 4m));

        var growths = Growth.PeriodOnPeriod(series);

        var april = growths.Single(g => g.Period == M(2018, 4));
        Assert.Equal(M(2018, 3), april.BasePeriod);
        AssertUndefined(GrowthUndefinedReason.MissingBase, april.Rate);
    }

    [Fact]
    public void PeriodOnPeriod_JanuaryFebruarySpan_AndTheMonthAfter_HaveNoBase()
    {
        // 1-2月 combined has no previous period of its kind, and March has no February in the series.
        var series = Series(
            SeriesKind.Flow,
            (ReportingPeriod.JanuaryFebruary(2018), 160m),
            (M(2018, 3), 90m),
            (M(2018, 4), 99m));

        var growths = Growth.PeriodOnPeriod(series);

        AssertUndefined(GrowthUndefinedReason.MissingBase, RateFor(growths, ReportingPeriod.JanuaryFebruary(2018)));
        AssertUndefined(GrowthUndefinedReason.MissingBase, RateFor(growths, M(2018, 3)));
        Assert.Equal(0.1, RateFor(growths, M(2018, 4)).GetFraction());
    }

    [Fact]
    public void PeriodOnPeriod_Cumulative_Throws()
    {
        // 1-6月 against 1-5月 overlaps by five months: a caller bug, not a data fact.
        var series = Series(SeriesKind.Cumulative, (Ytd(2018, 5), 860m), (Ytd(2018, 6), 1042.27m));

        var e = Assert.Throws<SeriesKindMismatchException>(() => Growth.PeriodOnPeriod(series));
        Assert.Equal(SeriesKind.Flow, e.Expected);
        Assert.Equal(SeriesKind.Cumulative, e.Actual);
        Assert.Contains("ToFlow", e.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodOnPeriod_Quarterly_ComparesWithThePreviousQuarter()
    {
        var series = Series(
            SeriesKind.Flow,
            (ReportingPeriod.Quarter(2017, 4), 200m),
            (ReportingPeriod.Quarter(2018, 1), 150m),
            (ReportingPeriod.Quarter(2018, 2), 180m));

        var growths = Growth.PeriodOnPeriod(series);

        var q1 = growths.Single(g => g.Period == ReportingPeriod.Quarter(2018, 1));
        Assert.Equal(ReportingPeriod.Quarter(2017, 4), q1.BasePeriod);
        Assert.Equal(-0.25, q1.Rate.GetFraction());
        Assert.Equal(0.2, RateFor(growths, ReportingPeriod.Quarter(2018, 2)).GetFraction());
    }

    [Fact]
    public void PeriodOnPeriod_Stock_ComparesConsecutiveLevels()
    {
        var series = Series(SeriesKind.Stock, (M(2018, 5), 2500m), (M(2018, 6), 2525m));

        Assert.Equal(0.01, RateFor(Growth.PeriodOnPeriod(series), M(2018, 6)).GetFraction());
    }

    [Fact]
    public void PeriodOnPeriod_EdgeCases_AreUndefinedWithReason()
    {
        var series = Monthly(2018, 1, 0m, 10m, -5m, 5m, null, 7m);

        var growths = Growth.PeriodOnPeriod(series);

        AssertUndefined(GrowthUndefinedReason.ZeroBase, RateFor(growths, M(2018, 2)));
        Assert.Equal(-1.5, RateFor(growths, M(2018, 3)).GetFraction()); // 10 → −5: the base is positive, so a rate exists
        AssertUndefined(GrowthUndefinedReason.NegativeBase, RateFor(growths, M(2018, 4)));
        AssertUndefined(GrowthUndefinedReason.MissingCurrent, RateFor(growths, M(2018, 5)));
        AssertUndefined(GrowthUndefinedReason.MissingBase, RateFor(growths, M(2018, 6)));
    }

    [Fact]
    public void PeriodOnPeriod_FirstMonthOfYearOne_HasNoBase()
    {
        var series = Series(SeriesKind.Flow, (M(1, 1), 10m), (M(1, 2), 11m));

        var growths = Growth.PeriodOnPeriod(series);

        AssertUndefined(GrowthUndefinedReason.MissingBase, growths[0].Rate);
        AssertRate(0.1, growths[1].Rate, Exact);
    }
}
