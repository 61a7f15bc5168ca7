using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Taizhou.Metrics.Cli.Commands;
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
    /// <param name="share">The share outcome, or null.</param>
    /// <param name="scenarios">The scenario outcomes, or null.</param>
    /// <param name="output">The writer.</param>
    /// <param name="zh">Chinese labels.</param>
    /// <param name="markdown">Markdown output.</param>
    public static void Write(TimeSeries series, TargetGap gap, ShareOutcome? share, IReadOnlyList<ScenarioOutcome>? scenarios, TextWriter output, bool zh, bool markdown)
    {
        var p = gap.Projection;
        string unit = series.Unit.ChineseSymbol;
        string title = zh
            ? $"{series.Name}: 推算至 {gap.Target.Period.ToString(PeriodNotation.Chinese)} ({p.Method})"
            : $"{series.Name}: projection to {gap.Target.Period} ({p.Method})";
        output.WriteLine(markdown ? "# " + title : title);
        output.WriteLine();
        string interval = p.ConfidenceLevel is double c ? NumberText.Percent(c, 0) : "";
        var path = new TextTable(
            zh ? "推算路徑" : "Projected path",
            zh ? ["期間", $"推算 ({unit})", $"{interval} 下限", $"{interval} 上限"] : ["period", $"estimate ({unit})", $"{interval} lower", $"{interval} upper"],
            [false, true, true, true]);
        path.Add(p.LastActualPeriod.ToString() + (zh ? " (實際)" : " (actual)"), Num((double)p.LastActualValue), "", "");
        foreach (var point in p.Path)
        {
            path.Add(point.Period.ToString(), Num(point.Estimate), point.Interval is { } i ? Num(i.Lower) : "—", point.Interval is { } j ? Num(j.Upper) : "—");
        }

        path.Write(output, markdown);

        var g = new TextTable(zh ? "目標差距" : "Gap to the target", zh ? ["指標", "數值"] : ["figure", "value"], [false, true]);
        g.Add(zh ? "目標" : "target", $"{gap.Target.Level.ToString(Inv)} {unit} ({gap.Target.Period})");
        g.Add(zh ? "推算值" : "projected", $"{Num(gap.Projected)} {unit}");
        g.Add(zh ? "差距" : "gap", $"{Num(gap.Gap)} {unit} ({NumberText.Signed(gap.GapShare * 100, 1)}% of target)");
        g.Add(zh ? "是否達成" : "on track", gap.OnTrack ? (zh ? "是" : "yes") : (zh ? "否" : "no"));
        g.Add(zh ? "首次達到目標" : "first period reaching the target", gap.FirstReaching?.ToString() ?? (zh ? "推算期內未達到" : "not within the horizon"));
        g.Add(zh ? "達成概率" : "probability of meeting the target", gap.Probability is double pr ? NumberText.Percent(pr, 1) : "—");
        g.Write(output, markdown);

        var model = new TextTable(zh ? "模型" : "Model", zh ? ["參數", "數值"] : ["parameter", "value"], [false, true]);
        foreach (var parameter in p.Parameters)
        {
            model.Add(parameter.Name + (parameter.IsEstimated ? (zh ? " (估計)" : " (estimated)") : string.Empty), NumberText.Significant(parameter.Value, 6));
        }

        model.Add("n", p.Fit.Observations.ToString(Inv));
        model.Add("R²", p.Fit.RSquared is double r2 ? NumberText.Fixed(r2, 4) : "—");
        model.Add(zh ? "殘差標準誤" : "residual standard error", p.Fit.ResidualStandardError is double se ? NumberText.Significant(se, 6) + (p.Fit.OnLogScale ? (zh ? " (對數)" : " (log scale)") : string.Empty) : "—");
        model.Write(output, markdown);

        if (scenarios is not null)
        {
            var table = new TextTable(
                zh ? "情景 (不變增速)" : "Scenarios (constant growth)",
                zh ? ["情景", "年增速", $"{gap.Target.Period} ({unit})", "差距", "首次達到目標"] : ["scenario", "growth a year", $"{gap.Target.Period} ({unit})", "gap", "first reaching the target"],
                [false, true, true, true, false]);
            foreach (var o in scenarios)
            {
                table.Add(o.Scenario.Name, o.Scenario.AnnualGrowth.ToString(), Num((double)o.AtTarget), Num((double)o.Gap), o.FirstReaching?.ToString() ?? (zh ? "未達到" : "not reached"));
            }

            table.Write(output, markdown);
        }

        if (share is null)
        {
            return;
        }

        var r = share.Requirement;
        var s = new TextTable(zh ? "佔比目標 (部分與總量一併推算)" : "Share target (part and total projected together)", zh ? ["指標", "數值"] : ["figure", "value"], [false, true]);
        s.Add(zh ? "總量推算值" : "projected total", $"{Num(share.TotalProjection.At(gap.Target.Period).Estimate)} {unit}");
        s.Add(zh ? "推算佔比" : "projected share", NumberText.Percent(share.ProjectedShare, 1));
        s.Add(zh ? "目標佔比" : "target share", NumberText.Percent(r.Share.Target.Share, 1));
        s.Add(zh ? "佔比目標所需水平" : "level the share target needs", $"{Num((double)r.Share.PartNeeded)} {unit}");
        s.Add(zh ? "約束目標" : "binding target", r.Binding == TargetConstraint.Share ? (zh ? "佔比" : "share") : (zh ? "絕對值" : "absolute level"));
        s.Add(zh ? "所需年均增速" : "required annual growth", r.RequiredGrowth.ToString());
        s.Add(zh ? "總量其餘部分的增速" : "growth left to the rest of the total", r.Share.RestGrowth.ToString());
        s.Add(zh ? "增速差" : "growth differential (part − rest)", r.Share.Differential is double d ? NumberText.Signed(d * 100, 1) + " pp" : "—");
        s.Write(output, markdown);
    }

    private static string Num(double value) => NumberText.Fixed(value, 2);
}
