using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// An absolute target and a share target on the same part ("over 5000 亿元 and 70 % of above-scale output by 2021"):
/// two constraints, of which the one asking for the higher level binds.
/// </summary>
public sealed class CombinedRequirement
{
    internal CombinedRequirement(ValueTarget value, ShareRequirement share)
    {
        Value = value;
        Share = share;
        Binding = share.PartNeeded > value.Level ? TargetConstraint.Share : TargetConstraint.Value;
        BindingLevel = Binding == TargetConstraint.Share ? share.PartNeeded : value.Level;
        RequiredGrowth = Growth.Cagr(share.PartLatest, BindingLevel, share.Years);
    }

    /// <summary>Gets the absolute target.</summary>
    public ValueTarget Value { get; }

    /// <summary>Gets what the share target asks, given the total's projection.</summary>
    public ShareRequirement Share { get; }

    /// <summary>Gets which constraint binds.</summary>
    public TargetConstraint Binding { get; }

    /// <summary>Gets the binding level: the larger of the absolute target and the level the share target needs.</summary>
    public decimal BindingLevel { get; }

    /// <summary>Gets the part's required annual growth to reach the binding level.</summary>
    public GrowthRate RequiredGrowth { get; }

    /// <summary>
    /// Returns a one-line summary, invariant culture, the level rounded 四舍五入 to two decimals: which target binds, the
    /// level it needs and the growth a year: <c>value target binds: 2000.00 by 2021, +49.4% a year</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{(Binding == TargetConstraint.Value ? "value" : "share")} target binds: {Rounding.Format(BindingLevel, 2)} by {Value.Period}, {RequiredGrowth} a year";
}
