using System;
using System.Globalization;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Units;

/// <summary>Tests of <see cref="Amount"/>: factories, exact conversion, same-unit arithmetic and <see cref="UnitMismatchException"/>.</summary>
public class AmountTest
{
    [Fact]
    public void Factories_SetUnit()
    {
        Assert.Equal(MetricUnit.Yuan, Amount.FromYuan(5m).Unit);
        Assert.Equal(MetricUnit.WanYuan, Amount.FromWanYuan(5m).Unit);
        Assert.Equal(MetricUnit.YiYuan, Amount.FromYiYuan(1042.27m).Unit);
        Assert.Equal(1042.27m, Amount.FromYiYuan(1042.27m).Value);
        Assert.Equal(Amount.FromWanYuan(3m), Amount.Of(3m, MetricUnit.WanYuan));
    }

    [Fact]
    public void Of_NonMoneyUnit_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Amount.Of(4645m, MetricUnit.Count));
        Assert.Equal("unit", ex.ParamName);
    }

    [Fact]
    public void Default_IsZeroYuan()
    {
        Assert.Equal(Amount.FromYuan(0m), default);
        Assert.Equal("0 元", default(Amount).ToString());
    }

    [Fact]
    public void In_ConvertsExactly()
    {
        // 1042.27 億元 = 1042.27 × 10^4 萬元 = 10422700 萬元 = 1042.27 × 10^8 元 = 104227000000 元.
        var yi = Amount.FromYiYuan(1042.27m);
        Assert.Equal(Amount.FromWanYuan(10_422_700m), yi.In(MetricUnit.WanYuan));
        Assert.Equal(Amount.FromYuan(104_227_000_000m), yi.In(MetricUnit.Yuan));
        Assert.Equal(yi, yi.In(MetricUnit.Yuan).In(MetricUnit.YiYuan));
    }

    [Fact]
    public void In_NonMoneyUnit_ThrowsUnitMismatch()
    {
        Assert.Throws<UnitMismatchException>(() => Amount.FromYiYuan(1m).In(MetricUnit.Percent));
    }

    [Fact]
    public void Add_SameUnit_Sums()
    {
        // 529.0 + 513.27 = 1042.27 (by hand).
        var sum = Amount.FromYiYuan(529.0m).Add(Amount.FromYiYuan(513.27m));
        Assert.Equal(Amount.FromYiYuan(1042.27m), sum);
        Assert.Equal(sum, Amount.FromYiYuan(529.0m) + Amount.FromYiYuan(513.27m));
    }

    [Fact]
    public void Subtract_SameUnit_Differs()
    {
        // 1042.27 − 822.63 = 219.64 (the seven clusters' increase, FIGURES.md).
        var increase = Amount.FromYiYuan(1042.27m).Subtract(Amount.FromYiYuan(822.63m));
        Assert.Equal(Amount.FromYiYuan(219.64m), increase);
        Assert.Equal(increase, Amount.FromYiYuan(1042.27m) - Amount.FromYiYuan(822.63m));
    }

    [Fact]
    public void Add_DifferentUnits_ThrowsNamingBoth()
    {
        var yi = Amount.FromYiYuan(1m);
        var wan = Amount.FromWanYuan(10_000m);
        var ex = Assert.Throws<UnitMismatchException>(() => yi + wan);
        Assert.Equal(MetricUnit.YiYuan, ex.Expected);
        Assert.Equal(MetricUnit.WanYuan, ex.Actual);
        Assert.Contains("1 亿元", ex.Message, StringComparison.Ordinal);
        Assert.Contains("10000 万元", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Subtract_DifferentUnits_Throws()
    {
        Assert.Throws<UnitMismatchException>(() => Amount.FromYuan(1m) - Amount.FromWanYuan(1m));
    }

    [Fact]
    public void Add_AfterConverting_Works()
    {
        // 1 億元 + 5000 萬元 = 1.5 億元.
        var sum = Amount.FromYiYuan(1m) + Amount.FromWanYuan(5_000m).In(MetricUnit.YiYuan);
        Assert.Equal(Amount.FromYiYuan(1.5m), sum);
    }

    [Fact]
    public void Equals_SameAmountInDifferentUnits_NotEqual()
    {
        var yi = Amount.FromYiYuan(1m);
        var wan = Amount.FromWanYuan(10_000m);
        Assert.False(yi.Equals(wan));
        Assert.True(yi != wan);
        Assert.Equal(yi.In(MetricUnit.WanYuan), wan);
    }

    [Fact]
    public void Equals_DecimalScaleIgnored()
    {
        var a = Amount.FromYiYuan(529.0m);
        var b = Amount.FromYiYuan(529m);
        Assert.True(a == b);
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.False(a.Equals((object)529m));
    }

    [Fact]
    public void CompareTo_SameUnit_ByValue()
    {
        var small = Amount.FromWanYuan(1m);
        var large = Amount.FromWanYuan(2m);
        Assert.True(small < large);
        Assert.True(large > small);
        Assert.True(small <= Amount.FromWanYuan(1.0m));
        Assert.True(large >= small);
        Assert.Equal(0, small.CompareTo(Amount.FromWanYuan(1.00m)));
    }

    [Fact]
    public void CompareTo_DifferentUnits_Throws()
    {
        // 1 億元 is more than 1 萬元, but comparing without converting is a bug.
        Assert.Throws<UnitMismatchException>(() => Amount.FromYiYuan(1m) > Amount.FromWanYuan(1m));
        Assert.Throws<UnitMismatchException>(() => Amount.FromYiYuan(1m).CompareTo(Amount.FromWanYuan(1m)));
    }

    [Fact]
    public void ToString_AppendsChineseUnit()
    {
        Assert.Equal("1042.27 亿元", Amount.FromYiYuan(1042.27m).ToString());
        Assert.Equal("4,645.0 万元", Amount.FromWanYuan(4645m).ToString("N1", CultureInfo.InvariantCulture));
        Assert.Equal("1042.27 亿元", Amount.FromYiYuan(1042.27m).ToString(null, CultureInfo.GetCultureInfo("de-DE")));
    }
}
