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
/// overstate it, since the inputs appear more than once). For the seed: the clusters' 1042.27 亿元 at +26.7 %, pulling
/// the city up by 9.1 points, imply a city total a year earlier of 2413.6 亿元, between 2396.9 and 2430.6.
/// </para>
/// <para>
/// <b>Unbounded results.</b> When a denominator of the formula can reach zero for values within the rounding of the
/// inputs, the quantity can be arbitrarily large of either sign, and no interval is honest: the result is
/// <see cref="BoundedEstimate.IsUnbounded"/>. <c>RestGrowth(100.0, 10.0, 99.8, 9.8)</c> is such a case: the rest's
/// base X / (1 + G) − x / (1 + g) is 0.0159 as printed but ranges over [−0.156, 0.190] within the rounding, so the rest's
/// growth (+1156 % as printed) is unbounded, where the corners alone would claim [−4.03, 11.19]. The named formulas
/// check every denominator; <see cref="Evaluate(Func{double[], double}, IReadOnlyList{Func{double[], double}}, IReadOnlyList{PublishedValue})"/>
/// takes a formula's denominators for the same check.
/// </para>
/// <para>
/// A formula that is not finite at the figures as printed, or at a corner of the box while no denominator can reach
/// zero, throws <see cref="ArgumentException"/> (a growth of −100 % or below, a zero contribution as printed).
/// </para>
/// </remarks>
public static class Implied
{
    private static readonly int[] HaltonPrimes = [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43, 47, 53];

    /// <summary>The level a year earlier: level / (1 + growth). From 1042.27 at +26.7 %: 822.63 [822.30, 822.96].</summary>
    /// <param name="level">The current level.</param>
    /// <param name="growthPercent">The growth in percent, as printed.</param>
    /// <returns>The implied base.</returns>
    /// <exception cref="ArgumentException">The growth as printed is −100 % or below.</exception>
    public static BoundedEstimate Base(PublishedValue level, PublishedValue growthPercent) =>
        Evaluate(static x => x[0] / (1.0 + (x[1] / 100.0)), [static x => 1.0 + (x[1] / 100.0)], level, growthPercent);

    /// <summary>The increase on a year earlier: level − level / (1 + growth) = level × g / (1 + g). From 1042.27 at +26.7 %: 219.64 [219.32, 219.97].</summary>
    /// <param name="level">The current level.</param>
    /// <param name="growthPercent">The growth in percent, as printed.</param>
    /// <returns>The implied increase.</returns>
    /// <exception cref="ArgumentException">The growth as printed is −100 % or below.</exception>
    public static BoundedEstimate Increase(PublishedValue level, PublishedValue growthPercent) =>
        Evaluate(static x => x[0] * (x[1] / 100.0) / (1.0 + (x[1] / 100.0)), [static x => 1.0 + (x[1] / 100.0)], level, growthPercent);

    /// <summary>
    /// The total's level a year earlier implied by a part's level, its growth and its contribution to the total's
    /// growth in percentage points (拉动): increase / points. For the seed: 2413.6 [2396.9, 2430.6].
    /// </summary>
    /// <param name="partLevel">The part's current level.</param>
    /// <param name="partGrowthPercent">The part's growth in percent, as printed.</param>
    /// <param name="contributionPoints">The part's contribution in percentage points, as printed (9.1).</param>
    /// <returns>The implied base of the total.</returns>
    /// <exception cref="ArgumentException">The growth as printed is −100 % or below, or the contribution as printed is zero.</exception>
    public static BoundedEstimate BaseTotal(PublishedValue partLevel, PublishedValue partGrowthPercent, PublishedValue contributionPoints) =>
        Evaluate(
            static x => x[0] * (x[1] / 100.0) / (1.0 + (x[1] / 100.0)) / (x[2] / 100.0),
            [static x => 1.0 + (x[1] / 100.0), static x => x[2]],
            partLevel,
            partGrowthPercent,
            contributionPoints);

    /// <summary>
    /// The growth of the rest of a total (total minus a part), as a fraction:
    /// (X − x) / (X / (1 + G) − x / (1 + g)) − 1.
    /// </summary>
    /// <param name="totalLevel">The total's current level, X.</param>
    /// <param name="totalGrowthPercent">The total's growth in percent, G.</param>
    /// <param name="partLevel">The part's current level, x.</param>
    /// <param name="partGrowthPercent">The part's growth in percent, g.</param>
    /// <returns>
    /// The implied growth of the rest; unbounded when the rest's base X / (1 + G) − x / (1 + g) can reach zero within the
    /// rounding (the part is almost all of the total).
    /// </returns>
    /// <exception cref="ArgumentException">A growth as printed is −100 % or below, or the rest's base as printed is zero.</exception>
    public static BoundedEstimate RestGrowth(PublishedValue totalLevel, PublishedValue totalGrowthPercent, PublishedValue partLevel, PublishedValue partGrowthPercent) =>
        Evaluate(
            static x => ((x[0] - x[2]) / ((x[0] / (1.0 + (x[1] / 100.0))) - (x[2] / (1.0 + (x[3] / 100.0))))) - 1.0,
            [static x => 1.0 + (x[1] / 100.0), static x => 1.0 + (x[3] / 100.0), static x => (x[0] / (1.0 + (x[1] / 100.0))) - (x[2] / (1.0 + (x[3] / 100.0)))],
            totalLevel,
            totalGrowthPercent,
            partLevel,
            partGrowthPercent);

    /// <summary>The part's share of the total a year earlier, as a fraction: (x / (1 + g)) / (X / (1 + G)).</summary>
    /// <param name="partLevel">The part's current level, x.</param>
    /// <param name="partGrowthPercent">The part's growth in percent, g.</param>
    /// <param name="totalLevel">The total's current level, X.</param>
    /// <param name="totalGrowthPercent">The total's growth in percent, G.</param>
    /// <returns>The implied previous share; unbounded when the total's level can reach zero within its rounding.</returns>
    /// <exception cref="ArgumentException">A growth as printed is −100 % or below, or the total as printed is zero.</exception>
    public static BoundedEstimate PreviousShare(PublishedValue partLevel, PublishedValue partGrowthPercent, PublishedValue totalLevel, PublishedValue totalGrowthPercent) =>
        Evaluate(
            static x => x[0] / (1.0 + (x[1] / 100.0)) / (x[2] / (1.0 + (x[3] / 100.0))),
            [static x => 1.0 + (x[1] / 100.0), static x => 1.0 + (x[3] / 100.0), static x => x[2]],
            partLevel,
            partGrowthPercent,
            totalLevel,
            totalGrowthPercent);

    /// <summary>
    /// Evaluates a formula of published figures at the figures as printed and at every corner of their rounding box
    /// (2^n evaluations for n inputs, at most 16 inputs), and checks the corners against points inside the box.
    /// </summary>
    /// <remarks>
    /// The bounds are the exact range when the formula is monotone in each input over the box (the case for ratios,
    /// products and sums of positive quantities). The formula is also evaluated at the centre of the box, the centre of
    /// every face and 64 further points spread through it (a Halton sequence); when any of them is not finite or lies
    /// outside the corners' range — a denominator that changes sign inside the box, or a formula that is not monotone —
    /// the corners do not bound the quantity, and the result is unbounded (<see cref="BoundedEstimate.IsUnbounded"/>)
    /// rather than a range that understates it. Pass the formula's denominators to
    /// <see cref="Evaluate(Func{double[], double}, IReadOnlyList{Func{double[], double}}, IReadOnlyList{PublishedValue})"/>
    /// for an exact check.
    /// </remarks>
    /// <param name="formula">The formula, taking the inputs in order (percentages as printed).</param>
    /// <param name="inputs">The published inputs.</param>
    /// <returns>The estimate and its bounds, or an unbounded estimate.</returns>
    /// <exception cref="ArgumentException">
    /// The formula is not finite at the figures as printed or at a corner of the box, or there are more than 16 inputs.
    /// </exception>
    public static BoundedEstimate Evaluate(Func<double[], double> formula, params IReadOnlyList<PublishedValue> inputs) =>
        Evaluate(formula, [], inputs);

    /// <summary>
    /// Evaluates a formula of published figures as <see cref="Evaluate(Func{double[], double}, IReadOnlyList{PublishedValue})"/>
    /// does, first checking its denominators: when the range of any denominator over the box (from its corners) includes
    /// zero, the quantity is unbounded (<see cref="BoundedEstimate.IsUnbounded"/>).
    /// </summary>
    /// <remarks>
    /// Each denominator must be monotone in every input over the box, so that its corners give its range (1 + g / 100,
    /// a level, X / (1 + G) − x / (1 + g) with positive levels); list an inner denominator (1 + G) before one built on it.
    /// </remarks>
    /// <param name="formula">The formula, taking the inputs in order (percentages as printed).</param>
    /// <param name="denominators">The formula's denominators, each a function of the same inputs.</param>
    /// <param name="inputs">The published inputs.</param>
    /// <returns>The estimate and its bounds, or an unbounded estimate.</returns>
    /// <exception cref="ArgumentException">
    /// The formula is not finite at the figures as printed (a denominator is zero there) or at a corner of the box while
    /// no denominator reaches zero, or there are more than 16 inputs.
    /// </exception>
    public static BoundedEstimate Evaluate(Func<double[], double> formula, IReadOnlyList<Func<double[], double>> denominators, params IReadOnlyList<PublishedValue> inputs)
    {
        ArgumentNullException.ThrowIfNull(formula);
        ArgumentNullException.ThrowIfNull(denominators);
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

        double estimate = formula((double[])estimates.Clone());
        if (!double.IsFinite(estimate))
        {
            throw new ArgumentException($"The formula is not defined at the figures as printed ({string.Join(", ", inputs)}).", nameof(inputs));
        }

        foreach (var denominator in denominators)
        {
            if (CornerRange(denominator, estimates, bounds) is not { } range || (range.Lower <= 0.0 && range.Upper >= 0.0))
            {
                return BoundedEstimate.Unbounded(estimate);
            }
        }

        return EvaluateBox(formula, estimates, bounds, out bool unbounded) is { } result
            ? result
            : unbounded
                ? BoundedEstimate.Unbounded(estimate)
                : throw new ArgumentException($"The formula is not defined for some values within the rounding of the inputs ({string.Join(", ", inputs)}).", nameof(inputs));
    }

    /// <summary>
    /// Evaluates a formula at the estimates and at every corner of the box, then checks the corners' range against
    /// interior points; null when it is not finite at a corner, or (with <paramref name="unbounded"/> set) when an
    /// interior point is not finite or leaves the corners' range.
    /// </summary>
    internal static BoundedEstimate? EvaluateBox(Func<double[], double> formula, double[] estimates, Interval[] bounds, out bool unbounded)
    {
        unbounded = false;
        double estimate = formula((double[])estimates.Clone());
        if (!double.IsFinite(estimate) || CornerRange(formula, estimates, bounds) is not { } corners)
        {
            return null;
        }

        double lower = Math.Min(corners.Lower, estimate), upper = Math.Max(corners.Upper, estimate);
        double slack = 1e-9 * Math.Max(Math.Abs(lower), Math.Abs(upper));
        foreach (double[] point in InteriorPoints(bounds))
        {
            double y = formula(point);
            if (!double.IsFinite(y) || y < lower - slack || y > upper + slack)
            {
                unbounded = true;
                return null;
            }
        }

        return new BoundedEstimate(estimate, Interval.Between(lower, upper));
    }

    /// <summary>The range of a function over the corners of the box, or null when it is not finite at a corner.</summary>
    private static Interval? CornerRange(Func<double[], double> f, double[] estimates, Interval[] bounds)
    {
        int n = estimates.Length;
        var x = new double[n];
        double lower = double.PositiveInfinity, upper = double.NegativeInfinity;
        for (int corner = 0; corner < (1 << n); corner++)
        {
            for (int i = 0; i < n; i++)
            {
                x[i] = (corner & (1 << i)) == 0 ? bounds[i].Lower : bounds[i].Upper;
            }

            double y = f(x);
            if (!double.IsFinite(y))
            {
                return null;
            }

            lower = Math.Min(lower, y);
            upper = Math.Max(upper, y);
        }

        return Interval.Between(lower, upper);
    }

    /// <summary>The centre of the box, the centre of each face, and 64 Halton points inside it.</summary>
    private static IEnumerable<double[]> InteriorPoints(Interval[] bounds)
    {
        int n = bounds.Length;
        double[] centre = new double[n];
        for (int i = 0; i < n; i++)
        {
            centre[i] = bounds[i].Midpoint;
        }

        yield return (double[])centre.Clone();
        for (int i = 0; i < n; i++)
        {
            foreach (double end in new[] { bounds[i].Lower, bounds[i].Upper })
            {
                double[] face = (double[])centre.Clone();
                face[i] = end;
                yield return face;
            }
        }

        for (int k = 1; k <= 64; k++)
        {
            double[] point = new double[n];
            for (int i = 0; i < n; i++)
            {
                point[i] = bounds[i].Lower + (Halton(k, HaltonPrimes[i]) * bounds[i].Width);
            }

            yield return point;
        }
    }

    private static double Halton(int index, int radix)
    {
        double result = 0.0, f = 1.0;
        for (int i = index; i > 0; i /= radix)
        {
            f /= radix;
            result += f * (i % radix);
        }

        return result;
    }
}
