using System;
using Taizhou.Metrics.Published;
using Xunit;

namespace Taizhou.Metrics.Tests.Published;

public class FigureRangeTest
{
    [Fact]
    public void Add_OverPlusOver_IsOverTheSum()
    {
        // 超1100 + 超600 = (1700, ∞).
        var sum = FigureRange.Above(1100) + FigureRange.Above(600);

        Assert.Equal(FigureRange.Above(1700), sum);
    }

    [Fact]
    public void Add_OverPlusAbout_IsUnboundedFromTheSumOfLowerEnds()
    {
        // 超1100 + 约200 ([190, 210]) = (1290, ∞).
        var sum = FigureRange.Above(1100) + FigureRange.Closed(190, 210);

        Assert.Equal("(1290, ∞)", sum.ToString());
    }

    [Fact]
    public void Add_ClosedPlusHalfOpen_KeepsTheOpenEnd()
    {
        // [190, 210] + [95, 100) = [285, 310).
        var sum = FigureRange.Closed(190, 210) + FigureRange.Of(95, false, 100, true);

        Assert.Equal("[285, 310)", sum.ToString());
    }

    [Fact]
    public void Comparisons_RespectOpenEnds()
    {
        var over = FigureRange.Above(600);

        Assert.True(over.IsAtLeast(600));
        Assert.True(over.IsAbove(600));
        Assert.False(over.IsAbove(600.5));
        Assert.False(FigureRange.AtLeast(600).IsAbove(600));
        Assert.True(FigureRange.Of(95, false, 100, true).IsBelow(100));
        Assert.False(FigureRange.Closed(95, 100).IsBelow(100));
        Assert.True(FigureRange.Closed(95, 100).IsAtMost(100));
    }

    [Fact]
    public void Scale_KeepsOpennessAndUnboundedness()
    {
        // 超70 (percent) as a fraction: (0.7, ∞).
        var scaled = FigureRange.Above(70).Scale(0.01);

        Assert.Equal(0.7, scaled.Lower, 1e-15);
        Assert.True(scaled.LowerOpen);
        Assert.False(scaled.IsBoundedAbove);
    }

    [Fact]
    public void TryGetInterval_Unbounded_IsFalse()
    {
        Assert.False(FigureRange.Above(1).TryGetInterval(out _));
        Assert.True(FigureRange.Closed(1, 2).TryGetInterval(out var i));
        Assert.Equal(Interval.Between(1, 2), i);
    }

    [Theory]
    [InlineData(double.NaN, 1.0, false, false)]
    [InlineData(2.0, 1.0, false, false)]
    [InlineData(1.0, 1.0, true, false)]
    [InlineData(1.0, double.NegativeInfinity, false, false)]
    public void Of_InvalidEnds_Throws(double lower, double upper, bool lowerOpen, bool upperOpen) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureRange.Of(lower, lowerOpen, upper, upperOpen));

    [Fact]
    public void Scale_NonPositive_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => FigureRange.Closed(1, 2).Scale(-1));
}
