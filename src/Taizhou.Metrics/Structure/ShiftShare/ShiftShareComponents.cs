using System;
using System.Globalization;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The classic (Dunn) shift-share components (偏离-份额分析) of a region's change, for one industry or in total: the
/// national share, the industry mix and the regional shift, which add up to the actual change.
/// </summary>
/// <remarks>
/// <para>
/// With e the region's level, n the reference area's (the nation, 全国 or 全省), 0 the start and 1 the end,
/// R = N₁ / N₀ the reference total's growth factor and rᵢ = nᵢ₁ / nᵢ₀ the reference industry's:
/// </para>
/// <list type="bullet">
/// <item><description>national share (份额分量) NS = e₀ (R − 1): the change had the region grown like the reference total;</description></item>
/// <item><description>industry mix (产业结构偏离分量) IM = e₀ (rᵢ − R): the extra change from the industry growing faster or slower nationally;</description></item>
/// <item><description>regional shift (竞争力偏离分量) RS = e₁ − e₀ rᵢ: the change beyond the national industry's growth;</description></item>
/// <item><description>NS + IM + RS = e₁ − e₀, the actual change, exactly up to floating-point rounding.</description></item>
/// </list>
/// <para>
/// RS is REAT's e₀ (e₁ / e₀ − rᵢ) multiplied out, so a zero base in the region gives NS = IM = 0 and RS = e₁ (REAT
/// gives NaN); a zero base in the reference industry uses the reference total's factor R for rᵢ, so IM = 0. See
/// <see cref="ShiftShare"/>. Values are in the unit of the levels; every component is finite.
/// </para>
/// </remarks>
public readonly record struct ShiftShareComponents
{
    internal ShiftShareComponents(double actualChange, double nationalShare, double industryMix, double regionalShift)
    {
        ActualChange = Finite(actualChange);
        NationalShare = Finite(nationalShare);
        IndustryMix = Finite(industryMix);
        RegionalShift = Finite(regionalShift);
    }

    /// <summary>Gets the actual change of the region's level, e₁ − e₀ (增长量).</summary>
    public double ActualChange { get; }

    /// <summary>Gets the national share (份额分量), e₀ (R − 1): the change at the reference total's growth rate.</summary>
    public double NationalShare { get; }

    /// <summary>Gets the industry mix or structural effect (产业结构偏离分量), e₀ (rᵢ − R).</summary>
    public double IndustryMix { get; }

    /// <summary>
    /// Gets the regional shift or competitive effect (竞争力偏离分量), e₁ − e₀ rᵢ; the whole end level when the region's
    /// base is zero.
    /// </summary>
    public double RegionalShift { get; }

    /// <summary>Gets the net total shift (总偏离), IM + RS: the actual change less the national share.</summary>
    public double NetTotalShift => IndustryMix + RegionalShift;

    /// <summary>Returns the components with invariant culture, such as <c>Δ 25 = NS 27 + IM 1 + RS -3</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        Rounding.InvariantText,
        $"Δ {ActualChange:G6} = NS {NationalShare:G6} + IM {IndustryMix:G6} + RS {RegionalShift:G6}");

    internal ShiftShareComponents Plus(ShiftShareComponents other) => new(
        ActualChange + other.ActualChange,
        NationalShare + other.NationalShare,
        IndustryMix + other.IndustryMix,
        RegionalShift + other.RegionalShift);

    internal static double Finite(double value) => double.IsFinite(value)
        ? value
        : throw new OverflowException("A shift-share component overflows double; the levels or their ratios are too extreme.");
}
