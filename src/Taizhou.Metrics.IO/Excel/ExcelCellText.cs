using System;
using System.Globalization;

namespace Taizhou.Metrics.IO.Excel;

/// <summary>
/// The one place that turns a cell's value, as ExcelDataReader gives it, into the text the table readers parse.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Text: as stored, not trimmed (the table readers trim, as they do for CSV).</item>
/// <item>
/// A number: rounded to 15 significant digits, the precision Excel itself keeps and shows, then written in the
/// shortest form with an invariant <c>.</c>, no thousands separator, no exponent and no trailing zeros: 1234.5 is
/// <c>1234.5</c>, 2469 is <c>2469</c>, and a formula's <c>0.30000000000000004</c> (from <c>=0.1+0.2</c>) is
/// <c>0.3</c>, as Excel shows it. The cell's number format is not applied, except for two kinds below.
/// </item>
/// <item>
/// A number whose format is a percentage (such as <c>0.0%</c>): the number times 100 followed by <c>%</c>, so a cell
/// that shows 26.7% (which holds 0.267) is <c>26.7%</c>, never a bare 0.267 that a 增长% column would read as 0.267 %.
/// </item>
/// <item>
/// A date (a number with a date format): the ISO date <c>2018-06-30</c>; with a time of day other than midnight
/// <c>2018-06-30T14:05:00</c> (to the second). A time-only format gives the duration as <c>hh:mm:ss</c>
/// (<c>d.hh:mm:ss</c> past a day).
/// </item>
/// <item>A logical value: <c>TRUE</c> or <c>FALSE</c>, as Excel shows it.</item>
/// <item>A formula: its cached result, by the same rules (the workbook is not recalculated).</item>
/// <item>An empty cell: the empty string.</item>
/// </list>
/// </remarks>
internal static class ExcelCellText
{
    /// <summary>Excel keeps and shows 15 significant decimal digits.</summary>
    private const string ExcelPrecision = "G15";

    /// <summary>Writes a cell's value as text.</summary>
    /// <param name="value">The value from ExcelDataReader (null, string, double, int, bool, DateTime, TimeSpan).</param>
    /// <param name="numberFormat">The cell's number format string, or null.</param>
    /// <returns>The text.</returns>
    public static string Format(object? value, string? numberFormat) => value switch
    {
        null => string.Empty,
        string text => text,
        double number when IsPercentFormat(numberFormat) => Number(number * 100) + "%",
        double number => Number(number),
        int number when IsPercentFormat(numberFormat) => Number(number * 100.0) + "%",
        int number => number.ToString(CultureInfo.InvariantCulture),
        bool logical => logical ? "TRUE" : "FALSE",
        DateTime date => Date(date),
        TimeSpan duration => Duration(duration),
        IFormattable other => other.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>Writes a number at Excel's precision, plainly (see the remarks of <see cref="ExcelCellText"/>).</summary>
    /// <param name="number">A finite number.</param>
    /// <returns>The text, such as <c>1234.5</c>, <c>-0.001</c> or <c>120000000000</c>.</returns>
    public static string Number(double number)
    {
        string general = number.ToString(ExcelPrecision, CultureInfo.InvariantCulture);
        int e = general.IndexOf('E', StringComparison.Ordinal);
        string plain = e < 0 ? general : ExpandExponent(general, e);
        return plain == "-0" ? "0" : plain;
    }

    /// <summary>Whether a number format shows its number as a percentage: a <c>%</c> outside quotes and escapes.</summary>
    /// <param name="format">The format string, or null.</param>
    /// <returns>Whether the format multiplies by 100.</returns>
    internal static bool IsPercentFormat(string? format)
    {
        if (string.IsNullOrEmpty(format))
        {
            return false;
        }

        bool quoted = false;
        for (int i = 0; i < format.Length; i++)
        {
            char c = format[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && (c == '\\' || c == '_' || c == '*'))
            {
                i++; // the next character is shown (or padded) literally
            }
            else if (!quoted && c == '[')
            {
                int close = format.IndexOf(']', i);
                i = close < 0 ? format.Length : close; // a colour or a condition
            }
            else if (!quoted && c == '%')
            {
                return true;
            }
        }

        return false;
    }

    private static string Date(DateTime date)
    {
        long ticks = (date.Ticks + (TimeSpan.TicksPerSecond / 2)) / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond;
        var rounded = new DateTime(ticks, DateTimeKind.Unspecified);
        return rounded.TimeOfDay == TimeSpan.Zero
            ? rounded.ToString("yyyy'-'MM'-'dd", CultureInfo.InvariantCulture)
            : rounded.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss", CultureInfo.InvariantCulture);
    }

    private static string Duration(TimeSpan duration)
    {
        var rounded = TimeSpan.FromSeconds(Math.Round(duration.TotalSeconds, MidpointRounding.AwayFromZero));
        return rounded.ToString(rounded.Days == 0 ? @"hh\:mm\:ss" : @"d\.hh\:mm\:ss", CultureInfo.InvariantCulture);
    }

    /// <summary>Turns <c>1.5E+16</c> or <c>-2.5E-07</c> into plain decimal digits.</summary>
    private static string ExpandExponent(string general, int e)
    {
        int exponent = int.Parse(general.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        ReadOnlySpan<char> mantissa = general.AsSpan(0, e);
        bool negative = mantissa[0] == '-';
        if (negative)
        {
            mantissa = mantissa[1..];
        }

        // The mantissa is d or d.ddd: its digits, with the point after the first.
        string digits = string.Concat(mantissa[..1], mantissa.Length > 2 ? mantissa[2..] : ReadOnlySpan<char>.Empty);
        int point = 1 + exponent; // digits before the point
        string body = point <= 0
            ? "0." + new string('0', -point) + digits
            : point >= digits.Length
                ? digits + new string('0', point - digits.Length)
                : digits[..point] + "." + digits[point..];
        return negative ? "-" + body : body;
    }
}
