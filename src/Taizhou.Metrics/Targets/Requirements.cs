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
/// <para>
/// A cumulative part-year level (1-N月, N &lt; 12) against a target for a whole year or more is an error: growing
/// 1042.27 亿元 of 2018年1-6月 to 5000 亿元 in 2021 asks for +56.5 % a year, where the full-year estimate 2084.54 asks for
/// +33.9 %. Estimate the full year first (<see cref="FullYear"/>) and pass the <see cref="FullYearEstimate"/> to the
/// overload that takes one. A cumulative level against a target for the same months of a later year (1-6月 to 1-6月)
/// is fine.
/// </para>
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
    /// <param name="latestPeriod">Its period; not a part-year cumulative period when the target is for a year.</param>
    /// <param name="target">The target.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentException">
    /// The target period does not end after the latest period, or the latest period is a part-year cumulative period
    /// (1-N月, N &lt; 12) and the target is not: pass a <see cref="FullYearEstimate"/> instead.
    /// </exception>
    public static RequiredGrowth AnnualGrowth(decimal latest, ReportingPeriod latestPeriod, ValueTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        RequireSameSpan(latestPeriod, target.Period, nameof(latestPeriod));
        return new RequiredGrowth(latestPeriod, latest, target.Period, target.Level, YearsBetween(latestPeriod, target.Period));
    }

    /// <summary>
    /// The constant annual growth from a full-year estimate to a value target: (target / estimate)^(1 / years) − 1, the
    /// years counted from the estimated year (2084.54 for 2018 to 5000 in 2021: +33.9 % a year over 3 years).
    /// </summary>
    /// <param name="latest">The full-year estimate (from <see cref="FullYear"/>).</param>
    /// <param name="target">The target.</param>
    /// <returns>The requirement, starting from the estimated year.</returns>
    /// <exception cref="ArgumentException">The target period does not end after the estimated year.</exception>
    public static RequiredGrowth AnnualGrowth(FullYearEstimate latest, ValueTarget target)
    {
        ArgumentNullException.ThrowIfNull(latest);
        return AnnualGrowth(latest.Value, latest.Year, target);
    }

    /// <summary>
    /// What a share target asks of a part when the total grows at a given rate: the projected total, the part's needed
    /// level (share × projected total) and growth, and the growth differential against the rest of the total.
    /// </summary>
    /// <param name="partLatest">The part's latest level.</param>
    /// <param name="totalLatest">The total's latest level, at least the part.</param>
    /// <param name="totalGrowth">The total's assumed annual growth; must be defined.</param>
    /// <param name="latestPeriod">The period of the latest levels; not a part-year cumulative period when the target is for a year.</param>
    /// <param name="target">The share target.</param>
    /// <returns>The requirement.</returns>
    /// <exception cref="ArgumentException">
    /// The total growth is undefined, the part exceeds the total, the target period does not end after the latest
    /// period, or the latest period is a part-year cumulative period (1-N月, N &lt; 12) and the target is not.
    /// </exception>
    public static ShareRequirement ForShare(decimal partLatest, decimal totalLatest, GrowthRate totalGrowth, ReportingPeriod latestPeriod, ShareTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        RequireSameSpan(latestPeriod, target.Period, nameof(latestPeriod));
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
    /// <exception cref="ArgumentException">The two targets are for different periods, or as for <see cref="ForShare(decimal, decimal, GrowthRate, ReportingPeriod, ShareTarget)"/>.</exception>
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
    /// <exception cref="ArgumentException">
    /// The share target's period does not end after the latest period, or the latest period is a part-year cumulative
    /// period (1-N月, N &lt; 12) and the target is not: pass a <see cref="FullYearEstimate"/> instead.
    /// </exception>
    public static RestCeiling RestOfTotal(decimal partAtTarget, ShareTarget share, decimal restLatest, ReportingPeriod latestPeriod)
    {
        ArgumentNullException.ThrowIfNull(share);
        RequireSameSpan(latestPeriod, share.Period, nameof(latestPeriod));
        if (partAtTarget <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(partAtTarget), partAtTarget, "The part's level must be positive.");
        }

        return new RestCeiling(partAtTarget, share.Share, restLatest, YearsBetween(latestPeriod, share.Period));
    }

    /// <summary>
    /// What a share target asks of a part, from full-year estimates of the part and the total; see
    /// <see cref="ForShare(decimal, decimal, GrowthRate, ReportingPeriod, ShareTarget)"/>.
    /// </summary>
    /// <param name="partLatest">The part's full-year estimate.</param>
    /// <param name="totalLatest">The total's full-year estimate, for the same year.</param>
    /// <param name="totalGrowth">The total's assumed annual growth; must be defined.</param>
    /// <param name="target">The share target.</param>
    /// <returns>The requirement, starting from the estimated year.</returns>
    /// <exception cref="ArgumentException">The estimates are for different years, or as for the other overload.</exception>
    public static ShareRequirement ForShare(FullYearEstimate partLatest, FullYearEstimate totalLatest, GrowthRate totalGrowth, ShareTarget target) =>
        ForShare(partLatest.Value, totalLatest.Value, totalGrowth, SameYear(partLatest, totalLatest), target);

    /// <summary>
    /// An absolute and a share target on the same part, from full-year estimates of the part and the total; see
    /// <see cref="Combined(decimal, decimal, GrowthRate, ReportingPeriod, ValueTarget, ShareTarget)"/>.
    /// </summary>
    /// <param name="partLatest">The part's full-year estimate.</param>
    /// <param name="totalLatest">The total's full-year estimate, for the same year.</param>
    /// <param name="totalGrowth">The total's assumed annual growth.</param>
    /// <param name="value">The absolute target.</param>
    /// <param name="share">The share target, for the same period.</param>
    /// <returns>The combined requirement.</returns>
    /// <exception cref="ArgumentException">The estimates are for different years, or as for the other overload.</exception>
    public static CombinedRequirement Combined(FullYearEstimate partLatest, FullYearEstimate totalLatest, GrowthRate totalGrowth, ValueTarget value, ShareTarget share) =>
        Combined(partLatest.Value, totalLatest.Value, totalGrowth, SameYear(partLatest, totalLatest), value, share);

    /// <summary>
    /// The ceiling a share target puts on the rest of the total, from a full-year estimate of the rest; see
    /// <see cref="RestOfTotal(decimal, ShareTarget, decimal, ReportingPeriod)"/>.
    /// </summary>
    /// <param name="partAtTarget">The part's level in the target period, positive.</param>
    /// <param name="share">The share target.</param>
    /// <param name="restLatest">The rest's full-year estimate.</param>
    /// <returns>The ceiling.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="partAtTarget"/> is not positive.</exception>
    /// <exception cref="ArgumentException">The share target's period does not end after the estimated year.</exception>
    public static RestCeiling RestOfTotal(decimal partAtTarget, ShareTarget share, FullYearEstimate restLatest)
    {
        ArgumentNullException.ThrowIfNull(restLatest);
        return RestOfTotal(partAtTarget, share, restLatest.Value, restLatest.Year);
    }

    private static ReportingPeriod SameYear(FullYearEstimate part, FullYearEstimate total)
    {
        ArgumentNullException.ThrowIfNull(part);
        ArgumentNullException.ThrowIfNull(total);
        return part.Year == total.Year
            ? part.Year
            : throw new ArgumentException($"The part's estimate is for {part.Year}, the total's for {total.Year}: estimate both for one year.", nameof(total));
    }

    /// <summary>A part-year cumulative level (1-N月, N &lt; 12) cannot start a growth path to a target for a longer period.</summary>
    private static void RequireSameSpan(ReportingPeriod latestPeriod, ReportingPeriod targetPeriod, string paramName)
    {
        static bool PartYear(ReportingPeriod p) => p.Kind == PeriodKind.YearToDate && p.EndMonth < 12;
        if (PartYear(targetPeriod) && latestPeriod.MonthCount != targetPeriod.MonthCount)
        {
            throw new ArgumentException(
                $"The latest level is for {latestPeriod} ({latestPeriod.MonthCount} months) but the target for {targetPeriod.ToString(PeriodNotation.Chinese)} ({targetPeriod}, {targetPeriod.MonthCount} months): growth between levels of different spans is not growth.",
                paramName);
        }

        if (PartYear(latestPeriod) && targetPeriod.Kind != PeriodKind.YearToDate)
        {
            throw new ArgumentException(
                $"The latest level is for {latestPeriod.ToString(PeriodNotation.Chinese)} ({latestPeriod}), part of a year, but the target is for {targetPeriod}: "
                + "growth from a part-year level to a full-year target overstates what is needed. Estimate the full year first "
                + "(FullYear.FromRunRate, FromLastYearPace or FromSeasonalPacing) and pass the FullYearEstimate.",
                paramName);
        }
    }
}
