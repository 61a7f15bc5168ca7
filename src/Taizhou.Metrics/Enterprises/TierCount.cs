using System.Collections.Immutable;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// The firms holding one tier in one year, with their number by cluster and by county, and the gap to the programme
/// target when there is one.
/// </summary>
public sealed class TierCount
{
    internal TierCount(TierRule rule, int year, ImmutableArray<Enterprise> firms, int notEvaluable, bool inEffect, ProgrammeTarget? target, ImmutableArray<GroupCount> byCluster, ImmutableArray<GroupCount> byCounty)
    {
        Rule = rule;
        Year = year;
        Firms = firms;
        NotEvaluable = notEvaluable;
        InEffect = inEffect;
        Target = target;
        ByCluster = byCluster;
        ByCounty = byCounty;
    }

    /// <summary>Gets the rule.</summary>
    public TierRule Rule { get; }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the firms holding the tier, ordered by id.</summary>
    public ImmutableArray<Enterprise> Firms { get; }

    /// <summary>Gets the number of firms holding the tier.</summary>
    public int Count => Firms.Length;

    /// <summary>Gets the number of firms the rule could not evaluate (a value it needs is missing); they are not in <see cref="Count"/>.</summary>
    public int NotEvaluable { get; }

    /// <summary>Gets whether a version of the rule is in effect in the year (when not, the count is 0).</summary>
    public bool InEffect { get; }

    /// <summary>Gets the programme target for the tier, or null.</summary>
    public ProgrammeTarget? Target { get; }

    /// <summary>Gets the gap to the target, count − target (negative: short of it), or null without a target.</summary>
    public int? Gap => Target is null ? null : Count - Target.Count;

    /// <summary>Gets whether the target is met (count ≥ target), or null without a target.</summary>
    public bool? IsMet => Target is null ? null : Count >= Target.Count;

    /// <summary>Gets the number by cluster code, in the order of the map's clusters, clusters with no firm included.</summary>
    public ImmutableArray<GroupCount> ByCluster { get; }

    /// <summary>Gets the number by county, counties in ordinal order, only counties with firms.</summary>
    public ImmutableArray<GroupCount> ByCounty { get; }

    /// <summary>Returns the code, count and target.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Target is null ? string.Create(Rounding.InvariantText, $"{Rule.Code} {Year}: {Count}") : string.Create(Rounding.InvariantText, $"{Rule.Code} {Year}: {Count} of {Target.Count} by {Target.Year} (gap {Gap})");
}
