using System;
using System.Collections.Generic;

namespace Taizhou.Metrics.Published;

/// <summary>
/// Quantities implied by published figures, each with bounds from the rounding of its inputs (interval arithmetic):
/// the base a year earlier, the increase, the total implied by a contribution, the growth of the rest of the total,
/// the previous share.
/// </summary>
/// <remarks>
/// <para>
/// Percentages are passed as printed (26.7 for 26.7 %; 9.1 for 9.1 percentage points); results that are rates or
/// shares are fractions (0.267), amounts are in the unit of the level passed.
/// </para>
/// <para>
/// Bounds are found by evaluating the formula at every corner of the box of input intervals. Each formula here is
/// monotone in every input over the box, so the corners give the exact range (naive interval arithmetic would
/// overstate it, since the inputs appear more than once). For the seed: the clusters' 1042.27 億元 at +26.7 %, pulling
/// the city up by 9.1 points, imply a city total a year earlier of 2413.6 億元, between 2396.9 and 2430.6.
/// </para>
/// <para>A formula that is not defined somewhere in the box (a growth of −100 % or below, a zero contribution) throws <see cref="ArgumentException"/>.</para>
/// </remarks>
public static class Implied
{
    /// <summary>The level a year earlier: level / (1 + growth). From 1042.27 at +26.7 %: 822.63 [822.30, 822.96].</summary>
    /// <param name="level">The current level.</param>
    /// <param name="growthPercent">The growth in percent, as printed.</param>
    /// <returns>The implied base.</returns>
    public static BoundedEstimate Base(PublishedValue level, PublishedValue growthPercent) =>
        Evaluate(static x => x[0] / (1.0 + (x[1] / 100.0)), level, growthPercent);

    /// <summary>The increase on a year earlier: level − level / (1 + growth) = level × g / (1 + g). From 1042.27 at +26.7 %: 219.64 [219.32, 219.97].</summary>
    /// <param name="level">The current level.</param>
    /// <param name="growthPercent">The growth in percent, as printed.</param>
    /// <returns>The implied increase.</returns>
    public static BoundedEstimate Increase(PublishedValue level, PublishedValue growthPercent) =>
        Evaluate(static x => x[0] * (x[1] / 100.0) / (1.0 + (x[1] / 100.0)), level, growthPercent);

    /// <summary>
    /// The total's level a year earlier implied by a part's level, its growth and its contribution to the total's
    /// growth in percentage points (拉動): increase / points. For the seed: 2413.6 [2396.9, 2430.6].
    /// </summary>
    /// <param name="partLevel">The part's current level.</param>
    /// <param name="partGrowthPercent">The part's growth in percent, as printed.</param>
    /// <param name="contributionPoints">The part's contribution in percentage points, as printed (9.1).</param>
    /// <returns>The implied base of the total.</returns>
    public static BoundedEstimate BaseTotal(PublishedValue partLevel, PublishedValue partGrowthPercent, PublishedValue contributionPoints) =>
        Evaluate(static x => x[0] * (x[1] / 100.0) / (1.0 + (x[1] / 100.0)) / (x[2] / 100.0), partLevel, partGrowthPercent, contributionPoints);

    /// <summary>
    /// The growth of the rest of a total (total minus a part), as a fraction:
    /// (X − x) / (X / (1 + G) − x / (1 + g)) − 1.
    /// </summary>
    /// <param name="totalLevel">The total's current level, X.</param>
    /// <param name="totalGrowthPercent">The total's growth in percent, G.</param>
    /// <param name="partLevel">The part's current level, x.</param>
    /// <param name="partGrowthPercent">The part's growth in percent, g.</param>
    /// <returns>The implied growth of the rest.</returns>
    public static BoundedEstimate RestGrowth(PublishedValue totalLevel, PublishedValue totalGrowthPercent, PublishedValue partLevel, PublishedValue partGrowthPercent) =>
        Evaluate(
            static x => ((x[0] - x[2]) / ((x[0] / (1.0 + (x[1] / 100.0))) - (x[2] / (1.0 + (x[3] / 100.0))))) - 1.0,
            totalLevel,
            totalGrowthPercent,
            partLevel,
            partGrowthPercent);

    /// <summary>The part's share of the total a year earlier, as a fraction: (x / (1 + g)) / (X / (1 + G)).</summary>
    /// <param name="partLevel">The part's current level, x.</param>
    /// <param name="partGrowthPercent">The part's growth in percent, g.</param>
    /// <param name="totalLevel">The total's current level, X.</param>
    /// <param name="totalGrowthPercent">The total's growth in percent, G.</param>
    /// <returns>The implied previous share.</returns>
    public static BoundedEstimate PreviousShare(PublishedValue partLevel, PublishedValue partGrowthPercent, PublishedValue totalLevel, PublishedValue totalGrowthPercent) =>
        Evaluate(
            static x => x[0] / (1.0 + (x[1] / 100.0)) / (x[2] / (1.0 + (x[3] / 100.0))),
            partLevel,
            partGrowthPercent,
            totalLevel,
            totalGrowthPercent);

    /// <summary>
    /// Evaluates a formula of published figures at the figures as printed and at every corner of their rounding box
    /// (2^n evaluations for n inputs, at most 16 inputs).
    /// </summary>
    /// <remarks>
    /// The bounds are the exact range when the formula is monotone in each input over the box (the case for ratios,
    /// products and sums of positive quantities); for other formulas they are the range over the corners, which can
    /// understate the true range.
    /// </remarks>
    /// <param name="formula">The formula, taking the inputs in order (percentages as printed).</param>
    /// <param name="inputs">The published inputs.</param>
    /// <returns>The estimate and its bounds.</returns>
    /// <exception cref="ArgumentException">The formula is not finite somewhere in the box, or there are more than 16 inputs.</exception>
    public static BoundedEstimate Evaluate(Func<double[], double> formula, params IReadOnlyList<PublishedValue> inputs)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(inputs);
        int n = inputs.Count;
        if (n > 16)
        {
            throw new ArgumentException($"At most 16 inputs; got {n}.", nameof(inputs));
        }

        var estimates = new double[n];
        var bounds = new Interval[n];
        for (int i = 0; i < n; i++)
        {
            estimates[i] = (double)inputs[i].Value;
            bounds[i] = inputs[i].Bounds;
        }

        return EvaluateBox(formula, estimates, bounds)
            ?? throw new ArgumentException($"The formula is not defined for some values within the rounding of the inputs ({string.Join(", ", inputs)}).", nameof(inputs));
    }

    /// <summary>Evaluates a formula at the estimates and at every corner of the box; null when it is not finite somewhere.</summary>
    internal static BoundedEstimate? EvaluateBox(Func<double[], double> formula, double[] estimates, Interval[] bounds)
    {
        int n = estimates.Length;
        var x = (double[])estimates.Clone();
        double estimate = formula(x);
        if (!double.IsFinite(estimate))
        {
            return null;
        }

        double lower = estimate, upper = estimate;
        for (int corner = 0; corner < (1 << n); corner++)
        {
            for (int i = 0; i < n; i++)
            {
                x[i] = (corner & (1 << i)) == 0 ? bounds[i].Lower : bounds[i].Upper;
            }

            double y = formula(x);
            if (!double.IsFinite(y))
            {
                return null;
            }

            lower = Math.Min(lower, y);
            upper = Math.Max(upper, y);
        }

        return new BoundedEstimate(estimate, Interval.Between(lower, upper));
    }
}
