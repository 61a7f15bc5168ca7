using System.Globalization;
using System;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Published;

/// <summary>
/// A figure as printed in a release, with its precision: 1042.27 has two decimals and so stands for any value in
/// [1042.265, 1042.275]; a growth of 26.7 (per cent) stands for [26.65, 26.75].
/// </summary>
/// <remarks>
/// <para>
/// The precision is the number of decimals printed. <see cref="Of(decimal)"/> takes it from the scale of the
/// <see cref="decimal"/> (26.7m has one decimal, 529.0m one, 5000m none), <see cref="Parse"/> from the text; pass it
/// explicitly when a figure was printed with trailing zeros dropped.
/// </para>
/// <para>
/// A percentage is published and held as printed (26.7 for 26.7 %); the library's calculations turn it into a
/// fraction. Rounding is to nearest, so the true value lies within half a unit of the last decimal:
/// <see cref="Bounds"/> = [value − ½·10^−d, value + ½·10^−d] (the upper end open in principle; closed here, which only
/// matters at the exact boundary).
/// </para>
/// </remarks>
public readonly struct PublishedValue : IEquatable<PublishedValue>, IFormattable
{
    private PublishedValue(decimal value, int decimals)
    {
        Value = value;
        Decimals = decimals;
    }

    /// <summary>Gets the value as printed.</summary>
    public decimal Value { get; }

    /// <summary>Gets the number of decimals printed (0 to 28).</summary>
    public int Decimals { get; }

    /// <summary>Gets half a unit of the last printed decimal: the largest rounding error (0.005 for 1042.27).</summary>
    public decimal HalfUnit => 0.5m / Pow10(Decimals);

    /// <summary>
    /// Gets the values the printed figure can stand for: [value − half unit, value + half unit] (within half a unit of
    /// the edge of a decimal's range, ±7.9e28, the end beyond it is that edge: the same double).
    /// </summary>
    public Interval Bounds => Interval.Between((double)Lower, (double)Upper);

    // The ends of the rounding box in decimal, held at decimal's range at its very edge (a figure within half a unit of
    // ±7.9e28): the comparisons below stay exact everywhere else and never overflow.
    internal decimal Lower => Value >= decimal.MinValue + HalfUnit ? Value - HalfUnit : decimal.MinValue;

    internal decimal Upper => Value <= decimal.MaxValue - HalfUnit ? Value + HalfUnit : decimal.MaxValue;

    /// <summary>
    /// Returns whether this figure is larger than another beyond the rounding of both: even the smallest value it can
    /// stand for exceeds the largest the other can (60.1 exceeds 60.0 only within rounding of one decimal; 60.2 does not).
    /// </summary>
    /// <param name="other">The other figure.</param>
    /// <returns><see langword="true"/> when value − half unit &gt; other + other's half unit.</returns>
    public bool ExceedsBeyondRounding(PublishedValue other) => Lower > other.Upper;

    /// <summary>Creates a published value whose precision is the scale of the decimal (1042.27m: 2 decimals; 529.0m: 1).</summary>
    /// <param name="value">The value as printed.</param>
    /// <returns>The published value.</returns>
    public static PublishedValue Of(decimal value) => new(value, value.Scale);

    /// <summary>Creates a published value with an explicit number of decimals.</summary>
    /// <param name="value">The value as printed.</param>
    /// <param name="decimals">The number of decimals printed, 0 to 28.</param>
    /// <returns>The published value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range, or fewer than the decimals of <paramref name="value"/>.</exception>
    public static PublishedValue Of(decimal value, int decimals)
    {
        if (decimals is < 0 or > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "A precision of 0 to 28 decimals.");
        }

        if (Math.Round(value, decimals) != value)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"{value.ToString(CultureInfo.InvariantCulture)} has more than {decimals} decimals.");
        }

        return new PublishedValue(value, decimals);
    }

    /// <summary>
    /// Parses a figure as printed (invariant culture: <c>1042.27</c>, <c>-0.5</c>, <c>26.7</c>); the number of decimals in
    /// the text is its precision, at most 28 (a decimal's limit). Thousands separators and a trailing % are not
    /// accepted: pass the number alone.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The published value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a number, is beyond the range of a decimal, or has more than 28 decimals; the message quotes it.</exception>
    public static PublishedValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new FormatException($"{CellText.Quote(text)} is not a number as printed (expected digits with an optional sign and decimal point, such as 1042.27, within ±7.9e28 and with at most 28 decimals).");
    }

    /// <summary>Tries to parse a figure as printed; see <see cref="Parse"/>.</summary>
    /// <param name="text">The text, may be null.</param>
    /// <param name="value">The published value, when the text is a number.</param>
    /// <returns><see langword="true"/> when the text is a number.</returns>
    public static bool TryParse(string? text, out PublishedValue value)
    {
        value = default;
        string? t = text?.Trim();
        if (string.IsNullOrEmpty(t)
            || !decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d))
        {
            return false;
        }

        int dot = t.IndexOf('.', StringComparison.Ordinal);
        int decimals = dot < 0 ? 0 : t.Length - dot - 1;
        if (decimals > 28)
        {
            // A decimal holds at most 28 decimals: a 29th printed digit would be silently rounded away.
            return false;
        }

        value = new PublishedValue(d, decimals);
        return true;
    }

    /// <summary>Returns the value with its printed decimals, invariant culture.</summary>
    /// <returns>The text, such as <c>1042.27</c>.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the value: a null or empty format prints it with its own decimals; a .NET numeric format ("F1", "N2")
    /// rounds half away from zero (四舍五入), as <see cref="Rounding"/> does.
    /// </summary>
    /// <param name="format">A numeric format, or null.</param>
    /// <param name="formatProvider">Ignored: a figure prints as published, <c>1042.27</c>, in every culture and with every provider (README, "Conventions").</param>
    /// <returns>The text; never a negative zero.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => string.IsNullOrEmpty(format)
        ? Rounding.Format(Value, Decimals)
        : Rounding.FormatFigure(Value, format);

    /// <summary>Returns whether two published values have the same value and precision.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(PublishedValue other) => Value == other.Value && Decimals == other.Decimals;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PublishedValue p && Equals(p);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Decimals);

    /// <summary>Returns whether two published values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PublishedValue left, PublishedValue right) => left.Equals(right);

    /// <summary>Returns whether two published values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PublishedValue left, PublishedValue right) => !left.Equals(right);

    private static decimal Pow10(int n)
    {
        decimal p = 1m;
        for (int i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }
}
