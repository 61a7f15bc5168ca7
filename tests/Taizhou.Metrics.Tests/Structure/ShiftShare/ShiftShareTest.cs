using System;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// Shift-share analysis (偏離-份額分析法): hand calculations on a two-industry example whose numbers are exact in
/// binary to well below the stated tolerance (1e-12 for levels around 100).
/// </summary>
/// <remarks>
/// The example: region e₀ = (100, 50), e₁ = (120, 45); reference n₀ = (1000, 1000), n₁ = (1100, 1300).
/// N₀ = 2000, N₁ = 2400, R = 1.2; r₁ = 1.1, r₂ = 1.3.
/// </remarks>
public partial class ShiftShareTest
{
    /// <summary>Absolute tolerance for hand-calculated components of levels around 100: a few ulps.</summary>
    private const double Tight = 1e-12;

    private static readonly string[] Names = ["textiles", "machinery"];
    private static readonly double[] E0 = [100, 50];
    private static readonly double[] E1 = [120, 45];
    private static readonly double[] N0 = [1000, 1000];
    private static readonly double[] N1 = [1100, 1300];

    private static void AssertComponents(double change, double ns, double im, double rs, ShiftShareComponents actual, double tolerance)
    {
        Assert.Equal(change, actual.ActualChange, tolerance);
        Assert.Equal(ns, actual.NationalShare, tolerance);
        Assert.Equal(im, actual.IndustryMix, tolerance);
        Assert.Equal(rs, actual.RegionalShift, tolerance);
        Assert.Equal(im + rs, actual.NetTotalShift, tolerance);
    }

    [Fact]
    public void Dunn_HandCalculation_PerIndustryAndTotal()
    {
        // textiles:  NS = 100 × 0.2 = 20; IM = 100 × (0.1 − 0.2) = −10; RS = 120 − 100 × 1.1 = 10; Δ = 20
        // machinery: NS = 50 × 0.2 = 10;  IM = 50 × (0.3 − 0.2) = 5;    RS = 45 − 50 × 1.3 = −20; Δ = −5
        var result = ShiftShare.Dunn(Names, E0, E1, N0, N1);

        Assert.Equal(2, result.Industries.Count);
        AssertComponents(20, 20, -10, 10, result.Industries[0].Components, Tight);
        AssertComponents(-5, 10, 5, -20, result.Industries[1].Components, Tight);
        AssertComponents(15, 30, -5, -10, result.Total, Tight);
        Assert.Equal(-15, result.Total.NetTotalShift, Tight);
    }

    [Fact]
    public void Dunn_HandCalculation_GrowthRates()
    {
        // Region total 150 → 165 (+10 %); reference 2000 → 2400 (+20 %); textiles +20 % in the region, +10 % in the reference.
        var result = ShiftShare.Dunn(Names, E0, E1, N0, N1);
        var textiles = result.Industry("textiles");

        Assert.Equal(0.1, result.RegionGrowth.GetFraction(), Tight);
        Assert.Equal(0.2, result.ReferenceGrowth.GetFraction(), Tight);
        Assert.Equal(0.2, textiles.RegionGrowth.GetFraction(), Tight);
        Assert.Equal(0.1, textiles.ReferenceGrowth.GetFraction(), Tight);
        Assert.Equal(0.1, textiles.BenchmarkGrowth, Tight);
        Assert.Equal((100.0, 120.0, 1000.0, 1100.0), (textiles.RegionStart, textiles.RegionEnd, textiles.ReferenceStart, textiles.ReferenceEnd));
        Assert.Equal(0.3, result.Industry("machinery").BenchmarkGrowth, Tight);
    }

    [Fact]
    public void Dunn_Industry_UnknownName_Throws()
    {
        var result = ShiftShare.Dunn(Names, E0, E1, N0, N1);
        Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => result.Industry("chemicals"));
    }

    [Fact]
    public void Dunn_WithoutNames_NamesIndustriesOneToN_AsReat()
    {
        var result = ShiftShare.Dunn(E0, E1, N0, N1);
        Assert.Equal("1", result.Industries[0].Industry);
        Assert.Equal("2", result.Industries[1].Industry);
        Assert.Equal(ShiftShare.Dunn(Names, E0, E1, N0, N1).Total, result.Total);
    }

    [Fact]
    public void EstebanMarquillas_HandCalculation()
    {
        // E₀ = 150, e′ = 150 × 1000 / 2000 = 75 for both industries.
        // textiles:  d = 1.2 − 1.1 = 0.1;  C = 75 × 0.1 = 7.5;   A = (100 − 75) × 0.1 = 2.5    (C + A = 10 = Dunn RS)
        // machinery: d = 0.9 − 1.3 = −0.4; C = 75 × −0.4 = −30;  A = (50 − 75) × −0.4 = 10     (C + A = −20)
        var result = ShiftShare.EstebanMarquillas(Names, E0, E1, N0, N1);
        var textiles = result.Industries[0];
        var machinery = result.Industries[1];

        Assert.Equal("textiles", textiles.Industry);
        Assert.Equal(75, textiles.HomotheticLevel, Tight);
        Assert.Equal(25, textiles.Specialisation, Tight);
        Assert.Equal(-25, machinery.Specialisation, Tight);
        Assert.Equal(7.5, textiles.Components.CompetitiveEffect, Tight);
        Assert.Equal(2.5, textiles.Components.AllocationEffect, Tight);
        Assert.Equal(-30, machinery.Components.CompetitiveEffect, Tight);
        Assert.Equal(10, machinery.Components.AllocationEffect, Tight);

        var total = result.Total;
        Assert.Equal(15, total.ActualChange, Tight);
        Assert.Equal(30, total.NationalShare, Tight);
        Assert.Equal(-5, total.IndustryMix, Tight);
        Assert.Equal(-22.5, total.CompetitiveEffect, Tight);
        Assert.Equal(12.5, total.AllocationEffect, Tight);
        Assert.Equal(-10, total.RegionalShift, Tight);
        Assert.Same(result.Dunn.Industries[0], textiles.Dunn);
    }

    [Fact]
    public void Gerfin_HandCalculation()
    {
        // X = (100 × 1.1 + 50 × 1.3) / 150 = 7/6; IM = X / 1.2 = 35/36; RS = 1.1 / X = 33/35; NTS = 1.1 / 1.2 = 11/12.
        var result = ShiftShare.Gerfin(Names, E0, E1, N0, N1);

        Assert.Equal(35.0 / 36.0, result.IndustryMix!.Value, Tight);
        Assert.Equal(33.0 / 35.0, result.RegionalShift!.Value, Tight);
        Assert.Equal(11.0 / 12.0, result.NetTotalShift!.Value, Tight);
        Assert.Equal(ShiftShare.Gerfin(E0, E1, N0, N1).NetTotalShift, result.NetTotalShift);
    }

    [Fact]
    public void Gerfin_ZeroRegionTotal_AllIndicesUndefined_NotNaN()
    {
        var result = ShiftShare.Gerfin([0.0, 0.0], [1.0, 2.0], N0, N1);

        Assert.Null(result.IndustryMix);
        Assert.Null(result.RegionalShift);
        Assert.Null(result.NetTotalShift);
        Assert.Equal("Gerfin: IM undefined × RS undefined = NTS undefined", result.ToString());
    }

    [Fact]
    public void Gerfin_ReferenceShrinksToNothing_MixAndNetUndefined_RegionalUndefinedToo()
    {
        // N₁ = 0: R = 0, so IM and NTS have no denominator; every rᵢ = 0 gives X = 0, so RS has none either.
        var result = ShiftShare.Gerfin(E0, E1, N0, [0.0, 0.0]);

        Assert.Null(result.IndustryMix);
        Assert.Null(result.RegionalShift);
        Assert.Null(result.NetTotalShift);
    }

    [Fact]
    public void ToString_IsInvariantAndShowsTheComponents()
    {
        var result = ShiftShare.Dunn(Names, E0, E1, N0, N1);

        Assert.Equal("Δ 15 = NS 30 + IM -5 + RS -10", result.Total.ToString());
        Assert.Equal("Dunn shift-share, 2 industries: Δ 15 = NS 30 + IM -5 + RS -10", result.ToString());
        Assert.Equal("textiles: Δ 20 = NS 20 + IM -10 + RS 10", result.Industries[0].ToString());
        Assert.Equal(
            "Δ 15 = NS 30 + IM -5 + C -22.5 + A 12.5",
            ShiftShare.EstebanMarquillas(Names, E0, E1, N0, N1).Total.ToString());
    }

    [Fact]
    public void RegionGrowth_ZeroRegionTotal_IsUndefinedZeroBase()
    {
        var result = ShiftShare.Dunn([0.0, 0.0], [3.0, 4.0], N0, N1);

        Assert.Equal(GrowthUndefinedReason.ZeroBase, result.RegionGrowth.Reason);
        AssertComponents(7, 0, 0, 7, result.Total, Tight);
    }

    [Fact]
    public void RegionLargerThanReference_IsAllowed_AsInReat()
    {
        // The reference need not contain the region (a peer province as benchmark). e₀ = 500 > n₀ = 100:
        // N₀ = 200, N₁ = 300, R = 1.5; r₁ = 2, r₂ = 1. NS = 500 × 0.5 = 250; IM = 500 × (1 − 0.5) = 250; RS = 900 − 1000 = −100.
        var result = ShiftShare.Dunn([500.0, 0.0], [900.0, 0.0], [100.0, 100.0], [200.0, 100.0]);

        AssertComponents(400, 250, 250, -100, result.Industries[0].Components, Tight);
    }

    [Fact]
    public void Components_DefaultValue_IsAllZero()
    {
        var zero = default(ShiftShareComponents);
        Assert.Equal(0.0, zero.ActualChange);
        Assert.Equal(0.0, zero.NetTotalShift);
        Assert.Equal(0.0, default(EstebanMarquillasComponents).RegionalShift);
    }

    [Fact]
    public void Components_Overflow_ThrowsInsteadOfInfinity()
    {
        // e₀ (r − 1) with r = 1e308 / 1e-300 overflows double: an OverflowException, never Inf or NaN.
        Assert.Throws<OverflowException>(() => ShiftShare.Dunn([1e10], [1.0], [1e-300], [1e308]));
    }
}
