using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace Taizhou.Metrics.Chaining;

/// <summary>
/// One component of a chain-linked aggregate (a product, an industry, a demand category): for each quarter (or month)
/// of consecutive years, its value at current prices (现价), at the previous year's average prices (上年价格) and at its
/// own year's average prices.
/// </summary>
/// <remarks>
/// <para>
/// Periods are positions 0, 1, …, n − 1, <see cref="ChainLinking.Link"/>'s <c>periodsPerYear</c> to a year, the first
/// position being the first period of the first year. A year's values at the previous year's average prices are
/// PYP_{y,q} = Σ_j P̄_{j,y−1} · q_{j,y,q} over the component's products j, with P̄_{j,y} the annual average (unit value)
/// price Σ_q p_{j,y,q} q_{j,y,q} / Σ_q q_{j,y,q}; its values at its own year's average prices are
/// OYP_{y,q} = Σ_j P̄_{j,y} · q_{j,y,q}, whose sum over a year equals the year's sum at current prices.
/// </para>
/// <para>
/// The first year's values at previous-year prices are never read (pass anything positive, such as the current-price
/// values). Values at own-year prices are needed only by the one-period overlap (<see cref="ChainOverlap.OnePeriod"/>);
/// when they are not given, the current-price values stand in for them, which is exact only when prices do not change
/// within a year.
/// </para>
/// <para>
/// Edge-case policy: every value must be positive and finite, since a chain link divides by the previous year's values;
/// a violation is an <see cref="ArgumentException"/> naming the component, the series and the period index.
/// </para>
/// </remarks>
public sealed class ChainComponent
{
    private ChainComponent(string name, ImmutableArray<double> currentPrices, ImmutableArray<double> previousYearPrices, ImmutableArray<double> ownYearPrices, bool hasOwnYearPrices)
    {
        Name = name;
        CurrentPrices = currentPrices;
        PreviousYearPrices = previousYearPrices;
        OwnYearPrices = ownYearPrices;
        HasOwnYearPrices = hasOwnYearPrices;
    }

    /// <summary>Gets the component's name (for messages and tables).</summary>
    public string Name { get; }

    /// <summary>Gets the number of periods.</summary>
    public int PeriodCount => CurrentPrices.Length;

    /// <summary>Gets the values at current prices (现价), one per period.</summary>
    public ImmutableArray<double> CurrentPrices { get; }

    /// <summary>Gets the values at the previous year's average prices (按上年价格计算), one per period; the first year's are not read.</summary>
    public ImmutableArray<double> PreviousYearPrices { get; }

    /// <summary>Gets the values at the average prices of their own year, one per period (the current-price values when none were given).</summary>
    public ImmutableArray<double> OwnYearPrices { get; }

    /// <summary>Gets a value indicating whether values at own-year average prices were given or derived from quantities.</summary>
    public bool HasOwnYearPrices { get; }

    /// <summary>
    /// Creates a component from its values at current prices and at the previous year's average prices, and optionally
    /// at its own year's average prices.
    /// </summary>
    /// <param name="name">The component's name.</param>
    /// <param name="currentPrices">The values at current prices, one per period.</param>
    /// <param name="previousYearPrices">The values at the previous year's average prices, one per period (the first year's are not read).</param>
    /// <param name="ownYearPrices">The values at their own year's average prices, or <see langword="null"/> to use the current-price values.</param>
    /// <returns>The component.</returns>
    /// <exception cref="ArgumentException">The series are empty or of different lengths, or a value is not positive and finite.</exception>
    public static ChainComponent FromValues(string name, IReadOnlyList<double> currentPrices, IReadOnlyList<double> previousYearPrices, IReadOnlyList<double>? ownYearPrices = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(currentPrices);
        ArgumentNullException.ThrowIfNull(previousYearPrices);
        var cp = Check(name, nameof(currentPrices), currentPrices, currentPrices.Count);
        var pyp = Check(name, nameof(previousYearPrices), previousYearPrices, currentPrices.Count);
        var oyp = ownYearPrices is null ? cp : Check(name, nameof(ownYearPrices), ownYearPrices, currentPrices.Count);
        return new ChainComponent(name, cp, pyp, oyp, ownYearPrices is not null);
    }

    /// <summary>
    /// Creates a component of one product from its quantities and prices per period: the annual average price of a year
    /// is its unit value Σ p·q / Σ q, current-price values are p·q, values at previous-year prices are P̄_{y−1}·q and at
    /// own-year prices P̄_y·q.
    /// </summary>
    /// <param name="name">The component's name.</param>
    /// <param name="quantities">The quantities (volumes), one per period.</param>
    /// <param name="prices">The prices, one per period.</param>
    /// <param name="periodsPerYear">The periods in a year: 4 for quarters, 12 for months.</param>
    /// <returns>The component, with values at own-year prices.</returns>
    /// <exception cref="ArgumentException">The series are empty, of different lengths or do not start with a whole year, or a value is not positive and finite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="periodsPerYear"/> is neither 4 nor 12.</exception>
    public static ChainComponent FromQuantities(string name, IReadOnlyList<double> quantities, IReadOnlyList<double> prices, int periodsPerYear)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(quantities);
        ArgumentNullException.ThrowIfNull(prices);
        ChainLinking.CheckPeriodsPerYear(periodsPerYear);
        var q = Check(name, nameof(quantities), quantities, quantities.Count);
        var p = Check(name, nameof(prices), prices, quantities.Count);
        ChainLinking.CheckLength(q.Length, periodsPerYear, nameof(quantities));
        int n = q.Length, years = (n + periodsPerYear - 1) / periodsPerYear;
        var average = new double[years];
        for (int y = 0; y < years; y++)
        {
            double value = 0, quantity = 0;
            for (int t = y * periodsPerYear; t < Math.Min(n, (y + 1) * periodsPerYear); t++)
            {
                value += p[t] * q[t];
                quantity += q[t];
            }

            average[y] = value / quantity;
        }

        var cp = new double[n];
        var pyp = new double[n];
        var oyp = new double[n];
        for (int t = 0; t < n; t++)
        {
            int y = t / periodsPerYear;
            cp[t] = p[t] * q[t];
            oyp[t] = average[y] * q[t];
            pyp[t] = y == 0 ? cp[t] : average[y - 1] * q[t];
        }

        return new ChainComponent(name, [.. cp], [.. pyp], [.. oyp], true);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({PeriodCount} periods)");

    private static ImmutableArray<double> Check(string component, string series, IReadOnlyList<double> values, int expected)
    {
        if (values.Count == 0)
        {
            throw new ArgumentException($"Component '{component}': {series} is empty.", series);
        }

        if (values.Count != expected)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Component '{component}': {series} has {values.Count} periods, expected {expected}."), series);
        }

        for (int t = 0; t < values.Count; t++)
        {
            if (!double.IsFinite(values[t]) || values[t] <= 0)
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Component '{component}': {series}[{t}] is {values[t]}, expected a positive finite value."), series);
            }
        }

        return [.. values];
    }
}
