using System;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// Progress towards an annual target as bulletins print it: the share completed (完成全年目标的 X %, 占年度计划的 X %),
/// and how far it is ahead of or behind the share of the year elapsed (超 / 落后时间进度 Y 个百分点), with bounds from
/// the rounding of the printed figures.
/// </summary>
/// <remarks>
/// <para>
/// Results are fractions, the library's convention: a completion of 0.972 is 97.2 %, a lead of 0.138 over time progress
/// is 13.8 个百分点. Time progress comes from <see cref="TimeProgress"/> (by months or by days, as the bulletin does).
/// For a real sentence: "1-10月项目累计完成投资 629.0 亿元，占年度投资计划 647.4 亿元的 97.2%，超过时间进度 13.8 个百分点":
/// completion 629.0 / 647.4 = 0.97158 [0.97143, 0.97173]; ahead of 10 / 12 by 0.13825 [0.13809, 0.13840], which the
/// printed 13.8 meets.
/// </para>
/// <para>
/// The annual target must be positive: a completion rate against a zero or negative target has no meaning (a loss
/// target "completed" by a smaller loss is not a share), so such a target throws, naming it. The actual may be zero or
/// negative (a completion of −5 % is a fall below nothing done).
/// </para>
/// </remarks>
public static class TargetProgress
{
    /// <summary>
    /// The share of the annual target completed, actual / target, with the target printed (and so rounded) too:
    /// 629.0 of 647.4 is 0.97158 [0.97143, 0.97173].
    /// </summary>
    /// <param name="actual">The level reached so far (year to date), as printed.</param>
    /// <param name="annualTarget">The annual target, as printed; positive.</param>
    /// <returns>The completion, a fraction (0.972 = 完成全年目标的 97.2%).</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualTarget"/> is zero or negative as printed.</exception>
    public static BoundedEstimate Completion(PublishedValue actual, PublishedValue annualTarget)
    {
        if (annualTarget.Value <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(annualTarget), annualTarget.Value, "An annual target must be positive for a completion rate.");
        }

        return Implied.Evaluate(static x => x[0] / x[1], [static x => x[1]], actual, annualTarget);
    }

    /// <summary>
    /// The share of an exact annual target completed (a target set as a round number, 5000 亿元, carries no rounding):
    /// actual / target, with bounds from the actual's rounding only.
    /// </summary>
    /// <param name="actual">The level reached so far, as printed.</param>
    /// <param name="annualTarget">The annual target, exact; positive.</param>
    /// <returns>The completion, a fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="annualTarget"/> is zero or negative.</exception>
    public static BoundedEstimate Completion(PublishedValue actual, decimal annualTarget)
    {
        if (annualTarget <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(annualTarget), annualTarget, "An annual target must be positive for a completion rate.");
        }

        double target = (double)annualTarget;
        var bounds = actual.Bounds;
        return new BoundedEstimate((double)actual.Value / target, Interval.Between(bounds.Lower / target, bounds.Upper / target));
    }

    /// <summary>
    /// How far a printed completion is ahead of time progress, in percentage points as a fraction: X − t. Positive is
    /// 超时间进度, negative 落后于时间进度. From 43.2 % after four months (t = 1/3): 0.09867 [0.09817, 0.09917], printed as 9.9.
    /// </summary>
    /// <param name="completionPercent">The completion in percent as printed (完成全年目标的 43.2%).</param>
    /// <param name="timeProgress">The time progress, a fraction from 0 to 1 (<see cref="TimeProgress"/>).</param>
    /// <returns>The lead (negative: the lag), a fraction of points, with bounds from the completion's rounding.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeProgress"/> is not within 0 to 1.</exception>
    public static BoundedEstimate AheadOfTime(PublishedValue completionPercent, double timeProgress)
    {
        RequireTimeProgress(timeProgress);
        // The rounding box's ends as PublishedValue holds them: at the edge of decimal's range (±7.9e28) they stop there
        // instead of overflowing.
        return new BoundedEstimate(
            (double)(completionPercent.Value / 100m) - timeProgress,
            Interval.Between((double)(completionPercent.Lower / 100m) - timeProgress, (double)(completionPercent.Upper / 100m) - timeProgress));
    }

    /// <summary>
    /// How far a derived completion (<see cref="Completion(PublishedValue, PublishedValue)"/>) is ahead of time
    /// progress: X − t, with the completion's bounds; unbounded when the completion is.
    /// </summary>
    /// <param name="completion">The completion, a fraction with bounds.</param>
    /// <param name="timeProgress">The time progress, a fraction from 0 to 1.</param>
    /// <returns>The lead (negative: the lag), a fraction of points.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeProgress"/> is not within 0 to 1.</exception>
    public static BoundedEstimate AheadOfTime(BoundedEstimate completion, double timeProgress)
    {
        RequireTimeProgress(timeProgress);
        double estimate = completion.Estimate - timeProgress;
        return completion.TryGetBounds(out var b)
            ? new BoundedEstimate(estimate, Interval.Between(b.Lower - timeProgress, b.Upper - timeProgress))
            : BoundedEstimate.Unbounded(estimate);
    }

    /// <summary>
    /// Checks a printed lead over time progress against the printed completion: "完成全年目标的 43.2%，超时序进度
    /// 9.9 个百分点" after four months is consistent (9.9 meets [9.817, 9.917]).
    /// </summary>
    /// <param name="completionPercent">The completion in percent as printed.</param>
    /// <param name="timeProgress">The time progress, a fraction from 0 to 1.</param>
    /// <param name="printedPoints">The printed lead in points, signed: positive for 超, negative for 落后.</param>
    /// <returns>The check, in percentage points.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timeProgress"/> is not within 0 to 1.</exception>
    public static FigureCheck CheckAheadOfTime(PublishedValue completionPercent, double timeProgress, PublishedValue printedPoints) =>
        FigureCheck.OfPercent(printedPoints, AheadOfTime(completionPercent, timeProgress));

    private static void RequireTimeProgress(double timeProgress)
    {
        if (!(timeProgress is >= 0.0 and <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(timeProgress), timeProgress, "Time progress is a fraction of the year, 0 to 1.");
        }
    }
}
