using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Xunit;

namespace Taizhou.Metrics.Tests.Rates;

public class PeriodGrowthTest
{
    private static readonly ReportingPeriod H1of2018 = ReportingPeriod.YearToDate(2018, 6);
    private static readonly ReportingPeriod H1of2017 = ReportingPeriod.YearToDate(2017, 6);

    [Fact]
    public void Constructor_KeepsThePeriodsAndTheRate()
    {
        var growth = new PeriodGrowth(H1of2018, H1of2017, GrowthRate.FromPercent(26.7m));

        Assert.Equal(H1of2018, growth.Period);
        Assert.Equal(H1of2017, growth.BasePeriod);
        Assert.Equal(0.267, growth.Rate.GetFraction());
    }

    [Fact]
    public void Deconstruct_GivesThePartsInOrder()
    {
        var (period, basePeriod, rate) = new PeriodGrowth(H1of2018, H1of2017, GrowthRate.Undefined(GrowthUndefinedReason.MissingBase));

        Assert.Equal(H1of2018, period);
        Assert.Equal(H1of2017, basePeriod);
        Assert.Equal(GrowthUndefinedReason.MissingBase, rate.Reason);
    }

    [Fact]
    public void Equality_ComparesAllParts()
    {
        var a = new PeriodGrowth(H1of2018, H1of2017, GrowthRate.FromFraction(0.267));
        var b = new PeriodGrowth(H1of2018, H1of2017, GrowthRate.FromPercent(26.7m));
        var otherRate = a with { Rate = GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase) };
        var otherBase = a with { BasePeriod = ReportingPeriod.YearToDate(2018, 5) };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, otherRate);
        Assert.NotEqual(a, otherBase);
    }
}
