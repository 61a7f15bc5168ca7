using System;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Cli.Commands;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes the result of <c>taizhou-metrics derive</c> as aligned text or markdown: the figures given as printed, then
/// each derived figure in its printed unit (percent, points, or the level's unit) with its range over the rounding of
/// the printed figures and, with <c>--printed</c>, the check. Numbers are to six significant digits, as the library's
/// <see cref="FigureCheck.ToString"/> writes them, or more when a range is narrower.
/// </summary>
internal static class DeriveText
{
    /// <summary>Writes the result.</summary>
    /// <param name="result">The result.</param>
    /// <param name="output">The writer.</param>
    /// <param name="lang">The language of the words.</param>
    /// <param name="markdown">Markdown when true, aligned text otherwise.</param>
    public static void Write(DeriveResult result, TextWriter output, TextLanguage lang, bool markdown)
    {
        var inputs = new TextTable(
            Title(result.Figure, lang),
            [lang.Pick("option", "选项", "選項"), lang.Pick("as printed", "公布值", "公佈值")],
            [false, true]);
        foreach (var i in result.Inputs)
        {
            inputs.Add("--" + i.Option, i.Unit == "percent" ? i.Printed + " %" : i.Printed);
        }

        inputs.Write(output, markdown);

        bool check = result.Checked;
        string[] headers = lang switch
        {
            TextLanguage.Traditional => ["指標", "推算", "推算區間", "公佈", "檢查"],
            TextLanguage.Simplified => ["指标", "推算", "推算区间", "公布", "检查"],
            _ => ["figure", "derived", "range", "printed", "check"],
        };
        var derived = new TextTable(
            lang.Pick("Derived: ", "推算: ", "推算: ") + result.Formula,
            check ? headers : headers[..3],
            check ? [false, true, true, true, false] : [false, true, true]);
        foreach (var f in result.Figures)
        {
            var value = InPrintedUnit(f);
            int digits = Digits(value);
            string range = value.TryGetBounds(out var b)
                ? $"[{NumberText.Significant(b.Lower, digits)}, {NumberText.Significant(b.Upper, digits)}]"
                : lang.Pick("unbounded", "无界", "無界");
            if (!check)
            {
                derived.Add(Label(f.Name, lang), NumberText.Significant(value.Estimate, digits), range);
                continue;
            }

            derived.Add(
                Label(f.Name, lang),
                NumberText.Significant(value.Estimate, digits),
                range,
                f.Printed?.ToString() ?? string.Empty,
                f.Check is not { } k ? string.Empty
                : k.IsBroken ? lang.Pick("breaks by ", "偏差 ", "偏差 ") + NumberText.Significant(k.Break, 3)
                : lang.Pick("consistent", "一致", "一致"));
        }

        derived.Write(output, markdown);
        output.WriteLine(lang.Pick(
            "Bounds: over the rounding of the printed figures (half a unit of their last decimal).",
            "区间: 按公布数的四舍五入 (末位的半个单位) 推算。",
            "區間: 按公佈數的四捨五入 (末位的半個單位) 推算。"));
        if (check)
        {
            int broken = result.Figures.Count(f => f.Check is { IsBroken: true });
            output.WriteLine(broken == 0
                ? lang.Pick("Every printed figure meets its derived range within rounding.", "全部公布数在四舍五入范围内一致。", "全部公佈數在四捨五入範圍內一致。")
                : lang.Pick($"{broken} printed {(broken == 1 ? "figure breaks" : "figures break")} beyond rounding.", $"{broken} 个公布数超出四舍五入范围。", $"{broken} 個公佈數超出四捨五入範圍。"));
        }
    }

    /// <summary>The title of a figure's block: what the bulletin prints, with its Chinese phrase.</summary>
    /// <param name="figure">The subcommand.</param>
    /// <param name="lang">The language.</param>
    /// <returns>The title.</returns>
    public static string Title(string figure, TextLanguage lang) => figure switch
    {
        "point-difference" => lang.Pick("Difference of two rates (高于…个百分点)", "两个增速之差 (高于…个百分点)", "兩個增速之差 (高於…個百分點)"),
        "rest-growth" => lang.Pick("Growth excluding a part (扣除…后增长)", "扣除…后增长", "扣除…後增長"),
        "total-from-share" => lang.Pick("Total implied by a share (占比)", "由占比推算总量", "由佔比推算總量"),
        "change-from-contribution" => lang.Pick("Change of the total implied by a contribution rate (贡献率)", "由贡献率推算总量增量", "由貢獻率推算總量增量"),
        "per-unit" => lang.Pick("Average per unit (平均每户, 人均)", "平均每户 (人均)", "平均每戶 (人均)"),
        "time-progress" => lang.Pick("Time progress (时间进度)", "时间进度", "時間進度"),
        "target-progress" => lang.Pick("Progress towards the annual target (完成全年目标)", "完成全年目标进度", "完成全年目標進度"),
        _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, "Unknown figure."),
    };

    /// <summary>The label of a derived figure, with its printed unit.</summary>
    /// <param name="name">The figure's key.</param>
    /// <param name="lang">The language.</param>
    /// <returns>The label.</returns>
    public static string Label(string name, TextLanguage lang) => name switch
    {
        "difference" => lang.Pick("difference (percentage points)", "相差 (个百分点)", "相差 (個百分點)"),
        "rest_growth" => lang.Pick("growth of the rest (%)", "扣除后增长 (%)", "扣除後增長 (%)"),
        "total" => lang.Pick("total (the part's unit)", "总量 (同分项单位)", "總量 (同分項單位)"),
        "total_change" => lang.Pick("change of the total (the part's unit)", "总量增量 (同分项单位)", "總量增量 (同分項單位)"),
        "average" => lang.Pick("average per unit", "平均每单位", "平均每單位"),
        "time_progress" => lang.Pick("time progress (%)", "时间进度 (%)", "時間進度 (%)"),
        "completion" => lang.Pick("completion of the annual target (%)", "完成全年目标 (%)", "完成全年目標 (%)"),
        "ahead_of_time" => lang.Pick("ahead of time progress (percentage points)", "超时间进度 (个百分点)", "超時間進度 (個百分點)"),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "Unknown figure."),
    };

    /// <summary>The figure in its printed unit: a fraction scaled by 100 on its decimal form (0.051 is 5.1 points), a level as it is.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The estimate and bounds in the printed unit.</returns>
    public static BoundedEstimate InPrintedUnit(DerivedFigure figure)
    {
        var v = figure.Value;
        if (figure.Unit == DerivedUnit.Level)
        {
            return v;
        }

        double estimate = Rounding.ScaleFigure(v.Estimate, 2);
        return v.TryGetBounds(out var b)
            ? new BoundedEstimate(estimate, Interval.Between(Rounding.ScaleFigure(b.Lower, 2), Rounding.ScaleFigure(b.Upper, 2)))
            : BoundedEstimate.Unbounded(estimate);
    }

    /// <summary>
    /// Six significant digits, or as many more (up to 12) as it takes for a narrow range's two ends to differ
    /// (4401.73 over 2835: [1.552637, 1.552640], not [1.55264, 1.55264]).
    /// </summary>
    private static int Digits(BoundedEstimate value)
    {
        int digits = 6;
        if (value.TryGetBounds(out var b) && b.Lower != b.Upper)
        {
            while (digits < 12 && NumberText.Significant(b.Lower, digits) == NumberText.Significant(b.Upper, digits))
            {
                digits++;
            }
        }

        return digits;
    }
}
