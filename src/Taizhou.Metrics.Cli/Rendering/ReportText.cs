using System.Globalization;
using System.IO;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Samples;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Writes the report for people: aligned tables or markdown, in English or Chinese.</summary>
internal static class ReportText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    /// <param name="zh">Chinese labels when true.</param>
    /// <param name="markdown">Markdown when true, aligned text otherwise.</param>
    public static void Write(TaizhouReport report, TextWriter output, bool zh, bool markdown)
    {
        var s = report.Sample;
        string period = report.Period.ToString(PeriodNotation.Chinese);
        string basePeriod = report.BasePeriod.ToString(PeriodNotation.Chinese);
        string title = zh
            ? $"台州市 {period} 規上工業與七大千億產業 (由 Taizhou.Metrics 根據內置樣本計算)"
            : $"Taizhou (台州) industry, {period} = January-June 2018 (computed by Taizhou.Metrics from the embedded sample)";
        output.WriteLine(markdown ? "# " + title : title);
        output.WriteLine();

        string[] headers = zh ? ["指標", "數值", "說明"] : ["figure", "value", "how"];
        bool[] right = [false, true, false];

        var headlines = new TextTable(zh ? "主要指標 (公佈值)" : "Headline indicators (as published)", headers, right);
        foreach (var h in report.Headlines)
        {
            string value = h.Level is Amount level ? Yi(level, 1) : "";
            string growth = zh ? $"增長 {Pct(h.Growth)}" : $"{Pct(h.Growth)} year on year";
            string rank = h.ProvincialRank is int r ? (zh ? $", 增幅居全省第{ChineseOrdinal(r)}" : $", rank {r} in the province") : "";
            headlines.Add(zh ? h.ChineseName : h.EnglishName, value, growth + rank);
        }

        headlines.Write(output, markdown);

        string without = string.Join(", ", System.Linq.Enumerable.Select(s.ClustersWithoutStatistics, c => zh ? c.ChineseName : c.EnglishName));
        var clusters = new TextTable(
            zh ? $"七大千億產業 ({without}暫無統計數據)" : $"The seven clusters ({without}: no statistics yet)",
            headers,
            right);
        clusters.Add(zh ? $"產值, {period}" : $"output value, {period}", Yi(report.ClusterOutput, 2), zh ? $"同比增長 {Pct(report.ClusterGrowth)} (公佈)" : $"{Pct(report.ClusterGrowth)} year on year (published)");
        clusters.Add(zh ? $"推算產值, {basePeriod}" : $"implied output, {basePeriod}", Yi(report.ImpliedClusterBase, 2), $"= {Num(report.ClusterOutput.Value, 2)} / (1 + {Pct(report.ClusterGrowth, signed: false)}); {Range(report.ImpliedClusterBaseBounds, 2, zh)}");
        clusters.Add(zh ? "增量" : "increase", Yi(report.ClusterIncrease, 2), $"= {Num(report.ClusterOutput.Value, 2)} − {Num(report.ImpliedClusterBase.Value, 2)}; {Range(report.ClusterIncreaseBounds, 2, zh)}");
        clusters.Add(zh ? "拉動全市規上產值增速" : "pull on the city's above-scale output growth", Pp(report.ClusterContribution), zh ? "公佈" : "published (拉動 … 個百分點)");
        clusters.Add(
            zh ? $"推算全市規上產值, {basePeriod}" : $"implied city above-scale output, {basePeriod}",
            Yi(report.ImpliedCityBase, 1),
            $"= {Num(report.ClusterIncrease.Value, 2)} / {Num((decimal)report.ClusterContribution * 100m, 1)}%; {Range(report.ImpliedCityBaseBounds, 1, zh)}");
        clusters.Write(output, markdown);

        var fy = report.FullYearEstimate;
        var target = new TextTable(zh ? $"{report.TargetYear}年目標" : $"The {report.TargetYear} target", headers, right);
        target.Add(zh ? $"目標產值 ({report.TargetYear}年)" : $"target output ({report.TargetYear})", Yi(report.Target, 0), zh ? "超5000億元" : "over 5000 億元");
        target.Add(
            zh ? $"{fy.From.Year}年全年推算" : $"full-year {fy.From.Year} estimate",
            Yi(Amount.Of(fy.Value, report.ClusterOutput.Unit), 2),
            zh ? $"= {fy.From.ToString(PeriodNotation.Chinese)} × 12 / {fy.From.EndMonth} (按進度, 無季節調整)" : $"= {fy.From.ToString(PeriodNotation.Chinese)} × 12 / {fy.From.EndMonth} (run rate, no seasonal history)");
        target.Add(
            zh ? $"所需年均增速 {fy.From.Year}-{report.TargetYear}" : $"required annual growth {fy.From.Year}-{report.TargetYear}",
            Pct(report.RequiredGrowth),
            $"= ({Num(report.Target.Value, 0)} / {Num(fy.Value, 2)})^(1/{report.YearsToTarget}) − 1");
        target.Add(
            zh ? $"按當前增速 {report.TargetYear}年產值" : $"{report.TargetYear} output at current growth",
            Yi(report.ProjectedAtCurrentGrowth, 2),
            $"= {Num(fy.Value, 2)} × (1 + {Pct(report.ClusterGrowth, signed: false)})^{report.YearsToTarget}");
        target.Add(
            zh ? "與目標差距" : "gap to target",
            Yi(report.ProjectedGap, 2),
            report.OnTrack ? (zh ? "可達成" : "on track") : (zh ? "未能達成" : "not on track"));
        target.Add(
            zh ? "70%佔比目標隱含的規上總產值" : "total above-scale output implied by the 70 % share target",
            Yi(report.ShareTargetImpliedTotal, 1),
            $"= {Num(report.Target.Value, 0)} / {Num((decimal)s.ClusterShareTarget, 2)}");
        var rest = report.RestCeiling;
        target.Add(
            zh ? $"其餘規上產值 (七大產業以外), {report.BasePeriod.Year}年推算" : $"rest of above-scale output (outside the clusters), {report.BasePeriod.Year} estimate",
            Yi(Amount.Of(rest.RestLatest, report.ClusterOutput.Unit), 1),
            $"= ({Num(report.ImpliedCityBase.Value, 1)} − {Num(report.ImpliedClusterBase.Value, 1)}) × 12 / 6");
        target.Add(
            zh ? $"70%目標下其餘產值上限 ({report.TargetYear}年)" : $"most the rest may be in {report.TargetYear} under the 70 % target",
            Yi(Amount.Of(rest.MaximumRest, report.ClusterOutput.Unit), 1),
            $"= {Num(report.Target.Value, 0)} × 0.3 / 0.7");
        target.Add(
            zh ? $"其餘產值年均增速上限 {report.BasePeriod.Year}-{report.TargetYear}" : $"fastest annual growth the rest may have {report.BasePeriod.Year}-{report.TargetYear}",
            Pct(rest.MaximumRestGrowth),
            zh ? "負值: 其餘產業須收縮" : "negative: the rest of industry must shrink");
        target.Write(output, markdown);

        var tiers = new TextTable(zh ? "\"2211\" 企業培育目標" : "The \"2211\" enterprise programme", zh ? ["層級", "目標家數", "標準"] : ["tier", "firms", "criterion"], right);
        foreach (var t in s.TierTargets)
        {
            tiers.Add(Labels.TierName(t.Tier, zh), t.Count.ToString(Inv), t.Criterion);
        }

        tiers.Write(output, markdown);

        output.WriteLine(zh ? "假設:" : "Assumptions:");
        output.WriteLine((markdown ? "- " : "  - ") + fy.Assumption);
        output.WriteLine((markdown ? "- " : "  - ") + report.GrowthAssumption);
        output.WriteLine((markdown ? "- " : "  - ") + (zh
            ? "僅能按不變增速推算: 樣本只有一個半年數據; 對數線性趨勢需至少3個年度值, Holt平滑需至少4個。"
            : report.ProjectionMethodsNote));
        output.WriteLine((markdown ? "- " : "  - ") + (zh
            ? "區間來自公佈數字的四捨五入 (1042.27 ± 0.005, 26.7% ± 0.05, 9.1 個百分點 ± 0.05)。"
            : "Ranges come from the rounding of the published figures (1042.27 ± 0.005, 26.7 % ± 0.05, 9.1 points ± 0.05)."));
    }

    private static string Range(Interval bounds, int decimals, bool zh)
    {
        string lower = NumberText.Fixed(bounds.Lower, decimals), upper = NumberText.Fixed(bounds.Upper, decimals);
        return zh ? $"按公佈數字的四捨五入在 {lower} 至 {upper} 之間" : $"{lower} to {upper} given the rounding";
    }

    private static string ChineseOrdinal(int n) => n is >= 1 and <= 10 ? "一二三四五六七八九十"[n - 1].ToString() : n.ToString(Inv);

    private static string Num(decimal value, int decimals) => NumberText.Fixed(value, decimals);

    private static string Yi(Amount amount, int decimals) => Num(amount.In(MetricUnit.YiYuan).Value, decimals) + " 億元";

    private static string Pct(GrowthRate rate, bool signed = true) =>
        signed ? rate.ToString("1", Inv) : (rate.IsDefined ? NumberText.Fixed(rate.GetFraction() * 100, 1) + "%" : rate.ToString());

    private static string Pp(double fraction) => NumberText.Fixed(fraction * 100, 1) + " pp";
}
