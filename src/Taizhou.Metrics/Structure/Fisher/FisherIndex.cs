using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// Chained Fisher indices (链式费雪指数) and the exact additive contributions of their components to the aggregate's
/// volume change, as the U.S. Bureau of Economic Analysis and Statistics Canada compute them for GDP and its
/// components.
/// </summary>
/// <remarks>
/// <para>
/// For each link from period t − 1 to t: the Fisher quantity relative QF = √(QL × QP) with the Laspeyres
/// QL = Σ p_t−1 q_t / Σ p_t−1 q_t−1 and the Paasche QP = Σ p_t q_t / Σ p_t q_t−1; the Fisher price relative
/// PF = √(PL × PP) likewise; and the contribution of component i to the volume change
/// C_i = (p_i,t / PF + p_i,t−1)(q_i,t − q_i,t−1) / Σ_j (p_j,t / PF + p_j,t−1) q_j,t−1, which add up exactly to
/// QF − 1 (Statistics Canada, Catalogue 13-017-X, Table 2.12; BEA, "Contributions to percent change"). The links
/// are multiplied into a volume index that is 100 in a reference period.
/// </para>
/// <para>
/// Representation: relatives are ratios (1.182), changes are <see cref="GrowthRate"/> fractions, contributions are
/// fractions of the aggregate (0.0198 = 1.98 percentage points), index levels are numbers with the reference = 100.
/// Periods are positions 0 … n − 1 of consecutive periods of one kind.
/// </para>
/// <para>
/// Edge-case policy: components must have positive, finite series (enforced by <see cref="FisherComponent"/>), equal
/// lengths and distinct names; a violation is an <see cref="ArgumentException"/>. Valid input gives defined, finite
/// results throughout: no NaN, no undefined rates. Sums or ratios outside the range of <see cref="double"/> throw
/// <see cref="OverflowException"/> rather than return NaN.
/// </para>
/// </remarks>
public static class FisherIndex
{
    /// <summary>
    /// Chains the Fisher aggregate of <paramref name="components"/> over all their periods, with the volume and price
    /// indices referenced to the first period (period 0 = 100).
    /// </summary>
    /// <remarks>See <see cref="FisherChain"/> for the index and level formulas and <see cref="FisherLink"/> for each link's.</remarks>
    /// <param name="components">The components; at least one, distinct names, equal period counts of at least two.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="components"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No components, repeated names, different period counts, or fewer than two periods.</exception>
    /// <exception cref="OverflowException">A sum or ratio leaves the range of <see cref="double"/> (values near 1e308 or 1e-308).</exception>
    public static FisherChain Chain(IEnumerable<FisherComponent> components) => Chain(components, 0);

    /// <summary>
    /// Chains the Fisher aggregate of <paramref name="components"/> over all their periods, with the volume and price
    /// indices equal to 100 in <paramref name="referencePeriod"/>.
    /// </summary>
    /// <remarks>See <see cref="FisherChain"/> for the index and level formulas and <see cref="FisherLink"/> for each link's.</remarks>
    /// <param name="components">The components; at least one, distinct names, equal period counts of at least two.</param>
    /// <param name="referencePeriod">The reference period index, 0 to the period count − 1.</param>
    /// <returns>The chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="components"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No components, repeated names, different period counts, or fewer than two periods.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="referencePeriod"/> is out of range.</exception>
    /// <exception cref="OverflowException">A sum or ratio leaves the range of <see cref="double"/> (values near 1e308 or 1e-308).</exception>
    public static FisherChain Chain(IEnumerable<FisherComponent> components, int referencePeriod)
    {
        var list = Validate(components, minimumPeriods: 2);
        int n = list[0].PeriodCount;
        if (referencePeriod < 0 || referencePeriod >= n)
        {
            throw new ArgumentOutOfRangeException(nameof(referencePeriod), referencePeriod, string.Create(CultureInfo.InvariantCulture, $"The reference period index must be from 0 to {n - 1}."));
        }

        var links = new FisherLink[n - 1];
        for (int t = 1; t < n; t++)
        {
            links[t - 1] = ComputeLink(list, t);
        }

        return new FisherChain(list, referencePeriod, [.. links]);
    }

    /// <summary>
    /// The Fisher link of <paramref name="components"/> from period <paramref name="period"/> − 1 to
    /// <paramref name="period"/>: Laspeyres, Paasche and Fisher quantity and price relatives and each component's
    /// exact additive contribution to the volume change.
    /// </summary>
    /// <remarks>See <see cref="FisherLink"/> for the formulas.</remarks>
    /// <param name="components">The components; at least one, distinct names, equal period counts.</param>
    /// <param name="period">The period index t, 1 to the period count − 1.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="components"/> or one of them is null.</exception>
    /// <exception cref="ArgumentException">No components, repeated names, different period counts, or fewer than two periods.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is out of range.</exception>
    /// <exception cref="OverflowException">A sum or ratio leaves the range of <see cref="double"/> (values near 1e308 or 1e-308).</exception>
    public static FisherLink Link(IEnumerable<FisherComponent> components, int period)
    {
        var list = Validate(components, minimumPeriods: 2);
        int n = list[0].PeriodCount;
        if (period < 1 || period >= n)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, string.Create(CultureInfo.InvariantCulture, $"A link needs a period index from 1 to {n - 1}."));
        }

        return ComputeLink(list, period);
    }

    private static FisherLink ComputeLink(ImmutableArray<FisherComponent> components, int t)
    {
        // Σ p0q0, Σ p0q1, Σ p1q0, Σ p1q1 over the components.
        double p0q0 = 0.0, p0q1 = 0.0, p1q0 = 0.0, p1q1 = 0.0;
        foreach (var c in components)
        {
            double p0 = c.Prices[t - 1], p1 = c.Prices[t], q0 = c.Quantities[t - 1], q1 = c.Quantities[t];
            p0q0 += p0 * q0;
            p0q1 += p0 * q1;
            p1q0 += p1 * q0;
            p1q1 += p1 * q1;
        }

        double laspeyresQuantity = CheckRange(p0q1 / p0q0, t), paascheQuantity = CheckRange(p1q1 / p1q0, t);
        double laspeyresPrice = CheckRange(p1q0 / p0q0, t), paaschePrice = CheckRange(p1q1 / p0q1, t);
        double fisherPrice = CheckRange(Math.Sqrt(laspeyresPrice * paaschePrice), t);
        double fisherQuantity = CheckRange(Math.Sqrt(laspeyresQuantity * paascheQuantity), t);

        // BEA / Statistics Canada weights: the base-period price plus the current price deflated by the aggregate's
        // Fisher price relative, applied to the base-period quantity.
        double denominator = 0.0;
        foreach (var c in components)
        {
            denominator += ((c.Prices[t] / fisherPrice) + c.Prices[t - 1]) * c.Quantities[t - 1];
        }

        CheckRange(denominator, t);
        var contributions = new FisherContribution[components.Length];
        for (int i = 0; i < components.Length; i++)
        {
            var c = components[i];
            double p0 = c.Prices[t - 1], p1 = c.Prices[t], q0 = c.Quantities[t - 1], q1 = c.Quantities[t];
            double adjustedPrice = (p1 / fisherPrice) + p0;
            contributions[i] = new FisherContribution(
                c.Name,
                CheckFinite(adjustedPrice * (q1 - q0) / denominator, t),
                adjustedPrice * q0 / denominator,
                CheckFinite((q1 / q0) - 1.0, t),
                CheckFinite((p1 / p0) - 1.0, t));
        }

        return new FisherLink(t, laspeyresQuantity, paascheQuantity, fisherQuantity, laspeyresPrice, paaschePrice, fisherPrice, p1q1 / p0q0, [.. contributions]);
    }

    // Positive, finite inputs give positive, finite sums and ratios unless they leave the range of double (an infinite
    // sum gives NaN ratios, an underflow gives zero): fail loudly instead of returning NaN.
    private static double CheckFinite(double x, int period) => double.IsFinite(x)
        ? x
        : throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"A contribution or change in the link to period index {period} leaves the range of double; rescale the values."));

    private static double CheckRange(double x, int period) => x > 0.0 && double.IsFinite(x)
        ? x
        : throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"The Fisher sums for the link to period index {period} leave the range of double; rescale the values."));

    private static ImmutableArray<FisherComponent> Validate(IEnumerable<FisherComponent> components, int minimumPeriods)
    {
        ArgumentNullException.ThrowIfNull(components);
        var list = ImmutableArray.CreateRange(components);
        if (list.IsEmpty)
        {
            throw new ArgumentException("A Fisher aggregate needs at least one component.", nameof(components));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < list.Length; i++)
        {
            var c = list[i] ?? throw new ArgumentNullException(nameof(components), string.Create(CultureInfo.InvariantCulture, $"Component {i} is null."));
            if (!names.Add(c.Name))
            {
                throw new ArgumentException($"Component names must be distinct; '{c.Name}' appears more than once.", nameof(components));
            }

            if (c.PeriodCount != list[0].PeriodCount)
            {
                throw new ArgumentException(
                    string.Create(CultureInfo.InvariantCulture, $"All components must cover the same periods: '{list[0].Name}' has {list[0].PeriodCount}, '{c.Name}' has {c.PeriodCount}."),
                    nameof(components));
            }
        }

        if (list[0].PeriodCount < minimumPeriods)
        {
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture, $"A Fisher link needs at least {minimumPeriods} periods; the components have {list[0].PeriodCount}."),
                nameof(components));
        }

        return list;
    }
}
