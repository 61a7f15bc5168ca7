using System;

namespace Taizhou.Metrics.Published;

/// <summary>
/// The values a qualified figure, or a quantity derived from qualified figures, can take: a range from a finite lower
/// end to a finite upper end or to +∞, each end open or closed. 超1100 is (1100, ∞); 约200 is [190, 210]; 近100 is
/// [95, 100); a plain 1042.27 is [1042.265, 1042.275].
/// </summary>
/// <remarks>
/// Unlike <see cref="Interval"/>, whose ends are finite and closed, a range can be unbounded above (a lower bound is all
/// that "over" says) and can exclude an end (over 1100 excludes 1100). Sums add the ends (interval arithmetic): a sum
/// with an open end at either term is open there, and a sum with an unbounded term is unbounded. The default value is
/// the closed range [0, 0].
/// </remarks>
public readonly struct FigureRange : IEquatable<FigureRange>
{
    private FigureRange(double lower, bool lowerOpen, double upper, bool upperOpen)
    {
        Lower = lower;
        LowerOpen = lowerOpen;
        Upper = upper;
        UpperOpen = upperOpen;
    }

    /// <summary>Gets the lower end, finite.</summary>
    public double Lower { get; }

    /// <summary>Gets whether the lower end is excluded (over X excludes X).</summary>
    public bool LowerOpen { get; }

    /// <summary>Gets the upper end: finite, or <see cref="double.PositiveInfinity"/> when the range is unbounded above.</summary>
    public double Upper { get; }

    /// <summary>Gets whether the upper end is excluded (just under X excludes X); always true when unbounded above.</summary>
    public bool UpperOpen { get; }

    /// <summary>Gets whether the range has a finite upper end; false for "over X" and for a total some of whose parts are missing.</summary>
    public bool IsBoundedAbove => !double.IsPositiveInfinity(Upper);

    /// <summary>Creates the closed range [lower, upper].</summary>
    /// <param name="lower">The lower end, finite.</param>
    /// <param name="upper">The upper end, finite and not below <paramref name="lower"/>.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An end is not finite, or the ends are in the wrong order.</exception>
    public static FigureRange Closed(double lower, double upper) => Of(lower, false, upper, false);

    /// <summary>Creates the range (lower, ∞): every value above <paramref name="lower"/>, as "over X" says.</summary>
    /// <param name="lower">The lower end, finite, excluded.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lower"/> is not finite.</exception>
    public static FigureRange Above(double lower) => Of(lower, true, double.PositiveInfinity, true);

    /// <summary>Creates the range [lower, ∞): every value at least <paramref name="lower"/>.</summary>
    /// <param name="lower">The lower end, finite, included.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lower"/> is not finite.</exception>
    public static FigureRange AtLeast(double lower) => Of(lower, false, double.PositiveInfinity, true);

    /// <summary>Creates a range with each end open or closed.</summary>
    /// <param name="lower">The lower end, finite.</param>
    /// <param name="lowerOpen">Whether the lower end is excluded.</param>
    /// <param name="upper">The upper end, finite and not below <paramref name="lower"/>, or <see cref="double.PositiveInfinity"/> (then open).</param>
    /// <param name="upperOpen">Whether the upper end is excluded; ignored (true) for an unbounded range.</param>
    /// <returns>The range.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// An end is NaN, the lower end is infinite, the ends are in the wrong order, or the range is empty (equal ends with
    /// one of them open).
    /// </exception>
    public static FigureRange Of(double lower, bool lowerOpen, double upper, bool upperOpen)
    {
        if (!double.IsFinite(lower))
        {
            throw new ArgumentOutOfRangeException(nameof(lower), lower, "The lower end of a range must be finite.");
        }

        if (double.IsNaN(upper) || double.IsNegativeInfinity(upper) || upper < lower)
        {
            throw new ArgumentOutOfRangeException(nameof(upper), upper, $"The upper end must be at least the lower end {lower}, or +∞.");
        }

        if (upper == lower && (lowerOpen || upperOpen))
        {
            throw new ArgumentOutOfRangeException(nameof(upperOpen), upperOpen, $"A range from {lower} to itself with an open end is empty.");
        }

        return new FigureRange(lower, lowerOpen, upper, upperOpen || double.IsPositiveInfinity(upper));
    }

    /// <summary>Returns whether the range contains a value, its open ends excluded.</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="true"/> when the value is within the range.</returns>
    public bool Contains(double value) =>
        (LowerOpen ? value > Lower : value >= Lower) && (UpperOpen ? value < Upper : value <= Upper);

    /// <summary>Returns whether every value of the range is at least <paramref name="level"/> (lower end ≥ level).</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> when no value of the range is below the level.</returns>
    public bool IsAtLeast(double level) => Lower >= level;

    /// <summary>Returns whether every value of the range is above <paramref name="level"/>: over 1100 is above 1100, [1100, 1200] is not.</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> when no value of the range is at or below the level.</returns>
    public bool IsAbove(double level) => Lower > level || (Lower == level && LowerOpen);

    /// <summary>Returns whether every value of the range is at most <paramref name="level"/> (upper end ≤ level).</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> when no value of the range is above the level.</returns>
    public bool IsAtMost(double level) => Upper <= level;

    /// <summary>Returns whether every value of the range is below <paramref name="level"/>: just under 100 is below 100.</summary>
    /// <param name="level">The level.</param>
    /// <returns><see langword="true"/> when no value of the range is at or above the level.</returns>
    public bool IsBelow(double level) => Upper < level || (Upper == level && UpperOpen);

    /// <summary>
    /// Returns the range of the sum of a value from this range and one from <paramref name="other"/>: the ends add, an
    /// end is open when it is open in either term, and unbounded when either term is (超1100 + 约200 = (1290, ∞)).
    /// </summary>
    /// <param name="other">The other range.</param>
    /// <returns>The range of the sum.</returns>
    public FigureRange Add(FigureRange other) =>
        Of(Lower + other.Lower, LowerOpen || other.LowerOpen, Upper + other.Upper, UpperOpen || other.UpperOpen);

    /// <summary>Returns the range of a sum; see <see cref="Add(FigureRange)"/>.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns>The range of the sum.</returns>
    public static FigureRange operator +(FigureRange left, FigureRange right) => left.Add(right);

    /// <summary>
    /// Returns the range multiplied by a positive factor (a unit conversion, a share of a fixed total): both ends
    /// scaled, open ends staying open, an unbounded range staying unbounded.
    /// </summary>
    /// <param name="factor">The factor, positive and finite.</param>
    /// <returns>The scaled range.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="factor"/> is not positive and finite.</exception>
    public FigureRange Scale(double factor) => factor > 0.0 && double.IsFinite(factor)
        ? Of(Lower * factor, LowerOpen, Upper * factor, UpperOpen)
        : throw new ArgumentOutOfRangeException(nameof(factor), factor, "A range is scaled by a positive, finite factor.");

    /// <summary>Returns the range as a closed <see cref="Interval"/> when it is bounded above (open ends taken as closed).</summary>
    /// <param name="interval">The interval, or the degenerate interval at the lower end when unbounded.</param>
    /// <returns><see langword="true"/> when the range is bounded above.</returns>
    public bool TryGetInterval(out Interval interval)
    {
        interval = IsBoundedAbove ? Interval.Between(Lower, Upper) : Interval.Exactly(Lower);
        return IsBoundedAbove;
    }

    /// <summary>Returns the range with a numeric format for its ends: <c>(1100, ∞)</c>, <c>[190, 210]</c>, <c>[95, 100)</c>.</summary>
    /// <param name="format">A numeric format such as "F1", or null for round-trip precision.</param>
    /// <returns>The text, invariant culture, ends rounded half away from zero (四舍五入).</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a numeric format.</exception>
    public string ToString(string? format) =>
        (LowerOpen ? "(" : "[") + Rounding.FormatFigure(Lower, format) + ", "
        + (IsBoundedAbove ? Rounding.FormatFigure(Upper, format) : "∞") + (UpperOpen ? ")" : "]");

    /// <summary>Returns the range at round-trip precision: <c>(1100, ∞)</c>, <c>[190, 210]</c>.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString() => ToString("R");

    /// <summary>Returns whether two ranges have the same ends and the same openness.</summary>
    /// <param name="other">The other range.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(FigureRange other) =>
        Lower.Equals(other.Lower) && Upper.Equals(other.Upper) && LowerOpen == other.LowerOpen && UpperOpen == other.UpperOpen;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FigureRange r && Equals(r);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, Upper, LowerOpen, UpperOpen);

    /// <summary>Returns whether two ranges are equal.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FigureRange left, FigureRange right) => left.Equals(right);

    /// <summary>Returns whether two ranges differ.</summary>
    /// <param name="left">The first range.</param>
    /// <param name="right">The second range.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(FigureRange left, FigureRange right) => !left.Equals(right);
}
