using System.Globalization;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// One period of a projected path: the point estimate and its prediction interval, or no interval where the method
/// has none (constant growth from the latest period alone).
/// </summary>
/// <remarks>
/// For the log-scale methods (log-linear, constant growth) the estimate is the median of the predictive distribution,
/// exp of the log-scale forecast, not its mean; the interval is the log-scale interval transformed back, so it is not
/// symmetric about the estimate. For Holt the estimate is the mean and the interval is symmetric. The default value
/// has the period January of year 1, an estimate of 0 and no interval.
/// </remarks>
public readonly record struct ProjectedPoint
{
    internal ProjectedPoint(ReportingPeriod period, int step, double estimate, Published.Interval? interval)
    {
        Period = period;
        Step = step;
        Estimate = estimate;
        Interval = interval;
    }

    /// <summary>Gets the projected period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the number h of periods after the last actual period (1 for the first projected period).</summary>
    public int Step { get; }

    /// <summary>Gets the point estimate, in the series' unit.</summary>
    public double Estimate { get; }

    /// <summary>Gets the prediction interval at the projection's confidence level, or null when the method has none.</summary>
    public Published.Interval? Interval { get; }

    /// <summary>Returns <c>period: estimate [lower, upper]</c>, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Interval is { } i
        ? string.Create(Rounding.InvariantText, $"{Period}: {Estimate:G10} {i.ToString("G10", null)}")
        : string.Create(Rounding.InvariantText, $"{Period}: {Estimate:G10}");
}
