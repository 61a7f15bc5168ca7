using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Charts;

/// <summary>The words of the charts in each <see cref="ChartLanguage"/>.</summary>
internal static class ChartText
{
    /// <summary>A period's name: ISO-style in English, the Chinese notation otherwise (in the language's script).</summary>
    public static string Period(ReportingPeriod period, ChartLanguage language) => period.ToString(language switch
    {
        ChartLanguage.Chinese => PeriodNotation.Chinese,
        ChartLanguage.ChineseTraditional => PeriodNotation.ChineseTraditional,
        _ => PeriodNotation.Iso,
    });

    /// <summary>A unit's name: English, or its Chinese symbol in the language's script (亿元 / 億元).</summary>
    public static string Unit(MetricUnit unit, ChartLanguage language) => language == ChartLanguage.English
        ? unit.EnglishName
        : unit.GetChineseSymbol(language == ChartLanguage.ChineseTraditional ? ChineseScript.Traditional : ChineseScript.Simplified);

    /// <summary>Picks the words for the language.</summary>
    public static string Pick(ChartLanguage language, string english, string simplified, string traditional) => language switch
    {
        ChartLanguage.Chinese => simplified,
        ChartLanguage.ChineseTraditional => traditional,
        _ => english,
    };

    /// <summary>The name of a breakdown row: "other" and "total", the names the library gives, are translated.</summary>
    public static string PartName(BreakdownPart part, ChartLanguage language) => part.Kind switch
    {
        BreakdownPartKind.Remainder when part.Name == Breakdown.RemainderName => Pick(language, "other", "其他", "其他"),
        BreakdownPartKind.Total when part.Name == "total" => Pick(language, "total", "合计", "合計"),
        _ => part.Name,
    };

    /// <summary>The name of a projection method.</summary>
    public static string Method(ProjectionMethod method, ChartLanguage language) => method switch
    {
        ProjectionMethod.ConstantGrowth => Pick(language, "constant growth", "不变增速", "不變增速"),
        ProjectionMethod.LogLinear => Pick(language, "log-linear trend", "对数线性趋势", "對數線性趨勢"),
        ProjectionMethod.Holt => Pick(language, "Holt", "Holt 指数平滑", "Holt 指數平滑"),
        ProjectionMethod.DampedHolt => Pick(language, "damped Holt", "阻尼 Holt 指数平滑", "阻尼 Holt 指數平滑"),
        _ => method.ToString(),
    };
}
