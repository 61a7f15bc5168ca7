using System.Globalization;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// One region's place in a <see cref="RegionRanking"/>: its value, its rank (名次) and how many others share it, or,
/// when its value is missing, no rank at all.
/// </summary>
/// <remarks>
/// Ranks follow standard competition ranking ("1224"): regions with equal values share the better rank and the next
/// rank skips as many places as were shared. A missing value is never ranked and never turned into a number: its
/// <see cref="Rank"/> is null.
/// </remarks>
public sealed class RankedRegion
{
    internal RankedRegion(string region, double? value, int? rank, int tiedWith)
    {
        Region = region;
        Value = value;
        Rank = rank;
        TiedWith = tiedWith;
    }

    /// <summary>Gets the region's name.</summary>
    public string Region { get; }

    /// <summary>Gets the region's value as given (not rounded), or null when it is missing.</summary>
    public double? Value { get; }

    /// <summary>Gets the rank, 1 for first, or null when the value is missing (missing values are not ranked).</summary>
    public int? Rank { get; }

    /// <summary>Gets the number of other regions that share this rank (并列); 0 when the rank is not shared or the value is missing.</summary>
    public int TiedWith { get; }

    /// <summary>Gets whether the value is missing, so the region is not ranked.</summary>
    public bool IsMissing => Rank is null;

    /// <summary>Gets whether the rank is shared with at least one other region.</summary>
    public bool IsTied => TiedWith > 0;

    /// <summary>Returns the region, value and rank, such as "Taizhou: 0.11, rank 1 (tied with 1 other)" or "Wenzhou: missing, not ranked".</summary>
    /// <returns>The description, with invariant-culture numbers.</returns>
    public override string ToString()
    {
        if (Value is not double v)
        {
            return $"{Region}: missing, not ranked";
        }

        string tie = TiedWith switch
        {
            0 => string.Empty,
            1 => " (tied with 1 other)",
            _ => string.Create(Rounding.InvariantText, $" (tied with {TiedWith} others)"),
        };
        return string.Create(Rounding.InvariantText, $"{Region}: {v}, rank {Rank}{tie}");
    }
}
