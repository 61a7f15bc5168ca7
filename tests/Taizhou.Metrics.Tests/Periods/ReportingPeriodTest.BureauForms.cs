using System;
using Taizhou.Metrics.Periods;
using Xunit;

namespace Taizhou.Metrics.Tests.Periods;

/// <summary>The period forms statistical bureaus print in their tables (月份, Simplified 累计/合计, 2018.06).</summary>
public partial class ReportingPeriodTest
{
    [Theory]
    [InlineData("2018年1-6月份", PeriodKind.YearToDate, 2018, 1, 6)]
    [InlineData("2018年6月份", PeriodKind.Month, 2018, 6, 6)]
    [InlineData("2018年 6 月份", PeriodKind.Month, 2018, 6, 6)]
    [InlineData("2010年", PeriodKind.Year, 2010, 1, 12)]
    [InlineData("2018.06", PeriodKind.Month, 2018, 6, 6)]
    [InlineData("2018.12", PeriodKind.Month, 2018, 12, 12)]
    [InlineData("2018年1月累计", PeriodKind.YearToDate, 2018, 1, 1)]
    [InlineData("2018年1月份累计", PeriodKind.YearToDate, 2018, 1, 1)]
    [InlineData("2018年1-6月累计", PeriodKind.YearToDate, 2018, 1, 6)]
    [InlineData("2018年1-6月累計", PeriodKind.YearToDate, 2018, 1, 6)]
    [InlineData("2018年3-4月合计", PeriodKind.MonthSpan, 2018, 3, 4)]
    [InlineData("2018年1-2月合计", PeriodKind.MonthSpan, 2018, 1, 2)]
    [InlineData("2018年3-4月份合計", PeriodKind.MonthSpan, 2018, 3, 4)]
    public void Parse_BureauForms_ReadAsThePeriodTheyName(string text, PeriodKind kind, int year, int start, int end)
    {
        var period = ReportingPeriod.Parse(text);

        Assert.Equal(kind, period.Kind);
        Assert.Equal(year, period.Year);
        Assert.Equal(start, period.StartMonth);
        Assert.Equal(end, period.EndMonth);
    }

    [Theory]
    [InlineData("2018.1")] // a spreadsheet's 2018.10 as well as January: refused, not guessed
    [InlineData("2018.13")]
    [InlineData("2018.006")]
    [InlineData("2018年6月份份")]
    [InlineData("2018年份")]
    public void Parse_BureauFormsMisspelt_AreRefused(string text)
    {
        Assert.False(ReportingPeriod.TryParse(text, out _));
    }

    [Fact]
    public void Parse_CumulativeRangeNotFromJanuary_SaysCumulativeStartsInJanuary()
    {
        var ex = Assert.Throws<FormatException>(() => ReportingPeriod.Parse("2018年3-6月累计"));

        Assert.Equal("'2018年3-6月累计' is not a reporting period: 累计 (cumulative) runs from January; write a range of other months as 3-6月 or 3-6月合计.", ex.Message);
    }
}
