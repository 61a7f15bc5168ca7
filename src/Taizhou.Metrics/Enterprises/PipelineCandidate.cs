using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Units;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Enterprises;

/// <summary>A firm not yet in a tier, with the constant annual growth it needs to reach the tier's threshold by the target year.</summary>
public sealed class PipelineCandidate
{
    internal PipelineCandidate(Enterprise enterprise, Cluster cluster, Amount current, Amount shortfall, GrowthRate requiredGrowth)
    {
        Enterprise = enterprise;
        Cluster = cluster;
        Current = current;
        Shortfall = shortfall;
        RequiredGrowth = requiredGrowth;
    }

    /// <summary>Gets the firm.</summary>
    public Enterprise Enterprise { get; }

    /// <summary>Gets the firm's cluster under the map used.</summary>
    public Cluster Cluster { get; }

    /// <summary>Gets the firm's value in the base year, in the unit of the threshold.</summary>
    public Amount Current { get; }

    /// <summary>Gets threshold − current, in the unit of the threshold (positive).</summary>
    public Amount Shortfall { get; }

    /// <summary>
    /// Gets the required annual growth (threshold / current)^(1 / years) − 1 as a fraction; undefined (ZeroBase or
    /// NegativeBase) when the current value is not positive.
    /// </summary>
    public GrowthRate RequiredGrowth { get; }

    /// <summary>Returns the firm, value and required growth.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Rounding.InvariantText, $"{Enterprise} {Current}: {RequiredGrowth} a year");
}
