using System;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Targets;

/// <summary>A named constant annual growth path (low, base, high) for a scenario table.</summary>
public sealed class Scenario
{
    /// <summary>Creates a scenario.</summary>
    /// <param name="name">The name, such as "low".</param>
    /// <param name="annualGrowth">The annual growth; must be defined and above −100 %.</param>
    /// <exception cref="ArgumentException">The name is empty or the growth is undefined or at most −100 %.</exception>
    public Scenario(string name, GrowthRate annualGrowth)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!annualGrowth.TryGetValue(out double g) || g <= -1.0)
        {
            throw new ArgumentException($"Scenario '{name}' needs a defined growth above −100 %; got {annualGrowth}.", nameof(annualGrowth));
        }

        Name = name;
        AnnualGrowth = annualGrowth;
    }

    /// <summary>Gets the name.</summary>
    public string Name { get; }

    /// <summary>Gets the annual growth.</summary>
    public GrowthRate AnnualGrowth { get; }

    /// <summary>Returns the name and the growth, invariant culture: <c>steady: +10.0% a year</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Name}: {AnnualGrowth} a year";
}
