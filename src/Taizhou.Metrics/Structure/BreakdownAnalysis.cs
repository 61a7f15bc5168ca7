using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The analysis of a breakdown of a total into parts at two periods: every part's share, growth, contribution in
/// points (拉动) and contribution rate (贡献率), the remainder when the parts do not exhaust the total, and the sums that
/// show additivity.
/// </summary>
/// <remarks>
/// Additivity: with levels in one price basis, the parts' contributions in points (remainder included) add up to the
/// total's growth and their rates to 1, exactly. With current-price levels and real growth rates they need not; the
/// gap is the remainder's change (see <see cref="BreakdownPartKind.Remainder"/>) and <see cref="RealResidual"/>.
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.BreakdownAnalysisJsonConverter))]
public sealed partial class BreakdownAnalysis
{
    internal BreakdownAnalysis(BreakdownPart total, IReadOnlyList<BreakdownPart> parts, BreakdownPart? remainder, GrowthRate? publishedTotalRealGrowth, IReadOnlyList<BreakdownPart>? subItems = null)
    {
        SubItems = subItems ?? [];
        Total = total;
        Parts = parts;
        Remainder = remainder;
        var all = remainder is null ? parts : parts.Append(remainder).ToList();
        SumOfContributionPoints = all.All(p => p.ContributionPoints is not null) ? all.Sum(p => p.ContributionPoints!.Value) : null;
        SumOfContributionRates = all.All(p => p.ContributionRate is not null) ? all.Sum(p => p.ContributionRate!.Value) : null;
        if (parts.Any(p => p.RealContributionPoints is not null))
        {
            SumOfRealContributionPoints = parts.Sum(p => p.RealContributionPoints ?? 0.0);
            PartsWithoutRealGrowth = parts.Where(p => p.RealContributionPoints is null).Select(p => p.Name).ToList();
            if (publishedTotalRealGrowth is { IsDefined: true } g)
            {
                RealResidual = g.GetFraction() - SumOfRealContributionPoints;
            }
        }
        else
        {
            PartsWithoutRealGrowth = [];
        }
    }

    /// <summary>Gets the total (its share is 1 and its contribution in points is its growth).</summary>
    public BreakdownPart Total { get; }

    /// <summary>Gets the top-level parts as published, in order (sub-items on the grand total's base are in <see cref="SubItems"/>).</summary>
    public IReadOnlyList<BreakdownPart> Parts { get; }

    /// <summary>
    /// Gets the sub-items on the grand total's base (分项, 口径同总计: rows with a <see cref="BreakdownRow.Parent"/>), in
    /// order, each with its share, 拉动 and 贡献率 against the grand total; empty when there are none. They are not in the
    /// sums below, which run over the top-level parts and the remainder.
    /// </summary>
    public IReadOnlyList<BreakdownPart> SubItems { get; }

    /// <summary>Gets the remainder, total − Σ parts, or null when no total was given (the total is then Σ parts).</summary>
    public BreakdownPart? Remainder { get; }

    /// <summary>Gets Σ contributions in points of the parts and the remainder; equal to the total's growth. Null when a contribution is undefined.</summary>
    public double? SumOfContributionPoints { get; }

    /// <summary>Gets Σ contribution rates of the parts and the remainder; equal to 1. Null when the total did not change.</summary>
    public double? SumOfContributionRates { get; }

    /// <summary>Gets Σ real contributions (previous nominal share × real growth) of the parts that have a real growth, or null when none has.</summary>
    public double? SumOfRealContributionPoints { get; }

    /// <summary>Gets the parts that have no real growth and so no real contribution (their share of real growth is in <see cref="RealResidual"/>).</summary>
    public IReadOnlyList<string> PartsWithoutRealGrowth { get; }

    /// <summary>
    /// Gets the published real growth of the total minus Σ real contributions of the parts, or null when either is
    /// missing: what NBS-style contributions leave unexplained (price-structure effects, parts without real growth).
    /// </summary>
    public double? RealResidual { get; }
}
