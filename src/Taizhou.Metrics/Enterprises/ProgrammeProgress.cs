using System.Collections.Immutable;
using System.Linq;

namespace Taizhou.Metrics.Enterprises;

/// <summary>Progress of a programme in one year: the count of every tier, by cluster and county, against the targets.</summary>
public sealed partial class ProgrammeProgress
{
    internal ProgrammeProgress(int year, int firmCount, ImmutableArray<TierCount> tiers)
    {
        Year = year;
        FirmCount = firmCount;
        Tiers = tiers;
    }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the number of firms present in the year (with an output value for it): the population counted.</summary>
    public int FirmCount { get; }

    /// <summary>Gets one count per rule, in the order of the rule set.</summary>
    public ImmutableArray<TierCount> Tiers { get; }

    /// <summary>Finds the count of a tier by its code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The count, or null when the rule set has no such tier.</returns>
    public TierCount? Find(string code) => Tiers.FirstOrDefault(t => t.Rule.Code == code);
}
