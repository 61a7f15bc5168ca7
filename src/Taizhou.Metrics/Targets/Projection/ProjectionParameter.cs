using System;
using System.Globalization;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// A named parameter of a <see cref="Projection"/>'s model, such as <c>slope</c> of a log-linear trend or
/// <c>alpha</c> of Holt's method, and whether it was estimated from the data or given by the caller.
/// </summary>
/// <remarks>The names each method reports are listed on <see cref="Project"/>. The default value has a null name.</remarks>
public readonly record struct ProjectionParameter
{
    internal ProjectionParameter(string name, double value, bool isEstimated)
    {
        Name = name;
        Value = value;
        IsEstimated = isEstimated;
    }

    /// <summary>Gets the parameter's name (for example <c>growth</c>, <c>slope</c>, <c>alpha</c>).</summary>
    public string Name { get; }

    /// <summary>Gets the value; rates are fractions (0.06 is 6 %).</summary>
    public double Value { get; }

    /// <summary>Gets whether the value was estimated from the data (<see langword="false"/>: given by the caller or fixed by the method).</summary>
    public bool IsEstimated { get; }

    /// <summary>Returns <c>name = value</c>, invariant culture, marked "(not estimated)" when given or fixed.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Rounding.InvariantText, $"{Name} = {Value}{(IsEstimated ? string.Empty : " (not estimated)")}");

    internal static ProjectionParameter Estimated(string name, double value) => new(name, value, true);

    internal static ProjectionParameter Given(string name, double value) => new(name, value, false);
}
