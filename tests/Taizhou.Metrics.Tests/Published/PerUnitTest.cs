using System;
using Taizhou.Metrics.Published;
using Xunit;

namespace Taizhou.Metrics.Tests.Published;

/// <summary>
/// Averages per unit. Real sentences from a provincial industry report (mpmpc.cn, 2012-12-04): "2835家小型企业销售收入…
/// 4401.73亿元…平均每家企业的年销售收入只有1.55亿元"; "42家大型企业资产总额…1208.8亿元…平均每家企业的资产总额为28.78亿元".
/// Expected values by hand in the comments.
/// </summary>
public class PerUnitTest
{
    private static PublishedValue P(decimal value) => PublishedValue.Of(value);

    [Fact]
    public void Average_SmallFirms_Is1_55BillionYuanPerFirm()
    {
        // 4401.73 / 2835 = 1.5526384; the count is exact, so the bounds are 4401.725 / 2835 = 1.5526367 and 4401.735 / 2835 = 1.5526402
        var average = PerUnit.Average(P(4401.73m), 2835);

        Assert.Equal(1.5526384, average.Estimate, 7);
        Assert.Equal(4401.725 / 2835, average.Bounds.Lower, 12);
        Assert.Equal(4401.735 / 2835, average.Bounds.Upper, 12);
        Assert.False(FigureCheck.Of(P(1.55m), average).IsBroken);
    }

    [Fact]
    public void Average_LargeFirmsAssets_MatchesThePrinted28_78()
    {
        // 1208.8 / 42 = 28.780952 within [1208.75 / 42, 1208.85 / 42] = [28.779762, 28.782143]; printed 28.78 [28.775, 28.785]
        var average = PerUnit.Average(P(1208.8m), 42);

        Assert.Equal(28.780952, average.Estimate, 6);
        Assert.False(FigureCheck.Of(P(28.78m), average).IsBroken);
        Assert.True(FigureCheck.Of(P(28.79m), average).IsBroken);   // [28.785, 28.795] misses 28.782143 by 0.002857
    }

    [Fact]
    public void Average_RoundedCount_TakesBothRoundings()
    {
        // Hand-made (not a bulletin): GDP 6402.69 亿元 over 662.3 万人 = 9.667356 万元 per person;
        // smallest 6402.685 / 662.35 = 9.666619, largest 6402.695 / 662.25 = 9.668094
        var perCapita = PerUnit.Average(P(6402.69m), P(662.3m));

        Assert.Equal(9.667356, perCapita.Estimate, 6);
        Assert.Equal(6402.685 / 662.35, perCapita.Bounds.Lower, 12);
        Assert.Equal(6402.695 / 662.25, perCapita.Bounds.Upper, 12);
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(-3L)]
    public void Average_CountNotPositive_ThrowsNamingTheCount(long count)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PerUnit.Average(P(100.0m), count));
        Assert.Equal("count", e.ParamName);
    }

    [Fact]
    public void Average_RoundedCountOfZero_ThrowsNamingTheCount()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => PerUnit.Average(P(100.0m), P(0.0m)));
        Assert.Equal("count", e.ParamName);
    }

    [Fact]
    public void Average_NegativeTotal_IsNegative()
    {
        // A loss of −12.6 亿元 over 42 firms: −0.3 亿元 each, within [−12.65 / 42, −12.55 / 42]
        var average = PerUnit.Average(P(-12.6m), 42);

        Assert.Equal(-0.3, average.Estimate, 12);
        Assert.Equal(-12.65 / 42, average.Bounds.Lower, 12);
        Assert.Equal(-12.55 / 42, average.Bounds.Upper, 12);
    }
}
