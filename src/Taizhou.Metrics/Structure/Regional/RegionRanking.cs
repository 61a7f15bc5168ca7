using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The ranking of regions among their peers on one metric (全省排名), made by <see cref="Ranking.Rank(IReadOnlyList{string}, IReadOnlyList{double?}, RankDirection)"/>:
/// the ranked regions in rank order, then the regions whose value is missing, which are reported separately and
/// not ranked.
/// </summary>
/// <remarks>
/// Standard competition ranking ("1224"): equal values share the better rank. <see cref="RankedCount"/> (the "N" of
/// "rank k of N") counts only the regions with a value.
/// </remarks>
public sealed class RegionRanking
{
    private readonly Dictionary<string, RankedRegion> byName;

    internal RegionRanking(RankDirection direction, int? tieDecimals, RankedRegion[] ranked, RankedRegion[] missing)
    {
        Direction = direction;
        TieDecimals = tieDecimals;
        Ranked = Array.AsReadOnly(ranked);
        Missing = Array.AsReadOnly(missing);
        Entries = Array.AsReadOnly(ranked.Concat(missing).ToArray());
        byName = Entries.ToDictionary(e => e.Region, StringComparer.Ordinal);
    }

    /// <summary>Gets which end ranks first.</summary>
    public RankDirection Direction { get; }

    /// <summary>
    /// Gets the number of decimals to which the values were rounded before they were compared (values equal after
    /// rounding tie), or null when ties need exact equality.
    /// </summary>
    public int? TieDecimals { get; }

    /// <summary>Gets every region: the ranked ones by rank (ties in input order), then the missing ones in input order.</summary>
    public ReadOnlyCollection<RankedRegion> Entries { get; }

    /// <summary>Gets the regions with a value, by rank (ties in input order).</summary>
    public ReadOnlyCollection<RankedRegion> Ranked { get; }

    /// <summary>Gets the regions whose value is missing, in input order; they have no rank.</summary>
    public ReadOnlyCollection<RankedRegion> Missing { get; }

    /// <summary>Gets the number of ranked regions (the N of "rank k of N").</summary>
    public int RankedCount => Ranked.Count;

    /// <summary>Gets a region's entry by name (ordinal comparison).</summary>
    /// <param name="region">The region's name.</param>
    /// <returns>The entry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The region is not in the ranking.</exception>
    public RankedRegion this[string region]
    {
        get
        {
            ArgumentNullException.ThrowIfNull(region);
            return byName.TryGetValue(region, out var entry)
                ? entry
                : throw new KeyNotFoundException($"The region '{region}' is not in the ranking.");
        }
    }

    /// <summary>Gets a region's rank (1 for first), or null when its value is missing.</summary>
    /// <param name="region">The region's name.</param>
    /// <returns>The rank, or null when the region is not ranked.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="region"/> is null.</exception>
    /// <exception cref="KeyNotFoundException">The region is not in the ranking.</exception>
    public int? RankOf(string region) => this[region].Rank;

    /// <summary>Returns a summary such as "11 ranked (HigherIsBetter), 1 missing".</summary>
    /// <returns>The summary.</returns>
    public override string ToString() => $"{RankedCount} ranked ({Direction}), {Missing.Count} missing";
}
