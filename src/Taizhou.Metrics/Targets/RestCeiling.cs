using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// What a share target on a part leaves the rest of the total: if the part reaches a level, the share target holds only
/// while the rest stays at or below part × (1 − share) / share.
/// </summary>
public sealed class RestCeiling
{
    internal RestCeiling(decimal partAtTarget, double share, decimal restLatest, double years)
    {
        PartAtTarget = partAtTarget;
        Share = share;
        RestLatest = restLatest;
        Years = years;
        TotalAtTarget = partAtTarget / (decimal)share;
        MaximumRest = TotalAtTarget - partAtTarget;
        MaximumRestGrowth = Growth.Cagr(restLatest, MaximumRest, years);
    }

    /// <summary>Gets the part's level in the target period.</summary>
    public decimal PartAtTarget { get; }

    /// <summary>Gets the target share, as a fraction.</summary>
    public double Share { get; }

    /// <summary>Gets the rest's latest level.</summary>
    public decimal RestLatest { get; }

    /// <summary>Gets the years to the target.</summary>
    public double Years { get; }

    /// <summary>Gets the largest total at which the part still has the target share: part / share (5000 / 0.7 = 7142.9).</summary>
    public decimal TotalAtTarget { get; }

    /// <summary>Gets the largest the rest may be in the target period: part × (1 − share) / share.</summary>
    public decimal MaximumRest { get; }

    /// <summary>Gets the fastest annual growth the rest may have: (maximum rest / rest latest)^(1 / years) − 1 (negative: it must shrink).</summary>
    public GrowthRate MaximumRestGrowth { get; }

    /// <summary>
    /// Returns a one-line summary, invariant culture: <c>rest at most 600 for a share of 62.5% (from 480: +7.7% a year over 3 years)</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"rest at most {Rounding.FormatFigure(MaximumRest, null)} for a share of {Rounding.FormatScaled(Share, 2, 1, signed: false)}% " +
        $"(from {Rounding.FormatFigure(RestLatest, null)}: {MaximumRestGrowth} a year over {Rounding.FormatFigure(Years, null)} years)";
}
