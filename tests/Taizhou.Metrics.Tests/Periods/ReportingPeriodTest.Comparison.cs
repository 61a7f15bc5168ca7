using System;
using System.Linq;
using NodaTime;
using Taizhou.Metrics.Periods;
using Xunit;

namespace Taizhou.Metrics.Tests.Periods;

/// <summary>Equality, ordering and coverage (Contains, Overlaps) of <see cref="ReportingPeriod"/>.</summary>
public partial class ReportingPeriodTest
{
    [Fact]
    public void Sort_IsChronologicalByLastMonthThenLongerFirstThenKind()
    {
        // Expected order worked out from the documented rule: last month covered, then first month (longer first),
        // then kind (Month < Quarter < HalfYear < Year < YearToDate < MonthSpan).
        string[] expected =
        [
            "2017",
            "2018-01",
            "2018-01..01",
            "2018-01..02",
            "2018-01/02",
            "2018Q1",
            "2018-01..03",
            "2018-03",
            "2018H1",
            "2018-01..06",
            "2018Q2",
            "2018-05/06",
            "2018-06",
            "2018",
            "2019-01",
        ];
        var shuffled = Enumerable.Reverse(expected).Select(ReportingPeriod.Parse).OrderBy(p => p.ToString().Length).ToList();
        shuffled.Sort();
        Assert.Equal(expected, shuffled.Select(p => p.ToString()).ToArray());
    }

    [Fact]
    public void Operators_AgreeWithCompareTo()
    {
        var a = ReportingPeriod.YearToDate(2018, 5);
        var b = ReportingPeriod.YearToDate(2018, 6);
        Assert.True(a < b);
        Assert.True(a <= b);
        Assert.True(b > a);
        Assert.True(b >= a);
        Assert.False(a > b);
        var a2 = ReportingPeriod.Parse("2018年1-5月");
        Assert.True(a <= a2);
        Assert.True(a >= a2);
        Assert.False(a < a2);
        Assert.False(a > a2);
        Assert.True(a.CompareTo(b) < 0);
        Assert.True(b.CompareTo(a) > 0);
        Assert.Equal(0, a.CompareTo(ReportingPeriod.YearToDate(2018, 5)));
    }

    [Fact]
    public void CompareTo_Null_SortsNullFirst()
    {
        Assert.True(ReportingPeriod.Month(2018, 6).CompareTo(null) > 0);
    }

    [Fact]
    public void CompareTo_NotAPeriod_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => ReportingPeriod.Month(2018, 6).CompareTo((object)"2018-06"));
        Assert.Equal("obj", ex.ParamName);
    }

    [Fact]
    public void CompareTo_BoxedPeriod_ComparesValue()
    {
        Assert.True(ReportingPeriod.Month(2018, 6).CompareTo((object)ReportingPeriod.Month(2018, 5)) > 0);
    }

    [Fact]
    public void Equals_SameMonthsDifferentKind_NotEqual()
    {
        // 2018Q1 and 1-3月 cover the same months but are different periods.
        var q1 = ReportingPeriod.Quarter(2018, 1);
        var ytd = ReportingPeriod.YearToDate(2018, 3);
        Assert.False(q1.Equals(ytd));
        Assert.True(q1 != ytd);
        Assert.False(q1 == ytd);
        Assert.True(q1.CoversSameMonths(ytd));
        Assert.NotEqual(0, q1.CompareTo(ytd));
    }

    [Fact]
    public void Equals_SamePeriod_EqualWithSameHash()
    {
        var a = ReportingPeriod.Parse("2018年1-6月");
        var b = ReportingPeriod.YearToDate(2018, 6);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals((object)"2018-01..06"));
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void CoversSameMonths_DifferentYearOrMonths_False()
    {
        Assert.False(ReportingPeriod.Quarter(2018, 1).CoversSameMonths(ReportingPeriod.Quarter(2017, 1)));
        Assert.False(ReportingPeriod.Half(2018, 1).CoversSameMonths(ReportingPeriod.YearToDate(2018, 5)));
    }

    [Theory]
    [InlineData(2018, 4, true)]
    [InlineData(2018, 6, true)]
    [InlineData(2018, 3, false)]
    [InlineData(2018, 7, false)]
    [InlineData(2017, 5, false)]
    public void Contains_Month(int year, int month, bool expected)
    {
        Assert.Equal(expected, ReportingPeriod.Quarter(2018, 2).Contains(new YearMonth(year, month)));
    }

    [Theory]
    [InlineData("2018", "2018Q2", true)]
    [InlineData("2018H1", "2018-01..06", true)]
    [InlineData("2018H1", "2018-01..04", true)]
    [InlineData("2018-01..06", "2018-03/04", true)]
    [InlineData("2018Q2", "2018Q2", true)]
    [InlineData("2018Q2", "2018H1", false)]
    [InlineData("2018Q2", "2018-03/04", false)]
    [InlineData("2018", "2017Q2", false)]
    [InlineData("2018-06", "2018Q2", false)]
    public void Contains_Period_WhateverItsKind(string outer, string inner, bool expected)
    {
        Assert.Equal(expected, ReportingPeriod.Parse(outer).Contains(ReportingPeriod.Parse(inner)));
    }

    [Theory]
    [InlineData("2018Q1", "2018-03/04", true)]
    [InlineData("2018Q1", "2018Q2", false)]
    [InlineData("2018Q1", "2017Q1", false)]
    [InlineData("2018-01..06", "2018-06", true)]
    [InlineData("2018-01..05", "2018-06", false)]
    [InlineData("2018", "2018-12", true)]
    [InlineData("2018H1", "2018H2", false)]
    [InlineData("2018-01/02", "2018-01..01", true)]
    public void Overlaps_IsSymmetric(string a, string b, bool expected)
    {
        var p = ReportingPeriod.Parse(a);
        var q = ReportingPeriod.Parse(b);
        Assert.Equal(expected, p.Overlaps(q));
        Assert.Equal(expected, q.Overlaps(p));
    }
}
