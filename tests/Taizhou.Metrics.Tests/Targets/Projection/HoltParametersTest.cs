using System;
using Taizhou.Metrics.Targets;
using Xunit;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary><see cref="HoltParameters"/> and <see cref="ConstantGrowthBasis"/>: validation at construction.</summary>
public class HoltParametersTest
{
    [Fact]
    public void Of_IsUndamped()
    {
        var p = HoltParameters.Of(0.8, 0.2, 3000, 350);
        Assert.Equal(1.0, p.Phi);
        Assert.False(p.IsDamped);
        Assert.Equal((0.8, 0.2, 3000.0, 350.0), (p.Alpha, p.Beta, p.InitialLevel, p.InitialTrend));
    }

    [Fact]
    public void Damped_KeepsPhi()
    {
        var p = HoltParameters.Damped(0.8, 0.2, 0.9, 3000, 350);
        Assert.True(p.IsDamped);
        Assert.Equal(0.9, p.Phi);
    }

    [Fact]
    public void SimpleExponentialSmoothing_HasNoTrend()
    {
        var p = HoltParameters.SimpleExponentialSmoothing(0.5, 3000);
        Assert.Equal((0.0, 0.0), (p.Beta, p.InitialTrend));
    }

    [Theory]
    [InlineData(-0.1, 0.2, 1.0, 0.0, 0.0, "alpha")]
    [InlineData(1.1, 0.2, 1.0, 0.0, 0.0, "alpha")]
    [InlineData(0.5, -0.2, 1.0, 0.0, 0.0, "beta")]
    [InlineData(0.5, double.NaN, 1.0, 0.0, 0.0, "beta")]
    [InlineData(0.5, 0.2, 0.0, 0.0, 0.0, "phi")]
    [InlineData(0.5, 0.2, 1.01, 0.0, 0.0, "phi")]
    [InlineData(0.5, 0.2, 0.9, double.PositiveInfinity, 0.0, "initialLevel")]
    [InlineData(0.5, 0.2, 0.9, 0.0, double.NaN, "initialTrend")]
    public void Damped_OutOfRange_NamesTheParameter(double alpha, double beta, double phi, double l0, double b0, string name) =>
        Assert.Equal(name, Assert.Throws<ArgumentOutOfRangeException>(() => HoltParameters.Damped(alpha, beta, phi, l0, b0)).ParamName);

    [Fact]
    public void ConstantGrowthBasis_DefaultIsLatest()
    {
        Assert.Equal(ConstantGrowthBasis.Latest, default);
        Assert.Equal(1, ConstantGrowthBasis.Latest.Periods);
        Assert.True(ConstantGrowthBasis.AverageOfLast(1).IsLatest);
        Assert.Equal(5, ConstantGrowthBasis.AverageOfLast(5).Periods);
        Assert.Equal("average of the last 5 periods", ConstantGrowthBasis.AverageOfLast(5).ToString());
        Assert.Equal("periods", Assert.Throws<ArgumentOutOfRangeException>(() => ConstantGrowthBasis.AverageOfLast(0)).ParamName);
    }
}
