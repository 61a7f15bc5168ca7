using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Series;

/// <summary>
/// A January-February combined value (1-2月合计) split into January and February by a stated rule: an estimate
/// (<see cref="IsEstimated"/> is always true), never a published figure.
/// </summary>
/// <remarks>
/// January = combined × share, February = combined × (1 − share), with the share of <see cref="Rule"/>; the bounds
/// are the combined value's rounding carried through the (linear) split, the rule's weights taken as exact. The two
/// estimates add up to the combined value.
/// </remarks>
/// <param name="Year">The year.</param>
/// <param name="Combined">The combined value as printed, with its bounds.</param>
/// <param name="January">The estimate for January, with bounds.</param>
/// <param name="February">The estimate for February, with bounds.</param>
/// <param name="Rule">The rule the combined value was split by.</param>
public sealed record JanuaryFebruarySplit(int Year, BoundedEstimate Combined, BoundedEstimate January, BoundedEstimate February, JanuaryFebruaryRule Rule)
{
    /// <summary>Gets whether the months' values are estimates: always true, since no release prints them.</summary>
    public bool IsEstimated { get; } = true;

    /// <summary>Gets January's period.</summary>
    public ReportingPeriod JanuaryPeriod => ReportingPeriod.Month(Year, 1);

    /// <summary>Gets February's period.</summary>
    public ReportingPeriod FebruaryPeriod => ReportingPeriod.Month(Year, 2);
}
