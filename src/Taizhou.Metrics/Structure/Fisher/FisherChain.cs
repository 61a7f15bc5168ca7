using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// A chained Fisher aggregate (链式费雪指数) of several components over consecutive periods: its links (Fisher quantity
/// and price relatives with each component's additive contribution), the chain-linked volume and price indices and
/// the chained-volume levels.
/// </summary>
/// <remarks>
/// <para>
/// VolumeIndex_t = 100 × Π_{k=1..t} QF_k / Π_{k=1..r} QF_k with r the reference period (an empty product is 1), so
/// VolumeIndex_r = 100; PriceIndex likewise with PF_k. ChainedVolume_t = Value_r × VolumeIndex_t / 100 ("chained
/// dollars" of the reference period). Value_t / ChainedVolume_t × 100 = PriceIndex_t: the implicit deflator of a
/// chained Fisher aggregate is its chained Fisher price index.
/// </para>
/// <para>
/// Chained volumes are not additive: the chained volumes of the components (or of sub-aggregates) add up to the
/// aggregate's only in the reference period. The contributions in each link are additive and are the way to break the
/// aggregate's growth down.
/// </para>
/// <para>Edge-case policy: all inputs are positive and finite, so every index and level is defined and finite.</para>
/// </remarks>
public sealed class FisherChain
{
    internal FisherChain(ImmutableArray<FisherComponent> components, int referencePeriod, ImmutableArray<FisherLink> links)
    {
        Components = components;
        ReferencePeriod = referencePeriod;
        Links = links;
        int n = components[0].PeriodCount;
        var values = new double[n];
        foreach (var c in components)
        {
            for (int t = 0; t < n; t++)
            {
                values[t] += c.Values[t];
            }
        }

        var volume = new double[n];
        var price = new double[n];
        volume[0] = 1.0;
        price[0] = 1.0;
        for (int t = 1; t < n; t++)
        {
            volume[t] = volume[t - 1] * links[t - 1].FisherQuantity;
            price[t] = price[t - 1] * links[t - 1].FisherPrice;
        }

        double volumeAtReference = volume[referencePeriod], priceAtReference = price[referencePeriod];
        var chained = new double[n];
        for (int t = 0; t < n; t++)
        {
            volume[t] = 100.0 * (volume[t] / volumeAtReference);
            price[t] = 100.0 * (price[t] / priceAtReference);
            chained[t] = values[referencePeriod] * (volume[t] / 100.0);
        }

        Values = [.. values];
        VolumeIndex = [.. volume];
        PriceIndex = [.. price];
        ChainedVolumes = [.. chained];
    }

    /// <summary>Gets the components of the aggregate, in the order given.</summary>
    public ImmutableArray<FisherComponent> Components { get; }

    /// <summary>Gets the number of periods, at least two.</summary>
    public int PeriodCount => Values.Length;

    /// <summary>Gets the reference period index, where the indices are 100 and chained volumes equal current values.</summary>
    public int ReferencePeriod { get; }

    /// <summary>Gets the links: <c>Links[k]</c> compares period k + 1 with period k (use <see cref="Link(int)"/> to index by period).</summary>
    public ImmutableArray<FisherLink> Links { get; }

    /// <summary>Gets the aggregate's current-price value Σ p_t q_t per period.</summary>
    public ImmutableArray<double> Values { get; }

    /// <summary>Gets the chain-linked Fisher volume index per period, 100 in the reference period.</summary>
    public ImmutableArray<double> VolumeIndex { get; }

    /// <summary>Gets the chain-linked Fisher price index per period, 100 in the reference period.</summary>
    public ImmutableArray<double> PriceIndex { get; }

    /// <summary>
    /// Gets the chained volumes ("chained dollars", 链式物量) per period: the reference period's current value times
    /// the volume index / 100. Not additive across components.
    /// </summary>
    public ImmutableArray<double> ChainedVolumes { get; }

    /// <summary>Returns the link from period <paramref name="period"/> − 1 to <paramref name="period"/>.</summary>
    /// <param name="period">The period index, 1 to <see cref="PeriodCount"/> − 1.</param>
    /// <returns>The link.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="period"/> is out of range.</exception>
    public FisherLink Link(int period)
    {
        if (period < 1 || period >= PeriodCount)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, string.Create(CultureInfo.InvariantCulture, $"A link needs a period index from 1 to {PeriodCount - 1}."));
        }

        return Links[period - 1];
    }

    /// <summary>
    /// The Fisher aggregate of a subset of the components (a sub-aggregate such as goods, or AB of A..D), chained
    /// from its own components' prices and quantities with the same reference period. Its contributions are to the
    /// sub-aggregate's own growth; the subset's contribution to this aggregate's growth is
    /// <see cref="FisherLink.ContributionOf(IEnumerable{string})"/>.
    /// </summary>
    /// <param name="components">The names of the components to keep, each once; the chain keeps this aggregate's order.</param>
    /// <returns>The sub-aggregate's chain.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="components"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, or a name is unknown, null or repeated.</exception>
    public FisherChain Subaggregate(IEnumerable<string> components)
    {
        ArgumentNullException.ThrowIfNull(components);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in Components)
        {
            known.Add(c.Name);
        }

        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (string name in components)
        {
            if (name is null || !wanted.Add(name))
            {
                throw new ArgumentException($"Component names must be non-null and distinct; '{name}' is not.", nameof(components));
            }

            if (!known.Contains(name))
            {
                throw new ArgumentException($"The aggregate has no component '{name}'.", nameof(components));
            }
        }

        if (wanted.Count == 0)
        {
            throw new ArgumentException("A sub-aggregate needs at least one component.", nameof(components));
        }

        return FisherIndex.Chain(Components.RemoveAll(c => !wanted.Contains(c.Name)), ReferencePeriod);
    }

    /// <summary>Returns the components and the number of periods, such as <c>Fisher chain of A, B, C, D over 4 periods</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var names = new string[Components.Length];
        for (int i = 0; i < names.Length; i++)
        {
            names[i] = Components[i].Name;
        }

        return string.Create(CultureInfo.InvariantCulture, $"Fisher chain of {string.Join(", ", names)} over {PeriodCount} periods");
    }
}
