using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>A target number of things by a target period: "20 aircraft-carrier firms by 2021" (the "2211" programme).</summary>
public sealed class CountTarget
{
    /// <summary>Creates a count target.</summary>
    /// <param name="name">What is counted, for reports.</param>
    /// <param name="period">The target period.</param>
    /// <param name="count">The target count, positive.</param>
    /// <param name="basePeriod">The period the target is set from (2017 for the 2018 programme's baseline), or null; it must end before <paramref name="period"/>.</param>
    /// <exception cref="ArgumentException">The name is empty, or the base period does not end before the target period.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count is not positive.</exception>
    public CountTarget(string name, ReportingPeriod period, int count, ReportingPeriod? basePeriod = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        TargetChecks.RequireBaseBefore(basePeriod, period);

        Name = name;
        Period = period;
        BasePeriod = basePeriod;
        Count = count;
    }

    /// <summary>Gets what is counted.</summary>
    public string Name { get; }

    /// <summary>Gets the period the target is set from, or null when not stated.</summary>
    public ReportingPeriod? BasePeriod { get; }

    /// <summary>Gets the target period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the target count.</summary>
    public int Count { get; }

    /// <summary>
    /// The gap of an actual count to the target: actual − target, negative when short (7 of 20 is −13), the same sign
    /// convention as every other gap in the library (projected − target).
    /// </summary>
    /// <param name="actual">The actual count, zero or more.</param>
    /// <returns>The gap; zero or more when the target is met.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="actual"/> is negative.</exception>
    public int GapOf(int actual)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(actual);
        return actual - Count;
    }

    /// <summary>Returns whether an actual count meets the target.</summary>
    /// <param name="actual">The actual count.</param>
    /// <returns><see langword="true"/> when actual ≥ target.</returns>
    public bool IsMetBy(int actual) => actual >= Count;

    /// <summary>Returns a short description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Rounding.InvariantText, $"{Name}: {Count} by {Period}");
}
