using System.Globalization;
using System.Linq;
using System.IO;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Samples;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Writes the report for people: aligned tables or markdown, in English or Chinese.</summary>
internal static class ReportText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    /// <param name="lang">The language of the labels; Chinese names and units follow its script (Simplified in English).</param>
    /// <param name="markdown">Markdown when true, aligned text otherwise.</param>
    public static void Write(TaizhouReport report, TextWriter output, TextLanguage lang, bool markdown)
    {
        var s = report.Sample;
        bool zh = lang.IsChinese();
        var script = lang.Script();
        string period = report.Period.ToString(lang.ChineseNotation());
        string basePeriod = report.BasePeriod.ToString(lang.ChineseNotation());
        string title = zh
            ? lang.Zh($"台州市 {period} 规上工业与七大千亿产业 (由 Taizhou.Metrics 根据内置样本计算)", $"台州市 {period} 規上工業與七大千億產業 (由 Taizhou.Metrics 根據內置樣本計算)")
            : $"Taizhou (台州) industry, {period} = January-June 2018 (computed by Taizhou.Metrics from the embedded sample)";
        output.WriteLine(markdown ? "# " + title : title);
        output.WriteLine();

        string[] headers = zh ? [lang.Zh("指标", "指標"), lang.Zh("数值", "數值"), lang.Zh("说明", "說明")] : ["figure", "value", "how"];
        bool[] right = [false, true, false];

        var headlines = new TextTable(zh ? lang.Zh("主要指标 (公布值)", "主要指標 (公佈值)") : "Headline indicators (as published)", headers, right);
        foreach (var h in report.Headlines)
        {
            string value = h.Level is Amount level ? Yi(level, 1, script) : "";
            string growth = zh ? lang.Zh("增长 ", "增長 ") + Pct(h.Growth) : $"{Pct(h.Growth)} year on year";
            string rank = h.ProvincialRank is int r ? (zh ? $", 增幅居全省第{ChineseOrdinal(r)}" : $", rank {r} in the province") : "";
            headlines.Add(zh ? h.GetChineseName(script) : h.EnglishName, value, growth + rank);
        }

        headlines.Write(output, markdown);

        string without = string.Join(", ", System.Linq.Enumerable.Select(s.ClustersWithoutStatistics, c => zh ? c.GetChineseName(script) : c.EnglishName));
        var clusters = new TextTable(
            zh ? lang.Zh($"七大千亿产业 ({without}暂无统计数据)", $"七大千億產業 ({without}暫無統計數據)") : $"The seven clusters ({without}: no statistics yet)",
            headers,
            right);
        clusters.Add(zh ? lang.Zh("产值, ", "產值, ") + period : $"output value, {period}", Yi(report.ClusterOutput, 2, script), zh ? lang.Zh($"同比增长 {Pct(report.ClusterGrowth)} (公布)", $"同比增長 {Pct(report.ClusterGrowth)} (公佈)") : $"{Pct(report.ClusterGrowth)} year on year (published)");
        clusters.Add(zh ? lang.Zh("推算产值, ", "推算產值, ") + basePeriod : $"implied output, {basePeriod}", Yi(report.ImpliedClusterBase, 2, script), $"= {Num(report.ClusterOutput.Value, 2)} / (1 + {Pct(report.ClusterGrowth, signed: false)}); {Range(report.ImpliedClusterBaseBounds, 2, lang)}");
        clusters.Add(zh ? "增量" : "increase", Yi(report.ClusterIncrease, 2, script), $"= {Num(report.ClusterOutput.Value, 2)} − {Num(report.ImpliedClusterBase.Value, 2)}; {Range(report.ClusterIncreaseBounds, 2, lang)}");
        clusters.Add(lang.Pick("pull on the city's above-scale output growth", "拉动全市规上产值增速", "拉動全市規上產值增速"), Pp(report.ClusterContribution, lang), lang.Pick("published (拉动 … 个百分点)", "公布", "公佈"));
        clusters.Add(
            zh ? lang.Zh("推算全市规上产值, ", "推算全市規上產值, ") + basePeriod : $"implied city above-scale output, {basePeriod}",
            Yi(report.ImpliedCityBase, 1, script),
            $"= {Num(report.ClusterIncrease.Value, 2)} / {Num((decimal)report.ClusterContribution * 100m, 1)}%; {Range(report.ImpliedCityBaseBounds, 1, lang)}");
        clusters.Write(output, markdown);

        var fy = report.FullYearEstimate;
        var target = new TextTable(zh ? report.TargetYear.ToString(Inv) + lang.Zh("年目标", "年目標") : $"The {report.TargetYear} target", headers, right);
        target.Add(zh ? lang.Zh($"目标产值 ({report.TargetYear}年)", $"目標產值 ({report.TargetYear}年)") : $"target output ({report.TargetYear})", Yi(report.Target, 0, script), lang.Pick("over 5000 亿元", "超5000亿元", "超5000億元"));
        target.Add(
            zh ? $"{fy.From.Year}年全年推算" : $"full-year {fy.From.Year} estimate",
            Yi(Amount.Of(fy.Value, report.ClusterOutput.Unit), 2, script),
            $"= {fy.From.ToString(lang.ChineseNotation())} × 12 / {fy.From.EndMonth} " + lang.Pick("(run rate, no seasonal history)", "(按进度, 无季节调整)", "(按進度, 無季節調整)"));
        target.Add(
            zh ? $"所需年均增速 {fy.From.Year}-{report.TargetYear}" : $"required annual growth {fy.From.Year}-{report.TargetYear}",
            Pct(report.RequiredGrowth),
            $"= ({Num(report.Target.Value, 0)} / {Num(fy.Value, 2)})^(1/{report.YearsToTarget}) − 1");
        target.Add(
            zh ? lang.Zh($"按当前增速 {report.TargetYear}年产值", $"按當前增速 {report.TargetYear}年產值") : $"{report.TargetYear} output at current growth",
            Yi(report.ProjectedAtCurrentGrowth, 2, script),
            $"= {Num(fy.Value, 2)} × (1 + {Pct(report.ClusterGrowth, signed: false)})^{report.YearsToTarget}");
        target.Add(
            lang.Pick("gap to target", "与目标差距", "與目標差距"),
            Yi(report.ProjectedGap, 2, script),
            report.OnTrack ? lang.Pick("on track", "可达成", "可達成") : lang.Pick("not on track", "未能达成", "未能達成"));
        target.Add(
            lang.Pick("total above-scale output implied by the 70 % share target", "70%占比目标隐含的规上总产值", "70%佔比目標隱含的規上總產值"),
            Yi(report.ShareTargetImpliedTotal, 1, script),
            $"= {Num(report.Target.Value, 0)} / {Num((decimal)s.ClusterShareTarget, 2)}");
        var rest = report.RestCeiling;
        target.Add(
            zh ? lang.Zh($"其余规上产值 (七大产业以外), {report.BasePeriod.Year}年推算", $"其餘規上產值 (七大產業以外), {report.BasePeriod.Year}年推算") : $"rest of above-scale output (outside the clusters), {report.BasePeriod.Year} estimate",
            Yi(Amount.Of(rest.RestLatest, report.ClusterOutput.Unit), 1, script),
            $"= ({Num(report.ImpliedCityBase.Value, 1)} − {Num(report.ImpliedClusterBase.Value, 1)}) × 12 / 6");
        target.Add(
            zh ? lang.Zh($"70%目标下其余产值上限 ({report.TargetYear}年)", $"70%目標下其餘產值上限 ({report.TargetYear}年)") : $"most the rest may be in {report.TargetYear} under the 70 % target",
            Yi(Amount.Of(rest.MaximumRest, report.ClusterOutput.Unit), 1, script),
            $"= {Num(report.Target.Value, 0)} × 0.3 / 0.7");
        target.Add(
            zh ? lang.Zh("其余产值年均增速上限 ", "其餘產值年均增速上限 ") + $"{report.BasePeriod.Year}-{report.TargetYear}" : $"fastest annual growth the rest may have {report.BasePeriod.Year}-{report.TargetYear}",
            Pct(rest.MaximumRestGrowth),
            lang.Pick("negative: the rest of industry must shrink", "负值: 其余产业须收缩", "負值: 其餘產業須收縮"));
        target.Write(output, markdown);

        var tiers = new TextTable(lang.Pick("The \"2211\" enterprise programme", "\"2211\" 企业培育目标", "\"2211\" 企業培育目標"), zh ? [lang.Zh("层级", "層級"), lang.Zh("目标家数", "目標家數"), lang.Zh("标准", "標準")] : ["tier", "firms", "criterion"], right);
        foreach (var t in s.TierTargets)
        {
            tiers.Add(Labels.TierName(t.Tier, lang), t.Count.ToString(Inv), Criterion(t, lang));
        }

        tiers.Write(output, markdown);

        output.WriteLine(lang.Pick("Assumptions:", "假设:", "假設:"));
        output.WriteLine((markdown ? "- " : "  - ") + lang.Pick(
            fy.Assumption,
            $"{fy.From.Year}年全年 = {period} × 12 / {fy.From.EndMonth}: 其余月份按前{fy.From.EndMonth}个月的平均进度, 未作季节调整。",
            $"{fy.From.Year}年全年 = {period} × 12 / {fy.From.EndMonth}: 其餘月份按前{fy.From.EndMonth}個月的平均進度, 未作季節調整。"));
        string years = $"{report.Period.Year}-{report.TargetYear}";
        string clusterGrowth = Pct(report.ClusterGrowth);
        output.WriteLine((markdown ? "- " : "  - ") + lang.Pick(
            report.GrowthAssumption,
            $"七大产业{period}的同比增速 ({clusterGrowth}) 在{years}年间每年保持不变。",
            $"七大產業{period}的同比增速 ({clusterGrowth}) 在{years}年間每年保持不變。"));
        output.WriteLine((markdown ? "- " : "  - ") + lang.Pick(
            report.ProjectionMethodsNote,
            "仅能按不变增速推算: 样本只有一个半年数据; 对数线性趋势需至少3个年度值, Holt平滑需至少4个。",
            "僅能按不變增速推算: 樣本只有一個半年數據; 對數線性趨勢需至少3個年度值, Holt平滑需至少4個。"));
        output.WriteLine((markdown ? "- " : "  - ") + lang.Pick(
            "Ranges come from the rounding of the published figures (1042.27 ± 0.005, 26.7 % ± 0.05, 9.1 points ± 0.05).",
            "区间来自公布数字的四舍五入 (1042.27 ± 0.005, 26.7% ± 0.05, 9.1 个百分点 ± 0.05)。",
            "區間來自公佈數字的四捨五入 (1042.27 ± 0.005, 26.7% ± 0.05, 9.1 個百分點 ± 0.05)。"));
        WriteVerdict(report, output, lang, markdown, headers, right);
    }

    /// <summary>
    /// The 2021 verdict, after the 2018 report: the listed-company target evaluated, the seven-cluster and tier targets
    /// not evaluable (with the lower bound the reporting clusters give), and the value-added growth of 2021 beside the
    /// 2018 pace.
    /// </summary>
    private static void WriteVerdict(TaizhouReport report, TextWriter output, TextLanguage lang, bool markdown, string[] headers, bool[] right)
    {
        var s = report.Sample;
        var script = lang.Script();
        output.WriteLine();
        var table = new TextTable(
            lang.Pick($"The {report.TargetYear} verdict (outcomes published since)", $"{report.TargetYear}年目标完成情况 (此后公布的实际值)", $"{report.TargetYear}年目標完成情況 (此後公佈的實際值)"),
            headers,
            right);

        var listed = report.ListedCompaniesVerdict;
        var t = listed.Target;
        string b = ((int)t.BaseValue!.Value).ToString(Inv), l = NumberText.Fixed(t.TargetLevel, 0);
        string a = listed.Latest is { } o ? PlanText.Printed(o.Value, lang) : "—";
        string by = NumberText.Fixed(listed.Shortfall ?? 0.0, 0);
        int baseYear = t.BasePeriod.Year, years = (int)t.Years;
        table.Add(
            lang.Pick($"listed companies, {report.TargetYear}", $"上市公司, {report.TargetYear}年", $"上市公司, {report.TargetYear}年"),
            $"{a} / {l}",
            lang.Pick(
                $"{b} ({baseYear}) → {a}; attainment {NumberText.Percent(listed.Attainment ?? 0.0, 1)}; {PlanText.Verdict(listed, string.Empty, lang)}",
                $"{b}家 ({baseYear}年) → {a}家; 完成率 {NumberText.Percent(listed.Attainment ?? 0.0, 1)}; 未完成, 差{by}家",
                $"{b}家 ({baseYear}年) → {a}家; 完成率 {NumberText.Percent(listed.Attainment ?? 0.0, 1)}; 未完成, 差{by}家"));
        table.Add(
            lang.Pick($"required growth a year {baseYear}-{report.TargetYear}", $"所需年均增速 {baseYear}-{report.TargetYear}", $"所需年均增速 {baseYear}-{report.TargetYear}"),
            PlanText.Rate(listed.RequiredGrowth, lang),
            $"= ({l} / {b})^(1/{years}) − 1");
        table.Add(
            lang.Pick($"achieved growth a year {baseYear}-{report.TargetYear}", $"实际年均增速 {baseYear}-{report.TargetYear}", $"實際年均增速 {baseYear}-{report.TargetYear}"),
            PlanText.Rate(listed.AchievedGrowth, lang),
            $"= ({a} / {b})^(1/{years}) − 1" + (listed.ReachedAtPaceIn is { } p
                ? lang.Pick($"; {l} at this pace in {p.Year}", $"; 按此增速{p.Year}年达到{l}家", $"; 按此增速{p.Year}年達到{l}家")
                : string.Empty));

        var clusters = report.ClusterOutputVerdict;
        var total = clusters.Total;
        string lower = NumberText.Fixed(total.Range.Lower, 1) + " " + MetricUnit.YiYuan.GetChineseSymbol(script);
        string years2 = $"{total.Periods[0].Year}-{total.Periods[^1].Year}";
        string missing = string.Join(", ", clusters.Missing.Select(code => ClusterName(s, code, lang)));
        int reported = total.Reported.Length, all = total.Components.Length;
        table.Add(
            lang.Pick($"seven-cluster output, {report.TargetYear}", $"七大千亿产业产值, {report.TargetYear}年", $"七大千億產業產值, {report.TargetYear}年"),
            (total.Range.LowerOpen ? "> " : "≥ ") + lower,
            lang.Pick(
                $"not evaluable: a lower bound from {reported} of {all} clusters' figures of {years2} (none for {missing}); at least {NumberText.Percent(clusters.LowerBoundAttainment, 1)} of the target",
                $"无法评估: 仅为{reported}/{all}个产业{years2}年公布数的下限 ({missing}无数据); 至少完成目标的{NumberText.Percent(clusters.LowerBoundAttainment, 1)}",
                $"無法評估: 僅為{reported}/{all}個產業{years2}年公佈數的下限 ({missing}無數據); 至少完成目標的{NumberText.Percent(clusters.LowerBoundAttainment, 1)}"));

        var others = s.TierTargets.Where(x => x.Tier != EnterpriseTier.Listed).ToList();
        for (int i = 0; i < others.Count; i++)
        {
            var e = report.TierVerdicts[i];
            table.Add(
                Labels.TierName(others[i].Tier, lang),
                "— / " + NumberText.Fixed(e.Target.TargetLevel, 0),
                lang.Pick(
                    $"not evaluable: no {report.TargetYear} count was published (nor the {baseYear} base)",
                    $"无法评估: 未公布{report.TargetYear}年家数 (及{baseYear}年基数)",
                    $"無法評估: 未公佈{report.TargetYear}年家數 (及{baseYear}年基數)"));
        }

        var headline = report.Headlines.First(h => h.Code == "above_scale_value_added");
        table.Add(
            lang.Pick($"above-scale value added, {report.TargetYear}", $"规上工业增加值, {report.TargetYear}年", $"規上工業增加值, {report.TargetYear}年"),
            Yi(s.AboveScaleValueAdded2021, 1, script),
            lang.Pick(
                $"{Pct(s.AboveScaleValueAdded2021Growth)} year on year, against {Pct(headline.Growth)} in {report.Period.ToString(lang.ChineseNotation())}: {Pp(report.ValueAddedGrowthAbove2018Pace, lang)} faster",
                $"增长 {Pct(s.AboveScaleValueAdded2021Growth)}, {report.Period.ToString(lang.ChineseNotation())}为 {Pct(headline.Growth)}: 快 {Pp(report.ValueAddedGrowthAbove2018Pace, lang)}",
                $"增長 {Pct(s.AboveScaleValueAdded2021Growth)}, {report.Period.ToString(lang.ChineseNotation())}為 {Pct(headline.Growth)}: 快 {Pp(report.ValueAddedGrowthAbove2018Pace, lang)}"));
        table.Write(output, markdown);

        output.WriteLine((markdown ? "- " : "  - ") + lang.Pick(
            "Outcomes as published, with their qualifiers (超 = over, 约 = about ±5 %): " + s.OutcomeSources + ". Cluster figures of earlier years bound 2021 only if those clusters did not shrink.",
            "实际值按公布口径, 保留限定词 (超: 以上; 约: ±5%); 来源: " + s.OutcomeSources + "。早年的产业数字只有在该产业未收缩时才是2021年的下限。",
            "實際值按公佈口徑, 保留限定詞 (超: 以上; 約: ±5%); 來源: " + s.OutcomeSources + "。早年的產業數字只有在該產業未收縮時才是2021年的下限。"));
    }

    private static string ClusterName(TaizhouSample sample, string code, TextLanguage lang)
    {
        var cluster = sample.Clusters.First(c => c.Code == code);
        return lang.IsChinese() ? cluster.GetChineseName(lang.Script()) : cluster.EnglishName;
    }

    private static string Range(Interval bounds, int decimals, TextLanguage lang)
    {
        string lower = NumberText.Fixed(bounds.Lower, decimals), upper = NumberText.Fixed(bounds.Upper, decimals);
        return lang.Pick(
            $"{lower} to {upper} given the rounding",
            $"按公布数字的四舍五入在 {lower} 至 {upper} 之间",
            $"按公佈數字的四捨五入在 {lower} 至 {upper} 之間");
    }

    private static string ChineseOrdinal(int n) => n is >= 1 and <= 10 ? "一二三四五六七八九十"[n - 1].ToString() : n.ToString(Inv);

    private static string Num(decimal value, int decimals) => NumberText.Fixed(value, decimals);

    private static string Yi(Amount amount, int decimals, ChineseScript script) => Num(amount.In(MetricUnit.YiYuan).Value, decimals) + " " + MetricUnit.YiYuan.GetChineseSymbol(script);

    private static string Pct(GrowthRate rate, bool signed = true) =>
        signed ? rate.ToString("1", Inv) : (rate.IsDefined ? NumberText.Fixed(rate.GetFraction() * 100, 1) + "%" : rate.ToString());

    private static string Pp(double fraction, TextLanguage lang) =>
        NumberText.Fixed(fraction * 100, 1) + lang.Pick(" pp", " 个百分点", " 個百分點");

    /// <summary>A tier's criterion in the words of the report: the sample's English, or Chinese for Chinese labels.</summary>
    private static string Criterion(TierTarget target, TextLanguage lang) => target.Tier switch
    {
        _ when !lang.IsChinese() => target.GetCriterion(lang.Script()),
        EnterpriseTier.AircraftCarrier => lang.Zh("年产值超100亿元 (产值上百亿)", "年產值超100億元 (產值上百億)"),
        EnterpriseTier.Flagship => lang.Zh("年产值50-100亿元", "年產值50-100億元"),
        EnterpriseTier.Listed => lang.Zh("上市企业", "上市企業"),
        EnterpriseTier.Gazelle => lang.Zh("高成长企业 (瞪羚企业)", "高成長企業 (瞪羚企業)"),
        _ => target.GetCriterion(lang.Script()),
    };
}
