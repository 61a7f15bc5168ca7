using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>The language of the words a command prints (<c>--lang</c>): English, Simplified or Traditional Chinese.</summary>
/// <remarks>
/// English output still carries Chinese names and units (such as 亿元); they are Simplified, the library's default
/// (<see cref="ChineseScript"/>). JSON keys never change.
/// </remarks>
internal enum TextLanguage
{
    /// <summary>English labels (<c>--lang en</c>, the default).</summary>
    English = 0,

    /// <summary>Chinese labels in Simplified characters (<c>--lang zh</c> or <c>zh-Hans</c>).</summary>
    Simplified = 1,

    /// <summary>Chinese labels in Traditional characters (<c>--lang zh-Hant</c>).</summary>
    Traditional = 2,
}

/// <summary>What a <see cref="TextLanguage"/> means for the text.</summary>
internal static class TextLanguageExtensions
{
    /// <summary>Whether the labels are Chinese.</summary>
    /// <param name="language">The language.</param>
    /// <returns><see langword="true"/> for both Chinese scripts.</returns>
    public static bool IsChinese(this TextLanguage language) => language != TextLanguage.English;

    /// <summary>The script of every Chinese word printed: Traditional for <c>zh-Hant</c>, Simplified otherwise (English included).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The script.</returns>
    public static ChineseScript Script(this TextLanguage language) =>
        language == TextLanguage.Traditional ? ChineseScript.Traditional : ChineseScript.Simplified;

    /// <summary>The Chinese period notation in the language's script (<c>2018年1-6月</c>; <c>2018年1月累计</c> or <c>2018年1月累計</c>).</summary>
    /// <param name="language">The language.</param>
    /// <returns>The notation.</returns>
    public static PeriodNotation ChineseNotation(this TextLanguage language) =>
        language == TextLanguage.Traditional ? PeriodNotation.ChineseTraditional : PeriodNotation.Chinese;

    /// <summary>Picks the Chinese text in the language's script.</summary>
    /// <param name="language">The language.</param>
    /// <param name="simplified">The text in Simplified characters.</param>
    /// <param name="traditional">The text in Traditional characters.</param>
    /// <returns><paramref name="traditional"/> for <c>zh-Hant</c>, <paramref name="simplified"/> otherwise.</returns>
    public static string Zh(this TextLanguage language, string simplified, string traditional) =>
        language == TextLanguage.Traditional ? traditional : simplified;

    /// <summary>Picks the text in the language.</summary>
    /// <param name="language">The language.</param>
    /// <param name="english">The English text.</param>
    /// <param name="simplified">The Chinese text in Simplified characters.</param>
    /// <param name="traditional">The Chinese text in Traditional characters.</param>
    /// <returns>The text.</returns>
    public static string Pick(this TextLanguage language, string english, string simplified, string traditional) => language switch
    {
        TextLanguage.English => english,
        TextLanguage.Simplified => simplified,
        TextLanguage.Traditional => traditional,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };

    /// <summary>The BCP 47 tag of the language, for an HTML page's <c>lang</c>.</summary>
    /// <param name="language">The language.</param>
    /// <returns><c>en</c>, <c>zh-Hans</c> or <c>zh-Hant</c>.</returns>
    public static string Tag(this TextLanguage language) => language.Pick("en", "zh-Hans", "zh-Hant");
}
