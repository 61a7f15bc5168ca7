using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// One component of a Fisher aggregate (a product, an industry, a demand category): its name and, for each period in
/// order, its price p, its quantity (volume) q and its current-price value p × q.
/// </summary>
/// <remarks>
/// <para>
/// Periods are positions 0, 1, …, n − 1 in the series, consecutive and of one kind (years, or quarters); the link
/// from period t − 1 to t is what the Fisher formulas compare. Create a component either from current-price values
/// and volumes (price = value / volume, the implicit deflator, as national accounts publish them) or from prices and
/// quantities (value = price × quantity). Only the ratios of a component's prices or quantities between periods
/// matter, so volumes may be in any reference-year's prices.
/// </para>
/// <para>
/// Edge-case policy: every value, volume, price and quantity must be positive and finite, since a Fisher index has no
/// defined weight for a zero or negative price or value; a violation is an <see cref="ArgumentException"/> naming
/// the component and the period index. A valid component therefore never yields NaN or infinity downstream.
/// </para>
/// </remarks>
public sealed class FisherComponent
{
    private FisherComponent(string name, ImmutableArray<double> values, ImmutableArray<double> prices, ImmutableArray<double> quantities)
    {
        Name = name;
        Values = values;
        Prices = prices;
        Quantities = quantities;
    }

    /// <summary>Gets the component's name, unique within an aggregate (compared ordinally).</summary>
    public string Name { get; }

    /// <summary>Gets the number of periods, at least one.</summary>
    public int PeriodCount => Values.Length;

    /// <summary>Gets the current-price values p × q per period, all positive and finite.</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Gets the prices (implicit deflators) p per period, all positive and finite.</summary>
    public ImmutableArray<double> Prices { get; }

    /// <summary>Gets the quantities (volumes) q per period, all positive and finite.</summary>
    public ImmutableArray<double> Quantities { get; }

    /// <summary>
    /// Creates a component from its current-price values and its volumes (constant- or reference-year-price values),
    /// the way national accounts publish them; the price is the implicit deflator value / volume.
    /// </summary>
    /// <remarks>p_t = value_t / volume_t, q_t = volume_t. Every value and volume must be positive and finite.</remarks>
    /// <param name="name">The component's name; not empty.</param>
    /// <param name="currentValues">The current-price values per period; at least one.</param>
    /// <param name="volumes">The volumes per period; as many as <paramref name="currentValues"/>.</param>
    /// <returns>The component.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The name is empty; the series are empty or of different lengths; or a value, volume or the implied price is
    /// zero, negative, NaN or infinite (the message names the component and the period index).
    /// </exception>
    public static FisherComponent FromValuesAndVolumes(string name, IReadOnlyList<double> currentValues, IReadOnlyList<double> volumes)
    {
        CheckShape(name, currentValues, volumes, nameof(currentValues), nameof(volumes));
        int n = currentValues.Count;
        var values = new double[n];
        var prices = new double[n];
        var quantities = new double[n];
        for (int t = 0; t < n; t++)
        {
            values[t] = CheckPositive(name, "current value", currentValues[t], t, nameof(currentValues));
            quantities[t] = CheckPositive(name, "volume", volumes[t], t, nameof(volumes));
            prices[t] = CheckPositive(name, "implied price (value / volume)", values[t] / quantities[t], t, nameof(volumes));
        }

        return new FisherComponent(name, [.. values], [.. prices], [.. quantities]);
    }

    /// <summary>Creates a component from its prices and quantities; the current-price value is their product.</summary>
    /// <remarks>value_t = p_t × q_t. Every price and quantity must be positive and finite.</remarks>
    /// <param name="name">The component's name; not empty.</param>
    /// <param name="prices">The prices per period; at least one.</param>
    /// <param name="quantities">The quantities per period; as many as <paramref name="prices"/>.</param>
    /// <returns>The component.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">
    /// The name is empty; the series are empty or of different lengths; or a price, quantity or their product is
    /// zero, negative, NaN or infinite (the message names the component and the period index).
    /// </exception>
    public static FisherComponent FromPricesAndQuantities(string name, IReadOnlyList<double> prices, IReadOnlyList<double> quantities)
    {
        CheckShape(name, prices, quantities, nameof(prices), nameof(quantities));
        int n = prices.Count;
        var values = new double[n];
        var p = new double[n];
        var q = new double[n];
        for (int t = 0; t < n; t++)
        {
            p[t] = CheckPositive(name, "price", prices[t], t, nameof(prices));
            q[t] = CheckPositive(name, "quantity", quantities[t], t, nameof(quantities));
            values[t] = CheckPositive(name, "value (price × quantity)", p[t] * q[t], t, nameof(quantities));
        }

        return new FisherComponent(name, [.. values], [.. p], [.. q]);
    }

    /// <summary>Returns the name and the number of periods, such as <c>A (4 periods)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} ({PeriodCount} periods)");

    private static void CheckShape(string name, IReadOnlyList<double> first, IReadOnlyList<double> second, string firstName, string secondName)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(first, firstName);
        ArgumentNullException.ThrowIfNull(second, secondName);
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A Fisher component needs a non-empty name.", nameof(name));
        }

        if (first.Count == 0)
        {
            throw new ArgumentException($"Component '{name}' has no periods; at least one is needed.", firstName);
        }

        if (second.Count != first.Count)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Component '{name}': expected {first.Count} {secondName} (one per period of {firstName}), got {second.Count}."),
                secondName);
        }
    }

    private static double CheckPositive(string name, string what, double x, int period, string parameterName) =>
        x > 0.0 && double.IsFinite(x)
            ? x
            : throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"Component '{name}': the {what} at period index {period} is {x}; a Fisher index needs positive, finite values and prices."),
                parameterName);
}
