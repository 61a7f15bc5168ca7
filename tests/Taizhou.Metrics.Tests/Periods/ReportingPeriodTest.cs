using System;
using System.Linq;
using NodaTime;
using Taizhou.Metrics.Periods;
using Xunit;

namespace Taizhou.Metrics.Tests.Periods;

/// <summary>Tests of <see cref="ReportingPeriod"/>: factories and properties (this file), parsing and formatting, arithmetic, comparison.</summary>
public partial class ReportingPeriodTest
{
    [Theory]
    [InlineData("2018-01..06", "2018年1-6月")]
    [InlineData("2018Q2", "2018年二季度")]
    public void Parse_IsoAndChinese_RoundTrip(string iso, string chinese)
    {
        var p = ReportingPeriod.Parse(iso);
        Assert.Equal(p, ReportingPeriod.Parse(chinese));
        Assert.Equal(iso, p.ToString());
        Assert.Equal(chinese, p.ToString(PeriodNotation.Chinese));
    }

    [Fact]
    public void Month_CoversOneMonth()
    {
        var p = ReportingPeriod.Month(2018, 6);
        Assert.Equal(PeriodKind.Month, p.Kind);
        Assert.Equal(2018, p.Year);
        Assert.Equal(6, p.StartMonth);
        Assert.Equal(6, p.EndMonth);
        Assert.Equal(1, p.MonthCount);
        Assert.Equal(new YearMonth(2018, 6), p.Start);
        Assert.Equal(new YearMonth(2018, 6), p.End);
    }

    [Fact]
    public void Month_FromYearMonth_EqualsMonth()
    {
        Assert.Equal(ReportingPeriod.Month(2018, 6), ReportingPeriod.Month(new YearMonth(2018, 6)));
    }

    [Fact]
    public void Month_FromNonIsoYearMonth_Throws()
    {
        var julian = new YearMonth(2018, 6, CalendarSystem.Julian);
        var ex = Assert.Throws<ArgumentException>(() => ReportingPeriod.Month(julian));
        Assert.Equal("yearMonth", ex.ParamName);
    }

    [Theory]
    [InlineData(1, 1, 3)]
    [InlineData(2, 4, 6)]
    [InlineData(3, 7, 9)]
    [InlineData(4, 10, 12)]
    public void Quarter_CoversItsThreeMonths(int quarter, int start, int end)
    {
        var p = ReportingPeriod.Quarter(2018, quarter);
        Assert.Equal(PeriodKind.Quarter, p.Kind);
        Assert.Equal(start, p.StartMonth);
        Assert.Equal(end, p.EndMonth);
        Assert.Equal(3, p.MonthCount);
        Assert.Equal(quarter, p.QuarterNumber);
    }

    [Theory]
    [InlineData(1, 1, 6)]
    [InlineData(2, 7, 12)]
    public void Half_CoversItsSixMonths(int half, int start, int end)
    {
        var p = ReportingPeriod.Half(2018, half);
        Assert.Equal(PeriodKind.HalfYear, p.Kind);
        Assert.Equal(start, p.StartMonth);
        Assert.Equal(end, p.EndMonth);
        Assert.Equal(6, p.MonthCount);
        Assert.Equal(half, p.HalfNumber);
    }

    [Fact]
    public void CalendarYear_CoversTwelveMonths()
    {
        var p = ReportingPeriod.CalendarYear(2018);
        Assert.Equal(PeriodKind.Year, p.Kind);
        Assert.Equal(1, p.StartMonth);
        Assert.Equal(12, p.EndMonth);
        Assert.Equal(12, p.MonthCount);
    }

    [Fact]
    public void YearToDate_JanuaryToJune_CoversSixMonths()
    {
        // 1-6月: January to June.
        var p = ReportingPeriod.YearToDate(2018, 6);
        Assert.Equal(PeriodKind.YearToDate, p.Kind);
        Assert.Equal(1, p.StartMonth);
        Assert.Equal(6, p.EndMonth);
        Assert.Equal(6, p.MonthCount);
    }

    [Fact]
    public void MonthSpan_TwoMonths_IsSpan()
    {
        var p = ReportingPeriod.MonthSpan(2018, 3, 4);
        Assert.Equal(PeriodKind.MonthSpan, p.Kind);
        Assert.Equal(3, p.StartMonth);
        Assert.Equal(4, p.EndMonth);
        Assert.Equal(2, p.MonthCount);
        Assert.False(p.IsRegular);
    }

    [Fact]
    public void MonthSpan_OneMonth_IsMonth()
    {
        Assert.Equal(ReportingPeriod.Month(2018, 5), ReportingPeriod.MonthSpan(2018, 5, 5));
    }

    [Fact]
    public void JanuaryFebruary_IsSpanNotCumulative()
    {
        var janFeb = ReportingPeriod.JanuaryFebruary(2018);
        var ytd = ReportingPeriod.YearToDate(2018, 2);
        Assert.Equal(ReportingPeriod.MonthSpan(2018, 1, 2), janFeb);
        Assert.Equal(PeriodKind.MonthSpan, janFeb.Kind);

        // Same months, different kind: not equal, but they cover the same months.
        Assert.NotEqual(ytd, janFeb);
        Assert.True(janFeb.CoversSameMonths(ytd));
    }

    [Fact]
    public void Default_IsJanuaryOfYearOne()
    {
        var p = default(ReportingPeriod);
        Assert.Equal(ReportingPeriod.Month(1, 1), p);
        Assert.Equal(ReportingPeriod.Month(1, 1).GetHashCode(), p.GetHashCode());
        Assert.Equal("0001-01", p.ToString());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10000)]
    [InlineData(-2018)]
    public void Factories_YearOutOfRange_ThrowNamingYear(int year)
    {
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(year, 1)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(year, 1)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Half(year, 1)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.CalendarYear(year)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.YearToDate(year, 6)).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.MonthSpan(year, 3, 4)).ParamName);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void Factories_YearAtBounds_Accepted(int year)
    {
        Assert.Equal(year, ReportingPeriod.Month(year, 12).Year);
        Assert.Equal(year, ReportingPeriod.CalendarYear(year).Year);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void Month_MonthOutOfRange_ThrowsWithValue(int month)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2018, month));
        Assert.Equal("month", ex.ParamName);
        Assert.Equal(month, ex.ActualValue);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(5)]
    public void Quarter_OutOfRange_Throws(int quarter)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2018, quarter));
        Assert.Equal("quarter", ex.ParamName);
        Assert.Equal(quarter, ex.ActualValue);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    public void Half_OutOfRange_Throws(int half)
    {
        Assert.Equal("half", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Half(2018, half)).ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void YearToDate_EndMonthOutOfRange_Throws(int endMonth)
    {
        Assert.Equal("endMonth", Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.YearToDate(2018, endMonth)).ParamName);
    }

    [Fact]
    public void MonthSpan_EndBeforeStart_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.MonthSpan(2018, 4, 3));
        Assert.Equal("endMonth", ex.ParamName);
        Assert.Equal(3, ex.ActualValue);
    }

    [Theory]
    [InlineData(0, 4)]
    [InlineData(3, 13)]
    public void MonthSpan_MonthOutOfRange_Throws(int start, int end)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.MonthSpan(2018, start, end));
    }

    [Theory]
    [InlineData(PeriodKind.Month, 5, 5, 5)]
    [InlineData(PeriodKind.Quarter, 6, 4, 6)]
    [InlineData(PeriodKind.HalfYear, 12, 7, 12)]
    [InlineData(PeriodKind.Year, 12, 1, 12)]
    [InlineData(PeriodKind.YearToDate, 2, 1, 2)]
    public void EndingIn_GivesPeriodEndingThen(PeriodKind kind, int endMonth, int start, int end)
    {
        var p = ReportingPeriod.EndingIn(kind, 2018, endMonth);
        Assert.Equal(kind, p.Kind);
        Assert.Equal(2018, p.Year);
        Assert.Equal(start, p.StartMonth);
        Assert.Equal(end, p.EndMonth);
    }

    [Theory]
    [InlineData(PeriodKind.Quarter, 5)]
    [InlineData(PeriodKind.HalfYear, 9)]
    [InlineData(PeriodKind.Year, 6)]
    [InlineData(PeriodKind.MonthSpan, 4)]
    [InlineData(PeriodKind.Month, 13)]
    public void EndingIn_NoSuchPeriod_Throws(PeriodKind kind, int endMonth)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.EndingIn(kind, 2018, endMonth));
        Assert.Equal("endMonth", ex.ParamName);
    }

    [Fact]
    public void QuarterNumber_OfNonQuarter_IsNull()
    {
        // 2018年1-3月 covers the first quarter's months but is a cumulative period, not a quarter.
        Assert.Null(ReportingPeriod.YearToDate(2018, 3).QuarterNumber);
        Assert.Null(ReportingPeriod.Quarter(2018, 1).HalfNumber);
        Assert.Null(ReportingPeriod.Month(2018, 6).HalfNumber);
    }

    [Fact]
    public void Months_ListsMonthsInOrder()
    {
        Assert.Equal(
            [new YearMonth(2018, 4), new YearMonth(2018, 5), new YearMonth(2018, 6)],
            ReportingPeriod.Quarter(2018, 2).Months().ToArray());
        Assert.Equal(12, ReportingPeriod.CalendarYear(2018).Months().Count());
    }
}
