using System;
using System.Globalization;
using System.Numerics;

namespace Taizhou.Metrics.Published;

/// <summary>
/// The one rounding rule for every number the project prints: round half away from zero (四舍五入), on the decimal
/// figure, in the invariant culture.
/// </summary>
/// <remarks>
/// <para>
/// Chinese statistical releases round 四舍五入: a figure whose next digit is 5 or more rounds up in magnitude, so 26.65
/// prints as 26.7 and −26.65 as −26.7. .NET's default <see cref="Math.Round(double, int)"/> rounds half to even
/// (26.65 → 26.6), <c>ToString("F2")</c> prints 822.625 as 822.62, and both work on the binary value of a double
/// (1.005 is stored as 1.00499999…, which <see cref="MidpointRounding.AwayFromZero"/> still turns into 1.00).
/// </para>
/// <para>
/// A <see cref="double"/> is therefore rounded as the figure it reads as: its shortest round-trip decimal form (the
/// text <c>double.ToString("R")</c> gives, 12.345 for 12.345), rounded digit by digit. So 822.625 → 822.63,
/// 12.345 → 12.35, 2.675 → 2.68 and 1.005 → 1.01, as a person rounding the printed figure by hand would get. A
/// <see cref="decimal"/> is exact already and is rounded as it is.
/// </para>
/// <para>
/// Text from <see cref="Format(decimal, int)"/> and <see cref="Format(double, int)"/> has exactly the requested number
/// of decimals, a '.' decimal point, no group separators and a leading '-' for negatives, whatever the current culture.
/// A value that rounds to zero prints without a sign (−0.04 to one decimal prints <c>0.0</c>, never <c>-0.0</c>): a
/// release prints no negative zero, and a sign on a zero would claim a direction the rounded figure does not show.
/// </para>
/// </remarks>
public static class Rounding
{
    /// <summary>The largest number of decimals the rounding accepts (a <see cref="decimal"/>'s largest scale).</summary>
    public const int MaxDecimals = 28;

    /// <summary>Rounds a decimal to <paramref name="decimals"/> places, half away from zero (四舍五入): 2.345 → 2.35, −2.345 → −2.35.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">The number of decimals to keep, 0 to 28.</param>
    /// <returns>The rounded value; a result of zero is positive zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public static decimal HalfAwayFromZero(decimal value, int decimals)
    {
        CheckDecimals(decimals);
        decimal r = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        return r == 0m ? decimal.Zero : r;
    }

    /// <summary>
    /// Rounds a double to <paramref name="decimals"/> places, half away from zero (四舍五入), on its shortest round-trip
    /// decimal form: 822.625 → 822.63, 12.345 → 12.35 and 1.005 → 1.01 (where
    /// <see cref="Math.Round(double, int, MidpointRounding)"/> gives 1.00, because the double nearest 1.005 lies just below it).
    /// </summary>
    /// <param name="value">The value. NaN and infinities are returned unchanged.</param>
    /// <param name="decimals">The number of decimals to keep, 0 to 28.</param>
    /// <returns>The double nearest the rounded decimal figure; a result of zero is positive zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public static double HalfAwayFromZero(double value, int decimals)
    {
        CheckDecimals(decimals);
        if (!double.IsFinite(value))
        {
            return value;
        }

        (bool negative, BigInteger units) = Units(value, decimals);
        if (units.IsZero)
        {
            return 0.0;
        }

        double magnitude = double.Parse(
            units.ToString(CultureInfo.InvariantCulture) + "E-" + decimals.ToString(CultureInfo.InvariantCulture),
            NumberStyles.Float,
            CultureInfo.InvariantCulture);
        return negative ? -magnitude : magnitude;
    }

    /// <summary>
    /// Formats a decimal rounded half away from zero (四舍五入) to exactly <paramref name="decimals"/> places, invariant
    /// culture: <c>Format(26.65m, 1)</c> is <c>26.7</c>, <c>Format(-0.04m, 1)</c> is <c>0.0</c>.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">The number of decimals printed, 0 to 28.</param>
    /// <returns>The text: an optional '-', digits, and a '.' with <paramref name="decimals"/> digits when decimals &gt; 0; never a negative zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public static string Format(decimal value, int decimals) =>
        HalfAwayFromZero(value, decimals).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats a double rounded half away from zero (四舍五入) on its shortest round-trip decimal form, to exactly
    /// <paramref name="decimals"/> places, invariant culture: <c>Format(12.345, 2)</c> is <c>12.35</c>,
    /// <c>Format(-0.04, 1)</c> is <c>0.0</c>.
    /// </summary>
    /// <param name="value">The value. NaN and infinities print as <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c>; the library's own results never hold them.</param>
    /// <param name="decimals">The number of decimals printed, 0 to 28.</param>
    /// <returns>The text: an optional '-', digits, and a '.' with <paramref name="decimals"/> digits when decimals &gt; 0; never a negative zero.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is outside 0 to 28.</exception>
    public static string Format(double value, int decimals)
    {
        CheckDecimals(decimals);
        if (!double.IsFinite(value))
        {
            return value.ToString(CultureInfo.InvariantCulture);
        }

        return FormatScaled(value, 0, decimals, signed: false);
    }

    /// <summary>
    /// Scales a double by 10^<paramref name="powerOfTen"/> on its shortest round-trip decimal form: the double nearest
    /// the figure × 10^k, so 26.65 percent becomes the fraction 0.2665 (where 26.65 / 100 is 0.26649999999999996).
    /// </summary>
    /// <param name="value">A finite value.</param>
    /// <param name="powerOfTen">The power of ten (−2 turns percent into a fraction).</param>
    /// <returns>The scaled value.</returns>
    internal static double ScaleFigure(double value, int powerOfTen)
    {
        (bool negative, string digits, int exponent) = Figure(value);
        double magnitude = double.Parse(
            digits + "E" + (exponent + powerOfTen).ToString(CultureInfo.InvariantCulture),
            NumberStyles.Float,
            CultureInfo.InvariantCulture);
        return negative ? -magnitude : magnitude;
    }

    private static string Digits(BigInteger units, int decimals)
    {
        string digits = units.ToString(CultureInfo.InvariantCulture);
        if (decimals > 0)
        {
            digits = digits.PadLeft(decimals + 1, '0');
            digits = digits[..^decimals] + "." + digits[^decimals..];
        }

        return digits;
    }

    /// <summary>
    /// The invariant culture with 四舍五入 for every number: what the library's own ToString overrides format through
    /// (<c>string.Create(Rounding.InvariantText, $"…{x:G6}…")</c>). Doubles, floats and decimals go through
    /// <see cref="FormatFigure(double, string?)"/>; anything else formattable formats with the invariant culture (the
    /// library's own formattable types ignore the provider and print invariant text anyway).
    /// </summary>
    internal static IFormatProvider InvariantText { get; } = new InvariantFigures();

    /// <summary>
    /// Formats a double with a .NET numeric format, rounding 四舍五入 on its shortest round-trip decimal form: the
    /// figure is formatted as the <see cref="decimal"/> it reads as, whose formatting rounds half away from zero for
    /// every standard and custom format (F, N, G, E, P, "0.00"). "R" and a null format give the shortest round-trip text.
    /// Figures a decimal cannot hold (beyond ±7.9e28, or so small that a decimal would lose their digits) format as
    /// doubles; no rounding that a printed figure shows is affected there.
    /// </summary>
    /// <param name="value">The value.</param>
    /// <param name="format">A numeric format, or null.</param>
    /// <returns>The text, with the invariant culture's signs and decimal point whatever the culture (README, "Conventions"); never a negative zero.</returns>
    internal static string FormatFigure(double value, string? format)
    {
        IFormatProvider invariant = CultureInfo.InvariantCulture;
        if (string.IsNullOrEmpty(format) || format is "R" or "r" || !double.IsFinite(value))
        {
            return (value == 0.0 ? 0.0 : value).ToString("R", invariant);
        }

        double magnitude = Math.Abs(value);
        if (magnitude < 1e28 && (magnitude >= 1e-12 || value == 0.0))
        {
            decimal figure = decimal.Parse(value.ToString("R", invariant), NumberStyles.Float, invariant);
            return FormatFigure(figure, format);
        }

        // Beyond a decimal: a huge double is a whole number; a tiny one prints as zero or in exponent form.
        string text = value.ToString(format, invariant);
        return value < 0.0 && !text.AsSpan().ContainsAnyInRange('1', '9') ? (-value).ToString(format, invariant) : text;
    }

    /// <summary>Formats a decimal with a .NET numeric format (decimal formatting rounds half away from zero), invariant culture; never a negative zero.</summary>
    /// <param name="value">The value.</param>
    /// <param name="format">A numeric format, or null for the value as held.</param>
    /// <returns>The text.</returns>
    internal static string FormatFigure(decimal value, string? format) =>
        (value == 0m ? decimal.Zero : value).ToString(format, CultureInfo.InvariantCulture);

    /// <summary>
    /// Formats a double scaled by 10^<paramref name="powerOfTen"/> (2 turns a fraction into percent) and rounded 四舍五入
    /// to <paramref name="decimals"/> places, exactly: the scaling moves the decimal point of the shortest round-trip
    /// form, so 0.285 prints as 29 with no decimals even though 0.285 × 100 is 28.499999999999996 in a double.
    /// </summary>
    /// <param name="value">A finite value.</param>
    /// <param name="powerOfTen">The power of ten to scale by.</param>
    /// <param name="decimals">The number of decimals printed, 0 to 28.</param>
    /// <param name="signed">Whether a positive figure gets a '+'.</param>
    /// <returns>The invariant text; a figure that rounds to zero has no sign.</returns>
    internal static string FormatScaled(double value, int powerOfTen, int decimals, bool signed)
    {
        CheckDecimals(decimals);
        (bool negative, BigInteger units) = Units(value, decimals, powerOfTen);
        string digits = Digits(units, decimals);
        return units.IsZero ? digits : negative ? "-" + digits : signed ? "+" + digits : digits;
    }

    /// <summary>
    /// Rounds the shortest round-trip decimal form of a finite double, scaled by 10^<paramref name="powerOfTen"/>, to
    /// whole units of 10^−decimals, half away from zero: value × 10^powerOfTen ≈ ±units × 10^−decimals.
    /// </summary>
    private static (bool Negative, BigInteger Units) Units(double value, int decimals, int powerOfTen = 0)
    {
        // value × 10^powerOfTen = ±mantissa × 10^(exponent + powerOfTen); we want units of 10^−decimals.
        (bool negative, string mantissa, int exponent) = Figure(value);
        BigInteger digits = BigInteger.Parse(mantissa, NumberStyles.None, CultureInfo.InvariantCulture);
        int shift = exponent + powerOfTen + decimals;
        if (shift >= 0)
        {
            return (negative, digits * BigInteger.Pow(10, shift));
        }

        int dropped = -shift;
        if (dropped > mantissa.Length)
        {
            // Less than a tenth of a unit: rounds to zero.
            return (negative, BigInteger.Zero);
        }

        BigInteger divisor = BigInteger.Pow(10, dropped);
        BigInteger kept = BigInteger.DivRem(digits, divisor, out BigInteger rest);
        if (rest * 2 >= divisor)
        {
            kept += 1;
        }

        return (negative, kept);
    }

    /// <summary>
    /// Splits the shortest round-trip decimal form of a finite double into its sign, its digits and a power of ten:
    /// value = ±digits × 10^exponent (12.345: "12345" and −3).
    /// </summary>
    private static (bool Negative, string Digits, int Exponent) Figure(double value)
    {
        // "E16" would show the binary value's digits; "R" gives the shortest text that reads back as the same double,
        // which is the figure the value stands for.
        string text = value.ToString("R", CultureInfo.InvariantCulture);
        bool negative = text[0] == '-';
        int start = negative ? 1 : 0;
        int e = text.IndexOfAny(['E', 'e']);
        int exponent = e < 0 ? 0 : int.Parse(text.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        string digits = e < 0 ? text[start..] : text[start..e];
        int dot = digits.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? (negative, digits, exponent) : (negative, digits.Remove(dot, 1), exponent - (digits.Length - dot - 1));
    }

    private static void CheckDecimals(int decimals)
    {
        if (decimals is < 0 or > MaxDecimals)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "A number of decimals from 0 to 28.");
        }
    }

    private sealed class InvariantFigures : IFormatProvider, ICustomFormatter
    {
        public object? GetFormat(Type? formatType) => formatType == typeof(ICustomFormatter) ? this : CultureInfo.InvariantCulture.GetFormat(formatType);

        public string Format(string? format, object? arg, IFormatProvider? formatProvider) => arg switch
        {
            null => string.Empty,
            double d => FormatFigure(d, format),
            float f => FormatFigure((double)f, format),
            decimal m => FormatFigure(m, format),
            IFormattable x => x.ToString(format, CultureInfo.InvariantCulture),
            _ => arg.ToString() ?? string.Empty,
        };
    }
}
