using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// What a share target asks of a part, given a projection of the total: the part's required level and growth, and the
/// growth differential against the rest of the total.
/// </summary>
public sealed class ShareRequirement
{
    internal ShareRequirement(ShareTarget target, decimal partLatest, decimal totalLatest, GrowthRate totalGrowth, double years, decimal projectedTotal)
    {
        Target = target;
        PartLatest = partLatest;
        TotalLatest = totalLatest;
        TotalGrowth = totalGrowth;
        Years = years;
        ProjectedTotal = projectedTotal;
        PartNeeded = projectedTotal * (decimal)target.Share;
        BaseShare = totalLatest == 0m ? null : (double)(partLatest / totalLatest);
        RequiredPartGrowth = Growth.Cagr(partLatest, PartNeeded, years);
        RestGrowth = Growth.Cagr(totalLatest - partLatest, projectedTotal - PartNeeded, years);
        Differential = RequiredPartGrowth.TryGetValue(out double p) && RestGrowth.TryGetValue(out double r) ? p - r : null;
    }

    /// <summary>Gets the share target.</summary>
    public ShareTarget Target { get; }

    /// <summary>Gets the part's latest level.</summary>
    public decimal PartLatest { get; }

    /// <summary>Gets the total's latest level.</summary>
    public decimal TotalLatest { get; }

    /// <summary>Gets the assumed annual growth of the total.</summary>
    public GrowthRate TotalGrowth { get; }

    /// <summary>Gets the years to the target.</summary>
    public double Years { get; }

    /// <summary>Gets the part's latest share of the total, or null for a zero total.</summary>
    public double? BaseShare { get; }

    /// <summary>Gets the projected total in the target period: total × (1 + growth)^years.</summary>
    public decimal ProjectedTotal { get; }

    /// <summary>Gets the part's level the share target needs: share × projected total.</summary>
    public decimal PartNeeded { get; }

    /// <summary>Gets the part's required annual growth to reach <see cref="PartNeeded"/>.</summary>
    public GrowthRate RequiredPartGrowth { get; }

    /// <summary>Gets the annual growth of the rest of the total (total − part) that the projection and the target leave it.</summary>
    public GrowthRate RestGrowth { get; }

    /// <summary>Gets the growth differential, required part growth − rest growth, or null when either is undefined.</summary>
    public double? Differential { get; }

    /// <summary>
    /// Returns a one-line summary, invariant culture, levels rounded 四舍五入 to two decimals:
    /// <c>clusters: 70.0% of the total by 2021 needs 1620.68 of 2315.25, +39.3% a year (total +5.0% a year)</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Target.Name}: {Rounding.FormatScaled(Target.Share, 2, 1, signed: false)}% of the total by {Target.Period} needs {Rounding.Format(PartNeeded, 2)} of {Rounding.Format(ProjectedTotal, 2)}, " +
        $"{RequiredPartGrowth} a year (total {TotalGrowth} a year)";
}
