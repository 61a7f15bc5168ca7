using System;

namespace Taizhou.Metrics.Published;

/// <summary>
/// A total implied by one of its parts: its level from the part's share (占比), and its change from the part's increase
/// and the part's contribution rate (贡献率), each with bounds from the rounding of the printed figures.
/// </summary>
/// <remarks>
/// <para>
/// Percentages are passed as printed (76.5 for 76.5 %); results are in the unit of the level passed. Both formulas are
/// quotients, monotone in each input while the denominator keeps its sign, so the bounds are exact: the smallest total
/// comes from the smallest part over the largest share. 790.99 亿元 at 76.5 % of the total imply a total of 1033.97 亿元,
/// between 1033.29 and 1034.66.
/// </para>
/// <para>
/// A share or contribution rate printed as zero has no total: the call throws, naming it. A contribution rate can be
/// negative (a part that fell while the total rose) or above 100 (a part that rose more than the total did).
/// </para>
/// </remarks>
public static class ImpliedTotal
{
    /// <summary>
    /// The total's level implied by a part and its share of the total: x / s. From 790.99 at 76.5 %: 1033.97
    /// [1033.29, 1034.66].
    /// </summary>
    /// <param name="partLevel">The part's level, x.</param>
    /// <param name="sharePercent">The part's share of the total in percent as printed (占比), s; not zero.</param>
    /// <returns>The implied total, in the unit of the part.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sharePercent"/> is zero as printed.</exception>
    public static BoundedEstimate FromShare(PublishedValue partLevel, PublishedValue sharePercent)
    {
        RequireNonZero(sharePercent, nameof(sharePercent), "A share of zero implies no total.");
        return Implied.Evaluate(static x => x[0] / (x[1] / 100.0), [static x => x[1]], partLevel, sharePercent);
    }

    /// <summary>
    /// The change of the total implied by a part's increase and its contribution rate (贡献率 = Δx / ΔX): ΔX = Δx / c.
    /// An increase of 19.18 亿元 with a 贡献率 of 13.7 % implies the total rose by 140.0 亿元 [139.5, 140.5].
    /// </summary>
    /// <param name="partIncrease">The part's increase on the earlier period, Δx (negative for a fall).</param>
    /// <param name="contributionRatePercent">The part's contribution rate in percent as printed (贡献率), c; not zero.</param>
    /// <returns>The implied change of the total, in the unit of the part's increase.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="contributionRatePercent"/> is zero as printed.</exception>
    public static BoundedEstimate ChangeFromContributionRate(PublishedValue partIncrease, PublishedValue contributionRatePercent)
    {
        RequireNonZero(contributionRatePercent, nameof(contributionRatePercent), "A contribution rate of zero implies no change of the total.");
        return Implied.Evaluate(static x => x[0] / (x[1] / 100.0), [static x => x[1]], partIncrease, contributionRatePercent);
    }

    /// <summary>
    /// The change of the total implied by a part's level, its growth and its contribution rate, as bulletins print them
    /// ("产值 83.55 亿元，增长 29.8%，贡献率 13.7%"): ΔX = x · g / (1 + g) / c, the part's increase over its rate.
    /// </summary>
    /// <param name="partLevel">The part's current level, x.</param>
    /// <param name="partGrowthPercent">The part's growth in percent as printed, g; above −100.</param>
    /// <param name="contributionRatePercent">The part's contribution rate in percent as printed (贡献率), c; not zero.</param>
    /// <returns>The implied change of the total, in the unit of the part.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="partGrowthPercent"/> is −100 or below, or <paramref name="contributionRatePercent"/> is zero as printed.
    /// </exception>
    public static BoundedEstimate ChangeFromContributionRate(PublishedValue partLevel, PublishedValue partGrowthPercent, PublishedValue contributionRatePercent)
    {
        if (partGrowthPercent.Value <= -100m)
        {
            throw new ArgumentOutOfRangeException(nameof(partGrowthPercent), partGrowthPercent.Value, "A growth of −100 % or below leaves no earlier level.");
        }

        RequireNonZero(contributionRatePercent, nameof(contributionRatePercent), "A contribution rate of zero implies no change of the total.");
        return Implied.Evaluate(
            static x => x[0] * (x[1] / 100.0) / (1.0 + (x[1] / 100.0)) / (x[2] / 100.0),
            [static x => 1.0 + (x[1] / 100.0), static x => x[2]],
            partLevel,
            partGrowthPercent,
            contributionRatePercent);
    }

    private static void RequireNonZero(PublishedValue value, string name, string message)
    {
        if (value.Value == 0m)
        {
            throw new ArgumentOutOfRangeException(name, value.Value, message);
        }
    }
}
