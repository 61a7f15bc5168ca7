using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// One link of a chained Fisher index (链式费雪指数): the aggregate's quantity and price relatives from period t − 1 to
/// period t (Laspeyres, Paasche and Fisher), and each component's exact additive contribution to the volume change.
/// </summary>
/// <remarks>
/// <para>With p, q the components' prices and quantities and Σ over the components of the aggregate:</para>
/// <list type="bullet">
/// <item><description>Laspeyres quantity relative QL = Σ p_t−1 q_t / Σ p_t−1 q_t−1; Paasche QP = Σ p_t q_t / Σ p_t q_t−1; Fisher QF = √(QL × QP).</description></item>
/// <item><description>Laspeyres price relative PL = Σ p_t q_t−1 / Σ p_t−1 q_t−1; Paasche PP = Σ p_t q_t / Σ p_t−1 q_t; Fisher PF = √(PL × PP).</description></item>
/// <item><description>QF × PF = Σ p_t q_t / Σ p_t−1 q_t−1, the value relative (factor reversal).</description></item>
/// <item><description>Contribution of component i: C_i = (p_i,t / PF + p_i,t−1)(q_i,t − q_i,t−1) / Σ_j (p_j,t / PF + p_j,t−1) q_j,t−1; Σ_i C_i = QF − 1.</description></item>
/// </list>
/// <para>
/// Relatives are ratios (1.182 for +18.2 %); changes are <see cref="GrowthRate"/> fractions; contributions are
/// fractions (0.0198 = 1.98 percentage points). Edge-case policy: all prices and quantities are positive and finite
/// by construction of <see cref="FisherComponent"/>, so every figure here is defined and finite; nothing is NaN.
/// </para>
/// </remarks>
public sealed class FisherLink
{
    internal FisherLink(
        int period,
        double laspeyresQuantity,
        double paascheQuantity,
        double fisherQuantity,
        double laspeyresPrice,
        double paaschePrice,
        double fisherPrice,
        double valueRelative,
        ImmutableArray<FisherContribution> contributions)
    {
        Period = period;
        LaspeyresQuantity = laspeyresQuantity;
        PaascheQuantity = paascheQuantity;
        FisherQuantity = fisherQuantity;
        LaspeyresPrice = laspeyresPrice;
        PaaschePrice = paaschePrice;
        FisherPrice = fisherPrice;
        ValueRelative = valueRelative;
        Contributions = contributions;
        double sum = 0.0;
        foreach (var c in contributions)
        {
            sum += c.PercentagePoints;
        }

        ContributionSum = sum;
    }

    /// <summary>Gets the period index t of the link (at least 1).</summary>
    public int Period { get; }

    /// <summary>Gets the base period index, t − 1.</summary>
    public int BasePeriod => Period - 1;

    /// <summary>Gets the Laspeyres quantity relative Σ p_t−1 q_t / Σ p_t−1 q_t−1 (base-period prices).</summary>
    public double LaspeyresQuantity { get; }

    /// <summary>Gets the Paasche quantity relative Σ p_t q_t / Σ p_t q_t−1 (current-period prices).</summary>
    public double PaascheQuantity { get; }

    /// <summary>Gets the Fisher quantity relative √(Laspeyres × Paasche), such as 1.182 for a volume growth of 18.2 %.</summary>
    public double FisherQuantity { get; }

    /// <summary>Gets the Laspeyres price relative Σ p_t q_t−1 / Σ p_t−1 q_t−1 (base-period quantities).</summary>
    public double LaspeyresPrice { get; }

    /// <summary>Gets the Paasche price relative Σ p_t q_t / Σ p_t−1 q_t (current-period quantities).</summary>
    public double PaaschePrice { get; }

    /// <summary>Gets the Fisher price relative PF = √(Laspeyres × Paasche), the deflator used in the contribution weights.</summary>
    public double FisherPrice { get; }

    /// <summary>Gets the value relative Σ p_t q_t / Σ p_t−1 q_t−1, which equals <see cref="FisherQuantity"/> × <see cref="FisherPrice"/>.</summary>
    public double ValueRelative { get; }

    /// <summary>Gets the aggregate's volume change QF − 1 as a fraction (0.0635 for +6.35 %).</summary>
    public GrowthRate QuantityChange => GrowthRate.FromFraction(FisherQuantity - 1.0);

    /// <summary>Gets the aggregate's price change PF − 1 as a fraction.</summary>
    public GrowthRate PriceChange => GrowthRate.FromFraction(FisherPrice - 1.0);

    /// <summary>Gets the components' contributions, in the order of the aggregate's components.</summary>
    public ImmutableArray<FisherContribution> Contributions { get; }

    /// <summary>
    /// Gets the sum of the contributions as a fraction; it equals <see cref="FisherQuantity"/> − 1 up to rounding in
    /// the last bits (about 1e-15 for well-scaled data).
    /// </summary>
    public double ContributionSum { get; }

    /// <summary>Returns the contribution of the named component.</summary>
    /// <param name="component">The component's name (ordinal comparison).</param>
    /// <returns>The contribution.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="component"/> is null.</exception>
    /// <exception cref="ArgumentException">The aggregate has no such component.</exception>
    public FisherContribution Contribution(string component)
    {
        ArgumentNullException.ThrowIfNull(component);
        foreach (var c in Contributions)
        {
            if (string.Equals(c.Component, component, StringComparison.Ordinal))
            {
                return c;
            }
        }

        throw new ArgumentException($"The aggregate has no component '{component}'; it has {Names()}.", nameof(component));
    }

    /// <summary>
    /// Returns the contribution of a group of components (a sub-aggregate such as goods or services) to the
    /// aggregate's volume change: the sum of their contributions, as a fraction. Contributions are additive, so the
    /// groups of a partition add up to the aggregate's change.
    /// </summary>
    /// <param name="components">The names of the components in the group, each at most once.</param>
    /// <returns>The group's contribution as a fraction; 0 for an empty group.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="components"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is unknown, null or repeated.</exception>
    public double ContributionOf(IEnumerable<string> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        double sum = 0.0;
        foreach (string name in components)
        {
            if (name is null || !seen.Add(name))
            {
                throw new ArgumentException($"Component names must be non-null and distinct; '{name}' is not.", nameof(components));
            }

            sum += Contribution(name).PercentagePoints;
        }

        return sum;
    }

    /// <summary>Returns the link and its Fisher volume change, such as <c>1→2: volume +11.52%, price -8.64%</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        string.Create(Rounding.InvariantText, $"{BasePeriod}→{Period}: volume {QuantityChange.ToString("2", null)}, price {PriceChange.ToString("2", null)}");

    private string Names()
    {
        var names = new string[Contributions.Length];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = "'" + Contributions[i].Component + "'";
        }

        return string.Join(", ", names);
    }
}
