using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>The constant annual growth needed to go from the latest actual level to a target level.</summary>
public sealed class RequiredGrowth
{
    internal RequiredGrowth(ReportingPeriod from, decimal latest, ReportingPeriod to, decimal target, double years)
    {
        From = from;
        Latest = latest;
        To = to;
        Target = target;
        Years = years;
        Rate = Growth.Cagr(latest, target, years);
    }

    /// <summary>Gets the period of the latest actual level.</summary>
    public ReportingPeriod From { get; }

    /// <summary>Gets the latest actual level.</summary>
    public decimal Latest { get; }

    /// <summary>Gets the target period.</summary>
    public ReportingPeriod To { get; }

    /// <summary>Gets the target level.</summary>
    public decimal Target { get; }

    /// <summary>Gets the number of years between the two periods.</summary>
    public double Years { get; }

    /// <summary>Gets the required annual growth, (target / latest)^(1 / years) − 1; undefined for a non-positive latest level.</summary>
    public GrowthRate Rate { get; }

    /// <summary>Returns a short description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Rounding.InvariantText, $"{Latest} ({From}) → {Target} ({To}): {Rate} a year over {Years} years");
}
