using System;
using System.Globalization;
using System.Numerics;

namespace Taizhou.Metrics.IO.Text;

/// <summary>
/// Parses the numbers of a panel CSV: the plain forms nearly every cell has (digits; a minus sign, digits, a point and
/// digits) directly, everything else with .NET's parser, so that every cell gets exactly the value
/// <see cref="int.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out int)"/> and
/// <see cref="double.TryParse(ReadOnlySpan{char}, NumberStyles, IFormatProvider, out double)"/> give it.
/// </summary>
/// <remarks>
/// A decimal of at most 15 significant digits (its digits as an integer below 2^53) with at most 22 digits after the
/// point is that integer divided by a power of ten, both exact doubles, and one IEEE division of exact operands is
/// correctly rounded: the nearest double to the decimal, which is what .NET's parser returns (Clinger's fast path,
/// "How to Read Floating Point Numbers Accurately", 1990). Any other form, and any longer number, goes to .NET.
/// </remarks>
internal static class PanelNumber
{
    private const long ExactMantissa = 1L << 53;

    private static ReadOnlySpan<double> PowersOfTen =>
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>Parses a 32-bit integer as <c>int.TryParse</c> with <paramref name="style"/> and the invariant culture does.</summary>
    public static bool TryParseInt32(ReadOnlySpan<char> text, NumberStyles style, out int value) =>
        TryParsePlainInt32(text, out value) || int.TryParse(text, style, CultureInfo.InvariantCulture, out value);

    /// <summary>Parses a number as <c>double.TryParse</c> with <see cref="NumberStyles.Float"/> and the invariant culture does.</summary>
    public static bool TryParseDouble(ReadOnlySpan<char> text, out double value) =>
        TryParsePlainDouble(text, out value) || Fallback(text, out value);

    /// <summary>
    /// Parses one to nine ASCII digits, the integer every integer parser gives them; false for any other text (which
    /// may still be an integer to .NET's parser, such as <c>+5</c> or <c> 5</c>).
    /// </summary>
    /// <typeparam name="TChar">A UTF-16 code unit (<see cref="char"/>) or an ASCII byte.</typeparam>
    public static bool TryParsePlainInt32<TChar>(ReadOnlySpan<TChar> text, out int value)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;

        // One to nine digits cannot overflow.
        if (text.Length is 0 or > 9)
        {
            return false;
        }

        int v = 0;
        foreach (var c in text)
        {
            uint d = uint.CreateTruncating(c) - '0';
            if (d > 9)
            {
                return false;
            }

            v = (v * 10) + (int)d;
        }

        value = v;
        return true;
    }

    /// <summary>
    /// Parses a plain decimal (an optional minus sign, digits, an optional point and digits; at most 15 significant
    /// digits and 22 after the point) to the nearest double, which is what .NET's parser gives it; false for any other
    /// text (which may still be a number to .NET's parser, such as <c>1e5</c> or a longer decimal).
    /// </summary>
    /// <typeparam name="TChar">A UTF-16 code unit (<see cref="char"/>) or an ASCII byte.</typeparam>
    public static bool TryParsePlainDouble<TChar>(ReadOnlySpan<TChar> text, out double value)
        where TChar : unmanaged, IBinaryInteger<TChar>
    {
        value = 0;
        int i = 0;
        bool negative = false;
        if (text.Length > 0 && uint.CreateTruncating(text[0]) == '-')
        {
            negative = true;
            i = 1;
        }

        long mantissa = 0;
        int digits = 0;
        int fraction = 0;
        bool point = false;
        for (; i < text.Length; i++)
        {
            uint c = uint.CreateTruncating(text[i]);
            uint d = c - '0';
            if (d <= 9)
            {
                // Leading zeros add no significant digit.
                if (mantissa != 0 || d != 0)
                {
                    digits++;
                }

                if (digits > 15)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + d;
                if (point)
                {
                    fraction++;
                }
            }
            else if (c == '.' && !point)
            {
                point = true;
            }
            else
            {
                return false;
            }
        }

        // At least one digit (not "", "-", "." or "-."), a mantissa that is an exact double and an exact power of ten.
        int length = text.Length - (negative ? 1 : 0) - (point ? 1 : 0);
        if (length == 0 || mantissa >= ExactMantissa || fraction >= PowersOfTen.Length)
        {
            return false;
        }

        double magnitude = fraction == 0 ? mantissa : mantissa / PowersOfTen[fraction];
        value = negative ? -magnitude : magnitude;
        return true;
    }

    private static bool Fallback(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
