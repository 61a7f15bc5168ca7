using System;
using System.Collections.Generic;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// Builds plan outcomes from what bulletins print when a target is a growth rate: the growth of each year (规上工业增加值
/// 增长 12.4 %), chained into an index from the base year, so an average-growth target (年均增长 7 %) can be evaluated
/// at comparable prices without the levels.
/// </summary>
public static class PlanOutcomes
{
    /// <summary>
    /// Chains yearly growth rates into index outcomes: I_base = <paramref name="baseIndex"/>, I_t = I_{t−1} × (1 + g_t / 100),
    /// in exact decimal arithmetic (100 with +12.4, +4.0, +6.5, +7.2, +6.0 gives 112.4, 116.896, 124.49424,
    /// 133.45782528, 141.4652947968).
    /// </summary>
    /// <remarks>
    /// The growth rates are printed in percent (12.4 for +12.4 %), one for each year after the base, consecutive and in
    /// order. A qualified rate (增长超10%) is refused: the chained index of a bound is not a figure, and the caller must
    /// decide what to assume. Each index is a plain <see cref="PublishedValue"/> with the decimals of the product.
    /// </remarks>
    /// <param name="basePeriod">The base year (2020 for a 2021-2025 plan).</param>
    /// <param name="baseIndex">The index of the base year, positive (100, or the base level).</param>
    /// <param name="growthPercent">The growth of each year after the base, in percent as printed, in order.</param>
    /// <returns>One outcome per year, the index level.</returns>
    /// <exception cref="ArgumentException">A year is missing or out of order, a period is not a calendar year, or a rate is qualified.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="baseIndex"/> is not positive, or a rate is −100 or below.</exception>
    public static IReadOnlyList<PlanOutcome> FromGrowthRates(ReportingPeriod basePeriod, decimal baseIndex, IEnumerable<PlanOutcome> growthPercent)
    {
        ArgumentNullException.ThrowIfNull(growthPercent);
        if (basePeriod.Kind != PeriodKind.Year)
        {
            throw new ArgumentException($"A plan's periods are calendar years; got {basePeriod}.", nameof(basePeriod));
        }

        if (baseIndex <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(baseIndex), baseIndex, "The base index must be positive.");
        }

        var result = new List<PlanOutcome>();
        decimal index = baseIndex;
        var expected = basePeriod;
        foreach (var g in growthPercent)
        {
            expected = expected.Next();
            if (g.Period != expected)
            {
                throw new ArgumentException($"The growth rates must be for consecutive years after {basePeriod}: expected {expected}, got {g.Period}.", nameof(growthPercent));
            }

            if (g.Value.IsQualified)
            {
                throw new ArgumentException($"The growth of {g.Period} is printed as a bound ({g.Value}): chaining it would make a bound into a figure.", nameof(growthPercent));
            }

            if (g.Value.Value <= -100m)
            {
                throw new ArgumentOutOfRangeException(nameof(growthPercent), g.Value.Value, $"A growth of −100 % or below in {g.Period} leaves nothing to chain.");
            }

            index *= 1m + (g.Value.Value / 100m);
            result.Add(new PlanOutcome(g.Period, PublishedValue.Of(index)));
        }

        return result;
    }
}
