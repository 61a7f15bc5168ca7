using System.Globalization;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The result of Gerfin's multiplicative shift-share (index method): the region's growth factor relative to the
/// reference area's, split into a structural (industry-mix) index and a regional (location) index whose product it is.
/// </summary>
/// <remarks>
/// <para>
/// With E the region's total, N the reference area's, R = N₁ / N₀ and rᵢ = nᵢ₁ / nᵢ₀ (R when nᵢ₀ = 0, as in
/// <see cref="ShiftShare"/>), and the expected factor X = Σ e₀ rᵢ / E₀:
/// industry mix IM = X / R; regional shift RS = (E₁ / E₀) / X; net total shift NTS = (E₁ / E₀) / R = IM × RS.
/// An index above 1 is favourable. The indices are ratios of growth factors, not rates: 1.0048 is not 0.48 %.
/// </para>
/// <para>
/// Edge cases, each index separately: null when its denominator is zero (E₀ = 0 leaves all three undefined; R = 0, a
/// reference area that shrank to nothing, leaves IM and NTS undefined; X = 0 leaves RS undefined). Never NaN.
/// </para>
/// </remarks>
public sealed class GerfinShiftShare
{
    internal GerfinShiftShare(double? industryMix, double? regionalShift, double? netTotalShift)
    {
        IndustryMix = industryMix;
        RegionalShift = regionalShift;
        NetTotalShift = netTotalShift;
    }

    /// <summary>Gets the structural index (X / R), or null when undefined.</summary>
    public double? IndustryMix { get; }

    /// <summary>Gets the regional (location) index ((E₁ / E₀) / X), or null when undefined.</summary>
    public double? RegionalShift { get; }

    /// <summary>Gets the net total shift index ((E₁ / E₀) / R = IM × RS), or null when undefined.</summary>
    public double? NetTotalShift { get; }

    /// <summary>Returns the three indices with invariant culture; an undefined one prints as <c>undefined</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(Rounding.InvariantText, $"Gerfin: IM {Format(IndustryMix)} × RS {Format(RegionalShift)} = NTS {Format(NetTotalShift)}");

    private static string Format(double? value) =>
        value is double v ? Rounding.FormatFigure(v, "G6") : "undefined";
}
