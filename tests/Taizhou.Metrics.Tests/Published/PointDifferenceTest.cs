using System;
using Taizhou.Metrics.Published;
using Xunit;

namespace Taizhou.Metrics.Tests.Published;

/// <summary>
/// Percentage-point differences between printed rates (百分点差). Real sentences from 泉州市统计局, "2022年10月份统计月报"
/// (tjj.quanzhou.gov.cn/tjzl/sjjd/202211/t20221123_2804133.htm): "1—10月份，全市规模以上工业增加值同比增长3.4%";
/// "高新技术产业…增加值同比增长8.5%，…快于全市平均水平5.1个百分点"; "民营工业企业…同比增长5.2%，…快于全市平均水平1.8个百分点";
/// "机械装备产业增加值同比增长7.6%，…快于全市平均水平4.2个百分点". Expected values by hand in the comments; bounds are
/// exact decimals, so they are compared exactly.
/// </summary>
public class PointDifferenceTest
{
    private static PublishedValue P(decimal value) => PublishedValue.Of(value);

    [Fact]
    public void Between_QuanzhouHighTech_Is5_1PointsWithin5_0And5_2()
    {
        // 8.5 − 3.4 = 5.1 points = 0.051; each rate ±0.05, so ±0.1 points: [5.0, 5.2] = [0.050, 0.052]
        var d = PointDifference.Between(P(8.5m), P(3.4m));

        Assert.Equal(0.051, d.Estimate);
        Assert.Equal(0.050, d.Bounds.Lower);
        Assert.Equal(0.052, d.Bounds.Upper);
    }

    [Theory]
    [InlineData("8.5", "3.4", "5.1")]   // 高新技术产业
    [InlineData("5.2", "3.4", "1.8")]   // 民营工业企业
    [InlineData("7.6", "3.4", "4.2")]   // 机械装备产业
    public void Check_QuanzhouBulletinSentences_AreConsistent(string rate, string city, string printed)
    {
        var check = PointDifference.Check(PublishedValue.Parse(rate), PublishedValue.Parse(city), PublishedValue.Parse(printed));

        Assert.False(check.IsBroken);
        Assert.Equal(0.0, check.Break);
    }

    [Fact]
    public void Check_PrintedDifferenceBeyondTheRatesRounding_Breaks()
    {
        // 8.5 − 3.4 lies in [5.0, 5.2]; a printed 5.4 stands for [5.35, 5.45]: the gap is 5.35 − 5.2 = 0.15 points
        var check = PointDifference.Check(P(8.5m), P(3.4m), P(5.4m));

        Assert.True(check.IsBroken);
        Assert.Equal(0.15, check.Break, 12);
        Assert.Equal(5.1, check.Derived.Estimate);
        Assert.Equal(5.0, check.Derived.Bounds.Lower);
        Assert.Equal(5.2, check.Derived.Bounds.Upper);
    }

    [Fact]
    public void Check_DifferenceOfUnroundedRatesRoundedByTheBureau_IsConsistentUpToTheSumOfHalfUnits()
    {
        // Unrounded 8.549 and 3.35 print as 8.5 and 3.4; their difference 5.199 prints as 5.2: within [5.0, 5.2]. No pair of
        // rates printing as 8.5 and 3.4 differs by more than 8.55 − 3.35 = 5.2, so a printed 5.3 ([5.25, 5.35]) breaks by 0.05.
        Assert.False(PointDifference.Check(P(8.5m), P(3.4m), P(5.2m)).IsBroken);
        var check = PointDifference.Check(P(8.5m), P(3.4m), P(5.3m));
        Assert.True(check.IsBroken);
        Assert.Equal(0.05, check.Break, 12);
    }

    [Fact]
    public void Between_LowerRate_IsNegative()
    {
        // "增长6.2%，低于全省0.8个百分点" with the province at 7.0: 6.2 − 7.0 = −0.8 points, [−0.9, −0.7]
        var d = PointDifference.Between(P(6.2m), P(7.0m));

        Assert.Equal(-0.008, d.Estimate);
        Assert.Equal(-0.009, d.Bounds.Lower);
        Assert.Equal(-0.007, d.Bounds.Upper);
        Assert.False(PointDifference.Check(P(6.2m), P(7.0m), P(-0.8m)).IsBroken);
        Assert.True(PointDifference.Check(P(6.2m), P(7.0m), P(0.8m)).IsBroken);   // the sign is the direction
    }

    [Fact]
    public void Between_EqualRates_HasBoundsStraddlingZero()
    {
        // 8.3 − 8.3 = 0 within [−0.1, 0.1] points: the printed rates do not say which is higher
        var d = PointDifference.Between(P(8.3m), P(8.3m));

        Assert.Equal(0.0, d.Estimate);
        Assert.Equal(-0.001, d.Bounds.Lower);
        Assert.Equal(0.001, d.Bounds.Upper);
        Assert.True(d.Bounds.Contains(0.0));
    }

    [Fact]
    public void Between_DifferentPrecisions_TakesEachRatesOwnHalfUnit()
    {
        // 8.25 (two decimals, ±0.005) − 3.4 (one decimal, ±0.05) = 4.85 ± 0.055: [4.795, 4.905] points
        var d = PointDifference.Between(P(8.25m), P(3.4m));

        Assert.Equal(0.0485, d.Estimate);
        Assert.Equal(0.04795, d.Bounds.Lower);
        Assert.Equal(0.04905, d.Bounds.Upper);
    }

    [Fact]
    public void Between_BeyondTheRangeOfADecimal_ThrowsNamingTheRate()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PointDifference.Between(P(decimal.MaxValue), P(-1m)));
        Assert.Equal("ratePercent", e.ParamName);
    }
}
