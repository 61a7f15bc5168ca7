using System;
using System.Collections.Immutable;
using System.Globalization;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// A value target (目标) against a total known only from the parts that reported (<see cref="PartialTotal"/>): the
/// seven-cluster output of 2021 against "over 5000 亿元". The verdict is met when even the total's lower bound meets
/// the target, missed when a complete total's upper end falls short, and otherwise not evaluable (parts missing) or
/// undetermined (complete, but its range straddles the target); the lower bound, the missing parts and the years the
/// reported parts cover come with it.
/// </summary>
public sealed class TotalAgainstTarget
{
    private TotalAgainstTarget(ValueTarget target, PartialTotal total)
    {
        Target = target;
        Total = total;
        double l = (double)target.Level;
        var r = total.Range;
        bool meets = target.Strict ? r.IsAbove(l) : r.IsAtLeast(l);
        bool misses = target.Strict ? r.IsAtMost(l) : r.IsBelow(l);
        Verdict = meets ? PlanVerdict.Met
            : misses ? PlanVerdict.Missed
            : total.IsComplete ? PlanVerdict.Undetermined
            : PlanVerdict.NotEvaluable;
        LowerBoundAttainment = r.Lower / l;
    }

    /// <summary>Gets the target.</summary>
    public ValueTarget Target { get; }

    /// <summary>Gets the total from the reported parts, with its range, missing parts and periods.</summary>
    public PartialTotal Total { get; }

    /// <summary>Gets the verdict: met, missed, undetermined (complete, straddling) or not evaluable (parts missing and the lower bound short of the target).</summary>
    public PlanVerdict Verdict { get; }

    /// <summary>Gets the names of the parts with no published figure (what makes the total not evaluable).</summary>
    public ImmutableArray<string> Missing => Total.Missing;

    /// <summary>Gets the years the reported parts cover.</summary>
    public ImmutableArray<ReportingPeriod> Periods => Total.Periods;

    /// <summary>Gets the lower end of the total's range as a fraction of the target level: the least attainment the published parts show (2612.5 / 5000 = 0.5225).</summary>
    public double LowerBoundAttainment { get; }

    /// <summary>Compares a partial total with a value target.</summary>
    /// <param name="target">The target.</param>
    /// <param name="total">The total from the reported parts.</param>
    /// <returns>The comparison.</returns>
    public static TotalAgainstTarget Of(ValueTarget target, PartialTotal total)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(total);
        return new TotalAgainstTarget(target, total);
    }

    /// <summary>
    /// Returns <c>seven-cluster output: over 5000 by 2021; not evaluable: over 2612.5 (from 5 of 7 parts, 2019-2021;
    /// missing: aviation, toilets)</c>.
    /// </summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        string verdict = Verdict switch
        {
            PlanVerdict.Met => "met",
            PlanVerdict.Missed => "missed",
            PlanVerdict.Undetermined => "undetermined",
            _ => "not evaluable",
        };
        return string.Create(CultureInfo.InvariantCulture, $"{Target}; {verdict}: {Total}");
    }
}
