using System;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Enterprises;

/// <summary>Tests for <see cref="AmountBand"/>: inclusive and exclusive ends, exact comparison across units.</summary>
public class AmountBandTest
{
    private static readonly AmountBand Flagship = AmountBand.Between(Amount.FromYiYuan(50m), true, Amount.FromYiYuan(100m), false);

    [Fact]
    public void Ends_AreAsConfigured()
    {
        Assert.True(Flagship.Contains(Amount.FromYiYuan(50m)));
        Assert.False(Flagship.Contains(Amount.FromYiYuan(100m)));
        Assert.True(Flagship.IsAbove(Amount.FromYiYuan(100m)));
        Assert.True(Flagship.IsBelow(Amount.FromWanYuan(499_999.9999m)));
        Assert.True(Flagship.Contains(Amount.FromWanYuan(500_000m)));
    }

    [Fact]
    public void Default_ContainsEverything()
    {
        Assert.True(default(AmountBand).Contains(Amount.FromYuan(-5m)));
        Assert.Equal("any amount", default(AmountBand).ToString());
    }

    [Fact]
    public void Between_RejectsAnEmptyBand()
    {
        Assert.Throws<ArgumentException>(() => AmountBand.Between(Amount.FromYiYuan(1m), true, Amount.FromWanYuan(10_000m), true));
    }

    [Fact]
    public void Equality_AndText()
    {
        Assert.Equal(AmountBand.AtLeast(Amount.FromYiYuan(100m)), AmountBand.AtLeast(Amount.FromYiYuan(100m)));
        Assert.NotEqual(AmountBand.AtLeast(Amount.FromYiYuan(100m)), AmountBand.Above(Amount.FromYiYuan(100m)));
        Assert.Equal("> 100 亿元", AmountBand.Above(Amount.FromYiYuan(100m)).ToString());
    }
}
