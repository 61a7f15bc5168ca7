using System.Collections.Generic;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

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

    /// <summary>
    /// Returns a one-line summary, invariant culture, the level rounded 四舍五入 to two decimals and the gap's share to
    /// one: <c>steady (+10.0% a year): 121.00 in 2020, gap -29.00 (-19.3%), off track</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Scenario.Name} ({Scenario.AnnualGrowth} a year): {Rounding.Format(AtTarget, 2)} in {Path[^1].Key}, " +
        $"gap {Rounding.Format(Gap, 2)} ({Rounding.FormatScaled(GapShare, 2, 1, signed: true)}%), {(OnTrack ? "on track" : "off track")}";
}
