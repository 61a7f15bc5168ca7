using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Rates;

/// <summary>The growth of a series in one period against its base period.</summary>
/// <param name="Period">The period the growth is for.</param>
/// <param name="BasePeriod">The period compared against (the same period a year earlier for 同比, the previous period for 环比).</param>
/// <param name="Rate">The growth rate, possibly undefined with its reason.</param>
public readonly record struct PeriodGrowth(ReportingPeriod Period, ReportingPeriod BasePeriod, GrowthRate Rate)
{
    /// <summary>Returns the periods and the rate, invariant culture: <c>2018-06 vs 2017-06: +26.7%</c> or <c>2018-06 vs 2017-06: undefined (zero base)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Period} vs {BasePeriod}: {Rate}";
}
