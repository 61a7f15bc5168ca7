using System.Linq;
using Taizhou.Metrics.Charts;
using Taizhou.Metrics.Periods;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.Charts;

/// <summary>
/// <see cref="PeriodAxis"/>: ticks at every period, labelled with the period's name. Expected lists are written out by
/// hand; positions are exact binary fractions of a year (quarters end at 3, 6, 9, 12 months), compared exactly.
/// </summary>
public class PeriodAxisTest
{
    [Fact]
    public void Ticks_Quarterly_AreAtTheQuartersAndNamedByThem()
    {
        var quarters = new[] { ReportingPeriod.Quarter(2017, 1), ReportingPeriod.Quarter(2018, 4) };

        var ticks = PeriodAxis.Ticks(quarters, ChartLanguage.English, maxLabels: 10);

        // The gap 2017Q2..2018Q3 is filled; before the fix the ticks were integers (year ends) labelled 2017, 2018.
        Assert.Equal(
            ["2017Q1", "2017Q2", "2017Q3", "2017Q4", "2018Q1", "2018Q2", "2018Q3", "2018Q4"],
            ticks.Select(t => t.Label));
        Assert.Equal([2016.25, 2016.5, 2016.75, 2017.0, 2017.25, 2017.5, 2017.75, 2018.0], ticks.Select(t => t.Position));
    }

    [Fact]
    public void Ticks_QuarterlyInChinese_AreNamedAsBureausWriteThem()
    {
        var quarters = ReportingPeriod.Range(ReportingPeriod.Quarter(2018, 1), ReportingPeriod.Quarter(2018, 4));

        var ticks = PeriodAxis.Ticks(quarters, ChartLanguage.Chinese, maxLabels: 10);

        Assert.Equal(["2018年一季度", "2018年二季度", "2018年三季度", "2018年四季度"], ticks.Select(t => t.Label));
    }

    [Fact]
    public void Ticks_QuarterlyTooManyToLabel_LabelEverySecondQuarterBackFromTheLatest()
    {
        var quarters = ReportingPeriod.Range(ReportingPeriod.Quarter(2016, 2), ReportingPeriod.Quarter(2018, 2));

        var ticks = PeriodAxis.Ticks(quarters, ChartLanguage.English, maxLabels: 5);

        // 9 quarters, 5 labels: every 2nd, counted back from 2018Q2, so Q2s and Q4s; the others are minor ticks.
        Assert.Equal(
            ["2016Q2", null, "2016Q4", null, "2017Q2", null, "2017Q4", null, "2018Q2"],
            ticks.Select(t => t.Label));
    }

    [Fact]
    public void Ticks_Monthly_TwoYearsInTwelveLabels_EverySecondMonth()
    {
        var months = ReportingPeriod.Range(ReportingPeriod.Month(2018, 1), ReportingPeriod.Month(2019, 12));

        var ticks = PeriodAxis.Ticks(months, ChartLanguage.English, maxLabels: 12);

        Assert.Equal(24, ticks.Count);
        Assert.Equal(
            ["2018-02", "2018-04", "2018-06", "2018-08", "2018-10", "2018-12", "2019-02", "2019-04", "2019-06", "2019-08", "2019-10", "2019-12"],
            ticks.Where(t => t.Label is not null).Select(t => t.Label));
        Assert.Equal(2018.0 + (6 - 12) / 12.0, ticks.Single(t => t.Label == "2018-06").Position);
    }

    [Fact]
    public void Ticks_MonthlyEighteenMonthsInSevenLabels_EveryThirdMonth()
    {
        var months = ReportingPeriod.Range(ReportingPeriod.Month(2017, 1), ReportingPeriod.Month(2018, 6));

        var ticks = PeriodAxis.Ticks(months, ChartLanguage.Chinese, maxLabels: 7);

        // Steps for months are 1, 2, 3, 6, 12: 2 gives 9 labels, 3 gives 6.
        Assert.Equal(
            ["2017年3月", "2017年6月", "2017年9月", "2017年12月", "2018年3月", "2018年6月"],
            ticks.Where(t => t.Label is not null).Select(t => t.Label));
    }

    [Fact]
    public void Ticks_Cumulative_OnlyThePeriodsGivenInTheLanguagesScript()
    {
        var periods = new[] { ReportingPeriod.YearToDate(2018, 6), ReportingPeriod.YearToDate(2018, 1), ReportingPeriod.YearToDate(2018, 2) };

        var simplified = PeriodAxis.Ticks(periods, ChartLanguage.Chinese, maxLabels: 10);
        var traditional = PeriodAxis.Ticks(periods, ChartLanguage.ChineseTraditional, maxLabels: 10);

        Assert.Equal(["2018年1月累计", "2018年1-2月", "2018年1-6月"], simplified.Select(t => t.Label));
        Assert.Equal(["2018年1月累計", "2018年1-2月", "2018年1-6月"], traditional.Select(t => t.Label));
    }

    [Fact]
    public void Ticks_Years_EveryFifthYearWhenTwelveDoNotFit()
    {
        var years = ReportingPeriod.Range(ReportingPeriod.CalendarYear(2010), ReportingPeriod.CalendarYear(2021));

        var ticks = PeriodAxis.Ticks(years, ChartLanguage.English, maxLabels: 4);

        // 12 years: every 2nd gives 6 labels, every 5th (back from 2021) gives 3.
        Assert.Equal(["2011", "2016", "2021"], ticks.Where(t => t.Label is not null).Select(t => t.Label));
        Assert.Equal(2021.0, ticks[^1].Position);
    }

    [Fact]
    public void Ticks_NoPeriods_AreNone() =>
        Assert.Empty(PeriodAxis.Ticks([], ChartLanguage.English, maxLabels: 3));
}
