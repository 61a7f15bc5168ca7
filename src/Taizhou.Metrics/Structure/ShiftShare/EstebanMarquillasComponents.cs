using System.Globalization;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The Esteban-Marquillas shift-share components of a region's change, for one industry or in total: the national
/// share and industry mix as in Dunn, and the regional shift split into a competitive effect at the homothetic
/// (national-structure) level and an allocation effect; all add up to the actual change.
/// </summary>
/// <remarks>
/// <para>
/// With e′ = E₀ nᵢ₀ / N₀ the homothetic level (what the region would have in the industry with the
/// reference area's structure) and dᵢ = e₁ / e₀ − rᵢ the industry's growth differential:
/// competitive effect C = e′ dᵢ, allocation effect A = (e₀ − e′) dᵢ, C + A = the Dunn regional shift;
/// NS + IM + C + A = e₁ − e₀.
/// </para>
/// <para>
/// A zero base in the region leaves dᵢ undefined (REAT gives C = +Inf, A = −Inf): the library assigns the whole
/// regional shift, e₁, to the competitive effect and none to the allocation effect. Every component is finite.
/// </para>
/// </remarks>
public readonly record struct EstebanMarquillasComponents
{
    internal EstebanMarquillasComponents(double actualChange, double nationalShare, double industryMix, double competitiveEffect, double allocationEffect)
    {
        ActualChange = ShiftShareComponents.Finite(actualChange);
        NationalShare = ShiftShareComponents.Finite(nationalShare);
        IndustryMix = ShiftShareComponents.Finite(industryMix);
        CompetitiveEffect = ShiftShareComponents.Finite(competitiveEffect);
        AllocationEffect = ShiftShareComponents.Finite(allocationEffect);
    }

    /// <summary>Gets the actual change of the region's level, e₁ − e₀.</summary>
    public double ActualChange { get; }

    /// <summary>Gets the national share, e₀ (R − 1), as in Dunn.</summary>
    public double NationalShare { get; }

    /// <summary>Gets the industry mix, e₀ (rᵢ − R), as in Dunn.</summary>
    public double IndustryMix { get; }

    /// <summary>
    /// Gets the competitive effect at the homothetic level, e′ (e₁ / e₀ − rᵢ) (REAT's "Regional share"); the whole
    /// end level when the region's base is zero.
    /// </summary>
    public double CompetitiveEffect { get; }

    /// <summary>
    /// Gets the allocation effect, (e₀ − e′)(e₁ / e₀ − rᵢ): positive when the region is specialised in industries
    /// where it grows faster than the reference; zero when the region's base is zero.
    /// </summary>
    public double AllocationEffect { get; }

    /// <summary>Gets the regional shift, C + A, which is the Dunn regional shift.</summary>
    public double RegionalShift => CompetitiveEffect + AllocationEffect;

    /// <summary>Returns the components with invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        Rounding.InvariantText,
        $"Δ {ActualChange:G6} = NS {NationalShare:G6} + IM {IndustryMix:G6} + C {CompetitiveEffect:G6} + A {AllocationEffect:G6}");

    internal EstebanMarquillasComponents Plus(EstebanMarquillasComponents other) => new(
        ActualChange + other.ActualChange,
        NationalShare + other.NationalShare,
        IndustryMix + other.IndustryMix,
        CompetitiveEffect + other.CompetitiveEffect,
        AllocationEffect + other.AllocationEffect);
}
