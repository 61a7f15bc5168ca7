using System.Collections.Generic;
using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Targets;

/// <summary>One scenario's path to the target period and its gap to the target.</summary>
public sealed class ScenarioOutcome
{
    internal ScenarioOutcome(Scenario scenario, IReadOnlyList<KeyValuePair<ReportingPeriod, decimal>> path, ValueTarget target)
    {
        Scenario = scenario;
        Path = path;
        AtTarget = path[^1].Value;
        Gap = AtTarget - target.Level;
        GapShare = (double)(Gap / target.Level);
        OnTrack = target.IsMetByEstimate((double)AtTarget);
        foreach (var (period, level) in path)
        {
            if (target.IsMetByEstimate((double)level))
            {
                FirstReaching = period;
                break;
            }
        }
    }

    /// <summary>Gets the scenario.</summary>
    public Scenario Scenario { get; }

    /// <summary>Gets the projected level of every period after the latest, to the target period.</summary>
    public IReadOnlyList<KeyValuePair<ReportingPeriod, decimal>> Path { get; }

    /// <summary>Gets the projected level in the target period.</summary>
    public decimal AtTarget { get; }

    /// <summary>Gets projected − target in the target period (negative: short).</summary>
    public decimal Gap { get; }

    /// <summary>Gets the gap as a fraction of the target.</summary>
    public double GapShare { get; }

    /// <summary>
    /// Gets whether the scenario meets the target in the target period, within a relative 1e-9 of the target level (as
    /// <see cref="TargetGap.OnTrack"/>): a scenario at exactly the required growth meets the target.
    /// </summary>
    public bool OnTrack { get; }

    /// <summary>Gets the first period of the path that meets the target (by the rule of <see cref="OnTrack"/>), or null when none does.</summary>
    public ReportingPeriod? FirstReaching { get; }
}
