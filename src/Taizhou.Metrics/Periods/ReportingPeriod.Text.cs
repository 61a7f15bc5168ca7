using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.RegularExpressions;
using System.Text;
using System;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Periods;

public readonly partial struct ReportingPeriod : IFormattable
{
    private const string ExpectedForms =
        "2018-06, 2018Q2, 2018H1, 2018, 2018-01..06, 2018-03/04, 2018年6月, 2018年1-6月, 2018年1-2月, 2018年二季度, 2018年第二季度, 2018年上半年 or 2018年";

    private static readonly string[] QuarterNumerals = ["一", "二", "三", "四"];

    /// <summary>Returns the period in ISO-style notation (<c>2018-06</c>, <c>2018Q2</c>, <c>2018-01..06</c>, ...).</summary>
    /// <returns>The text; <see cref="Parse"/> reads it back to an equal period.</returns>
    public override string ToString() => ToString(PeriodNotation.Iso);

    /// <summary>Returns the period in the given notation; see <see cref="PeriodNotation"/> for the forms.</summary>
    /// <param name="notation">The notation.</param>
    /// <returns>The text; <see cref="Parse"/> reads it back to an equal period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The notation is not defined.</exception>
    public string ToString(PeriodNotation notation) => notation switch
    {
        PeriodNotation.Iso => FormatIso(),
        PeriodNotation.Chinese => FormatChinese(ChineseScript.Simplified),
        PeriodNotation.ChineseTraditional => FormatChinese(ChineseScript.Traditional),
        _ => throw new ArgumentOutOfRangeException(nameof(notation), notation, "Unknown notation."),
    };

    /// <summary>
    /// Formats the period: <c>"I"</c>, <c>"G"</c>, null or empty for ISO-style, <c>"C"</c> for Chinese in Simplified
    /// characters (<c>2018年1月累计</c>), <c>"CT"</c> for Chinese in Traditional characters (<c>2018年1月累計</c>).
    /// </summary>
    /// <param name="format">The format: null, "G", "I", "C" or "CT".</param>
    /// <param name="formatProvider">Ignored: period notation does not depend on culture.</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException">The format is not one of those above.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => format switch
    {
        null or "" or "G" or "I" => ToString(PeriodNotation.Iso),
        "C" => ToString(PeriodNotation.Chinese),
        "CT" => ToString(PeriodNotation.ChineseTraditional),
        _ => throw new FormatException($"Unknown period format {CellText.Quote(format)}; expected \"I\" (ISO-style), \"C\" (Chinese, Simplified) or \"CT\" (Chinese, Traditional)."),
    };

    /// <summary>
    /// Parses a period in either notation (see <see cref="PeriodNotation"/>): <c>2018-06</c>, <c>2018Q2</c>,
    /// <c>2018H1</c>, <c>2018</c>, <c>2018-01..06</c>, <c>2018-03/04</c>, <c>2018年6月</c>, <c>2018年1-6月</c>,
    /// <c>2018年1-2月</c>, <c>2018年二季度</c>, <c>2018年第二季度</c>, <c>2018年上半年</c>, <c>2018年</c>.
    /// Surrounding white space and spaces around 年 and 月 (ASCII or ideographic) are ignored; full-width digits and
    /// dashes are read as their ASCII forms.
    /// </summary>
    /// <remarks>
    /// The forms statistical bureaus print are read too: 月份 for 月 (<c>2018年6月份</c>, <c>2018年1-6月份</c>), 累计 and 合计
    /// in Simplified or Traditional (累計, 合計) after a month or a range (<c>2018年1-6月累计</c> is 1-6月; 累计 after a range
    /// that does not start in January is an error), and <c>2018.06</c> for a month (two digits: a spreadsheet turns
    /// 2018.10 into 2018.1, so <c>2018.1</c> is refused rather than read as January).
    /// </remarks>
    /// <param name="text">The text.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a period; the message quotes it and lists the forms.</exception>
    public static ReportingPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var period, out string? error)
            ? period
            : throw new FormatException(error);
    }

    /// <summary>Tries to parse a period in either notation; see <see cref="Parse"/>.</summary>
    /// <param name="text">The text, may be null.</param>
    /// <param name="period">The period, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a period.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out ReportingPeriod period) =>
        TryParse(text, out period, out _);

    private static bool TryParse(string? text, out ReportingPeriod period, out string error)
    {
        period = default;
        if (text is null)
        {
            error = "A null text is not a reporting period.";
            return false;
        }

        string t = Normalize(text);
        Match m;
        int year;
        try
        {
            if ((m = IsoYear().Match(t)).Success)
            {
                period = CalendarYear(Int(m, 1));
            }
            else if ((m = IsoMonth().Match(t)).Success)
            {
                period = Month(Int(m, 1), Int(m, 2));
            }
            else if ((m = IsoQuarter().Match(t)).Success)
            {
                period = Quarter(Int(m, 1), Int(m, 2));
            }
            else if ((m = IsoHalf().Match(t)).Success)
            {
                period = Half(Int(m, 1), Int(m, 2));
            }
            else if ((m = IsoYearToDate().Match(t)).Success)
            {
                period = YearToDate(Int(m, 1), Int(m, 2));
            }
            else if ((m = DottedMonth().Match(t)).Success)
            {
                period = Month(Int(m, 1), Int(m, 2));
            }
            else if ((m = IsoSpan().Match(t)).Success)
            {
                year = Int(m, 1);
                int start = Int(m, 2), end = Int(m, 3);
                if (end <= start)
                {
                    error = $"{CellText.Quote(text)} is not a reporting period: a span of months needs its last month after its first.";
                    return false;
                }

                period = MonthSpan(year, start, end);
            }
            else if ((m = ChineseYear().Match(t)).Success)
            {
                period = CalendarYear(Int(m, 1));
            }
            else if ((m = ChineseMonth().Match(t)).Success)
            {
                period = m.Groups[3].Success ? YearToDate(Int(m, 1), Int(m, 2)) : Month(Int(m, 1), Int(m, 2));
                if (m.Groups[3].Success && Int(m, 2) != 1)
                {
                    error = $"{CellText.Quote(text)} is not a reporting period: write a cumulative period as 1-N月 (累計 alone is used only for 1月).";
                    return false;
                }
            }
            else if ((m = ChineseRange().Match(t)).Success)
            {
                year = Int(m, 1);
                int start = Int(m, 2), end = Int(m, 3);
                if (end <= start)
                {
                    error = $"{CellText.Quote(text)} is not a reporting period: a range of months needs its last month after its first.";
                    return false;
                }

                if (m.Groups[5].Success && start != 1)
                {
                    error = $"{CellText.Quote(text)} is not a reporting period: 累计 (cumulative) runs from January; write a range of other months as {start}-{end}月 or {start}-{end}月合计.";
                    return false;
                }

                period = start == 1 && !m.Groups[4].Success ? YearToDate(year, end) : MonthSpan(year, start, end);
            }
            else if ((m = ChineseQuarter().Match(t)).Success)
            {
                string q = m.Groups[2].Value;
                int quarter = Array.IndexOf(QuarterNumerals, q) + 1;
                period = Quarter(Int(m, 1), quarter > 0 ? quarter : int.Parse(q, CultureInfo.InvariantCulture));
            }
            else if ((m = ChineseHalf().Match(t)).Success)
            {
                period = Half(Int(m, 1), m.Groups[2].Value == "上" ? 1 : 2);
            }
            else
            {
                error = $"{CellText.Quote(text)} is not a reporting period. Expected one of the forms {ExpectedForms}.";
                return false;
            }
        }
        catch (ArgumentOutOfRangeException ex)
        {
            error = $"{CellText.Quote(text)} is not a reporting period: {ex.ParamName} {ex.ActualValue} is out of range ({FirstLine(ex.Message)}).";
            return false;
        }

        error = string.Empty;
        return true;
    }

    private static string FirstLine(string message)
    {
        int i = message.IndexOf(" (Parameter", StringComparison.Ordinal);
        return (i >= 0 ? message[..i] : message).Split('\n')[0].Trim();
    }

    private static int Int(Match m, int group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);

    private static string Normalize(string text)
    {
        // Full-width digits, letters and dashes become ASCII; a space (ASCII or ideographic U+3000) is dropped unless
        // it stands between two digits, so "2018年 1-6月" reads but "20 18" does not.
        string t = text.Trim().Trim('\u3000');
        var sb = new StringBuilder(t.Length);
        for (int i = 0; i < t.Length; i++)
        {
            char c = t[i];
            if (c is ' ' or '\u3000')
            {
                bool betweenDigits = i > 0 && i < t.Length - 1 && char.IsAsciiDigit(t[i - 1]) && char.IsAsciiDigit(t[i + 1]);
                if (!betweenDigits)
                {
                    continue;
                }
            }

            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                '－' or '—' or '–' or '~' or '～' or '至' => '-',
                'ｑ' or 'Ｑ' => 'Q',
                'ｈ' or 'Ｈ' => 'H',
                _ => c,
            });
        }

        return sb.ToString();
    }

    private string FormatIso()
    {
        var inv = CultureInfo.InvariantCulture;
        return Kind switch
        {
            PeriodKind.Month => string.Create(inv, $"{Year:D4}-{EndMonth:D2}"),
            PeriodKind.Quarter => string.Create(inv, $"{Year:D4}Q{EndMonth / 3}"),
            PeriodKind.HalfYear => string.Create(inv, $"{Year:D4}H{EndMonth / 6}"),
            PeriodKind.Year => string.Create(inv, $"{Year:D4}"),
            PeriodKind.YearToDate => string.Create(inv, $"{Year:D4}-01..{EndMonth:D2}"),
            _ => string.Create(inv, $"{Year:D4}-{StartMonth:D2}/{EndMonth:D2}"),
        };
    }

    private string FormatChinese(ChineseScript script)
    {
        bool simplified = script == ChineseScript.Simplified;
        var inv = CultureInfo.InvariantCulture;
        return Kind switch
        {
            PeriodKind.Month => string.Create(inv, $"{Year:D4}年{EndMonth}月"),
            PeriodKind.Quarter => string.Create(inv, $"{Year:D4}年{QuarterNumerals[(EndMonth / 3) - 1]}季度"),
            PeriodKind.HalfYear => string.Create(inv, $"{Year:D4}年{(EndMonth == 6 ? "上" : "下")}半年"),
            PeriodKind.Year => string.Create(inv, $"{Year:D4}年"),
            PeriodKind.YearToDate when EndMonth == 1 => string.Create(inv, $"{Year:D4}年1月{(simplified ? "累计" : "累計")}"),
            PeriodKind.YearToDate => string.Create(inv, $"{Year:D4}年1-{EndMonth}月"),
            _ => string.Create(inv, $"{Year:D4}年{StartMonth}-{EndMonth}月{(simplified ? "合计" : "合計")}"),
        };
    }

    [GeneratedRegex(@"^([0-9]{4})$")]
    private static partial Regex IsoYear();

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})$")]
    private static partial Regex IsoMonth();

    [GeneratedRegex(@"^([0-9]{4})-?[Qq]([0-9])$")]
    private static partial Regex IsoQuarter();

    [GeneratedRegex(@"^([0-9]{4})-?[Hh]([0-9])$")]
    private static partial Regex IsoHalf();

    [GeneratedRegex(@"^([0-9]{4})-01\.\.([0-9]{2})$")]
    private static partial Regex IsoYearToDate();

    [GeneratedRegex(@"^([0-9]{4})\.([0-9]{2})$")]
    private static partial Regex DottedMonth();

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})/([0-9]{2})$")]
    private static partial Regex IsoSpan();

    [GeneratedRegex(@"^([0-9]{4})年(全年)?$")]
    private static partial Regex ChineseYear();

    [GeneratedRegex(@"^([0-9]{4})年([0-9]{1,2})月份?(累[計计])?$")]
    private static partial Regex ChineseMonth();

    [GeneratedRegex(@"^([0-9]{4})年([0-9]{1,2})-([0-9]{1,2})月份?(?:(合[計计])|(累[計计]))?$")]
    private static partial Regex ChineseRange();

    [GeneratedRegex(@"^([0-9]{4})年第?([一二三四1-4])季度$")]
    private static partial Regex ChineseQuarter();

    [GeneratedRegex(@"^([0-9]{4})年([上下])半年$")]
    private static partial Regex ChineseHalf();
}
