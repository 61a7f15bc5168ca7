using Taizhou.Metrics.Periods;
using Xunit;

namespace Taizhou.Metrics.Tests.Periods;

public partial class ReportingPeriodTest
{
    [Theory]
    [InlineData("2018年 1-6月")]
    [InlineData("2018年\u30001-6月")]     // ideographic space, as typed in Chinese documents
    [InlineData(" 2018年1-6月 ")]
    [InlineData("\u30002018年1-6月\u3000")]
    public void Parse_SpacesAroundChineseSigns_AreIgnored(string text) =>
        Assert.Equal(ReportingPeriod.YearToDate(2018, 6), ReportingPeriod.Parse(text));

    [Theory]
    [InlineData("20 18-06")]
    [InlineData("2018-0 6")]
    [InlineData("2018年1-1 2月")]
    public void TryParse_SpaceInsideANumber_IsNotAPeriod(string text) =>
        Assert.False(ReportingPeriod.TryParse(text, out _));
}
