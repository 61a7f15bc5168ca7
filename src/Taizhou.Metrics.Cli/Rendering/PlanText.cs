using System.Globalization;
using System.IO;
using Taizhou.Metrics.Cli.Commands;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Targets;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Writes the plan evaluation for people: aligned tables or markdown, in English or Chinese; what is undefined prints as a dash, never NaN.</summary>
internal static class PlanText
{
    private const string Dash = "—";

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    /// <param name="lang">The language of the labels.</param>
    /// <param name="markdown">Markdown output.</param>
    public static void Write(PlanReport report, TextWriter output, TextLanguage lang, bool markdown)
    {
        string asOf = report.AsOf is int y
            ? lang.Pick($"as of {y}", $"截至{y}年", $"截至{y}年")
            : lang.Pick("as of each target year", "按各目标年", "按各目標年");
        string actuals = report.ActualsSource is { } a ? lang.Pick($", outcomes from {a}", $", 实际值取自 {a}", $", 實際值取自 {a}") : lang.Pick(", no outcomes given", ", 未提供实际值", ", 未提供實際值");
        string title = lang.Pick($"{report.Source}: plan targets, {asOf}{actuals}", $"{report.Source}: 规划目标完成情况, {asOf}{actuals}", $"{report.Source}: 規劃目標完成情況, {asOf}{actuals}");
        output.WriteLine(markdown ? "# " + title : title);
        output.WriteLine();

        var main = new TextTable(
            lang.Pick("Targets and outcomes", "目标与实际", "目標與實際"),
            lang.IsChinese()
                ? [lang.Zh("指标", "指標"), lang.Zh("基期", "基期"), lang.Zh("目标", "目標"), lang.Zh("最新实际值", "最新實際值"), lang.Zh("完成率", "完成率"), lang.Zh("所需年均增速", "所需年均增速"), lang.Zh("实际年均增速", "實際年均增速"), lang.Zh("结论", "結論")]
                : ["indicator", "base", "target", "latest actual", "attainment", "required growth a year", "achieved growth a year", "verdict"],
            [false, true, true, true, true, true, true, false]);
        foreach (var (row, e) in report.Targets)
        {
            var t = e.Target;
            string baseText = (t.BaseValue is decimal b ? Level(row.Kind, (double)b, row.Unit) : Dash) + $" ({t.BasePeriod.Year.ToString(CultureInfo.InvariantCulture)})";
            string target = Level(row.Kind, t.TargetLevel, row.Unit) + $" ({t.TargetPeriod.Year.ToString(CultureInfo.InvariantCulture)})" + TargetNote(row, lang);
            string latest = e.Latest is { } o ? $"{Printed(o.Value, lang)}{Suffix(row)} ({o.Period.Year.ToString(CultureInfo.InvariantCulture)})" : Dash;
            main.Add(row.Indicator, baseText, target, latest, Fraction(e.Attainment), Rate(e.RequiredGrowth, lang), Rate(e.AchievedGrowth, lang), Verdict(e, row.Unit, lang));
        }

        main.Write(output, markdown);

        var progress = new TextTable(
            lang.Pick("Progress", "进度", "進度"),
            lang.IsChinese()
                ? [lang.Zh("指标", "指標"), lang.Zh("评估年", "評估年"), lang.Zh("时间进度", "時間進度"), lang.Zh("完成进度", "完成進度"), lang.Zh("超时间进度 (百分点)", "超時間進度 (百分點)"), lang.Zh("剩余年份所需增速", "剩餘年份所需增速"), lang.Zh("达到年份", "達到年份"), lang.Zh("按实际增速达到", "按實際增速達到")]
                : ["indicator", "as of", "time progress", "completion", "ahead of time (points)", "pace needed for the rest", "reached in", "reached at the pace achieved"],
            [false, true, true, true, true, true, true, true]);
        foreach (var (row, e) in report.Targets)
        {
            string completion = e.Completion is { } c ? NumberText.Percent(c.Estimate, 1) : Dash;
            string ahead = e.AheadOfTime is { } h ? NumberText.Signed(h.Estimate * 100.0, 1) : Dash;
            string pace = e.RequiredPaceForRest is { } p ? Rate(p, lang) : Dash;
            string reached = e.ReachedIn is { } r ? r.Year.ToString(CultureInfo.InvariantCulture) : Dash;
            string atPace = e.ReachedAtPaceIn is { } q ? q.Year.ToString(CultureInfo.InvariantCulture) : Dash;
            progress.Add(row.Indicator, e.AsOf.Year.ToString(CultureInfo.InvariantCulture), NumberText.Percent(e.TimeProgress, 1), completion, ahead, pace, reached, atPace);
        }

        progress.Write(output, markdown);
        output.WriteLine(lang.Pick(
            "Attainment: actual / target (for a falling target, the share of the required fall achieved; for an average-growth target, achieved / required growth). Qualified outcomes (超, 约, 近) are compared through their range: about ±5 %.",
            "完成率: 实际值 / 目标值 (下降类目标为已实现降幅占目标降幅之比; 年均增速目标为实际增速 / 目标增速)。带限定词的实际值 (超、约、近) 按其区间比较: 约为 ±5%。",
            "完成率: 實際值 / 目標值 (下降類目標為已實現降幅佔目標降幅之比; 年均增速目標為實際增速 / 目標增速)。帶限定詞的實際值 (超、約、近) 按其區間比較: 約為 ±5%。"));
    }

    /// <summary>The verdict in words: met, missed by how much (in the target's unit), undetermined, not evaluable, in progress.</summary>
    /// <param name="e">The evaluation.</param>
    /// <param name="unit">The unit of the target's level, for "missed by".</param>
    /// <param name="lang">The language.</param>
    /// <returns>The text.</returns>
    public static string Verdict(PlanEvaluation e, string unit, TextLanguage lang)
    {
        bool share = e.Target.Kind == PlanTargetKind.Share;
        string by = e.Shortfall is double s
            ? (share ? NumberText.Fixed(s * 100.0, 1) + lang.Pick(" points", " 个百分点", " 個百分點") : Rounding.FormatFigure(s, "0.##") + (unit.Length > 0 ? " " + unit : string.Empty))
            : string.Empty;
        return e.Verdict switch
        {
            PlanVerdict.Met => lang.Pick("met", "完成", "完成"),
            PlanVerdict.Missed => lang.Pick($"missed by {by}", $"未完成, 差 {by}", $"未完成, 差 {by}"),
            PlanVerdict.Undetermined => lang.Pick("undetermined (within the figure's uncertainty)", "无法判定 (在数字的不确定范围内)", "無法判定 (在數字的不確定範圍內)"),
            PlanVerdict.NotEvaluable => lang.Pick($"not evaluable: no outcome for {e.Target.TargetPeriod.Year}", $"无法评估: 无{e.Target.TargetPeriod.Year}年实际值", $"無法評估: 無{e.Target.TargetPeriod.Year}年實際值"),
            _ => lang.Pick("in progress", "规划期内", "規劃期內"),
        };
    }

    /// <summary>A figure as published, with its qualifier in the language's script (超1100, 约200 / 約200, 近100).</summary>
    /// <param name="value">The figure.</param>
    /// <param name="lang">The language.</param>
    /// <returns>The text.</returns>
    public static string Printed(PublishedValue value, TextLanguage lang) => value.Qualifier switch
    {
        FigureQualifier.Over => "超",
        FigureQualifier.About => lang.Zh("约", "約"),
        FigureQualifier.JustUnder => "近",
        _ => string.Empty,
    } + value.ToString(null, CultureInfo.InvariantCulture);

    /// <summary>A rate a year, signed, to 2 decimals of a percent, or a dash with the reason when undefined.</summary>
    /// <param name="rate">The rate.</param>
    /// <param name="lang">The language.</param>
    /// <returns>The text.</returns>
    public static string Rate(GrowthRate rate, TextLanguage lang) => rate.TryGetValue(out double g)
        ? NumberText.Signed(g * 100.0, 2) + " %"
        : rate.Reason == GrowthUndefinedReason.MissingBase
            ? Dash + lang.Pick(" (no base)", " (无基期值)", " (無基期值)")
            : Dash;

    private static string Fraction(double? value) => value is double v ? NumberText.Percent(v, 1) : Dash;

    private static string Level(string kind, double value, string unit) => kind == "share"
        ? NumberText.Fixed(value * 100.0, 1) + " %"
        : Rounding.FormatFigure(value, "0.##") + (unit.Length > 0 && unit != "%" ? " " + unit : string.Empty);

    private static string Suffix(PlanRow row) => row.Kind == "share" ? " %" : row.Unit.Length > 0 && row.Unit != "%" ? " " + row.Unit : string.Empty;

    private static string TargetNote(PlanRow row, TextLanguage lang) => row.Kind switch
    {
        "average_growth" => lang.Pick($", {Rounding.FormatFigure((double)row.TargetValue, "0.##")} % a year", $", 年均{Rounding.FormatFigure((double)row.TargetValue, "0.##")}%", $", 年均{Rounding.FormatFigure((double)row.TargetValue, "0.##")}%"),
        "doubling" => lang.Pick($", ×2^{Rounding.FormatFigure((double)row.TargetValue, "0.##")}", $", 翻{Rounding.FormatFigure((double)row.TargetValue, "0.##")}番", $", 翻{Rounding.FormatFigure((double)row.TargetValue, "0.##")}番"),
        _ => string.Empty,
    } + (row.Target.Direction == TargetDirection.Down ? lang.Pick(", down", ", 下降", ", 下降") : string.Empty);
}
