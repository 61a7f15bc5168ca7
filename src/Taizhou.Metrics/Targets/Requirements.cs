using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// What targets require: the annual growth to a value target, the part's growth under a share target given the total's
/// projection, which of an absolute and a share target binds, and the ceiling a share target puts on the rest of the total.
/// </summary>
/// <remarks>
/// Rates are fractions. Years between periods are counted between their last months (2018 to 2021: 3 years; a
/// cumulative 2018年1-6月 to 2021: 3.5 years). A non-positive starting level gives an undefined rate (the policy of
/// <see cref="Growth.Cagr(decimal, decimal, double)"/>).
/// </remarks>
public static class Requirements
{
    /// <summary>The years from one period to a later one, counted between their last months (2018 to 2021: 3).</summary>
    /// <param name="from">The earlier period.</param>
    /// <param name="to">The later period.</param>
    /// <returns>The number of years, positive.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> does not end after <paramref name="from"/>.</exception>
    public static double YearsBetween(ReportingPeriod from, ReportingPeriod to)
    {
        int months = ReportingPeriod.MonthsBetweenEnds(from, to);
        return months > 0
            ? months / 12.0
            : throw new ArgumentException($"The target period {to} must end after {from}.", nameof(to));
    }

    /// <summary>The constant annual growth from the latest level to a value target: (target / latest)^(1 / years) − 1.</summary>
    /// <param name="latest">The latest actual level.</param>
    /// <param name="latestPeriod">Its period.</param>
    /// <param name="target">The target.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentException">The target period does not end after the latest period.</exception>
    public static RequiredGrowth AnnualGrowth(decimal latest, ReportingPeriod latestPeriod, ValueTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return new RequiredGrowth(latestPeriod, latest, target.Period, target.Level, YearsBetween(latestPeriod, target.Period));
    }

    /// <summary>
    /// What a share target asks of a part when the total grows at a given rate: the projected total, the part's needed
    /// level (share × projected total) and growth, and the growth differential against the rest of the total.
    /// </summary>
    /// <param name="partLatest">The part's latest level.</param>
    /// <param name="totalLatest">The total's latest level, at least the part.</param>
    /// <param name="totalGrowth">The total's assumed annual growth; must be defined.</param>
    /// <param name="latestPeriod">The period of the latest levels.</param>
    /// <param name="target">The share target.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentException">The total growth is undefined, the part exceeds the total, or the target period does not end after the latest period.</exception>
    public static ShareRequirement ForShare(decimal partLatest, decimal totalLatest, GrowthRate totalGrowth, ReportingPeriod latestPeriod, ShareTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        if (partLatest > totalLatest)
        {
            throw new ArgumentException($"The part ({partLatest}) is larger than the total ({totalLatest}).", nameof(partLatest));
        }

        double years = YearsBetween(latestPeriod, target.Period);
        var projectedTotal = Projections.ConstantGrowth(totalLatest, totalGrowth, years);
        return new ShareRequirement(target, partLatest, totalLatest, totalGrowth, years, projectedTotal);
    }

    /// <summary>
    /// An absolute and a share target on the same part: the level each asks for, which binds (the higher), and the
    /// growth the binding one requires.
    /// </summary>
    /// <param name="partLatest">The part's latest level.</param>
    /// <param name="totalLatest">The total's latest level.</param>
    /// <param name="totalGrowth">The total's assumed annual growth.</param>
    /// <param name="latestPeriod">The period of the latest levels.</param>
    /// <param name="value">The absolute target.</param>
    /// <param name="share">The share target, for the same period.</param>
    /// <returns>The combined requirement.</returns>
    /// <exception cref="ArgumentException">The two targets are for different periods, or as for <see cref="ForShare"/>.</exception>
    public static CombinedRequirement Combined(decimal partLatest, decimal totalLatest, GrowthRate totalGrowth, ReportingPeriod latestPeriod, ValueTarget value, ShareTarget share)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(share);
        if (value.Period != share.Period)
        {
            throw new ArgumentException($"Combined targets must be for one period; got {value.Period} and {share.Period}.", nameof(share));
        }

        return new CombinedRequirement(value, ForShare(partLatest, totalLatest, totalGrowth, latestPeriod, share));
    }

    /// <summary>
    /// The ceiling a share target puts on the rest of the total when the part reaches a given level: the rest may be at
    /// most part × (1 − share) / share, which needs at most the returned growth from its latest level.
    /// </summary>
    /// <param name="partAtTarget">The part's level in the target period, positive.</param>
    /// <param name="share">The share target.</param>
    /// <param name="restLatest">The rest's latest level.</param>
    /// <param name="latestPeriod">The period of the rest's latest level.</param>
    /// <returns>The ceiling.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partAtTarget"/> is not positive.</exception>
    public static RestCeiling RestOfTotal(decimal partAtTarget, ShareTarget share, decimal restLatest, ReportingPeriod latestPeriod)
    {
        ArgumentNullException.ThrowIfNull(share);
        if (partAtTarget <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(partAtTarget), partAtTarget, "The part's level must be positive.");
        }

        return new RestCeiling(partAtTarget, share.Share, restLatest, YearsBetween(latestPeriod, share.Period));
    }
}
