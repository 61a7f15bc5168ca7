using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// A doubling target (翻番): a level multiplied by 2^n between a base period and a target period ("翻一番 by 2020 on
/// 2010" doubles, "翻两番" quadruples).
/// </summary>
public sealed class DoublingTarget
{
    /// <summary>Creates a doubling target.</summary>
    /// <param name="name">What is targeted.</param>
    /// <param name="basePeriod">The base period.</param>
    /// <param name="baseLevel">The level in the base period, positive.</param>
    /// <param name="period">The target period, of the same kind and after the base.</param>
    /// <param name="doublings">The number of doublings (1 for 翻一番, 2 for 翻两番), positive.</param>
    /// <exception cref="ArgumentException">The name is empty, or the periods differ in kind or are in the wrong order.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The base level or the number of doublings is not positive.</exception>
    public DoublingTarget(string name, ReportingPeriod basePeriod, decimal baseLevel, ReportingPeriod period, double doublings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (baseLevel <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(baseLevel), baseLevel, "The base level must be positive.");
        }

        if (!(doublings > 0.0) || !double.IsFinite(doublings))
        {
            throw new ArgumentOutOfRangeException(nameof(doublings), doublings, "The number of doublings must be positive.");
        }

        Years = Requirements.YearsBetween(basePeriod, period);
        Name = name;
        BasePeriod = basePeriod;
        BaseLevel = baseLevel;
        Period = period;
        Doublings = doublings;
    }

    /// <summary>Gets what is targeted.</summary>
    public string Name { get; }

    /// <summary>Gets the base period.</summary>
    public ReportingPeriod BasePeriod { get; }

    /// <summary>Gets the level in the base period.</summary>
    public decimal BaseLevel { get; }

    /// <summary>Gets the target period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the number of doublings.</summary>
    public double Doublings { get; }

    /// <summary>Gets the years between the base and the target period.</summary>
    public double Years { get; }

    /// <summary>Gets the level the target implies: base × 2^doublings.</summary>
    public decimal Level => BaseLevel * (decimal)Math.Pow(2.0, Doublings);

    /// <summary>Gets the constant annual growth that meets the target exactly: 2^(doublings / years) − 1 (翻一番 in 10 years: 7.177 %).</summary>
    public GrowthRate RequiredGrowth => Growth.FromDoublings(Doublings, Years);

    /// <summary>Returns the target as a value target on its implied level.</summary>
    /// <returns>The value target.</returns>
    public ValueTarget ToValueTarget() => new(Name, Period, Level);
}
