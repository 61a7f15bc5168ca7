using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace Taizhou.Metrics.Chaining;

/// <summary>
/// A chain-linked (链式连接) volume aggregate of components: its chain-linked volume index and chain volume measure
/// (CVM, in the reference year's prices), the same for each component linked on its own, the non-additivity of the
/// components' CVMs, and growth rates with contributions (拉动) that add up exactly to the aggregate's growth.
/// </summary>
/// <remarks>
/// <para>
/// Created by <see cref="ChainLinking.Link"/>. Periods are positions t = 0, 1, …, n − 1, <see cref="PeriodsPerYear"/> to a
/// year from <see cref="FirstYear"/>. The index of the aggregate in period t of year y is I_t = s_y · PYP_t (the first
/// year: s_0 · OYP_t), with s_y the year's link factor (see <see cref="ChainLinking.Link"/>), all scaled so that the
/// reference year averages 100.
/// </para>
/// <para>
/// Non-additivity: chain volume measures of the components do not add up to the aggregate's CVM outside the reference
/// year and the year after it, because each component is linked with its own factors while the aggregate is linked
/// with the aggregate's. <see cref="NonAdditivity(int)"/> gives the gap.
/// </para>
/// <para>
/// Contributions: component i's value in the aggregate's index units is K_{i,t} = s_y · PYP_{i,t} (the first year:
/// s_0 · OYP_{i,t}), so Σ_i K_{i,t} = I_t exactly. Its contribution to the aggregate's growth from period t − h to t is
/// (K_{i,t} − K_{i,t−h}) / I_{t−h}; the contributions add up to I_t / I_{t−h} − 1 exactly. Within a year this is
/// (PYP_{i,t} − PYP_{i,t−h}) / PYP_{t−h}; across the year boundary it equals the usual two-term decomposition
/// [s_y (PYP_{i,t} − OYP_{i,t−h}) + (s_y OYP_{i,t−h} − s_{y−1} PYP_{i,t−h})] / I_{t−h}: the volume change at the
/// previous year's prices plus the revaluation of the earlier period to those prices.
/// </para>
/// </remarks>
public sealed class ChainLinkedAggregate
{
    private readonly double[] _index;
    private readonly double[][] _inAggregateUnits;
    private readonly double[][] _componentIndex;

    internal ChainLinkedAggregate(int firstYear, int periodsPerYear, ChainOverlap overlap, ImmutableArray<ChainComponent> components, int referenceYear)
    {
        FirstYear = firstYear;
        PeriodsPerYear = periodsPerYear;
        Overlap = overlap;
        Components = components;
        ReferenceYear = referenceYear;
        int n = components[0].PeriodCount, m = components.Length;
        var cp = new double[n];
        var pyp = new double[n];
        var oyp = new double[n];
        foreach (var c in components)
        {
            for (int t = 0; t < n; t++)
            {
                cp[t] += c.CurrentPrices[t];
                pyp[t] += c.PreviousYearPrices[t];
                oyp[t] += c.OwnYearPrices[t];
            }
        }

        double[] scale = Scales(cp, pyp, oyp, periodsPerYear, overlap, out _index);
        int r = (referenceYear - firstYear) * periodsPerYear;
        double factor = 100.0 / Mean(_index, r, periodsPerYear);
        for (int t = 0; t < n; t++)
        {
            _index[t] *= factor;
        }

        _inAggregateUnits = new double[m][];
        _componentIndex = new double[m][];
        for (int i = 0; i < m; i++)
        {
            var c = components[i];
            var k = new double[n];
            for (int t = 0; t < n; t++)
            {
                int y = t / periodsPerYear;
                k[t] = factor * scale[y] * (y == 0 ? c.OwnYearPrices[t] : c.PreviousYearPrices[t]);
            }

            _inAggregateUnits[i] = k;
            Scales([.. c.CurrentPrices], [.. c.PreviousYearPrices], [.. c.OwnYearPrices], periodsPerYear, overlap, out double[] own);
            double ownFactor = 100.0 / Mean(own, r, periodsPerYear);
            for (int t = 0; t < n; t++)
            {
                own[t] *= ownFactor;
            }

            _componentIndex[i] = own;
        }

        ReferenceValue = Mean(cp, r, periodsPerYear);
    }

    /// <summary>Gets the calendar year of the first period.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the periods in a year: 4 for quarters, 12 for months.</summary>
    public int PeriodsPerYear { get; }

    /// <summary>Gets the linking technique.</summary>
    public ChainOverlap Overlap { get; }

    /// <summary>Gets the components, in the order given.</summary>
    public ImmutableArray<ChainComponent> Components { get; }

    /// <summary>Gets the reference year (参考年), whose periods average 100 in the index and whose prices the CVM is in.</summary>
    public int ReferenceYear { get; }

    /// <summary>Gets the number of periods.</summary>
    public int PeriodCount => _index.Length;

    /// <summary>Gets the number of whole years.</summary>
    public int WholeYears => _index.Length / PeriodsPerYear;

    /// <summary>Gets the mean current-price value of the aggregate over the reference year: the CVM's level, CVM = index / 100 × this.</summary>
    public double ReferenceValue { get; }

    /// <summary>Gets the aggregate's chain-linked volume index (链式物量指数), reference year = 100.</summary>
    public ImmutableArray<double> Index => [.. _index];

    /// <summary>Gets the aggregate's chain volume measure (链式物量, CVM) in the reference year's average prices: Index_t / 100 × <see cref="ReferenceValue"/>.</summary>
    public ImmutableArray<double> Volumes
    {
        get
        {
            var v = new double[_index.Length];
            for (int t = 0; t < v.Length; t++)
            {
                v[t] = _index[t] / 100.0 * ReferenceValue;
            }

            return [.. v];
        }
    }

    /// <summary>Gets a component's own chain-linked volume index, linked with its own factors (reference year = 100).</summary>
    /// <param name="component">The component's position in <see cref="Components"/>.</param>
    /// <returns>The index, one value per period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="component"/> is not a component position.</exception>
    public ImmutableArray<double> ComponentIndex(int component) => [.. _componentIndex[CheckComponent(component)]];

    /// <summary>Gets a component's chain volume measure in the reference year's prices: its index / 100 × its mean current-price value in the reference year.</summary>
    /// <param name="component">The component's position in <see cref="Components"/>.</param>
    /// <returns>The CVM, one value per period.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="component"/> is not a component position.</exception>
    public ImmutableArray<double> ComponentVolumes(int component)
    {
        var index = _componentIndex[CheckComponent(component)];
        double level = Mean([.. Components[component].CurrentPrices], ReferenceStart, PeriodsPerYear);
        var v = new double[index.Length];
        for (int t = 0; t < v.Length; t++)
        {
            v[t] = index[t] / 100.0 * level;
        }

        return [.. v];
    }

    /// <summary>
    /// Gets the non-additivity of the chain volume measures in a period: the aggregate's CVM minus the sum of the
    /// components' CVMs (zero in the reference year and, with annual overlap, the year after it).
    /// </summary>
    /// <param name="period">The period position.</param>
    /// <returns>The gap, in the CVM's unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is not a period position.</exception>
    public double NonAdditivity(int period)
    {
        CheckPeriod(period, 0);
        double sum = 0;
        for (int i = 0; i < Components.Length; i++)
        {
            sum += ComponentVolumes(i)[period];
        }

        return (_index[period] / 100.0 * ReferenceValue) - sum;
    }

    /// <summary>
    /// Gets the aggregate's growth from period t − <paramref name="lag"/> to t, as a fraction (0.05 = 5 %): lag 1 is
    /// growth on the previous period (环比), lag <see cref="PeriodsPerYear"/> on the same period of the previous year (同比).
    /// </summary>
    /// <param name="period">The period position t.</param>
    /// <param name="lag">The distance h ≥ 1 to the base period.</param>
    /// <returns>I_t / I_{t−h} − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The lag is not positive or the base period is before the first period.</exception>
    public double Growth(int period, int lag)
    {
        CheckLag(lag);
        CheckPeriod(period, lag);
        return (_index[period] / _index[period - lag]) - 1.0;
    }

    /// <summary>
    /// Gets a component's contribution (拉动) to the aggregate's growth from period t − <paramref name="lag"/> to t, as
    /// a fraction of the aggregate's base (0.012 = 1.2 percentage points); the components' contributions add up to
    /// <see cref="Growth"/> exactly.
    /// </summary>
    /// <param name="component">The component's position in <see cref="Components"/>.</param>
    /// <param name="period">The period position t.</param>
    /// <param name="lag">The distance h ≥ 1 to the base period.</param>
    /// <returns>(K_{i,t} − K_{i,t−h}) / I_{t−h}; see the type's remarks.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The component or the periods are out of range.</exception>
    public double Contribution(int component, int period, int lag)
    {
        CheckLag(lag);
        CheckPeriod(period, lag);
        var k = _inAggregateUnits[CheckComponent(component)];
        return (k[period] - k[period - lag]) / _index[period - lag];
    }

    /// <summary>Gets the annual chain-linked index of a whole year: the mean of its periods' index values.</summary>
    /// <param name="year">The calendar year.</param>
    /// <returns>The annual index (reference year = 100).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is not wholly in the series.</exception>
    public double AnnualIndex(int year) => Mean(_index, CheckYear(year, 0), PeriodsPerYear);

    /// <summary>Gets the aggregate's annual growth of a whole year on the year before, as a fraction.</summary>
    /// <param name="year">The calendar year, after the first.</param>
    /// <returns>AnnualIndex(y) / AnnualIndex(y − 1) − 1; with annual overlap this equals ΣPYP_y / ΣCP_{y−1} − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or the year before is not wholly in the series.</exception>
    public double AnnualGrowth(int year)
    {
        CheckYear(year, 1);
        return (AnnualIndex(year) / AnnualIndex(year - 1)) - 1.0;
    }

    /// <summary>
    /// Gets a component's contribution (拉动) to the aggregate's annual growth, as a fraction; the components'
    /// contributions add up to <see cref="AnnualGrowth"/> exactly.
    /// </summary>
    /// <param name="component">The component's position in <see cref="Components"/>.</param>
    /// <param name="year">The calendar year, after the first.</param>
    /// <returns>
    /// Annual overlap: (ΣPYP_{i,y} − ΣCP_{i,y−1}) / ΣCP_{y−1}, the component's share of the previous year's current-price
    /// total times its volume growth at the previous year's prices. One-period overlap: (K̄_{i,y} − K̄_{i,y−1}) / Ī_{y−1}
    /// with K̄ and Ī the annual means.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException">The component, the year or the year before is out of range.</exception>
    public double AnnualContribution(int component, int year)
    {
        int start = CheckYear(year, 1);
        CheckComponent(component);
        int p = PeriodsPerYear;
        if (Overlap == ChainOverlap.Annual)
        {
            double pyp = 0, cpBefore = 0, total = 0;
            for (int t = start; t < start + p; t++)
            {
                pyp += Components[component].PreviousYearPrices[t];
                cpBefore += Components[component].CurrentPrices[t - p];
                foreach (var c in Components)
                {
                    total += c.CurrentPrices[t - p];
                }
            }

            return (pyp - cpBefore) / total;
        }

        var k = _inAggregateUnits[component];
        return (Mean(k, start, p) - Mean(k, start - p, p)) / Mean(_index, start - p, p);
    }

    /// <summary>Moves the reference year: the index averages 100 in <paramref name="year"/> and the CVM is in that year's prices; growth rates and contributions do not change.</summary>
    /// <param name="year">The new reference year, wholly in the series.</param>
    /// <returns>The rebased aggregate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is not wholly in the series.</exception>
    public ChainLinkedAggregate Rebase(int year)
    {
        CheckYear(year, 0);
        return new ChainLinkedAggregate(FirstYear, PeriodsPerYear, Overlap, Components, year);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Components.Length} components, {PeriodCount} periods from {FirstYear}, {Overlap} overlap, {ReferenceYear} = 100");

    private int ReferenceStart => (ReferenceYear - FirstYear) * PeriodsPerYear;

    private static double[] Scales(double[] cp, double[] pyp, double[] oyp, int p, ChainOverlap overlap, out double[] index)
    {
        int n = cp.Length, years = (n + p - 1) / p;
        var scale = new double[years];
        index = new double[n];
        scale[0] = 100.0 / Mean(oyp, 0, p);
        for (int t = 0; t < p; t++)
        {
            index[t] = scale[0] * oyp[t];
        }

        for (int y = 1; y < years; y++)
        {
            int start = y * p;
            scale[y] = overlap == ChainOverlap.Annual
                ? Mean(index, start - p, p) / Mean(cp, start - p, p)
                : index[start - 1] / oyp[start - 1];
            for (int t = start; t < Math.Min(n, start + p); t++)
            {
                index[t] = scale[y] * pyp[t];
            }
        }

        return scale;
    }

    private static double Mean(double[] values, int start, int count)
    {
        double sum = 0;
        for (int t = start; t < start + count; t++)
        {
            sum += values[t];
        }

        return sum / count;
    }

    private int CheckComponent(int component)
    {
        if ((uint)component >= (uint)Components.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(component), component, string.Create(CultureInfo.InvariantCulture, $"Expected a component position in [0, {Components.Length})."));
        }

        return component;
    }

    private void CheckPeriod(int period, int lag)
    {
        if (lag < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(lag), lag, "Expected a positive lag.");
        }

        if (period - lag < 0 || period >= _index.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, string.Create(CultureInfo.InvariantCulture, $"Expected a period in [{lag}, {_index.Length}) for lag {lag}."));
        }
    }

    private static void CheckLag(int lag) => ArgumentOutOfRangeException.ThrowIfNegativeOrZero(lag);

    private int CheckYear(int year, int yearsBefore)
    {
        int start = (year - FirstYear) * PeriodsPerYear;
        if (year - yearsBefore < FirstYear || year >= FirstYear + WholeYears)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, string.Create(CultureInfo.InvariantCulture, $"Expected a whole year in [{FirstYear + yearsBefore}, {FirstYear + WholeYears - 1}]."));
        }

        return start;
    }
}
