using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// One industry's line of a classic (Dunn) shift-share analysis: its levels in the region and in the reference area,
/// their growth, the reference growth applied, and the components of the region's change.
/// </summary>
/// <remarks>
/// The components follow <see cref="ShiftShareComponents"/>: NS = e₀ (R − 1), IM = e₀ (rᵢ − R), RS = e₁ − e₀ rᵢ.
/// A zero base in the region (a new industry, 新兴产业) gives an undefined <see cref="RegionGrowth"/> (ZeroBase) and
/// the whole end level as regional shift; a zero base in the reference industry gives an undefined
/// <see cref="ReferenceGrowth"/> (ZeroBase) and applies the reference total's growth instead
/// (<see cref="BenchmarkGrowth"/>), so the industry mix is zero. Never NaN.
/// </remarks>
public sealed class IndustryShift
{
    internal IndustryShift(string industry, double regionStart, double regionEnd, double referenceStart, double referenceEnd, double benchmarkGrowth, ShiftShareComponents components)
    {
        Industry = industry;
        RegionStart = regionStart;
        RegionEnd = regionEnd;
        ReferenceStart = referenceStart;
        ReferenceEnd = referenceEnd;
        BenchmarkGrowth = benchmarkGrowth;
        Components = components;
    }

    /// <summary>Gets the industry's name.</summary>
    public string Industry { get; }

    /// <summary>Gets the region's level at the start, e₀.</summary>
    public double RegionStart { get; }

    /// <summary>Gets the region's level at the end, e₁.</summary>
    public double RegionEnd { get; }

    /// <summary>Gets the reference area's level at the start, n₀.</summary>
    public double ReferenceStart { get; }

    /// <summary>Gets the reference area's level at the end, n₁.</summary>
    public double ReferenceEnd { get; }

    /// <summary>Gets the region's growth of the industry, e₁ / e₀ − 1; undefined (ZeroBase) when e₀ = 0.</summary>
    public GrowthRate RegionGrowth => Rate(RegionEnd, RegionStart);

    /// <summary>Gets the reference area's growth of the industry, n₁ / n₀ − 1; undefined (ZeroBase) when n₀ = 0.</summary>
    public GrowthRate ReferenceGrowth => Rate(ReferenceEnd, ReferenceStart);

    /// <summary>
    /// Gets the growth rate the industry is measured against, rᵢ − 1, as a fraction: the reference industry's growth,
    /// or the reference total's when the reference industry's base is zero.
    /// </summary>
    public double BenchmarkGrowth { get; }

    /// <summary>Gets the components of the region's change in this industry.</summary>
    public ShiftShareComponents Components { get; }

    /// <summary>Returns the industry and its components.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Rounding.InvariantText, $"{Industry}: {Components}");

    internal static GrowthRate Rate(double end, double start) => start > 0.0
        ? GrowthRate.FromFraction(ShiftShareComponents.Finite((end - start) / start))
        : GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase);
}
