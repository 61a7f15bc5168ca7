using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// The zero-base policy: a part new to the region (e₀ = 0) is all regional shift; a part new to the reference area
/// (n₀ = 0) is measured against the reference total's growth, so its industry mix is zero. Hand calculations.
/// </summary>
public partial class ShiftShareTest
{
    [Fact]
    public void ZeroReferenceBase_UsesReferenceTotalGrowth_IndustryMixIsZero()
    {
        // n₀ = (0, 200), n₁ = (50, 220): N₀ = 200, N₁ = 270, R = 1.35. The first industry has no national base, so
        // its benchmark is R: NS = 10 × 0.35 = 3.5, IM = 0, RS = 15 − 10 × 1.35 = 1.5 (Δ = 5).
        // Second: r = 1.1; NS = 20 × 0.35 = 7, IM = 20 × (1.1 − 1.35) = −5, RS = 22 − 22 = 0 (Δ = 2).
        // (A region level above the reference's, 10 > 0, is allowed: see RegionLargerThanReference_IsAllowed_AsInReat.)
        var result = ShiftShare.Dunn([10.0, 20.0], [15.0, 22.0], [0.0, 200.0], [50.0, 220.0]);
        var first = result.Industries[0];

        AssertComponents(5, 3.5, 0, 1.5, first.Components, Tight);
        AssertComponents(2, 7, -5, 0, result.Industries[1].Components, Tight);
        AssertComponents(7, 10.5, -5, 1.5, result.Total, Tight);
        Assert.Equal(GrowthUndefinedReason.ZeroBase, first.ReferenceGrowth.Reason);
        Assert.Equal(0.35, first.BenchmarkGrowth, Tight);
        Assert.Equal(0.5, first.RegionGrowth.GetFraction(), Tight);
    }

    [Fact]
    public void ZeroRegionBase_AllOfTheChangeIsRegionalShift()
    {
        // The textiles of the hand example absent from the region at the start: e₀ = (0, 50), e₁ = (120, 45).
        // textiles: NS = IM = 0, RS = 120; the region's growth in it is undefined (ZeroBase), not infinite.
        var result = ShiftShare.Dunn(Names, [0.0, 50.0], E1, N0, N1);
        var textiles = result.Industries[0];

        AssertComponents(120, 0, 0, 120, textiles.Components, Tight);
        Assert.Equal(GrowthUndefinedReason.ZeroBase, textiles.RegionGrowth.Reason);
        Assert.Equal(0.1, textiles.ReferenceGrowth.GetFraction(), Tight);
        AssertComponents(115, 10, 5, 100, result.Total, Tight);
    }

    [Fact]
    public void ZeroRegionBase_EstebanMarquillas_CompetitiveTakesTheShift_AllocationZero()
    {
        // E₀ = 50, e′ = 25 for both. textiles (e₀ = 0): C = RS = 120, A = 0.
        // machinery: d = 0.9 − 1.3 = −0.4; C = 25 × −0.4 = −10; A = (50 − 25) × −0.4 = −10; C + A = −20 = Dunn RS.
        var result = ShiftShare.EstebanMarquillas(Names, [0.0, 50.0], E1, N0, N1);

        Assert.Equal(120, result.Industries[0].Components.CompetitiveEffect, Tight);
        Assert.Equal(0.0, result.Industries[0].Components.AllocationEffect);
        Assert.Equal(-25, result.Industries[0].Specialisation, Tight);
        Assert.Equal(-10, result.Industries[1].Components.CompetitiveEffect, Tight);
        Assert.Equal(-10, result.Industries[1].Components.AllocationEffect, Tight);
        Assert.Equal(110, result.Total.CompetitiveEffect, Tight);
        Assert.Equal(-10, result.Total.AllocationEffect, Tight);
        Assert.Equal(result.Dunn.Total.RegionalShift, result.Total.RegionalShift, Tight);
    }

    [Fact]
    public void ZeroBaseInBoth_AllOfTheEndLevelIsRegionalShift()
    {
        // An industry new to both areas: n₀ = 0 gives benchmark R = 1.5, but e₀ = 0 leaves nothing to apply it to.
        var result = ShiftShare.EstebanMarquillas([0.0, 10.0], [4.0, 12.0], [0.0, 100.0], [30.0, 120.0]);
        var line = result.Industries[0];

        AssertComponents(4, 0, 0, 4, line.Dunn.Components, Tight);
        Assert.Equal(0.0, line.HomotheticLevel);
        Assert.Equal(4, line.Components.CompetitiveEffect, Tight);
        Assert.Equal(0.0, line.Components.AllocationEffect);
    }

    [Fact]
    public void ZeroReferenceBase_Gerfin_UsesReferenceTotalFactor()
    {
        // Same data as ZeroReferenceBase_UsesReferenceTotalGrowth_IndustryMixIsZero: X = (10 × 1.35 + 20 × 1.1) / 30
        // = 35.5 / 30; IM = X / 1.35; RS = (37 / 30) / X = 37 / 35.5; NTS = (37 / 30) / 1.35.
        var result = ShiftShare.Gerfin([10.0, 20.0], [15.0, 22.0], [0.0, 200.0], [50.0, 220.0]);

        Assert.Equal(35.5 / 30 / 1.35, result.IndustryMix!.Value, Tight);
        Assert.Equal(37 / 35.5, result.RegionalShift!.Value, Tight);
        Assert.Equal(37.0 / 30 / 1.35, result.NetTotalShift!.Value, Tight);
    }

    [Fact]
    public void ReferenceShrinksToNothing_StillAddsUp()
    {
        // N₁ = 0: R = 0 and every rᵢ = 0. NS = 150 × −1 = −150, IM = 0, RS = e₁ = 165 in total; Δ = 15.
        var result = ShiftShare.Dunn(Names, E0, E1, N0, [0.0, 0.0]);

        AssertComponents(15, -150, 0, 165, result.Total, Tight);
        Assert.Equal(-1.0, result.ReferenceGrowth.GetFraction(), Tight);
    }
}
