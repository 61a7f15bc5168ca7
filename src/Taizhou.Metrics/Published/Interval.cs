using System;
using System.Globalization;

namespace Taizhou.Metrics.Published;

/// <summary>
/// A closed interval [<see cref="Lower"/>, <see cref="Upper"/>] of real numbers: the values a quantity can take given
/// the rounding of the published figures it is derived from.
/// </summary>
/// <remarks>The default value is the degenerate interval [0, 0].</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.IntervalJsonConverter))]
public readonly struct Interval : IEquatable<Interval>, IFormattable
{
    private Interval(double lower, double upper)
    {
        Lower = lower;
        Upper = upper;
    }

    /// <summary>Gets the lower bound.</summary>
    public double Lower { get; }

    /// <summary>Gets the upper bound.</summary>
    public double Upper { get; }

    /// <summary>Gets the width, upper − lower.</summary>
    public double Width => Upper - Lower;

    /// <summary>Gets the midpoint.</summary>
    public double Midpoint => Lower + ((Upper - Lower) / 2.0);

    /// <summary>Creates an interval.</summary>
    /// <param name="lower">The lower bound, finite.</param>
    /// <param name="upper">The upper bound, finite and not below <paramref name="lower"/>.</param>
    /// <returns>The interval.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A bound is not finite, or the bounds are in the wrong order.</exception>
    public static Interval Between(double lower, double upper)
    {
        if (!double.IsFinite(lower))
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, "An interval bound must be finite.");
        }

        if (!double.IsFinite(upper) || upper < lower)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, $"The upper bound must be finite and at least the lower bound {lower}.");
        }

        return new Interval(lower, upper);
    }

    /// <summary>Creates the degenerate interval [x, x].</summary>
    /// <param name="value">The value, finite.</param>
    /// <returns>The interval.</returns>
    public static Interval Exactly(double value) => Between(value, value);

    /// <summary>Returns whether the interval contains a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when lower ≤ value ≤ upper.</returns>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>Returns whether two intervals share at least one point.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when they intersect.</returns>
    public bool Intersects(Interval other) => other.Lower <= Upper && other.Upper >= Lower;

    /// <summary>Returns the distance between two intervals: zero when they intersect, otherwise the gap between them.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns>The gap, zero or positive.</returns>
    public double DistanceTo(Interval other) => Math.Max(0.0, Math.Max(other.Lower - Upper, Lower - other.Upper));

    /// <summary>
    /// Returns the interval as <c>[lower, upper]</c> with the given numeric format, each bound rounded half away from
    /// zero (四舍五入) on its shortest decimal form, as <see cref="Rounding"/> does.
    /// </summary>
    /// <param name="format">A numeric format for both bounds, such as "F1"; null or "R" for round-trip precision.</param>
    /// <param name="formatProvider">Ignored: bounds print with a decimal point in every culture (README, "Conventions").</param>
    /// <returns>The text; never a negative zero.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) =>
        "[" + Rounding.FormatFigure(Lower, format) + ", " + Rounding.FormatFigure(Upper, format) + "]";

    /// <summary>Returns the interval as <c>[lower, upper]</c>, invariant culture, round-trip precision (no rounding).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString("R", null);

    /// <summary>Returns whether two intervals have the same bounds.</summary>
    /// <param name="other">The other interval.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Interval other) => Lower.Equals(other.Lower) && Upper.Equals(other.Upper);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Interval i && Equals(i);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper);

    /// <summary>Returns whether two intervals are equal.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Interval left, Interval right) => left.Equals(right);

    /// <summary>Returns whether two intervals differ.</summary>
    /// <param name="left">The first interval.</param>
    /// <param name="right">The second interval.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Interval left, Interval right) => !left.Equals(right);
}
