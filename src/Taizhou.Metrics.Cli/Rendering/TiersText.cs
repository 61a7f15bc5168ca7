using System.Globalization;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Writes the result of <c>taizhou-metrics tiers</c> for people: aligned tables or markdown, amounts in 亿元 (億元), in English or Chinese.</summary>
internal static class TiersText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] ProgrammeTiers = [TierCodes.AircraftCarrier, TierCodes.Flagship, TierCodes.Listed, TierCodes.Gazelle, TierCodes.AboveDesignatedSize];

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    /// <param name="lang">The language of the labels; Chinese names and units follow its script (Simplified in English).</param>
    /// <param name="markdown">Markdown when true.</param>
    public static void Write(TiersReport report, TextWriter output, TextLanguage lang, bool markdown)
    {
        var p = report.Progress;
        var script = lang.Script();
        string yi = MetricUnit.YiYuan.GetChineseSymbol(script);
        string target = lang.Pick("target", "目标", "目標");
        string targetHeader = report.TargetsName is null ? target : $"{target} ({report.TargetsName})";
        var tiers = new TextTable(
            lang.Pick($"Tiers in {p.Year}: {p.FirmCount} firms", $"{p.Year}年企业梯队: {p.FirmCount} 家企业", $"{p.Year}年企業梯隊: {p.FirmCount} 家企業"),
            [lang.Pick("tier", "代码", "代碼"), lang.Zh("梯队", "梯隊"), lang.Pick("rule", "规则", "規則"), lang.Pick("firms", "企业数", "企業數"), targetHeader, lang.Pick("gap", "差距", "差距"), lang.Pick("not evaluable", "无法判断", "無法判斷")],
            [false, false, false, true, true, true, true]);
        foreach (var t in p.Tiers)
        {
            tiers.Add(
                t.Rule.Code,
                t.Rule.GetChineseName(script),
                t.Rule.VersionFor(p.Year)?.Criterion.ToString(script) ?? lang.Pick("not in effect", "未生效", "未生效"),
                Int(t.Count),
                t.Target is { } goal ? (lang.IsChinese() ? $"{goal.Year.ToString(Inv)}年{Int(goal.Count)}家" : $"{Int(goal.Count)} by {goal.Year.ToString(Inv)}") : "—",
                t.Gap is int gap ? gap.ToString("+0;-0;0", Inv) : "—",
                Int(t.NotEvaluable));
        }

        tiers.Write(output, markdown);

        var shown = ProgrammeTiers.Select(code => p.Find(code)).OfType<TierCount>().ToList();
        var byCluster = new TextTable(lang.Pick($"By cluster, {p.Year}", $"{p.Year}年按集群", $"{p.Year}年按集群"), [lang.Pick("cluster", "集群代码", "集群代碼"), "集群", .. shown.Select(t => t.Rule.Code)], [false, false, .. shown.Select(_ => true)]);
        foreach (var g in shown[0].ByCluster)
        {
            var cluster = report.Leaders.FirstOrDefault(l => l.Cluster.Code == g.Key)?.Cluster ?? ClusterMap.TaizhouDefault.FindCluster(g.Key);
            byCluster.Add([g.Key, cluster?.GetChineseName(script) ?? "", .. shown.Select(t => Int(t.ByCluster.First(c => c.Key == g.Key).Count))]);
        }

        byCluster.Write(output, markdown);

        var counties = shown.SelectMany(t => t.ByCounty.Select(c => c.Key)).Distinct().Order(System.StringComparer.Ordinal).ToList();
        var byCounty = new TextTable(lang.Pick($"By county, {p.Year}", $"{p.Year}年按县", $"{p.Year}年按縣"), [lang.Pick("county", "县", "縣"), .. shown.Select(t => t.Rule.Code)], [false, .. shown.Select(_ => true)]);
        foreach (string county in counties)
        {
            byCounty.Add([county, .. shown.Select(t => Int(t.ByCounty.FirstOrDefault(c => c.Key == county).Count))]);
        }

        byCounty.Write(output, markdown);

        var years = report.ByYear;
        var trend = new TextTable(lang.Pick("Firms per tier by year", "各年各梯队企业数", "各年各梯隊企業數"), [lang.Pick("tier", "梯队", "梯隊"), .. years.Select(y => y.Year.ToString(Inv))], [false, .. years.Select(_ => true)]);
        trend.Add([lang.Pick("(firms present)", "(在册企业)", "(在冊企業)"), .. years.Select(y => Int(y.FirmCount))]);
        foreach (var rule in p.Tiers.Select(t => t.Rule))
        {
            trend.Add([rule.Code, .. years.Select(y => y.Find(rule.Code) is { InEffect: true } c ? Int(c.Count) : "—")]);
        }

        trend.Write(output, markdown);

        int top = Commands.TiersCommand.LeadersPerCluster;
        var leaders = new TextTable(
            lang.Pick($"Leading firms by cluster, {p.Year} (top {top} by output, {yi})", $"{p.Year}年各集群龙头企业 (按产值前{top}名, {yi})", $"{p.Year}年各集群龍頭企業 (按產值前{top}名, {yi})"),
            lang == TextLanguage.Traditional ? ["集群", "排名", "代碼", "名稱", "縣", "產值"]
            : lang.IsChinese() ? ["集群", "排名", "代码", "名称", "县", "产值"]
            : ["cluster", "rank", "id", "name", "county", "output"],
            [false, true, false, false, false, true]);
        foreach (var l in report.Leaders)
        {
            foreach (var r in l.Leaders)
            {
                leaders.Add(r.Rank == 1 ? $"{l.Cluster.Code} ({Int(l.FirmCount)} {lang.Pick("firms", "家", "家")})" : "", Int(r.Rank), r.Enterprise.Id, r.Enterprise.Name, r.Enterprise.County, Yi(r.Value));
            }
        }

        leaders.Write(output, markdown);

        foreach (var pipe in report.Pipelines)
        {
            string threshold = $"{(pipe.ThresholdInclusive ? "≥" : ">")} {Yi(pipe.Threshold)} {yi}";
            string listed = Int(System.Math.Min(report.PipelineShown, pipe.Candidates.Length)), all = Int(pipe.Candidates.Length), by = pipe.TargetYear.ToString(Inv), outputYear = pipe.Year.ToString(Inv);
            var table = new TextTable(
                lang.Pick(
                    $"Pipeline: {pipe.Rule.EnglishName} ({pipe.Rule.GetChineseName(script)}, {threshold}) by {by}, {Int(pipe.Years)} year(s): {listed} of {all} candidates",
                    $"后备梯队: {pipe.Rule.GetChineseName(script)} ({threshold}), {by}年前, {Int(pipe.Years)} 年: {all} 家候选中的前 {listed} 家",
                    $"後備梯隊: {pipe.Rule.GetChineseName(script)} ({threshold}), {by}年前, {Int(pipe.Years)} 年: {all} 家候選中的前 {listed} 家"),
                lang == TextLanguage.Traditional ? ["排名", "代碼", "名稱", "集群", $"{outputYear}年產值", "差額", "所需年增速 %"]
                : lang.IsChinese() ? ["排名", "代码", "名称", "集群", $"{outputYear}年产值", "差额", "所需年增速 %"]
                : ["rank", "id", "name", "cluster", $"output {outputYear}", "shortfall", "growth needed % a year"],
                [true, false, false, false, true, true, true]);
            int rank = 0;
            foreach (var c in pipe.Candidates.Take(report.PipelineShown))
            {
                table.Add(Int(++rank), c.Enterprise.Id, c.Enterprise.Name, c.Cluster.Code, Yi(c.Current), Yi(c.Shortfall), c.RequiredGrowth.IsDefined ? NumberText.Fixed(c.RequiredGrowth.GetFraction() * 100.0, 2) : "—");
            }

            table.Write(output, markdown);
        }

        string bullet = markdown ? "- " : "  ";
        output.WriteLine(bullet + lang.Pick(
            "gap = firms − target (negative: short of it); growth needed = (threshold / output)^(1 / years) − 1, constant a year.",
            "差距 = 企业数 − 目标 (负值: 未达目标); 所需年增速 = (门槛 / 产值)^(1 / 年数) − 1, 每年不变。",
            "差距 = 企業數 − 目標 (負值: 未達目標); 所需年增速 = (門檻 / 產值)^(1 / 年數) − 1, 每年不變。"));
    }

    private static string Int(int value) => value.ToString(Inv);

    private static string Yi(Amount amount) => NumberText.Fixed(amount.In(MetricUnit.YiYuan).Value, 2);
}

