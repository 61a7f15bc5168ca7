using System;
using System.Collections.Generic;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// Inequality of a distribution over regions (or any units): the Gini coefficient (基尼系数) plain, normalised and
/// weighted, the Hoover index (胡佛指数) and the Theil indices (泰尔指数) T and L.
/// </summary>
/// <remarks>
/// <para>
/// Edge-case policy, the same in every method. Caller bugs throw an <see cref="ArgumentException"/> naming the
/// parameter and position: an empty list, a negative value, NaN or infinity (a missing figure must be dropped or
/// imputed by the caller), and lists of different lengths. An index that is not defined for the data is null, never
/// NaN and never zero: values that sum to zero (REAT's <c>gini</c> gives NaN), weights that sum to zero, a single value
/// for the normalised Gini, a zero value for Theil L (its logarithm is infinite; REAT gives NA) and, for the weighted
/// Theil T, a positive value with zero weight.
/// </para>
/// <para>All indices are 0 for equal values and do not change when every value is multiplied by the same positive number.</para>
/// </remarks>
public static class Inequality
{
    /// <summary>
    /// The Gini coefficient (基尼系数) of values: half the mean absolute difference of all pairs relative to the mean,
    /// 0 for equal values and (n − 1) / n when one unit holds everything. Null when the values sum to zero.
    /// </summary>
    /// <remarks>
    /// G = Σ_i Σ_j |x_i − x_j| / (2 n² x̄) = 1 − (1/n) Σ_k (Y_(k−1) + Y_(k)), Y_(k) the cumulative shares of the values
    /// sorted ascending (REAT's <c>gini</c>, after Dörsam). A single value gives 0.
    /// </remarks>
    /// <param name="values">The values.</param>
    /// <returns>G in [0, (n − 1) / n], or null when the sum is zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, or a value is negative, NaN or infinite.</exception>
    public static double? Gini(IReadOnlyList<double> values)
    {
        double sum = RegionalInput.NonNegativeSum(values, nameof(values), "value");
        return sum == 0.0 ? null : Dissimilarity.GiniInPlace([.. values], sum);
    }

    /// <summary>
    /// The normalised Gini coefficient, rescaled so that one unit holding everything gives 1. Null when the values sum
    /// to zero or there is only one value.
    /// </summary>
    /// <remarks>G* = G · n / (n − 1) (REAT's <c>gini(x, coefnorm = TRUE)</c>).</remarks>
    /// <param name="values">The values.</param>
    /// <returns>G* in [0, 1], or null when undefined.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, or a value is negative, NaN or infinite.</exception>
    public static double? GiniNormalised(IReadOnlyList<double> values)
    {
        if (Gini(values) is not double g || values.Count == 1)
        {
            return null;
        }

        double n = values.Count;
        return Math.Min(1.0, g * n / (n - 1.0));
    }

    /// <summary>
    /// The weighted Gini coefficient of grouped data: values (such as the mean income of a class, or a region's GDP
    /// per head) each standing for a weight (the number of people in the class, the region's population). Null when
    /// the weights or the weighted values sum to zero.
    /// </summary>
    /// <remarks>
    /// G = 1 − Σ_j (Y_(j−1) + Y_(j)) · n_j / N, the pairs sorted by value ascending, Y_(j) the cumulative shares of
    /// x_j · n_j and N = Σ n_j (REAT's <c>gini(x, weighting = n)</c>, after Dörsam). The value and its weight are sorted
    /// together: REAT sorts the values but not the weights, so its result is wrong unless the values come sorted.
    /// </remarks>
    /// <param name="values">The values.</param>
    /// <param name="weights">The weight of each value, in the same order; zeros allowed.</param>
    /// <returns>G in [0, 1), or null when undefined.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list is empty, the lists differ in length, or a value or weight is negative, NaN or infinite.</exception>
    public static double? Gini(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        RegionalInput.NonNegativeSum(values, nameof(values), "value");
        RegionalInput.SameLength(values, nameof(values), weights, nameof(weights), "value");
        double totalWeight = RegionalInput.NonNegativeSum(weights, nameof(weights), "weight");
        int n = values.Count;
        var order = new int[n];
        var keys = new double[n];
        double mass = 0.0;
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
            keys[i] = values[i];
            mass += values[i] * weights[i];
        }

        if (totalWeight == 0.0 || mass == 0.0)
        {
            return null;
        }

        Array.Sort(keys, order);
        double previous = 0.0, cumulative = 0.0, area = 0.0;
        foreach (int i in order)
        {
            cumulative += values[i] * weights[i] / mass;
            area += (previous + cumulative) * weights[i] / totalWeight;
            previous = cumulative;
        }

        return Math.Max(0.0, 1.0 - area);
    }

    /// <summary>
    /// The Hoover index (胡佛指数, coefficient of localisation) against an even distribution: the share of the total that
    /// would have to move for every unit to hold the same. Null when the values sum to zero.
    /// </summary>
    /// <remarks>H = ½ Σ_i |x_i / Σx − 1/n|; from 0 to (n − 1) / n.</remarks>
    /// <param name="values">The values.</param>
    /// <returns>H, or null when the sum is zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, or a value is negative, NaN or infinite.</exception>
    public static double? Hoover(IReadOnlyList<double> values)
    {
        double sum = RegionalInput.NonNegativeSum(values, nameof(values), "value");
        if (sum == 0.0)
        {
            return null;
        }

        double even = 1.0 / values.Count, h = 0.0;
        foreach (double x in values)
        {
            h += Math.Abs((x / sum) - even);
        }

        return 0.5 * h;
    }

    /// <summary>
    /// The Hoover index (胡佛指数) of values against a reference distribution over the same units (GDP against
    /// population): the share of the total that would have to move for the values to be distributed as the reference.
    /// Null when either list sums to zero.
    /// </summary>
    /// <remarks>H = ½ Σ_i |x_i / Σx − r_i / Σr| (REAT's <c>hoover(x, ref)</c>); from 0 to 1; half the Krugman index of the two lists.</remarks>
    /// <param name="values">The values.</param>
    /// <param name="reference">The reference, in the same order.</param>
    /// <returns>H in [0, 1], or null when a list sums to zero.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list is empty, the lists differ in length, or a value is negative, NaN or infinite.</exception>
    public static double? Hoover(IReadOnlyList<double> values, IReadOnlyList<double> reference) =>
        Dissimilarity.Krugman(values, nameof(values), reference, nameof(reference), "value") is double k ? 0.5 * k : null;

    /// <summary>
    /// The Theil index T (泰尔指数, Theil's first measure, GE(1)) of values. Zeros are allowed (their term is 0, the
    /// limit of x ln x). Null when the values sum to zero.
    /// </summary>
    /// <remarks>T = (1/n) Σ_i (x_i / x̄) · ln(x_i / x̄); from 0 to ln n.</remarks>
    /// <param name="values">The values.</param>
    /// <returns>T in [0, ln n], or null when the sum is zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, or a value is negative, NaN or infinite.</exception>
    public static double? TheilT(IReadOnlyList<double> values)
    {
        double sum = RegionalInput.NonNegativeSum(values, nameof(values), "value");
        if (sum == 0.0)
        {
            return null;
        }

        double mean = sum / values.Count, t = 0.0;
        foreach (double x in values)
        {
            if (x > 0.0)
            {
                double r = x / mean;
                t += r * Math.Log(r);
            }
        }

        return Math.Max(0.0, t / values.Count);
    }

    /// <summary>
    /// The Theil index L (Theil's second measure, the mean log deviation 平均对数偏差, GE(0)) of values; this is what
    /// REAT's <c>theil</c> computes. Null when a value is zero (its logarithm is infinite) or all are.
    /// </summary>
    /// <remarks>L = (1/n) Σ_i ln(x̄ / x_i).</remarks>
    /// <param name="values">The values.</param>
    /// <returns>L ≥ 0, or null when a value is zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, or a value is negative, NaN or infinite.</exception>
    public static double? TheilL(IReadOnlyList<double> values)
    {
        double sum = RegionalInput.NonNegativeSum(values, nameof(values), "value");
        double mean = sum / values.Count, l = 0.0;
        foreach (double x in values)
        {
            if (x == 0.0)
            {
                return null;
            }

            l += Math.Log(mean / x);
        }

        return Math.Max(0.0, l / values.Count);
    }

    /// <summary>
    /// The weighted Theil index T (泰尔指数) of values against weights, the form used for regional disparity (a region's
    /// share of GDP against its share of population). Null when either list sums to zero, or a unit with a positive
    /// value has zero weight.
    /// </summary>
    /// <remarks>
    /// T = Σ_i s_i · ln(s_i / p_i), s_i = x_i / Σx, p_i = w_i / Σw; a unit with s_i = 0 adds 0. With equal weights it
    /// is <see cref="TheilT(IReadOnlyList{double})"/>.
    /// </remarks>
    /// <param name="values">The values (such as GDP).</param>
    /// <param name="weights">The weights (such as population), in the same order.</param>
    /// <returns>T ≥ 0, or null when undefined.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list is empty, the lists differ in length, or a value or weight is negative, NaN or infinite.</exception>
    public static double? TheilT(IReadOnlyList<double> values, IReadOnlyList<double> weights)
    {
        double sum = RegionalInput.NonNegativeSum(values, nameof(values), "value");
        RegionalInput.SameLength(values, nameof(values), weights, nameof(weights), "value");
        double totalWeight = RegionalInput.NonNegativeSum(weights, nameof(weights), "weight");
        if (sum == 0.0 || totalWeight == 0.0)
        {
            return null;
        }

        double t = 0.0;
        for (int i = 0; i < values.Count; i++)
        {
            if (values[i] == 0.0)
            {
                continue;
            }

            if (weights[i] == 0.0)
            {
                return null;
            }

            double s = values[i] / sum;
            t += s * Math.Log(s / (weights[i] / totalWeight));
        }

        return Math.Max(0.0, t);
    }
}
