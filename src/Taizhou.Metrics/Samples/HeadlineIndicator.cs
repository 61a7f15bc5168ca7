using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Samples;

/// <summary>A headline indicator of a release: its level (if published), its year-on-year growth and its rank in the province.</summary>
public sealed class HeadlineIndicator
{
    internal HeadlineIndicator(string code, string englishName, string chineseName, ReportingPeriod period, Amount? level, GrowthRate growth, int? provincialRank)
    {
        Code = code;
        EnglishName = englishName;
        ChineseName = chineseName;
        Period = period;
        Level = level;
        Growth = growth;
        ProvincialRank = provincialRank;
    }

    /// <summary>Gets a machine code, such as <c>above_scale_value_added</c>.</summary>
    public string Code { get; }

    /// <summary>Gets the English name.</summary>
    public string EnglishName { get; }

    /// <summary>Gets the Chinese term, such as 規上工業增加值.</summary>
    public string ChineseName { get; }

    /// <summary>Gets the period (a cumulative period such as 2018年1-6月).</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the published level, or null when only the growth was published.</summary>
    public Amount? Level { get; }

    /// <summary>Gets the published year-on-year growth (同比), at comparable prices for value added.</summary>
    public GrowthRate Growth { get; }

    /// <summary>Gets the published rank of the growth in the province (1 = 居全省第一), or null.</summary>
    public int? ProvincialRank { get; }
}
