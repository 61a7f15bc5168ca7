using System.Globalization;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>Writes the result of <c>taizhou-metrics tiers</c> for people: aligned tables or markdown, amounts in 億元.</summary>
internal static class TiersText
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    private static readonly string[] ProgrammeTiers = [TierCodes.AircraftCarrier, TierCodes.Flagship, TierCodes.Listed, TierCodes.Gazelle, TierCodes.AboveDesignatedSize];

    /// <summary>Writes the report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="output">The writer.</param>
    /// <param name="markdown">Markdown when true.</param>
    public static void Write(TiersReport report, TextWriter output, bool markdown)
    {
        var p = report.Progress;
        string targetHeader = report.TargetsName is null ? "target" : $"target ({report.TargetsName})";
        var tiers = new TextTable(
            $"Tiers in {p.Year}: {p.FirmCount} firms",
            ["tier", "梯隊", "rule", "firms", targetHeader, "gap", "not evaluable"],
            [false, false, false, true, true, true, true]);
        foreach (var t in p.Tiers)
        {
            tiers.Add(
                t.Rule.Code,
                t.Rule.ChineseName,
                t.Rule.VersionFor(p.Year)?.Criterion.ToString() ?? "not in effect",
                Int(t.Count),
                t.Target is { } target ? $"{Int(target.Count)} by {target.Year.ToString(Inv)}" : "—",
                t.Gap is int gap ? gap.ToString("+0;-0;0", Inv) : "—",
                Int(t.NotEvaluable));
        }

        tiers.Write(output, markdown);

        var shown = ProgrammeTiers.Select(code => p.Find(code)).OfType<TierCount>().ToList();
        var byCluster = new TextTable($"By cluster, {p.Year}", ["cluster", "集群", .. shown.Select(t => t.Rule.Code)], [false, false, .. shown.Select(_ => true)]);
        foreach (var g in shown[0].ByCluster)
        {
            var cluster = report.Leaders.FirstOrDefault(l => l.Cluster.Code == g.Key)?.Cluster ?? ClusterMap.TaizhouDefault.FindCluster(g.Key);
            byCluster.Add([g.Key, cluster?.ChineseName ?? "", .. shown.Select(t => Int(t.ByCluster.First(c => c.Key == g.Key).Count))]);
        }

        byCluster.Write(output, markdown);

        var counties = shown.SelectMany(t => t.ByCounty.Select(c => c.Key)).Distinct().Order(System.StringComparer.Ordinal).ToList();
        var byCounty = new TextTable($"By county, {p.Year}", ["county", .. shown.Select(t => t.Rule.Code)], [false, .. shown.Select(_ => true)]);
        foreach (string county in counties)
        {
            byCounty.Add([county, .. shown.Select(t => Int(t.ByCounty.FirstOrDefault(c => c.Key == county).Count))]);
        }

        byCounty.Write(output, markdown);

        var years = report.ByYear;
        var trend = new TextTable("Firms per tier by year", ["tier", .. years.Select(y => y.Year.ToString(Inv))], [false, .. years.Select(_ => true)]);
        trend.Add(["(firms present)", .. years.Select(y => Int(y.FirmCount))]);
        foreach (var rule in p.Tiers.Select(t => t.Rule))
        {
            trend.Add([rule.Code, .. years.Select(y => y.Find(rule.Code) is { InEffect: true } c ? Int(c.Count) : "—")]);
        }

        trend.Write(output, markdown);

        var leaders = new TextTable($"Leading firms by cluster, {p.Year} (top {Commands.TiersCommand.LeadersPerCluster} by output, 億元)", ["cluster", "rank", "id", "name", "county", "output"], [false, true, false, false, false, true]);
        foreach (var l in report.Leaders)
        {
            foreach (var r in l.Leaders)
            {
                leaders.Add(r.Rank == 1 ? $"{l.Cluster.Code} ({Int(l.FirmCount)} firms)" : "", Int(r.Rank), r.Enterprise.Id, r.Enterprise.Name, r.Enterprise.County, Yi(r.Value));
            }
        }

        leaders.Write(output, markdown);

        foreach (var pipe in report.Pipelines)
        {
            var table = new TextTable(
                $"Pipeline: {pipe.Rule.EnglishName} ({pipe.Rule.ChineseName}, {(pipe.ThresholdInclusive ? "≥" : ">")} {Yi(pipe.Threshold)} 億元) by {pipe.TargetYear.ToString(Inv)}, {Int(pipe.Years)} year(s): {Int(System.Math.Min(report.PipelineShown, pipe.Candidates.Length))} of {Int(pipe.Candidates.Length)} candidates",
                ["rank", "id", "name", "cluster", $"output {pipe.Year.ToString(Inv)}", "shortfall", "growth needed % a year"],
                [true, false, false, false, true, true, true]);
            int rank = 0;
            foreach (var c in pipe.Candidates.Take(report.PipelineShown))
            {
                table.Add(Int(++rank), c.Enterprise.Id, c.Enterprise.Name, c.Cluster.Code, Yi(c.Current), Yi(c.Shortfall), c.RequiredGrowth.IsDefined ? NumberText.Fixed(c.RequiredGrowth.GetFraction() * 100.0, 2) : "—");
            }

            table.Write(output, markdown);
        }

        string bullet = markdown ? "- " : "  ";
        output.WriteLine(bullet + "gap = firms − target (negative: short of it); growth needed = (threshold / output)^(1 / years) − 1, constant a year.");
    }

    private static string Int(int value) => value.ToString(Inv);

    private static string Yi(Amount amount) => NumberText.Fixed(amount.In(MetricUnit.YiYuan).Value, 2);
}

