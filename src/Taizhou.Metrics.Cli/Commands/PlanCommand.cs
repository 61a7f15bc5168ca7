using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Taizhou.Metrics.Cli.Input;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Targets;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>
/// <c>taizhou-metrics plan</c>: reads plan targets (规划目标) and the outcomes published since, and prints per target
/// the latest actual, the attainment (完成率), the required and achieved average growth, the time progress (时间进度)
/// and completion as of a year, and the verdict (docs/targets.md, "The plan command").
/// </summary>
internal static class PlanCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="stdin">Opens standard input, for <c>--input -</c> or <c>--actuals -</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, Func<Stream> stdin)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "Targets table (CSV, TSV or semicolon-separated, or an .xlsx or .xls workbook, its sheet chosen by --sheet for both tables; - for standard input): indicator, unit, kind (level, average_growth, share, count, doubling), base_period, base_value, target_period, target_value (percent for a share or an average growth, the number of doublings for doubling), optional direction (up or down).",
            Required = true,
        };
        var actuals = new Option<string?>("--actuals")
        {
            Description = "Outcomes table: indicator, period (a year), value as published with its qualifier (66, 超1100, 约200亿; a share in percent). Without it the targets are shown with what they require.",
        };
        var asOf = new Option<int?>("--as-of")
        {
            Description = "Evaluate as of this year (mid-plan: time progress, completion and the pace the remaining years need); outcomes after it are ignored. Without it each target is evaluated as of its target year.",
            HelpName = "YEAR",
        };
        var format = CommonOptions.Format(html: true);
        var lang = CommonOptions.Language();
        var encoding = CommonOptions.Encoding();
        var delimiter = CommonOptions.Delimiter();
        var sheet = CommonOptions.Sheet();
        var command = new Command("plan", "Evaluate plan targets (规划目标) against the outcomes published since their base: attainment (完成率), required and achieved average growth, time progress (时间进度) and a verdict.")
        {
            input,
            actuals,
            asOf,
            format,
            lang,
            encoding,
            delimiter,
            sheet,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(input)!;
            string? actualsPath = parse.GetValue(actuals);
            int? year = parse.GetValue(asOf);
            if (year is int y && (y < ReportingPeriod.MinYear || y > ReportingPeriod.MaxYear))
            {
                throw new InputException($"--as-of {y}: not a year the library handles ({ReportingPeriod.MinYear} to {ReportingPeriod.MaxYear}).");
            }

            if (path == "-" && actualsPath == "-")
            {
                throw new InputException("--input - and --actuals -: standard input can hold only one of the two tables.");
            }

            var options = CommonOptions.ReadOptions(parse.GetValue(encoding), parse.GetValue(delimiter), parse.GetValue(sheet));
            var targets = PlanInput.ReadTargets(path, stdin, options);
            var outcomes = actualsPath is null ? null : PlanInput.ReadActuals(actualsPath, stdin, options, targets);
            var results = new List<(PlanRow, PlanEvaluation)>(targets.Count);
            foreach (var row in targets)
            {
                IEnumerable<PlanOutcome> list = outcomes is null ? [] : outcomes[row.Indicator];
                var when = year is int a ? ReportingPeriod.CalendarYear(a) : row.Target.TargetPeriod;
                results.Add((row, PlanEvaluation.Of(row.Target, list, when, QualifierTolerance.Default)));
            }

            var report = new PlanReport(path, actualsPath, year, results);
            var language = CommonOptions.ParseLanguage(parse.GetValue(lang));
            switch (CommonOptions.ParseFormat(parse.GetValue(format)))
            {
                case OutputFormat.Json:
                    PlanJson.Write(report, output);
                    break;
                case OutputFormat.Html:
                    HtmlPage.Write(text => PlanText.Write(report, text, language, markdown: true), output, language.Tag(), []);
                    break;
                case OutputFormat.Markdown:
                    PlanText.Write(report, output, language, markdown: true);
                    break;
                default:
                    PlanText.Write(report, output, language, markdown: false);
                    break;
            }

            return CliApp.Done;
        });
        return command;
    }
}
