using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Taizhou.Metrics.Charts;
using Taizhou.Metrics.Cli.Commands;
using Taizhou.Metrics.Cli.Output;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Targets;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Writes a projection and its gap for people.</summary>
internal static class ProjectText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes the projection, the gap and the share outcome.</summary>
    /// <param name="series">The input series.</param>
    /// <param name="gap">The gap to the target.</param>
    /// <param name="required">The constant annual growth from the last actual value to the target.</param>
    /// <param name="share">The share outcome, or null.</param>
    /// <param name="scenarios">The scenario outcomes, or null.</param>
    /// <param name="output">The writer.</param>
    /// <param name="lang">The language of the labels; the unit's Chinese symbol follows its script (Simplified in English).</param>
    /// <param name="markdown">Markdown output.</param>
    public static void Write(TimeSeries series, TargetGap gap, RequiredGrowth required, ShareOutcome? share, IReadOnlyList<ScenarioOutcome>? scenarios, TextWriter output, TextLanguage lang, bool markdown)
    {
        var p = gap.Projection;
        bool zh = lang.IsChinese();
        string unit = series.Unit.GetChineseSymbol(lang.Script());
        string title = zh
            ? $"{series.Name}: 推算至 {gap.Target.Period.ToString(lang.ChineseNotation())} ({ChartText.Method(p.Method, ChartFile.Language(lang))})"
            : $"{series.Name}: projection to {gap.Target.Period} ({p.Method})";
        output.WriteLine(markdown ? "# " + title : title);
        output.WriteLine();
        string interval = p.ConfidenceLevel is double c ? NumberText.Percent(c, 0) : "";
        var path = new TextTable(
            lang.Pick("Projected path", "推算路径", "推算路徑"),
            zh ? [lang.Zh("期间", "期間"), $"推算 ({unit})", $"{interval} 下限", $"{interval} 上限"] : ["period", $"estimate ({unit})", $"{interval} lower", $"{interval} upper"],
            [false, true, true, true]);
        path.Add(p.LastActualPeriod.ToString() + lang.Pick(" (actual)", " (实际)", " (實際)"), Num((double)p.LastActualValue), "", "");
        foreach (var point in p.Path)
        {
            path.Add(point.Period.ToString(), Num(point.Estimate), point.Interval is { } i ? Num(i.Lower) : "—", point.Interval is { } j ? Num(j.Upper) : "—");
        }

        path.Write(output, markdown);

        var g = new TextTable(lang.Pick("Gap to the target", "目标差距", "目標差距"), zh ? [lang.Zh("指标", "指標"), lang.Zh("数值", "數值")] : ["figure", "value"], [false, true]);
        g.Add(lang.Pick("target", "目标", "目標"), $"{gap.Target.Level.ToString(Inv)} {unit} ({gap.Target.Period})");
        g.Add(
            (zh ? "所需年均增速" : "required annual growth") + $" ({required.From} → {required.To})",
            Required(required, lang));
        g.Add(zh ? "推算值" : "projected", $"{Num(gap.Projected)} {unit}");
        string gapShare = NumberText.Signed(gap.GapShare * 100, 1) + "%";
        g.Add(zh ? "差距" : "gap", $"{Num(gap.Gap)} {unit} ({(zh ? lang.Zh("相当于目标的 ", "相當於目標的 ") + gapShare : gapShare + " of target")})");
        g.Add(lang.Pick("on track", "是否达成", "是否達成"), gap.OnTrack ? (zh ? "是" : "yes") : (zh ? "否" : "no"));
        g.Add(lang.Pick("first period reaching the target", "首次达到目标", "首次達到目標"), gap.FirstReaching?.ToString() ?? lang.Pick("not within the horizon", "推算期内未达到", "推算期內未達到"));
        g.Add(lang.Pick("probability of meeting the target", "达成概率", "達成概率"), gap.Probability is double pr ? NumberText.Percent(pr, 1) : "—");
        g.Write(output, markdown);

        var model = new TextTable(zh ? "模型" : "Model", zh ? [lang.Zh("参数", "參數"), lang.Zh("数值", "數值")] : ["parameter", "value"], [false, true]);
        foreach (var parameter in p.Parameters)
        {
            model.Add(Labels.ParameterName(parameter.Name, lang) + (parameter.IsEstimated ? lang.Pick(" (estimated)", " (估计)", " (估計)") : string.Empty), NumberText.Significant(parameter.Value, 6));
        }

        model.Add("n", p.Fit.Observations.ToString(Inv));
        model.Add("R²", p.Fit.RSquared is double r2 ? NumberText.Fixed(r2, 4) : "—");
        model.Add(lang.Pick("residual standard error", "残差标准误", "殘差標準誤"), p.Fit.ResidualStandardError is double se ? NumberText.Significant(se, 6) + (p.Fit.OnLogScale ? lang.Pick(" (log scale)", " (对数)", " (對數)") : string.Empty) : "—");
        model.Write(output, markdown);

        if (scenarios is not null)
        {
            var table = new TextTable(
                lang.Pick("Scenarios (constant growth)", "情景 (不变增速)", "情景 (不變增速)"),
                zh ? ["情景", "年增速", $"{gap.Target.Period} ({unit})", "差距", lang.Zh("首次达到目标", "首次達到目標")] : ["scenario", "growth a year", $"{gap.Target.Period} ({unit})", "gap", "first reaching the target"],
                [false, true, true, true, false]);
            foreach (var o in scenarios)
            {
                table.Add(o.Scenario.Name, o.Scenario.AnnualGrowth.ToString(), Num((double)o.AtTarget), Num((double)o.Gap), o.FirstReaching?.ToString() ?? lang.Pick("not reached", "未达到", "未達到"));
            }

            table.Write(output, markdown);
        }

        if (share is null)
        {
            return;
        }

        var r = share.Requirement;
        var s = new TextTable(lang.Pick("Share target (part and total projected together)", "占比目标 (部分与总量一并推算)", "佔比目標 (部分與總量一併推算)"), zh ? [lang.Zh("指标", "指標"), lang.Zh("数值", "數值")] : ["figure", "value"], [false, true]);
        s.Add(lang.Pick("projected total", "总量推算值", "總量推算值"), $"{Num(share.TotalProjection.At(gap.Target.Period).Estimate)} {unit}");
        s.Add(lang.Pick("projected share", "推算占比", "推算佔比"), NumberText.Percent(share.ProjectedShare, 1));
        s.Add(lang.Pick("target share", "目标占比", "目標佔比"), NumberText.Percent(r.Share.Target.Share, 1));
        s.Add(lang.Pick("level the share target needs", "占比目标所需水平", "佔比目標所需水平"), $"{Num((double)r.Share.PartNeeded)} {unit}");
        s.Add(lang.Pick("binding target", "约束目标", "約束目標"), r.Binding == TargetConstraint.Share ? lang.Pick("share", "占比", "佔比") : lang.Pick("absolute level", "绝对值", "絕對值"));
        s.Add(zh ? "所需年均增速" : "required annual growth", r.RequiredGrowth.ToString());
        s.Add(lang.Pick("growth left to the rest of the total", "总量其余部分的增速", "總量其餘部分的增速"), r.Share.RestGrowth.ToString());
        s.Add(zh ? "增速差" : "growth differential (part − rest)", r.Share.Differential is double d ? NumberText.Signed(d * 100, 1) + lang.Pick(" pp", " 个百分点", " 個百分點") : "—");
        s.Write(output, markdown);
    }

    /// <summary>
    /// The required growth as a signed percent; at or below zero, that the last actual value already meets the target;
    /// undefined (a zero or negative last value), the reason and never a number.
    /// </summary>
    private static string Required(RequiredGrowth required, TextLanguage lang)
    {
        string last = required.Latest.ToString(Inv);
        if (!required.Rate.TryGetValue(out double rate))
        {
            return lang.Pick(
                $"— (undefined: the last actual value {last} is not positive)",
                $"— (无法计算: 最新实际值 {last} 不为正)",
                $"— (無法計算: 最新實際值 {last} 不為正)");
        }

        // As the share table's and the report's required growth (+15.2%), to two decimals: +5.65%.
        string text = required.Rate.ToString("2", Inv);
        return required.Latest >= required.Target
            ? text + lang.Pick(
                $" (target already met: the last actual value {last} ≥ {required.Target.ToString(Inv)})",
                $" (已达到目标: 最新实际值 {last} ≥ {required.Target.ToString(Inv)})",
                $" (已達到目標: 最新實際值 {last} ≥ {required.Target.ToString(Inv)})")
            : text;
    }

    private static string Num(double value) => NumberText.Fixed(value, 2);
}
