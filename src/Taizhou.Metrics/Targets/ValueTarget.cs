using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// A target level by a target period: "seven-cluster output over 5000 亿元 by 2021" (产值超5000亿元).
/// </summary>
public sealed class ValueTarget
{
    /// <summary>Creates a value target.</summary>
    /// <param name="name">What is targeted, for reports.</param>
    /// <param name="period">The target period (2021).</param>
    /// <param name="level">The target level, positive, in the unit of the series it is compared with.</param>
    /// <param name="strict">Whether the level must be exceeded ("over 5000": reached only above 5000) rather than reached (at least 5000).</param>
    /// <param name="basePeriod">The period the target is set from (2017 for the 2018 programme's baseline), or null; it must end before <paramref name="period"/>.</param>
    /// <exception cref="ArgumentException">The name is empty, or the base period does not end before the target period.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The level is not positive.</exception>
    public ValueTarget(string name, ReportingPeriod period, decimal level, bool strict = false, ReportingPeriod? basePeriod = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (level <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "A target level must be positive.");
        }

        TargetChecks.RequireBaseBefore(basePeriod, period);

        Name = name;
        Period = period;
        BasePeriod = basePeriod;
        Level = level;
        Strict = strict;
    }

    /// <summary>Gets what is targeted.</summary>
    public string Name { get; }

    /// <summary>Gets the period the target is set from, or null when not stated.</summary>
    public ReportingPeriod? BasePeriod { get; }

    /// <summary>Gets the target period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the target level.</summary>
    public decimal Level { get; }

    /// <summary>Gets whether the level must be exceeded rather than reached.</summary>
    public bool Strict { get; }

    /// <summary>Returns whether a value meets the target.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when value ≥ level (or > level when strict).</returns>
    public bool IsMetBy(decimal value) => Strict ? value > Level : value >= Level;

    /// <summary>
    /// Returns whether a computed estimate (a projection, a scenario path) meets the target, by the rule of
    /// <see cref="IsMetBy(decimal)"/> within the relative tolerance of <see cref="TargetComparison"/>, so floating-point
    /// noise on an exactly-at-target path does not flip the answer.
    /// </summary>
    internal bool IsMetByEstimate(double estimate) => TargetComparison.Meets(estimate, (double)Level, Strict);

    /// <summary>Returns a short description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Rounding.InvariantText, $"{Name}: {(Strict ? "over " : "at least ")}{Level} by {Period}");
}
