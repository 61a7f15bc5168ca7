using System;

namespace Taizhou.Metrics.Enterprises;

/// <summary>A programme target: a number of firms in a tier by a year (the "2211" programme: 20 aircraft-carrier firms by 2021, and so on).</summary>
public sealed class ProgrammeTarget
{
    /// <summary>Creates a target.</summary>
    /// <param name="tierCode">The tier's code, such as <see cref="TierCodes.AircraftCarrier"/>.</param>
    /// <param name="count">The number of firms targeted, not negative.</param>
    /// <param name="year">The target year.</param>
    /// <exception cref="ArgumentException">The code is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The count is negative.</exception>
    public ProgrammeTarget(string tierCode, int count, int year)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tierCode);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        TierCode = tierCode;
        Count = count;
        Year = year;
    }

    /// <summary>Gets the tier's code.</summary>
    public string TierCode { get; }

    /// <summary>Gets the number of firms targeted.</summary>
    public int Count { get; }

    /// <summary>Gets the target year.</summary>
    public int Year { get; }

    /// <summary>Returns the target as a <see cref="Targets.CountTarget"/> named by the tier code, for the target arithmetic.</summary>
    /// <returns>The count target for the end of the target year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The count is zero (a count target is positive).</exception>
    public Targets.CountTarget ToCountTarget() => new(TierCode, Periods.ReportingPeriod.CalendarYear(Year), Count);

    /// <summary>Returns the target as <c>aircraft_carrier: 20 by 2021</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{TierCode}: {Count} by {Year}";
}
