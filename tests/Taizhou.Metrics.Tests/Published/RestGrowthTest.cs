using System;
using Taizhou.Metrics.Published;
using Xunit;

namespace Taizhou.Metrics.Tests.Published;

/// <summary>
/// The growth of a total excluding a component (扣除…后增长), <see cref="Implied.RestGrowth"/>, checked against printed
/// figures with <see cref="FigureCheck.OfPercent"/>. Bulletins' "扣除房地产开发投资，全国固定资产投资增长6.6%" sentences
/// found in the search corpus (国家统计局, 2025 上半年 and 2023 1-8月) do not print the component's level next to them, so the
/// real case here is the same identity on a split printed in full: 国家统计局, 2004 上半年 (as reported by 中新网,
/// 2004-07-21): "全社会累计完成固定资产投资26082亿元，比去年同期增长28.6%…其中，城镇累计完成投资21844亿元，增长31%；农村累计完成投资
/// 4238亿元，增长17.3%" and "第二产业投资8791亿元，增长41.8%…其中，工业投资8511亿元，增长42.3%；建筑业投资280亿元，增长28.0%".
/// The total excluding 城镇 is 农村; 第二产业 excluding 工业 is 建筑业. Bounds by hand (corners of the rounding box).
/// </summary>
public class RestGrowthTest
{
    private static PublishedValue P(decimal value) => PublishedValue.Of(value);

    [Fact]
    public void RestGrowth_TotalExcludingUrban_MatchesThePrintedRural17_3()
    {
        // Bases: 26082 / 1.286 = 20281.49, 21844 / 1.31 = 16674.81; rest 4238 / 3606.68 − 1 = 17.504 %.
        // 31 % is printed without decimals, [30.5, 31.5]: the rest's growth lies in [15.223 %, 19.892 %], which meets 17.3.
        var rest = Implied.RestGrowth(P(26082m), P(28.6m), P(21844m), P(31m));

        Assert.Equal(0.175041, rest.Estimate, 6);
        Assert.Equal(0.152234, rest.Bounds.Lower, 6);
        Assert.Equal(0.198919, rest.Bounds.Upper, 6);
        var check = FigureCheck.OfPercent(P(17.3m), rest);
        Assert.False(check.IsBroken);
        Assert.Equal(17.5041, check.Derived.Estimate, 4);
    }

    [Fact]
    public void RestGrowth_SecondaryExcludingIndustry_MatchesThePrintedConstruction28_0()
    {
        // 8791 / 1.418 = 6199.58, 8511 / 1.423 = 5981.03; rest 280 / 218.55 − 1 = 28.117 %, within [25.600 %, 30.718 %]
        var rest = Implied.RestGrowth(P(8791m), P(41.8m), P(8511m), P(42.3m));

        Assert.Equal(0.281166, rest.Estimate, 6);
        Assert.Equal(0.255996, rest.Bounds.Lower, 6);
        Assert.Equal(0.307176, rest.Bounds.Upper, 6);
        Assert.False(FigureCheck.OfPercent(P(28.0m), rest).IsBroken);
        Assert.True(FigureCheck.OfPercent(P(31.0m), rest).IsBroken);   // [30.95, 31.05] misses 30.718 by 0.232
    }

    [Fact]
    public void RestGrowth_ComponentAlmostAllOfTheTotal_IsUnboundedAndMeetsAnyPrintedFigure()
    {
        // 100.0 at +10.0 % less 99.8 at +9.8 %: the rest's base 90.909 − 90.893 = 0.016 can reach zero within the rounding
        var rest = Implied.RestGrowth(P(100.0m), P(10.0m), P(99.8m), P(9.8m));

        Assert.True(rest.IsUnbounded);
        Assert.False(FigureCheck.OfPercent(P(5.0m), rest).IsBroken);
    }

    [Fact]
    public void RestGrowth_ComponentGrowthAtMinus100_Throws()
    {
        // A component that fell by 100 % had no earlier level to divide by
        Assert.Throws<ArgumentException>(() => Implied.RestGrowth(P(200.0m), P(10.0m), P(0.0m), P(-100.0m)));
    }
}
