using System;
using System.Collections.Generic;
using System.Globalization;
using Taizhou.Metrics.Periods;
using Xunit;

namespace Taizhou.Metrics.Tests.Periods;

/// <summary>Parsing and formatting of <see cref="ReportingPeriod"/> in the ISO-style and Chinese notations.</summary>
public partial class ReportingPeriodTest
{
    [Theory]
    [InlineData("2018-06", "2018年6月", PeriodKind.Month, 6, 6)]
    [InlineData("2018Q1", "2018年一季度", PeriodKind.Quarter, 1, 3)]
    [InlineData("2018Q2", "2018年二季度", PeriodKind.Quarter, 4, 6)]
    [InlineData("2018Q4", "2018年四季度", PeriodKind.Quarter, 10, 12)]
    [InlineData("2018H1", "2018年上半年", PeriodKind.HalfYear, 1, 6)]
    [InlineData("2018H2", "2018年下半年", PeriodKind.HalfYear, 7, 12)]
    [InlineData("2018", "2018年", PeriodKind.Year, 1, 12)]
    [InlineData("2018-01..06", "2018年1-6月", PeriodKind.YearToDate, 1, 6)]
    [InlineData("2018-01..02", "2018年1-2月", PeriodKind.YearToDate, 1, 2)]
    [InlineData("2018-01..12", "2018年1-12月", PeriodKind.YearToDate, 1, 12)]
    [InlineData("2018-01..01", "2018年1月累计", PeriodKind.YearToDate, 1, 1)]
    [InlineData("2018-01/02", "2018年1-2月合计", PeriodKind.MonthSpan, 1, 2)]
    [InlineData("2018-03/04", "2018年3-4月合计", PeriodKind.MonthSpan, 3, 4)]
    public void ToString_BothNotations_WriteAndReadBack(string iso, string chinese, PeriodKind kind, int start, int end)
    {
        var fromIso = ReportingPeriod.Parse(iso);
        var fromChinese = ReportingPeriod.Parse(chinese);

        Assert.Equal(kind, fromIso.Kind);
        Assert.Equal(2018, fromIso.Year);
        Assert.Equal(start, fromIso.StartMonth);
        Assert.Equal(end, fromIso.EndMonth);
        Assert.Equal(fromIso, fromChinese);
        Assert.Equal(iso, fromIso.ToString());
        Assert.Equal(iso, fromIso.ToString(PeriodNotation.Iso));
        Assert.Equal(chinese, fromIso.ToString(PeriodNotation.Chinese));
    }

    [Theory]
    [InlineData("2018年第二季度", PeriodKind.Quarter, 4, 6)]
    [InlineData("2018年2季度", PeriodKind.Quarter, 4, 6)]
    [InlineData("2018-Q2", PeriodKind.Quarter, 4, 6)]
    [InlineData("2018q2", PeriodKind.Quarter, 4, 6)]
    [InlineData("2018-H2", PeriodKind.HalfYear, 7, 12)]
    [InlineData("2018年全年", PeriodKind.Year, 1, 12)]
    [InlineData("2018年1至6月", PeriodKind.YearToDate, 1, 6)]
    [InlineData("2018年1~6月", PeriodKind.YearToDate, 1, 6)]
    [InlineData("2018年1—6月", PeriodKind.YearToDate, 1, 6)]
    [InlineData("２０１８年１－６月", PeriodKind.YearToDate, 1, 6)]
    [InlineData("２０１８Ｑ２", PeriodKind.Quarter, 4, 6)]
    [InlineData("2018年1月累计", PeriodKind.YearToDate, 1, 1)]
    [InlineData("2018年1-2月合计", PeriodKind.MonthSpan, 1, 2)]
    [InlineData("2018年3-4月", PeriodKind.MonthSpan, 3, 4)]
    [InlineData("2018年06月", PeriodKind.Month, 6, 6)]
    [InlineData("  2018-06\t", PeriodKind.Month, 6, 6)]
    public void Parse_AlternativeForms_Read(string text, PeriodKind kind, int start, int end)
    {
        var p = ReportingPeriod.Parse(text);
        Assert.Equal(kind, p.Kind);
        Assert.Equal(2018, p.Year);
        Assert.Equal(start, p.StartMonth);
        Assert.Equal(end, p.EndMonth);
        Assert.True(ReportingPeriod.TryParse(text, out var q));
        Assert.Equal(p, q);
    }

    [Fact]
    public void Parse_NotAPeriod_QuotesInput()
    {
        var ex = Assert.Throws<FormatException>(() => ReportingPeriod.Parse("June 2018"));
        Assert.Contains("'June 2018'", ex.Message, StringComparison.Ordinal);

        // The message lists the accepted forms.
        Assert.Contains("2018年1-6月", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("June 2018")]
    [InlineData("18-06")]
    [InlineData("2018-6")]
    [InlineData("2018-13")]
    [InlineData("2018-00")]
    [InlineData("2018Q0")]
    [InlineData("2018Q5")]
    [InlineData("2018H3")]
    [InlineData("0000")]
    [InlineData("2018-02..06")]
    [InlineData("2018-01..13")]
    [InlineData("2018-04/03")]
    [InlineData("2018-04/04")]
    [InlineData("2018年13月")]
    [InlineData("2018年6月累計")]
    [InlineData("2018年6-3月")]
    [InlineData("2018年五季度")]
    [InlineData("2018年中半年")]
    [InlineData("2018-06-30")]
    public void TryParse_Invalid_ReturnsFalse(string text)
    {
        Assert.False(ReportingPeriod.TryParse(text, out _));
        var ex = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        Assert.Contains("'" + text + "'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("٢٠١٨-06")]
    [InlineData("2018-٠٦")]
    [InlineData("२०१८年6月")]
    public void TryParse_NonAsciiDigits_ReturnsFalseWithoutThrowing(string text)
    {
        // Arabic-Indic and Devanagari digits are not period digits (full-width digits are, see above).
        // TryParse must report them as "not a period", never throw.
        Assert.False(ReportingPeriod.TryParse(text, out _));
        Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
    }

    [Fact]
    public void Parse_OutOfRangeMonth_SaysWhat()
    {
        var ex = Assert.Throws<FormatException>(() => ReportingPeriod.Parse("2018-13"));
        Assert.Contains("'2018-13'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("13", ex.Message.Replace("'2018-13'", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(ReportingPeriod.TryParse(null, out var p));
        Assert.Equal(default, p);
    }

    [Fact]
    public void Parse_Null_ThrowsArgumentNull()
    {
        Assert.Throws<ArgumentNullException>(() => ReportingPeriod.Parse(null!));
    }

    [Theory]
    [InlineData(null, "2018-01..06")]
    [InlineData("", "2018-01..06")]
    [InlineData("G", "2018-01..06")]
    [InlineData("I", "2018-01..06")]
    [InlineData("C", "2018年1-6月")]
    public void ToString_FormatString_SelectsNotation(string? format, string expected)
    {
        var p = ReportingPeriod.YearToDate(2018, 6);
        Assert.Equal(expected, p.ToString(format, CultureInfo.GetCultureInfo("ar-SA")));
    }

    [Fact]
    public void ToString_InInterpolation_UsesFormat()
    {
        var p = ReportingPeriod.Half(2018, 1);
        Assert.Equal("2018H1 = 2018年上半年", $"{p} = {p:C}");
    }

    [Fact]
    public void ToString_UnknownFormat_Throws()
    {
        Assert.Throws<FormatException>(() => ReportingPeriod.Month(2018, 6).ToString("X", null));
    }

    [Fact]
    public void ToString_UnknownNotation_Throws()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2018, 6).ToString((PeriodNotation)7));
        Assert.Equal("notation", ex.ParamName);
    }

    [Fact]
    public void ToString_EarlyYear_PadsToFourDigits()
    {
        Assert.Equal("0001Q1", ReportingPeriod.Quarter(1, 1).ToString());
        Assert.Equal("0999年1-6月", ReportingPeriod.YearToDate(999, 6).ToString(PeriodNotation.Chinese));
        Assert.Equal(ReportingPeriod.YearToDate(999, 6), ReportingPeriod.Parse("0999年1-6月"));
    }

    [Fact]
    public void ToString_EveryPeriodOfAYear_RoundTripsInBothNotations()
    {
        foreach (int year in new[] { 1, 2018, 9999 })
        {
            foreach (var p in AllPeriodsOf(year))
            {
                foreach (var notation in new[] { PeriodNotation.Iso, PeriodNotation.Chinese })
                {
                    string text = p.ToString(notation);
                    Assert.True(ReportingPeriod.TryParse(text, out var back), $"{text} did not parse");
                    Assert.Equal(p, back);
                }
            }
        }
    }

    /// <summary>Every period of every kind in one year: 12 months, 4 quarters, 2 halves, the year, 12 cumulative periods, 66 spans.</summary>
    private static IEnumerable<ReportingPeriod> AllPeriodsOf(int year)
    {
        for (int m = 1; m <= 12; m++)
        {
            yield return ReportingPeriod.Month(year, m);
            yield return ReportingPeriod.YearToDate(year, m);
            for (int e = m + 1; e <= 12; e++)
            {
                yield return ReportingPeriod.MonthSpan(year, m, e);
            }
        }

        for (int q = 1; q <= 4; q++)
        {
            yield return ReportingPeriod.Quarter(year, q);
        }

        yield return ReportingPeriod.Half(year, 1);
        yield return ReportingPeriod.Half(year, 2);
        yield return ReportingPeriod.CalendarYear(year);
    }
}
