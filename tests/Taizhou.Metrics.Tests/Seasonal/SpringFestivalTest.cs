using System;
using System.Linq;
using NodaTime;
using NodaTime.Text;
using Taizhou.Metrics.Seasonal;
using Xunit;

namespace Taizhou.Metrics.Tests.Seasonal;

/// <summary>The table of Spring Festival dates against R seasonal's <c>cny</c> (1990–2030) and the cross-checked 2031–2050 dates; exact.</summary>
public class SpringFestivalTest
{
    // christophsax/seasonal data/holiday.RData, object cny, 1990-2030 (decoded in the issue-15 research notes, §4).
    private const string SeasonalCny =
        "1990-01-27 1991-02-15 1992-02-04 1993-01-23 1994-02-10 1995-01-31 1996-02-19 1997-02-07 1998-01-28 1999-02-16 " +
        "2000-02-05 2001-01-24 2002-02-12 2003-02-01 2004-01-22 2005-02-09 2006-01-29 2007-02-18 2008-02-07 2009-01-26 " +
        "2010-02-14 2011-02-03 2012-01-23 2013-02-10 2014-01-31 2015-02-19 2016-02-08 2017-01-28 2018-02-16 2019-02-05 " +
        "2020-01-25 2021-02-12 2022-02-01 2023-01-22 2024-02-10 2025-01-29 2026-02-17 2027-02-06 2028-01-26 2029-02-13 " +
        "2030-02-03";

    // 2031-2050: three independent public tables that agree (research notes §4); HKO conversion tables are the authority.
    private const string CrossChecked =
        "2031-01-23 2032-02-11 2033-01-31 2034-02-19 2035-02-08 2036-01-28 2037-02-15 2038-02-04 2039-01-24 " +
        "2040-02-12 2041-02-01 2042-01-22 2043-02-10 2044-01-30 2045-02-17 2046-02-06 2047-01-26 2048-02-14 2049-02-02 2050-01-23";

    private static LocalDate[] Parse(string text) =>
        [.. text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(s => LocalDatePattern.Iso.Parse(s).Value)];

    [Fact]
    public void Dates_1990To2030_EqualRSeasonalsCny()
    {
        var expected = Parse(SeasonalCny);

        Assert.Equal(41, expected.Length);
        Assert.Equal(expected, SpringFestival.Dates.Take(41));
    }

    [Fact]
    public void Dates_2031To2050_EqualTheCrossCheckedTables()
    {
        Assert.Equal(Parse(CrossChecked), SpringFestival.Dates.Skip(41));
        Assert.Equal(61, SpringFestival.Dates.Length);
    }

    [Fact]
    public void Dates_FallBetween22JanuaryAnd19February()
    {
        var dates = SpringFestival.Dates;

        Assert.Equal(new LocalDate(2004, 1, 22), dates.First(d => d.Month == 1 && d.Day == 22));
        Assert.All(dates, d => Assert.True(d >= new LocalDate(d.Year, 1, 22) && d <= new LocalDate(d.Year, 2, 19), d.ToString()));
        Assert.Equal(3, dates.Count(d => d.Month == 2 && d.Day == 19));
    }

    [Theory]
    [InlineData(1989)]
    [InlineData(2051)]
    public void Date_OutsideTheTable_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SpringFestival.Date(year));
    }
}
