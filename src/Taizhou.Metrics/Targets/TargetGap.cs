using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// A projection against a value target: the projected level in the target period and its interval, the gap (absolute
/// and as a share of the target), whether it is on track, the first period the projected path reaches the target, and
/// the probability of meeting the target under the model's uncertainty.
/// </summary>
public sealed class TargetGap
{
    private TargetGap(Projection projection, ValueTarget target)
    {
        Projection = projection;
        Target = target;
        var point = projection.At(target.Period);
        Projected = point.Estimate;
        ProjectedInterval = point.Interval;
        Gap = point.Estimate - (double)target.Level;
        GapShare = Gap / (double)target.Level;
        OnTrack = target.IsMetByEstimate(point.Estimate);
        FirstReaching = FirstMeeting(projection, target);
        Probability = projection.ProbabilityOfReaching(target.Period, (double)target.Level);
    }

    /// <summary>Gets the projection.</summary>
    public Projection Projection { get; }

    /// <summary>Gets the target.</summary>
    public ValueTarget Target { get; }

    /// <summary>Gets the projected level in the target period.</summary>
    public double Projected { get; }

    /// <summary>Gets the projection's interval in the target period, or null when the method gives none.</summary>
    public Interval? ProjectedInterval { get; }

    /// <summary>Gets projected − target (negative: short).</summary>
    public double Gap { get; }

    /// <summary>Gets the gap as a fraction of the target (−0.15 is 15 % short).</summary>
    public double GapShare { get; }

    /// <summary>
    /// Gets whether the projected level meets the target in the target period, within a relative 1e-9 of the target
    /// level: a path exactly at the target in exact arithmetic meets an "at least" target whatever floating-point
    /// noise its estimate carries, and does not meet an "over" target.
    /// </summary>
    public bool OnTrack { get; }

    /// <summary>
    /// Gets the first projected period whose level meets the target by the target's own rule (strictly above it for
    /// an "over" target, at least it otherwise, as <see cref="OnTrack"/>), or null when none within the projection's
    /// horizon does.
    /// </summary>
    public ReportingPeriod? FirstReaching { get; }

    /// <summary>Gets the probability that the level in the target period is at least the target under the model, or null when the method has no predictive distribution.</summary>
    public double? Probability { get; }

    /// <summary>Compares a projection with a target in the target period.</summary>
    /// <param name="projection">The projection; its path must include the target period.</param>
    /// <param name="target">The target.</param>
    /// <returns>The gap.</returns>
    /// <exception cref="ArgumentException">The projection's path does not include the target period.</exception>
    public static TargetGap Of(Projection projection, ValueTarget target)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(target);
        foreach (var p in projection.Path)
        {
            if (p.Period == target.Period)
            {
                return new TargetGap(projection, target);
            }
        }

        throw new ArgumentException($"The projection runs {projection.Path[0].Period} to {projection.Horizon}; it does not reach the target period {target.Period}.", nameof(projection));
    }

    private static ReportingPeriod? FirstMeeting(Projection projection, ValueTarget target)
    {
        foreach (var point in projection.Path)
        {
            if (target.IsMetByEstimate(point.Estimate))
            {
                return point.Period;
            }
        }

        return null;
    }

    /// <summary>
    /// Returns a one-line summary, invariant culture, figures rounded 四舍五入 to two decimals and the gap's share to
    /// one: <c>cluster output 2021: projected 3642.08 against 5000, gap -1357.92 (-27.2%), off track</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Target.Name} {Target.Period}: projected {Rounding.Format(Projected, 2)} against {Rounding.FormatFigure(Target.Level, null)}, " +
        $"gap {Rounding.FormatScaled(Gap, 0, 2, signed: true)} ({Rounding.FormatScaled(GapShare, 2, 1, signed: true)}%), {(OnTrack ? "on track" : "off track")}";
}
