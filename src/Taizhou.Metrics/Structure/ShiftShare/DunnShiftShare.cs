using System;
using System.Collections.Generic;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The result of a classic (Dunn) shift-share analysis (偏离-份额分析法) of a region against a reference area: one
/// line per industry and the total, whose components add up to the region's actual change.
/// </summary>
/// <remarks>
/// <see cref="Total"/> is the sum of the industries' components, which equals REAT's <c>shift(..., "Dunn")</c>:
/// NS = E₀ (R − 1), IM = Σ e₀ rᵢ − E₀ R, RS = Σ (e₁ − e₀ rᵢ). Zero bases as in <see cref="IndustryShift"/>. Immutable.
/// </remarks>
public sealed class DunnShiftShare
{
    private readonly IndustryShift[] industries;

    internal DunnShiftShare(IndustryShift[] industries, ShiftShareComponents total, double regionStartTotal, double regionEndTotal, double referenceStartTotal, double referenceEndTotal)
    {
        this.industries = industries;
        Industries = Array.AsReadOnly(industries);
        Total = total;
        RegionStartTotal = regionStartTotal;
        RegionGrowth = IndustryShift.Rate(regionEndTotal, regionStartTotal);
        ReferenceGrowth = IndustryShift.Rate(referenceEndTotal, referenceStartTotal);
    }

    /// <summary>Gets one line per industry, in the order given.</summary>
    public IReadOnlyList<IndustryShift> Industries { get; }

    /// <summary>Gets the components in total (the sum over the industries).</summary>
    public ShiftShareComponents Total { get; }

    /// <summary>Gets the growth of the region's total, E₁ / E₀ − 1; undefined (ZeroBase) when E₀ = 0.</summary>
    public GrowthRate RegionGrowth { get; }

    /// <summary>Gets the growth of the reference area's total, R − 1; always defined (a zero start is rejected).</summary>
    public GrowthRate ReferenceGrowth { get; }

    /// <summary>Gets the region's total at the start, E₀ = Σ eᵢ₀.</summary>
    internal double RegionStartTotal { get; }

    /// <summary>Gets the line of the named industry.</summary>
    /// <param name="industry">The industry's name (ordinal comparison).</param>
    /// <returns>The line.</returns>
    /// <exception cref="KeyNotFoundException">There is no such industry.</exception>
    public IndustryShift Industry(string industry)
    {
        ArgumentNullException.ThrowIfNull(industry);
        foreach (var line in industries)
        {
            if (string.Equals(line.Industry, industry, StringComparison.Ordinal))
            {
                return line;
            }
        }

        throw new KeyNotFoundException($"No industry '{industry}' in this shift-share analysis.");
    }

    /// <summary>Returns the total components.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Rounding.InvariantText, $"Dunn shift-share, {industries.Length} industries: {Total}");
}
