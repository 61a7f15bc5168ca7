using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System;
using Taizhou.Metrics.Charts;
using Taizhou.Metrics.Cli.Input;
using Taizhou.Metrics.Cli.Output;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>
/// <c>taizhou-metrics contrib</c>: shares, contributions (拉动) and contribution rates (贡献率) of a breakdown table read
/// from CSV, with an optional consistency check of its published figures.
/// </summary>
internal static class ContribCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="stdin">Opens standard input, for <c>--input -</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error, Func<Stream> stdin)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "Breakdown table (CSV, TSV or semicolon-separated, or an .xlsx or .xls workbook with --sheet; - for standard input): columns part, current, previous and/or growth (percent); optional real_growth, share, contribution_pp, contribution_rate (percent, as printed), month, precision; the bureau's Chinese headers (指标, 1-本月累计, 上年同期累计, 增长%...) too.",
            Required = true,
        };
        var total = new Option<string?>("--total")
        {
            Description = "The value of 'part' in the row that is the total; the remainder total − Σ parts is then reported as 'other'. Without it the total is the sum of the parts.",
        };
        var check = new Option<bool>("--check")
        {
            Description = "Check every identity the given columns allow within rounding; exit 1 when one breaks.",
        };
        var chart = new Option<string?>("--chart") { Description = "Draw the contributions (拉动) as bars with the total's growth to FILE.png or FILE.svg, in the --lang language." };
        var chartFont = CommonOptions.ChartFont();
        var format = CommonOptions.Format(html: true);
        var lang = CommonOptions.Language();
        var encoding = CommonOptions.Encoding();
        var delimiter = CommonOptions.Delimiter();
        var sheet = CommonOptions.Sheet();
        var command = new Command("contrib", "Shares, contributions in percentage points (拉動) and contribution rates (貢獻率) of a breakdown table.")
        {
            input,
            total,
            check,
            chart,
            chartFont,
            format,
            lang,
            encoding,
            delimiter,
            sheet,
        };
        command.SetAction(parse =>
        {
            string? chartPath = parse.GetValue(chart);
            if (chartPath is not null)
            {
                ChartFile.FormatOf(chartPath); // a wrong extension is refused before the input is read
            }
            string path = parse.GetValue(input)!;
            var options = CommonOptions.ReadOptions(parse.GetValue(encoding), parse.GetValue(delimiter), parse.GetValue(sheet));
            var table = path == "-"
                ? BreakdownReader.Read(stdin(), path, parse.GetValue(total), options)
                : BreakdownReader.Read(path, parse.GetValue(total), options);

            BreakdownAnalysis analysis;
            TableCheck? result = null;
            try
            {
                analysis = table.Analyse();
                if (parse.GetValue(check))
                {
                    result = table.Check();
                }
            }
            catch (ArgumentException ex)
            {
                throw Refused(path, table, ex);
            }

            var language = CommonOptions.ParseLanguage(parse.GetValue(lang));
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format));
            var chartOptions = new ChartOptions { Language = ChartFile.Language(language) };
            // Before the result is printed: a chart that cannot be drawn or written comes with no result.
            var picture = ChartFile.DrawAndWrite(chartPath, outputFormat == OutputFormat.Html, parse.GetValue(chartFont), font => ContributionChart.Draw(analysis, chartOptions with { FontFile = font }));
            switch (outputFormat)
            {
                case OutputFormat.Json:
                    ContribJson.Write(analysis, result, output);
                    break;
                case OutputFormat.Markdown:
                    ContribText.Write(analysis, result, output, language, markdown: true);
                    break;
                case OutputFormat.Html:
                    HtmlPage.Write(
                        text => ContribText.Write(analysis, result, text, language, markdown: true),
                        output,
                        language.Tag(),
                        [new HtmlFigure(language.Pick("Contributions to the total's growth (percentage points)", "各部分对总量增长的拉动 (百分点)", "各部分對總量增長的拉動 (百分點)"), picture!.ToSvg())]);
                    break;
                default:
                    ContribText.Write(analysis, result, output, language, markdown: false);
                    break;
            }

            if (result is { Passed: false })
            {
                foreach (var f in result.Broken)
                {
                    string finding = f.ToString();
                    error.WriteLine("taizhou-metrics: check failed: " + (finding.StartsWith(f.Row, StringComparison.Ordinal)
                        ? CellText.Quote(f.Row) + CellText.Escape(finding.AsSpan(f.Row.Length))
                        : CellText.Escape(finding)));
                }

                return CliApp.CheckFailed;
            }

            return CliApp.Done;
        });
        return command;
    }

    /// <summary>
    /// Bad input the library refused: its message after the file's name and, when the message names exactly one part
    /// of the table, after that part's line.
    /// </summary>
    private static InputException Refused(string path, BreakdownTable table, ArgumentException ex)
    {
        var named = table.Lines
            .Where(p => ex.Message.Contains($"'{p.Key}'", StringComparison.Ordinal))
            .Take(2)
            .ToList();
        return named.Count == 1
            ? InputException.FromArgument($"{path}: line {named[0].Value} ({CellText.Quote(named[0].Key)})", ex)
            : InputException.FromArgument(path, ex);
    }
}
