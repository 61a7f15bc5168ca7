using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Targets;

/// <summary>Scenario tables: user-given constant growth paths (low / base / high) from the latest level to a target.</summary>
public static class Scenarios
{
    /// <summary>
    /// Projects the latest level along each scenario's constant growth, period by period to the target period
    /// (level[t+k] = latest × (1 + g)^k), and compares each path with the target.
    /// </summary>
    /// <param name="latest">The latest actual level.</param>
    /// <param name="latestPeriod">Its period: a regular period (year, quarter, month...) of the target's kind.</param>
    /// <param name="target">The target.</param>
    /// <param name="scenarios">The scenarios, at least one, with distinct names.</param>
    /// <returns>One outcome per scenario, in order.</returns>
    /// <exception cref="ArgumentException">No scenarios or duplicate names, or the periods differ in kind, or the target is not after the latest period.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A scenario's path leaves the range of a decimal before the target period; the message names the scenario and the period.</exception>
    public static IReadOnlyList<ScenarioOutcome> Project(decimal latest, ReportingPeriod latestPeriod, ValueTarget target, IReadOnlyList<Scenario> scenarios)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(scenarios);
        if (scenarios.Count == 0)
        {
            throw new ArgumentException("A scenario table needs at least one scenario.", nameof(scenarios));
        }

        if (scenarios.Select(s => s.Name).Distinct(StringComparer.Ordinal).Count() != scenarios.Count)
        {
            throw new ArgumentException("Scenario names must be distinct.", nameof(scenarios));
        }

        if (latestPeriod.Kind != target.Period.Kind || !latestPeriod.IsRegular)
        {
            throw new ArgumentException($"The latest period {latestPeriod} and the target period {target.Period} must be regular periods of one kind.", nameof(latestPeriod));
        }

        if (target.Period <= latestPeriod)
        {
            throw new ArgumentException($"The target period {target.Period} must be after the latest period {latestPeriod}.", nameof(target));
        }

        var periods = ReportingPeriod.Range(latestPeriod.Next(), target.Period);
        double periodsPerYear = 12.0 / latestPeriod.MonthCount;
        return scenarios.Select(s =>
        {
            var path = periods
                .Select((p, k) =>
                {
                    try
                    {
                        return new KeyValuePair<ReportingPeriod, decimal>(p, Projections.ConstantGrowth(latest, s.AnnualGrowth, (k + 1) / periodsPerYear));
                    }
                    catch (ArgumentOutOfRangeException)
                    {
                        throw new ArgumentOutOfRangeException(nameof(target), $"Scenario '{s.Name}' ({s.AnnualGrowth} a year from {latest.ToString(System.Globalization.CultureInfo.InvariantCulture)}) leaves the range of a decimal (±7.9e28) in {p}, before the target period {target.Period}.");
                    }
                })
                .ToList();
            return new ScenarioOutcome(s, path, target);
        }).ToList();
    }
}
