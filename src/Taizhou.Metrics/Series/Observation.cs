using System;
using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Series;

/// <summary>
/// One value of a series and its period. A missing value is explicit (<see cref="Value"/> is null), never NaN and
/// never zero.
/// </summary>
/// <param name="Period">The period the value is for.</param>
/// <param name="Value">The value, or null when it is missing.</param>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ObservationJsonConverter))]
public readonly record struct Observation(ReportingPeriod Period, decimal? Value)
{
    /// <summary>Gets whether the value is missing.</summary>
    public bool IsMissing => Value is null;

    /// <summary>Creates an observation with a value.</summary>
    /// <param name="period">The period.</param>
    /// <param name="value">The value.</param>
    /// <returns>The observation.</returns>
    public static Observation Of(ReportingPeriod period, decimal value) => new(period, value);

    /// <summary>Creates an explicitly missing observation.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The observation, with no value.</returns>
    public static Observation Missing(ReportingPeriod period) => new(period, null);

    /// <summary>Gets the value, throwing when it is missing.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="InvalidOperationException">The value is missing; the message names the period.</exception>
    public decimal GetValueOrThrow() => Value ?? throw new InvalidOperationException($"The value for {Period} is missing.");

    /// <summary>Returns the period and the value as held, invariant culture whatever the current culture: <c>2018-06: 1042.27</c> or <c>2018-06: missing</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Value is decimal v
        ? string.Create(Published.Rounding.InvariantText, $"{Period}: {v}")
        : $"{Period}: missing";
}
