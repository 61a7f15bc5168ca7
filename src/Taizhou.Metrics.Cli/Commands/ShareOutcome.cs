using System;
using Taizhou.Metrics.Cli.Input;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Targets;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>A share target checked with the part and the total projected together.</summary>
/// <param name="Total">The total series.</param>
/// <param name="TotalProjection">The total's projection.</param>
/// <param name="ProjectedShare">The part's projected share of the total in the target period.</param>
/// <param name="Requirement">What the value and share targets together require of the part.</param>
internal sealed record ShareOutcome(TimeSeries Total, Projection TotalProjection, double ProjectedShare, CombinedRequirement Requirement)
{
    /// <summary>Projects the share and combines the two targets.</summary>
    /// <param name="part">The part's series.</param>
    /// <param name="partProjection">The part's projection.</param>
    /// <param name="total">The total's series.</param>
    /// <param name="totalProjection">The total's projection.</param>
    /// <param name="value">The value target on the part.</param>
    /// <param name="share">The share target.</param>
    /// <param name="totalPath">The total's file, for messages.</param>
    /// <returns>The outcome.</returns>
    public static ShareOutcome Of(TimeSeries part, Projection partProjection, TimeSeries total, Projection totalProjection, ValueTarget value, ShareTarget share, string totalPath)
    {
        if (partProjection.LastActualPeriod != totalProjection.LastActualPeriod)
        {
            throw new InputException($"{totalPath}: the total's last value is for {totalProjection.LastActualPeriod}, the part's for {partProjection.LastActualPeriod}; project them from the same period.");
        }

        decimal partLatest = partProjection.LastActualValue, totalLatest = totalProjection.LastActualValue;
        if (partLatest > totalLatest)
        {
            throw new InputException($"{totalPath}: the part ({partLatest}) is larger than the total ({totalLatest}) in {partProjection.LastActualPeriod}.");
        }

        double projectedTotal = totalProjection.At(value.Period).Estimate;
        double years = Requirements.YearsBetween(totalProjection.LastActualPeriod, value.Period);
        var totalGrowth = GrowthRate.FromFraction(Math.Pow(projectedTotal / (double)totalLatest, 1.0 / years) - 1.0);
        var requirement = Requirements.Combined(partLatest, totalLatest, totalGrowth, partProjection.LastActualPeriod, value, share);
        return new ShareOutcome(total, totalProjection, partProjection.At(value.Period).Estimate / projectedTotal, requirement);
    }
}
