using System;
using System.Globalization;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// How the tool prints a number for people: every shape (fixed decimals, a sign, percent, significant digits) goes
/// through the library's one formatter, <see cref="Rounding"/>, so every printed figure is rounded half away from zero
/// (四舍五入) on the figure it reads as: 822.625 prints as 822.63, 12.345 as 12.35, and no figure prints as a negative
/// zero. (.NET's own <c>ToString("F2")</c> rounds an exact double tie to even: 822.62.)
/// </summary>
internal static class NumberText
{
    /// <summary>A number with exactly <paramref name="decimals"/> decimals: <c>Fixed(822.625, 2)</c> is <c>822.63</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">The decimals, 0 to 28.</param>
    /// <returns>The text.</returns>
    public static string Fixed(double value, int decimals) => Rounding.Format(value, decimals);

    /// <summary>A decimal with exactly <paramref name="decimals"/> decimals: <c>Fixed(12.345m, 2)</c> is <c>12.35</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">The decimals, 0 to 28.</param>
    /// <returns>The text.</returns>
    public static string Fixed(decimal value, int decimals) => Rounding.Format(value, decimals);

    /// <summary>A number with its sign always shown, <c>+</c> for a positive figure or zero: <c>Signed(-2.56, 1)</c> is <c>-2.6</c>, <c>Signed(-0.04, 1)</c> is <c>+0.0</c>.</summary>
    /// <param name="value">The value.</param>
    /// <param name="decimals">The decimals, 0 to 28.</param>
    /// <returns>The text.</returns>
    public static string Signed(double value, int decimals)
    {
        string text = Rounding.Format(value, decimals);
        return text.StartsWith('-') ? text : "+" + text;
    }

    /// <summary>A fraction as percent with a space before the sign, as the invariant culture writes it: <c>Percent(0.1235, 1)</c> is <c>12.4 %</c>.</summary>
    /// <param name="fraction">The fraction (0.267 = 26.7 %).</param>
    /// <param name="decimals">The decimals of the percent, 0 to 28.</param>
    /// <returns>The text.</returns>
    public static string Percent(double fraction, int decimals) => Rounding.Format(fraction * 100.0, decimals) + " %";

    /// <summary>
    /// A number to <paramref name="digits"/> significant digits, trailing zeros dropped, in the shape of .NET's
    /// <c>G</c> format: plain for exponents from −4 to <paramref name="digits"/> − 1, otherwise scientific
    /// (<c>9.70949E-16</c>, <c>1E+20</c>). <c>Significant(0.09531018, 6)</c> is <c>0.0953102</c>.
    /// </summary>
    /// <param name="value">The value; NaN and infinities print as .NET prints them.</param>
    /// <param name="digits">The significant digits, 1 to 15.</param>
    /// <returns>The text.</returns>
    public static string Significant(double value, int digits)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(digits, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(digits, 15);
        if (!double.IsFinite(value) || value == 0.0)
        {
            return value == 0.0 ? "0" : value.ToString(CultureInfo.InvariantCulture);
        }

        int exponent = (int)Math.Floor(Math.Log10(Math.Abs(value)));
        string mantissa = Mantissa(value, exponent, digits);
        if (mantissa.TrimStart('-').StartsWith("10", StringComparison.Ordinal))
        {
            // 9.999995 to six digits is 10.0000: one more power of ten.
            exponent++;
            mantissa = Mantissa(value, exponent, digits);
        }

        if (exponent > -5 && exponent < digits)
        {
            int decimals = Math.Max(0, digits - 1 - exponent);
            return Trim(Rounding.Format(value, decimals));
        }

        string sign = exponent < 0 ? "-" : "+";
        return Trim(mantissa) + "E" + sign + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }

    private static string Mantissa(double value, int exponent, int digits)
    {
        // value / 10^exponent is in [1, 10); the division's error is far below the digits kept.
        double scaled = exponent >= 0 ? value / Math.Pow(10.0, exponent) : value * Math.Pow(10.0, -exponent);
        return Rounding.Format(scaled, digits - 1);
    }

    private static string Trim(string text) => text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;
}
