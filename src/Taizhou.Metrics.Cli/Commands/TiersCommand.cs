using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Cli.Input;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Samples;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>
/// <c>taizhou-metrics tiers</c>: reads an enterprise CSV (one row per firm and year), classifies the firms by the
/// default tier rules and prints the tier counts of a year against the "2211" targets, the leading firms of each
/// cluster and the pipelines of firms not yet aircraft-carrier or flagship.
/// </summary>
internal static class TiersCommand
{
    /// <summary>The number of leaders listed per cluster: the programme's 2-3 leading firms per cluster, at most.</summary>
    public const int LeadersPerCluster = 3;

    /// <summary>The number of pipeline candidates listed per tier.</summary>
    public const int PipelineShown = 10;

    /// <summary>Creates the command.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="stdin">Opens standard input, for <c>--input -</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, Func<Stream> stdin)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "Enterprise table (CSV, TSV or semicolon-separated, or an .xlsx or .xls workbook with --sheet; - for standard input), one row per firm and year: id, name, industry_code, cluster (optional), county, listed_on, founded, year, output, revenue, employees; money columns carry their unit: output (元), output_wan (万元), output_yi (亿元).",
            Required = true,
        };
        var year = new Option<int>("--year", "-y")
        {
            Description = "The year to classify and count, such as 2021.",
            Required = true,
        };
        var targets = new Option<string?>("--targets")
        {
            Description = "Count against a target set: 2211 (20 aircraft-carrier, 20 flagship, 100 listed, 100 gazelle firms by 2021).",
        };
        targets.AcceptOnlyFromAmong("2211");
        var format = CommonOptions.Format();
        var lang = CommonOptions.Language();
        var encoding = CommonOptions.Encoding();
        var delimiter = CommonOptions.Delimiter();
        var sheet = CommonOptions.Sheet();
        var command = new Command("tiers", "Classify firms into tiers (航母, 旗航, 上市, 瞪羚, 规上, size classes, high growth) and count them against the 2211 targets, with cluster leaders and the pipeline.")
        {
            input,
            year,
            targets,
            format,
            lang,
            encoding,
            delimiter,
            sheet,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(input)!;
            int y = parse.GetValue(year);
            try
            {
                var map = ClusterMap.TaizhouDefault;
                var options = CommonOptions.ReadOptions(parse.GetValue(encoding), parse.GetValue(delimiter), parse.GetValue(sheet));
                var table = path == "-" ? EnterpriseReader.Read(stdin(), path, map, options) : EnterpriseReader.Read(path, map, options);
                IReadOnlyList<Enterprise> firms = table.Enterprises;
                var years = table.Years;

                if (!years.Contains(y))
                {
                    throw new InputException($"{path}: no rows for --year {y} (the file has {string.Join(", ", years)}).");
                }

                string? targetsName = parse.GetValue(targets);
                var programmeTargets = targetsName is null
                    ? []
                    : TaizhouSample.Instance.TierTargets.Select(t => t.ToProgrammeTarget()).ToList();
                var rules = TierRules.Default;
                var byYear = years.Where(v => v <= y).Select(v => Programme.Progress(firms, v, rules, map, programmeTargets)).ToList();
                var progress = byYear[^1]; // the years are sorted and contain y: its progress is the last, not computed again
                var leaders = Programme.Leaders(firms, y, map, LeadersPerCluster);
                int targetYear = programmeTargets.Count > 0 && programmeTargets[0].Year > y ? programmeTargets[0].Year : y + 1;
                var pipelines = new List<TierPipeline>
                {
                    Programme.Pipeline(firms, y, TierRules.AircraftCarrier, targetYear, map),
                    Programme.Pipeline(firms, y, TierRules.Flagship, targetYear, map),
                };
                var report = new TiersReport(path, progress, byYear, leaders, pipelines, targetsName, PipelineShown);
                CommonOptions.WriteDocument(parse, format, lang, () => TiersJson.Write(report, output), (language, markdown) => TiersText.Write(report, output, language, markdown));

                return CliApp.Done;
            }
            catch (ArgumentException ex)
            {
                throw InputException.FromArgument(path, ex);
            }
        });
        return command;
    }
}
