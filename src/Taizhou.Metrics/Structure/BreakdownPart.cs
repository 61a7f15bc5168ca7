using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The analysis of one part of a breakdown (or of the total, or of the "other" remainder): its levels, share, change
/// in share, growth, contribution to the total's growth in percentage points (拉动) and contribution rate (贡献率).
/// </summary>
/// <remarks>
/// All rates are fractions: a share of 0.35 is 35 %, a change in share of 0.012 is 1.2 percentage points, a
/// contribution of 0.091 is 9.1 points of the total's base, a contribution rate of 0.35 is 35 % of the total's change.
/// A quantity with a zero denominator is null, never NaN or zero.
/// </remarks>
public sealed class BreakdownPart
{
    internal BreakdownPart(string name, BreakdownPartKind kind, decimal previous, decimal current, bool previousIsDerived, decimal totalPrevious, decimal totalCurrent, double? realGrowth, BreakdownAnalysis? children, string? parent = null)
    {
        Parent = parent;
        Name = name;
        Kind = kind;
        Previous = previous;
        Current = current;
        PreviousIsDerived = previousIsDerived;
        Change = current - previous;
        Share = totalCurrent == 0m ? null : (double)(current / totalCurrent);
        PreviousShare = totalPrevious == 0m ? null : (double)(previous / totalPrevious);
        ShareChange = Share is double s && PreviousShare is double ps ? s - ps : null;
        Growth = Rates.Growth.Rate(current, previous);
        ContributionPoints = Contributions.PercentagePoints(previous, current, totalPrevious);
        ContributionRate = Contributions.Rate(previous, current, totalPrevious, totalCurrent);
        RealGrowth = realGrowth is double r ? GrowthRate.FromFraction(r) : null;
        RealContributionPoints = realGrowth is double rg && PreviousShare is double w ? w * rg : null;
        Children = children;
    }

    /// <summary>Gets the name of the part ("other" for the remainder, the total's name for the total).</summary>
    public string Name { get; }

    /// <summary>
    /// Gets the name of the part this part is a sub-item of, on the grand total's base (<see cref="BreakdownRow.Parent"/>:
    /// its share, 拉动 and 贡献率 are against the grand total), or null for a top-level part, the total and the remainder.
    /// </summary>
    public string? Parent { get; }

    /// <summary>Gets whether this is a published part, the total or the remainder.</summary>
    public BreakdownPartKind Kind { get; }

    /// <summary>Gets the level in the base period (published, or the comparable base current / (1 + growth)).</summary>
    public decimal Previous { get; }

    /// <summary>Gets the level in the current period.</summary>
    public decimal Current { get; }

    /// <summary>Gets whether <see cref="Previous"/> is derived from a published growth rate rather than published.</summary>
    public bool PreviousIsDerived { get; }

    /// <summary>Gets the change, current − previous (增量).</summary>
    public decimal Change { get; }

    /// <summary>Gets the share of the total in the current period (占比), or null when the total is zero.</summary>
    public double? Share { get; }

    /// <summary>Gets the share of the total in the base period, or null when the total was zero.</summary>
    public double? PreviousShare { get; }

    /// <summary>Gets the change in share, in percentage points as a fraction (0.012 = 1.2 points), or null.</summary>
    public double? ShareChange { get; }

    /// <summary>Gets the growth from the two levels (for a part given as level + growth, the published growth again).</summary>
    public GrowthRate Growth { get; }

    /// <summary>Gets the contribution to the total's growth in percentage points (拉动): Δpart / total[t−1], or null when the base total is zero.</summary>
    public double? ContributionPoints { get; }

    /// <summary>Gets the contribution rate (贡献率): Δpart / Δtotal, or null when the total did not change.</summary>
    public double? ContributionRate { get; }

    /// <summary>Gets the published growth at comparable prices (real growth), or null when none was given.</summary>
    public GrowthRate? RealGrowth { get; }

    /// <summary>
    /// Gets the contribution to the total's real growth by NBS practice, previous-period nominal share × real growth, or
    /// null when no real growth was given.
    /// </summary>
    public double? RealContributionPoints { get; }

    /// <summary>
    /// Gets the analysis of this part's nested breakdown (<see cref="BreakdownRow.Children"/>), re-based on this part, or
    /// null when it has none.
    /// </summary>
    public BreakdownAnalysis? Children { get; }

    /// <summary>Returns the name and the levels.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Rounding.InvariantText, $"{Name}: {Previous} → {Current}");
}
