using System;
using System.Collections.Generic;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// Kernels shared by <see cref="Specialisation"/>, <see cref="Concentration"/> and <see cref="Inequality"/>: the
/// Krugman index of two share profiles and the Gini coefficient of a list. Callers check their own containment rules.
/// </summary>
internal static class Dissimilarity
{
    /// <summary>Σ_i |a_i / Σa − b_i / Σb|, or null when a list sums to zero.</summary>
    public static double? Krugman(IReadOnlyList<double> a, string aName, IReadOnlyList<double> b, string bName, string item)
    {
        double sumA = RegionalInput.NonNegativeSum(a, aName, item);
        RegionalInput.SameLength(a, aName, b, bName, item);
        double sumB = RegionalInput.NonNegativeSum(b, bName, item);
        if (sumA == 0.0 || sumB == 0.0)
        {
            return null;
        }

        double k = 0.0;
        for (int i = 0; i < a.Count; i++)
        {
            k += Math.Abs((a[i] / sumA) - (b[i] / sumB));
        }

        return k;
    }

    /// <summary>Σ_i |a_i / Σa − mean_l(c_li / Σc_l)|, or null when a list sums to zero.</summary>
    public static double? KrugmanAgainstMean(IReadOnlyList<double> a, string aName, IReadOnlyList<IReadOnlyList<double>> comparisons, string cName, string item)
    {
        double sumA = RegionalInput.NonNegativeSum(a, aName, item);
        ArgumentNullException.ThrowIfNull(comparisons, cName);
        if (comparisons.Count == 0)
        {
            throw new ArgumentException($"{cName} is empty: at least one comparison is needed.", cName);
        }

        var mean = new double[a.Count];
        bool undefined = sumA == 0.0;
        for (int l = 0; l < comparisons.Count; l++)
        {
            string name = $"{cName}[{l}]";
            var c = comparisons[l] ?? throw new ArgumentNullException(cName, $"{name} is null.");
            if (c.Count != a.Count)
            {
                throw new ArgumentException($"{aName} has {a.Count} {item}s but {name} has {c.Count}; they must match one to one.", cName);
            }

            double sumC = RegionalInput.NonNegativeSum(c, name, item);
            if (sumC == 0.0)
            {
                undefined = true;
                continue;
            }

            for (int i = 0; i < c.Count; i++)
            {
                mean[i] += c[i] / sumC / comparisons.Count;
            }
        }

        if (undefined)
        {
            return null;
        }

        double k = 0.0;
        for (int i = 0; i < a.Count; i++)
        {
            k += Math.Abs((a[i] / sumA) - mean[i]);
        }

        return k;
    }

    /// <summary>
    /// The Gini coefficient of the quotients (a_i / Σa) / (b_i / Σb); null when Σa is zero or a b_i is zero. The
    /// inputs are checked (non-negative, a_i ≤ b_i, so Σb &gt; 0 whenever Σa &gt; 0).
    /// </summary>
    public static double? GiniOfQuotients(IReadOnlyList<double> a, double sumA, IReadOnlyList<double> b, double sumB)
    {
        if (sumA == 0.0)
        {
            return null;
        }

        var quotients = new double[a.Count];
        for (int i = 0; i < quotients.Length; i++)
        {
            if (b[i] == 0.0)
            {
                return null;
            }

            quotients[i] = a[i] / sumA / (b[i] / sumB);
        }

        return GiniInPlace(quotients, Sum(quotients));
    }

    /// <summary>
    /// The Gini coefficient Σ_k (2k − n − 1) · x_(k) / (n · Σx) of non-negative values with a positive sum; sorts
    /// <paramref name="values"/> in place. Equal to REAT's 1 − (1/n) Σ_k (Y_(k−1) + Y_(k)) and to
    /// Σ_i Σ_j |x_i − x_j| / (2 n² mean); the tiny negative a rounding can give for equal values is clamped to 0.
    /// </summary>
    public static double GiniInPlace(double[] values, double sum)
    {
        Array.Sort(values);
        int n = values.Length;
        double acc = 0.0;
        for (int k = 1; k <= n; k++)
        {
            acc += ((2.0 * k) - n - 1) * values[k - 1];
        }

        return Math.Max(0.0, acc / (n * sum));
    }

    /// <summary>The sum of a span.</summary>
    public static double Sum(ReadOnlySpan<double> values)
    {
        double sum = 0.0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum;
    }
}
