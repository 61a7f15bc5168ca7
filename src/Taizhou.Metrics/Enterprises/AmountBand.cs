using System;
using Taizhou.Metrics.Text;
using System.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// A band of money amounts with optional lower and upper bounds, each inclusive or exclusive: [50, 100) 亿元 for a
/// flagship firm, [100, ∞) 亿元 for an aircraft-carrier. Amounts are compared exactly, in <see cref="decimal"/> yuan,
/// whatever their units: 10000 万元 is exactly 1 亿元.
/// </summary>
/// <remarks>The default value has no bounds and contains every amount.</remarks>
public readonly struct AmountBand : IEquatable<AmountBand>
{
    private AmountBand(Amount? lower, bool lowerInclusive, Amount? upper, bool upperInclusive)
    {
        Lower = lower;
        LowerInclusive = lowerInclusive;
        Upper = upper;
        UpperInclusive = upperInclusive;
    }

    /// <summary>Gets the lower bound, or null for none.</summary>
    public Amount? Lower { get; }

    /// <summary>Gets whether an amount equal to <see cref="Lower"/> is inside.</summary>
    public bool LowerInclusive { get; }

    /// <summary>Gets the upper bound, or null for none.</summary>
    public Amount? Upper { get; }

    /// <summary>Gets whether an amount equal to <see cref="Upper"/> is inside.</summary>
    public bool UpperInclusive { get; }

    /// <summary>A band from <paramref name="lower"/> up, the lower end inclusive (x ≥ lower).</summary>
    /// <param name="lower">The lower bound.</param>
    /// <returns>The band.</returns>
    public static AmountBand AtLeast(Amount lower) => new(lower, true, null, false);

    /// <summary>A band strictly above <paramref name="lower"/> (x &gt; lower).</summary>
    /// <param name="lower">The lower bound.</param>
    /// <returns>The band.</returns>
    public static AmountBand Above(Amount lower) => new(lower, false, null, false);

    /// <summary>A band between two bounds, each end inclusive or not.</summary>
    /// <param name="lower">The lower bound.</param>
    /// <param name="lowerInclusive">Whether the lower end is inside.</param>
    /// <param name="upper">The upper bound, above the lower one.</param>
    /// <param name="upperInclusive">Whether the upper end is inside.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentException">The upper bound is not above the lower one.</exception>
    public static AmountBand Between(Amount lower, bool lowerInclusive, Amount upper, bool upperInclusive) =>
        upper.InYuan > lower.InYuan
            ? new AmountBand(lower, lowerInclusive, upper, upperInclusive)
            : throw new ArgumentException($"The upper bound {upper} must be above the lower bound {lower}.", nameof(upper));

    /// <summary>Returns whether an amount is inside the band, comparing exactly in yuan.</summary>
    /// <param name="amount">The amount.</param>
    /// <returns><see langword="true"/> when inside.</returns>
    public bool Contains(Amount amount) => !IsBelow(amount) && !IsAbove(amount);

    /// <summary>Returns whether an amount is below the band (under the lower bound, or at an exclusive lower bound).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns><see langword="true"/> when below.</returns>
    public bool IsBelow(Amount amount)
    {
        if (Lower is not Amount lo)
        {
            return false;
        }

        int c = amount.InYuan.CompareTo(lo.InYuan);
        return c < 0 || (c == 0 && !LowerInclusive);
    }

    /// <summary>Returns whether an amount is above the band (over the upper bound, or at an exclusive upper bound).</summary>
    /// <param name="amount">The amount.</param>
    /// <returns><see langword="true"/> when above.</returns>
    public bool IsAbove(Amount amount)
    {
        if (Upper is not Amount hi)
        {
            return false;
        }

        int c = amount.InYuan.CompareTo(hi.InYuan);
        return c > 0 || (c == 0 && !UpperInclusive);
    }

    /// <summary>Returns the band in interval notation with its units in Simplified characters, such as <c>[50 亿元, 100 亿元)</c> or <c>≥ 100 亿元</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(ChineseScript.Simplified);

    /// <summary>Returns the band in interval notation with its units in a script: <c>≥ 100 亿元</c> (Simplified) or <c>≥ 100 億元</c> (Traditional).</summary>
    /// <param name="script">The script of the unit symbols.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The script is not defined.</exception>
    public string ToString(ChineseScript script)
    {
        if (Lower is Amount lo && Upper is Amount hi)
        {
            return new StringBuilder().Append(LowerInclusive ? '[' : '(').Append(lo.ToString(null, script)).Append(", ").Append(hi.ToString(null, script)).Append(UpperInclusive ? ']' : ')').ToString();
        }

        if (Lower is Amount l)
        {
            return (LowerInclusive ? "≥ " : "> ") + l.ToString(null, script);
        }

        return Upper is Amount u ? (UpperInclusive ? "≤ " : "< ") + u.ToString(null, script) : "any amount";
    }

    /// <summary>Returns whether two bands have the same bounds (in the same units) and ends.</summary>
    /// <param name="other">The other band.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(AmountBand other) => Nullable.Equals(Lower, other.Lower) && Nullable.Equals(Upper, other.Upper)
        && LowerInclusive == other.LowerInclusive && UpperInclusive == other.UpperInclusive;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is AmountBand b && Equals(b);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Lower, LowerInclusive, Upper, UpperInclusive);

    /// <summary>Returns whether two bands are equal.</summary>
    /// <param name="left">The first band.</param>
    /// <param name="right">The second band.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(AmountBand left, AmountBand right) => left.Equals(right);

    /// <summary>Returns whether two bands differ.</summary>
    /// <param name="left">The first band.</param>
    /// <param name="right">The second band.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(AmountBand left, AmountBand right) => !left.Equals(right);

}
