using Taizhou.Metrics.Periods;
using Xunit;

namespace Taizhou.Metrics.Tests.Periods;

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
}
