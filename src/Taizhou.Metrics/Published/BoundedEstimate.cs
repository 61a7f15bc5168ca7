using System;

namespace Taizhou.Metrics.Published;

/// <summary>
/// A quantity derived from published figures: the estimate from the figures as printed, and the interval of values it
/// can take given their rounding — or, when a denominator can reach zero within that rounding, an explicit unbounded
/// result (<see cref="IsUnbounded"/>) whose <see cref="Bounds"/> span the whole range of a double (any value is
/// possible) and whose <see cref="GetBounds"/> throws.
/// </summary>
/// <param name="Estimate">The value computed from the figures as printed.</param>
/// <param name="Bounds">The smallest and largest values over the rounding intervals of the inputs.</param>
public readonly record struct BoundedEstimate(double Estimate, Interval Bounds)
{
    private readonly Interval bounds = Bounds;

    /// <summary>
    /// Gets whether the quantity has no finite bounds: a denominator of its formula can reach zero for values within the
    /// rounding of the inputs, so the quantity can be arbitrarily large of either sign although the figures as printed
    /// give a finite <see cref="Estimate"/>.
    /// </summary>
    public bool IsUnbounded { get; private init; }

    /// <summary>
    /// Gets the smallest and largest values over the rounding intervals of the inputs; for an unbounded quantity
    /// (<see cref="IsUnbounded"/>), the whole range of a double, [<see cref="double.MinValue"/>, <see cref="double.MaxValue"/>]:
    /// every value is possible. Never throws, so that reading every property (a notebook's display) works; use
    /// <see cref="GetBounds"/> or <see cref="TryGetBounds(out Interval)"/> to refuse an unbounded quantity.
    /// </summary>
    public Interval Bounds
    {
        get => IsUnbounded ? Interval.Between(double.MinValue, double.MaxValue) : bounds;
        init => bounds = value;
    }

    /// <summary>Returns the bounds of a bounded quantity, and throws for an unbounded one.</summary>
    /// <returns>The smallest and largest values over the rounding intervals of the inputs.</returns>
    /// <exception cref="InvalidOperationException">The quantity is unbounded (<see cref="IsUnbounded"/>); the message says why.</exception>
    public Interval GetBounds() => IsUnbounded
        ? throw new InvalidOperationException($"The quantity (estimate {Rounding.FormatFigure(Estimate, "G6")}) is unbounded: a denominator can reach zero within the rounding of the published figures, so no finite range exists.")
        : bounds;

    /// <summary>Creates the result for a quantity whose range is unbounded; see <see cref="IsUnbounded"/>.</summary>
    /// <param name="estimate">The value at the figures as printed; finite.</param>
    /// <returns>The unbounded estimate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="estimate"/> is NaN or infinite.</exception>
    public static BoundedEstimate Unbounded(double estimate) => double.IsFinite(estimate)
        ? new BoundedEstimate(estimate, Interval.Exactly(estimate)) { IsUnbounded = true }
        : throw new ArgumentOutOfRangeException(nameof(estimate), estimate, "An estimate must be finite.");

    /// <summary>Gets the bounds when the quantity is bounded.</summary>
    /// <param name="interval">The bounds, or the degenerate interval at the estimate when unbounded.</param>
    /// <returns><see langword="true"/> when the quantity has finite bounds.</returns>
    public bool TryGetBounds(out Interval interval)
    {
        interval = bounds;
        return !IsUnbounded;
    }

    /// <summary>
    /// Returns the estimate and the bounds with a numeric format, rounded half away from zero (四舍五入):
    /// <c>2413.6 [2396.9, 2430.6]</c>, or <c>2413.6 (unbounded)</c>.
    /// </summary>
    /// <param name="format">A numeric format, such as "F1".</param>
    /// <returns>The text, invariant culture.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a numeric format.</exception>
    public string ToString(string format) =>
        Rounding.FormatFigure(Estimate, format) + " " + (IsUnbounded ? "(unbounded)" : bounds.ToString(format, null));

    /// <summary>Returns the estimate and the bounds at round-trip precision, invariant culture, whatever the current culture.</summary>
    /// <returns>The text, such as <c>2413.6 [2396.9, 2430.6]</c>.</returns>
    public override string ToString() => ToString("R");
}
