using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Taizhou.Metrics.Chaining;

/// <summary>
/// Chain-linking (链式连接) of Laspeyres-type volume series compiled at the previous year's average prices, by annual
/// overlap or one-period (one-quarter) overlap, and rebasing (基期转换) of an index to a new reference year.
/// </summary>
/// <remarks>
/// The formulas are those of the IMF Quarterly National Accounts Manual (2017), chapter 8; docs/chain-linking-and-seasonality.md
/// works an example by hand.
/// </remarks>
public static class ChainLinking
{
    /// <summary>
    /// Chain-links an aggregate of components, and each component on its own, into volume indices with the first year
    /// as reference year (its mean = 100), and chain volume measures (CVM) in the reference year's prices.
    /// </summary>
    /// <param name="firstYear">The calendar year of the first period.</param>
    /// <param name="periodsPerYear">The periods in a year: 4 for quarters, 12 for months.</param>
    /// <param name="components">The components, each with the same number of periods.</param>
    /// <param name="overlap">The linking technique.</param>
    /// <returns>The chain-linked aggregate; <see cref="ChainLinkedAggregate.Rebase"/> moves its reference year.</returns>
    /// <remarks>
    /// <para>
    /// With CP current-price values, PYP values at the previous year's average prices and OYP values at their own year's
    /// average prices, each summed over the components, and I the index:
    /// the first year: I_{0,q} = 100 · OYP_{0,q} / mean_q OYP_{0,·};
    /// annual overlap: I_{y,q} = PYP_{y,q} · mean_q I_{y−1,·} / mean_q CP_{y−1,·};
    /// one-period overlap: I_{y,q} = PYP_{y,q} · I_{y−1,last} / OYP_{y−1,last}.
    /// Within a year the index moves as the values at the previous year's prices do; the factor s_y multiplying PYP_{y,·}
    /// is the year's link. CVM_t = I_t / 100 · mean_q CP_{r,·} with r the reference year.
    /// </para>
    /// <para>
    /// Edge-case policy: the components are validated at construction (positive finite values); here the periods must
    /// be at least one whole year, every component of the same length, and the last year may be incomplete (its
    /// quarters are linked; annual figures are only given for whole years). Violations are <see cref="ArgumentException"/>.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">No components, components of different lengths, or less than one whole year.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodsPerYear"/> is neither 4 nor 12, or <paramref name="overlap"/> is not defined.</exception>
    public static ChainLinkedAggregate Link(int firstYear, int periodsPerYear, IReadOnlyList<ChainComponent> components, ChainOverlap overlap)
    {
        ArgumentNullException.ThrowIfNull(components);
        CheckPeriodsPerYear(periodsPerYear);
        if (overlap is not ChainOverlap.Annual and not ChainOverlap.OnePeriod)
        {
            throw new ArgumentOutOfRangeException(nameof(overlap), overlap, "Expected Annual or OnePeriod.");
        }

        if (components.Count == 0)
        {
            throw new ArgumentException("At least one component is needed.", nameof(components));
        }

        int n = components[0].PeriodCount;
        foreach (var c in components)
        {
            ArgumentNullException.ThrowIfNull(c, nameof(components));
            if (c.PeriodCount != n)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Component '{c.Name}' has {c.PeriodCount} periods, expected {n} as '{components[0].Name}'."), nameof(components));
            }
        }

        CheckLength(n, periodsPerYear, nameof(components));
        return new ChainLinkedAggregate(firstYear, periodsPerYear, overlap, [.. components], firstYear);
    }

    /// <summary>
    /// Rebases an index (基期转换) to a new reference year: divides every value by the mean of that year's values and
    /// multiplies by 100, so the reference year averages 100 and every growth rate is unchanged.
    /// </summary>
    /// <param name="index">The index values, one per period, the first being the first period of <paramref name="firstYear"/>.</param>
    /// <param name="firstYear">The calendar year of the first value.</param>
    /// <param name="periodsPerYear">The periods in a year (1 for annual data, 4, 12, or any positive number).</param>
    /// <param name="referenceYear">The new reference year, whose periods must all be present.</param>
    /// <returns>The rebased index.</returns>
    /// <remarks>
    /// I′_t = 100 · I_t / mean_q I_{r,q}. Edge-case policy: values must be finite and the reference year's mean
    /// positive; otherwise an <see cref="ArgumentException"/>.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodsPerYear"/> is not positive, or the reference year is not wholly in the series.</exception>
    /// <exception cref="ArgumentException">A value is not finite, or the reference year's mean is not positive.</exception>
    public static ImmutableArray<double> Rebase(IReadOnlyList<double> index, int firstYear, int periodsPerYear, int referenceYear)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(periodsPerYear);
        int start = (referenceYear - firstYear) * periodsPerYear;
        if (referenceYear < firstYear || start + periodsPerYear > index.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(referenceYear), referenceYear, string.Create(CultureInfo.InvariantCulture, $"The series covers whole years {firstYear} to {firstYear + (index.Count / periodsPerYear) - 1}."));
        }

        for (int t = 0; t < index.Count; t++)
        {
            if (!double.IsFinite(index[t]))
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"index[{t}] is {index[t]}, expected a finite value."), nameof(index));
            }
        }

        double mean = 0;
        for (int t = start; t < start + periodsPerYear; t++)
        {
            mean += index[t];
        }

        mean /= periodsPerYear;
        if (mean <= 0)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The mean of {referenceYear} is {mean}, expected a positive value."), nameof(index));
        }

        return [.. index.Select(v => 100.0 * v / mean)];
    }

    internal static void CheckPeriodsPerYear(int periodsPerYear)
    {
        if (periodsPerYear is not 4 and not 12)
        {
            throw new ArgumentOutOfRangeException(nameof(periodsPerYear), periodsPerYear, "Expected 4 (quarters) or 12 (months).");
        }
    }

    internal static void CheckLength(int n, int periodsPerYear, string parameter)
    {
        if (n < periodsPerYear)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{n} periods is less than one whole year of {periodsPerYear}."), parameter);
        }
    }
}
