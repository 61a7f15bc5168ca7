using System;
using System.Collections.Generic;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The result of an Esteban-Marquillas shift-share analysis: one line per industry and the total, whose national
/// share, industry mix, competitive and allocation effects add up to the region's actual change.
/// </summary>
/// <remarks>
/// The totals are the sums over the industries and equal REAT's <c>shift(..., "Esteban")</c> where REAT is finite:
/// C = Σ e′ (e₁ / e₀ − rᵢ), A = Σ (e₀ − e′)(e₁ / e₀ − rᵢ). Zero bases as in <see cref="EstebanMarquillasIndustry"/>.
/// Immutable.
/// </remarks>
public sealed class EstebanMarquillasShiftShare
{
    private readonly EstebanMarquillasIndustry[] industries;

    internal EstebanMarquillasShiftShare(EstebanMarquillasIndustry[] industries, EstebanMarquillasComponents total, DunnShiftShare dunn)
    {
        this.industries = industries;
        Industries = Array.AsReadOnly(industries);
        Total = total;
        Dunn = dunn;
    }

    /// <summary>Gets one line per industry, in the order given.</summary>
    public IReadOnlyList<EstebanMarquillasIndustry> Industries { get; }

    /// <summary>Gets the components in total (the sum over the industries).</summary>
    public EstebanMarquillasComponents Total { get; }

    /// <summary>Gets the classic (Dunn) analysis of the same data.</summary>
    public DunnShiftShare Dunn { get; }

    /// <summary>Returns the total components.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"Esteban-Marquillas shift-share, {industries.Length} industries: {Total}";
}
