using System;
using System.Linq;
using Taizhou.Metrics.Periods;
using Xunit;

namespace Taizhou.Metrics.Tests.Periods;

/// <summary>Arithmetic of <see cref="ReportingPeriod"/>: same time last year, previous and next, ranges.</summary>
public partial class ReportingPeriodTest
{
    [Theory]
    [InlineData("2018-01..06", "2017-01..06")]
    [InlineData("2018-06", "2017-06")]
    [InlineData("2018Q2", "2017Q2")]
    [InlineData("2018H2", "2017H2")]
    [InlineData("2018", "2017")]
    [InlineData("2018-03/04", "2017-03/04")]
    [InlineData("2018-01..01", "2017-01..01")]
    public void SameTimeLastYear_KeepsKindAndMonths(string period, string expected)
    {
        Assert.Equal(ReportingPeriod.Parse(expected), ReportingPeriod.Parse(period).SameTimeLastYear());
    }

    [Fact]
    public void SameTimeLastYear_YearOne_Throws()
    {
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.YearToDate(1, 6).SameTimeLastYear());
    }

    [Fact]
    public void YearsEarlier_NegativeCount_MovesLater()
    {
        Assert.Equal(ReportingPeriod.YearToDate(2021, 6), ReportingPeriod.YearToDate(2018, 6).YearsEarlier(-3));
        Assert.Equal(ReportingPeriod.Quarter(2008, 2), ReportingPeriod.Quarter(2018, 2).YearsEarlier(10));
        Assert.Equal(ReportingPeriod.Quarter(2018, 2), ReportingPeriod.Quarter(2018, 2).YearsEarlier(0));
    }

    [Theory]
    [InlineData(2018)]
    [InlineData(-7982)]
    [InlineData(int.MinValue)]
    [InlineData(int.MaxValue)]
    public void YearsEarlier_OutsideYearRange_Throws(int years)
    {
        // 2018 - 2018 = year 0 and 2018 + 7982 = year 10000 are both outside 1..9999; the extremes must not overflow.
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.Month(2018, 6).YearsEarlier(years));
    }

    [Theory]
    [InlineData("2018-06", "2018-05")]
    [InlineData("2018-01", "2017-12")]
    [InlineData("2018Q1", "2017Q4")]
    [InlineData("2018Q3", "2018Q2")]
    [InlineData("2018H1", "2017H2")]
    [InlineData("2018H2", "2018H1")]
    [InlineData("2018", "2017")]
    [InlineData("2018-01..06", "2018-01..05")]
    [InlineData("2018-01..02", "2018-01..01")]
    public void Previous_GivesPreviousOfSameKind(string period, string expected)
    {
        Assert.Equal(ReportingPeriod.Parse(expected), ReportingPeriod.Parse(period).Previous());
    }

    [Theory]
    [InlineData("2018-05", "2018-06")]
    [InlineData("2017-12", "2018-01")]
    [InlineData("2017Q4", "2018Q1")]
    [InlineData("2017H2", "2018H1")]
    [InlineData("2017", "2018")]
    [InlineData("2018-01..05", "2018-01..06")]
    [InlineData("2018-01..01", "2018-01..02")]
    public void Next_GivesNextOfSameKind(string period, string expected)
    {
        Assert.Equal(ReportingPeriod.Parse(expected), ReportingPeriod.Parse(period).Next());
    }

    [Theory]
    [InlineData("2018-01..01")]
    [InlineData("2018-03/04")]
    [InlineData("0001-01")]
    [InlineData("0001Q1")]
    [InlineData("0001H1")]
    [InlineData("0001")]
    public void Previous_NoPredecessor_Throws(string period)
    {
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.Parse(period).Previous());
    }

    [Theory]
    [InlineData("2018-01..12")]
    [InlineData("2018-01/02")]
    [InlineData("9999-12")]
    [InlineData("9999Q4")]
    [InlineData("9999H2")]
    [InlineData("9999")]
    public void Next_NoSuccessor_Throws(string period)
    {
        Assert.Throws<InvalidOperationException>(() => ReportingPeriod.Parse(period).Next());
    }

    [Fact]
    public void NextThenPrevious_IsIdentity_ForEveryMonthAcrossYears()
    {
        var p = ReportingPeriod.Month(2016, 1);
        for (int i = 0; i < 60; i++)
        {
            var next = p.Next();
            Assert.Equal(p, next.Previous());

            // A month is followed by the month whose absolute month number is one higher.
            Assert.Equal((p.Year * 12) + p.EndMonth, (next.Year * 12) + next.EndMonth - 1);
            p = next;
        }
    }

    [Fact]
    public void IsRegular_FalseOnlyForSpans()
    {
        Assert.True(ReportingPeriod.Month(2018, 1).IsRegular);
        Assert.True(ReportingPeriod.Quarter(2018, 1).IsRegular);
        Assert.True(ReportingPeriod.Half(2018, 1).IsRegular);
        Assert.True(ReportingPeriod.CalendarYear(2018).IsRegular);
        Assert.True(ReportingPeriod.YearToDate(2018, 2).IsRegular);
        Assert.False(ReportingPeriod.JanuaryFebruary(2018).IsRegular);
    }

    [Fact]
    public void Range_MonthsAcrossYears_ListsEachMonth()
    {
        // 2017-01 to 2018-06: 12 + 6 = 18 months.
        var range = ReportingPeriod.Range(ReportingPeriod.Month(2017, 1), ReportingPeriod.Month(2018, 6));
        Assert.Equal(18, range.Count);
        Assert.Equal(ReportingPeriod.Month(2017, 1), range[0]);
        Assert.Equal(ReportingPeriod.Month(2017, 12), range[11]);
        Assert.Equal(ReportingPeriod.Month(2018, 1), range[12]);
        Assert.Equal(ReportingPeriod.Month(2018, 6), range[17]);
    }

    [Fact]
    public void Range_Quarters_CrossYearEnd()
    {
        var range = ReportingPeriod.Range(ReportingPeriod.Parse("2017Q3"), ReportingPeriod.Parse("2018Q2"));
        Assert.Equal(new[] { "2017Q3", "2017Q4", "2018Q1", "2018Q2" }, range.Select(p => p.ToString()).ToArray());
    }

    [Fact]
    public void Range_CumulativeYear_ListsOneToTwoThroughOneToTwelve()
    {
        // 1-2月, 1-3月, ..., 1-12月: 11 periods.
        var range = ReportingPeriod.Range(ReportingPeriod.YearToDate(2018, 2), ReportingPeriod.YearToDate(2018, 12));
        Assert.Equal(11, range.Count);
        Assert.All(range, p => Assert.Equal(PeriodKind.YearToDate, p.Kind));
        Assert.Equal(Enumerable.Range(2, 11), range.Select(p => p.EndMonth));
    }

    [Fact]
    public void Range_SinglePeriod_HasOneElement()
    {
        var p = ReportingPeriod.Half(2018, 1);
        Assert.Equal([p], ReportingPeriod.Range(p, p));
    }

    [Fact]
    public void Range_DifferentKinds_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportingPeriod.Range(ReportingPeriod.Quarter(2018, 1), ReportingPeriod.YearToDate(2018, 6)));
        Assert.Equal("last", ex.ParamName);
    }

    [Fact]
    public void Range_Spans_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportingPeriod.Range(ReportingPeriod.MonthSpan(2018, 1, 2), ReportingPeriod.MonthSpan(2018, 5, 6)));
        Assert.Equal("first", ex.ParamName);
    }

    [Fact]
    public void Range_CumulativeAcrossYears_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportingPeriod.Range(ReportingPeriod.YearToDate(2017, 6), ReportingPeriod.YearToDate(2018, 2)));
        Assert.Equal("last", ex.ParamName);
    }

    [Fact]
    public void Range_WrongOrder_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportingPeriod.Range(ReportingPeriod.Month(2018, 6), ReportingPeriod.Month(2018, 5)));
        Assert.Equal("last", ex.ParamName);
    }
}
