using System;
using System.Globalization;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Samples;

/// <summary>A headline indicator of a release: its level (if published), its year-on-year growth and its rank in the province.</summary>
public sealed class HeadlineIndicator
{
    private readonly string traditionalChineseName;

    internal HeadlineIndicator(string code, string englishName, string chineseName, string traditionalChineseName, ReportingPeriod period, Amount? level, GrowthRate growth, int? provincialRank)
    {
        Code = code;
        EnglishName = englishName;
        ChineseName = chineseName;
        this.traditionalChineseName = traditionalChineseName;
        Period = period;
        Level = level;
        Growth = growth;
        ProvincialRank = provincialRank;
    }

    /// <summary>Gets a machine code, such as <c>above_scale_value_added</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the Chinese term in Simplified characters, such as 规上工业增加值 (the library's default script, <see cref="ChineseScript"/>).</summary>
    public string ChineseName { get; }

    /// <summary>Returns the Chinese term in a script: 规上工业增加值 (Simplified) or 規上工業增加值 (Traditional).</summary>
    /// <param name="script">The script.</param>
    /// <returns>The term.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The script is not defined.</exception>
    public string GetChineseName(ChineseScript script) => script switch
    {
        ChineseScript.Simplified => ChineseName,
        ChineseScript.Traditional => traditionalChineseName,
        _ => throw new ArgumentOutOfRangeException(nameof(script), script, "Unknown script."),
    };

    /// <summary>Gets the period (a cumulative period such as 2018年1-6月).</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the published level, or null when only the growth was published.</summary>
    public Amount? Level { get; }

    /// <summary>Gets the published year-on-year growth (同比), at comparable prices for value added.</summary>
    public GrowthRate Growth { get; }

    /// <summary>Gets the published rank of the growth in the province (1 = 居全省第一), or null.</summary>
    public int? ProvincialRank { get; }

    /// <summary>Returns a one-line summary: <c>above-scale industrial output (规上工业总产值) 2018-H1: 2413.60 亿元, +10.2%, rank 3</c> (level and rank when published).</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        Published.Rounding.InvariantText,
        $"{EnglishName} ({ChineseName}) {Period}: {(Level is { } level ? Published.Rounding.Format(level.Value, 2) + " " + level.Unit.ChineseSymbol + ", " : string.Empty)}{Growth}{(ProvincialRank is int rank ? ", rank " + rank.ToString(CultureInfo.InvariantCulture) : string.Empty)}");
}
