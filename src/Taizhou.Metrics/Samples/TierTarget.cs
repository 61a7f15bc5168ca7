using Taizhou.Metrics.Enterprises;

namespace Taizhou.Metrics.Samples;

/// <summary>A target count of enterprises in a tier by a target year (the "2211" programme: 20, 20, 100, 100 by 2021).</summary>
public sealed class TierTarget
{
    internal TierTarget(EnterpriseTier tier, int count, int year, string criterion)
    {
        Tier = tier;
        Count = count;
        Year = year;
        Criterion = criterion;
    }

    /// <summary>Gets the tier.</summary>
    public EnterpriseTier Tier { get; }

    /// <summary>Gets the number of firms targeted.</summary>
    public int Count { get; }

    /// <summary>Gets the target year.</summary>
    public int Year { get; }

    /// <summary>Gets the criterion of the tier as the programme states it.</summary>
    public string Criterion { get; }

    /// <summary>Returns the target in the form the enterprise programme counts against (<see cref="Programme"/>).</summary>
    /// <returns>The programme target, keyed by the tier's code.</returns>
    public ProgrammeTarget ToProgrammeTarget() => new(TierCodes.Of(Tier), Count, Year);
}
