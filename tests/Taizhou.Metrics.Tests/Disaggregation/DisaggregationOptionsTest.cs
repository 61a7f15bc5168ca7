using System;
using Taizhou.Metrics.Disaggregation;
using Xunit;

namespace Taizhou.Metrics.Tests.Disaggregation;

/// <summary><see cref="DisaggregationOptions"/>: tempdisagg's defaults, validation at construction and its names.</summary>
public class DisaggregationOptionsTest
{
    [Fact]
    public void Default_IsTdsDefault_ChowLinMaxlogTruncatedAtZeroSumWithConstant()
    {
        var o = DisaggregationOptions.Default;
        Assert.Equal((DisaggregationMethod.ChowLin, RhoEstimation.MaximumLikelihood, 0.0, DisaggregationConversion.Sum, true), (o.Method, o.RhoEstimation!.Value, o.TruncatedRho!.Value, o.Conversion, o.IncludeConstant));
        Assert.Equal("chow-lin-maxlog, sum", o.ToString());
    }

    [Fact]
    public void DentonFactories_DefaultToProportionalFirstDifferences()
    {
        var o = DisaggregationOptions.DentonCholette();
        Assert.Equal((DentonCriterion.Proportional, 1, false, false), (o.Criterion!.Value, o.H!.Value, o.IncludeConstant, o.IsRegression));
        Assert.Equal("denton-cholette (proportional, h = 1), sum", o.ToString());
        Assert.Equal("uniform, average", DisaggregationOptions.Uniform().WithConversion(DisaggregationConversion.Average).ToString());
        Assert.Equal((DentonCriterion.Additive, 0), (DisaggregationOptions.Uniform().Criterion!.Value, DisaggregationOptions.Uniform().H!.Value));
    }

    [Theory]
    [InlineData(RhoEstimation.MinimumRss, "chow-lin-minrss-quilis, sum")]
    [InlineData(RhoEstimation.MinimumRssEcotrim, "chow-lin-minrss-ecotrim, sum")]
    [InlineData(RhoEstimation.Fixed, "chow-lin-fixed (ρ = 0.5), sum")]
    public void ChowLin_NamesItsEstimationAsTempdisagg(RhoEstimation estimation, string expected) =>
        Assert.Equal(expected, DisaggregationOptions.ChowLin(estimation).ToString());

    [Fact]
    public void FixedRho_IsKeptOnlyWhenFixed()
    {
        Assert.Null(DisaggregationOptions.ChowLin(RhoEstimation.MaximumLikelihood, 0.3).FixedRho);
        Assert.Equal(0.3, DisaggregationOptions.Litterman(RhoEstimation.Fixed, 0.3).FixedRho);
        Assert.Equal("litterman-minrss, first, no constant", DisaggregationOptions.Litterman(RhoEstimation.MinimumRss).WithConversion(DisaggregationConversion.First).WithConstant(false).ToString());
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void FixedRho_OutsideTheOpenUnitInterval_IsRejected(double rho) =>
        Assert.Equal("fixedRho", Assert.Throws<ArgumentOutOfRangeException>(() => DisaggregationOptions.ChowLin(RhoEstimation.Fixed, rho)).ParamName);

    [Fact]
    public void Litterman_EcotrimVariant_IsRejected() =>
        Assert.Equal("estimation", Assert.Throws<ArgumentOutOfRangeException>(() => DisaggregationOptions.Litterman(RhoEstimation.MinimumRssEcotrim)).ParamName);

    [Theory]
    [InlineData(-1)]
    [InlineData(5)]
    public void Denton_OrderOutOfRange_IsRejected(int h) =>
        Assert.Equal("h", Assert.Throws<ArgumentOutOfRangeException>(() => DisaggregationOptions.Denton(DentonCriterion.Additive, h)).ParamName);

    [Fact]
    public void WithTruncatedRho_NullNeverTruncates_OutOfRangeIsRejected()
    {
        Assert.Null(DisaggregationOptions.ChowLin().WithTruncatedRho(null).TruncatedRho);
        Assert.Throws<ArgumentOutOfRangeException>(() => DisaggregationOptions.ChowLin().WithTruncatedRho(1.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => DisaggregationOptions.ChowLin().WithConversion((DisaggregationConversion)9));
    }

    [Fact]
    public void WithConstant_OnADentonMethod_IsRejected() =>
        Assert.Throws<InvalidOperationException>(() => DisaggregationOptions.Denton().WithConstant(true));
}
