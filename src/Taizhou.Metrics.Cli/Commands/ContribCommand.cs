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
using Taizhou.Metrics.Periods;
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
            Description = "Breakdown table (CSV, TSV or semicolon-separated, or an .xlsx or .xls workbook with --sheet; - for standard input): columns part, current, previous and/or growth (percent); optional real_growth, share, contribution_pp, contribution_rate (percent, as printed), month, precision, parent (the row this row is a sub-item of, on the grand total's base), period (many periods in one table: each analysed and checked on its own); or, for a table without levels, only part, contribution_rate and/or contribution_pp per part (the --total row's growth is the total's growth, when printed); the bureau's Chinese headers (指标, 1-本月累计, 上年同期累计, 增长%...) too.",
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
        var notExhaustive = new Option<bool>("--not-exhaustive")
        {
            Description = "For a table without levels (贡献率 and/or 拉动 only): the parts do not add up to the total (a list of the largest industries), so Σ 贡献率 = 100 and Σ 拉动 = G are not checked. Without it the parts are taken to exhaust the total, as the three sectors of GDP do.",
        };
        var subItemsExhaust = new Option<bool>("--sub-items-exhaust")
        {
            Description = "The sub-items (rows with a 'parent' cell, on the grand total's base) exhaust their parent: with --check, the sum of each figure of a parent's sub-items is checked against the parent's figure (工业 + 建筑业 = 第二产业). Without it sub-items are checked only against the grand total.",
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
            notExhaustive,
            subItemsExhaust,
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
            var read = path == "-"
                ? BreakdownReader.ReadContrib(stdin(), path, parse.GetValue(total), options, parse.GetValue(subItemsExhaust))
                : BreakdownReader.ReadContrib(path, parse.GetValue(total), options, parse.GetValue(subItemsExhaust));
            if (read.WithoutLevels is { } levelFree)
            {
                if (chartPath is not null)
                {
                    throw new InputException($"--chart {CellText.Quote(chartPath)}: {path} has no levels (only 贡献率 / 拉动), and a chart draws the contributions a table with levels computes.");
                }

                return WriteLevelFree(parse, levelFree, parse.GetValue(check), !parse.GetValue(notExhaustive), output, error, format, lang);
            }

            if (parse.GetValue(notExhaustive))
            {
                throw new InputException($"--not-exhaustive: {path} has levels, whose parts are checked against its total row (or their sum); the option is for a table without levels (贡献率 and/or 拉动 only).");
            }

            var tables = read.WithLevels!;
            if (tables[0].Period is not null)
            {
                if (chartPath is not null)
                {
                    throw new InputException($"--chart {CellText.Quote(chartPath)}: {path} has a period column, and a chart draws one period's contributions; give one period's rows without the column (--format html draws a chart for each period).");
                }

                return WritePeriods(parse, path, tables, parse.GetValue(check), output, error, format, lang, chartFont);
            }

            var table = tables[0].Table;
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

            var implied = Implied(table);
            var language = CommonOptions.ParseLanguage(parse.GetValue(lang));
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format));
            var chartOptions = new ChartOptions { Language = ChartFile.Language(language) };
            // Before the result is printed: a chart that cannot be drawn or written comes with no result.
            var picture = ChartFile.DrawAndWrite(chartPath, outputFormat == OutputFormat.Html, parse.GetValue(chartFont), font => ContributionChart.Draw(analysis, chartOptions with { FontFile = font }));
            switch (outputFormat)
            {
                case OutputFormat.Json:
                    ContribJson.Write(analysis, result, output, implied);
                    break;
                case OutputFormat.Markdown:
                    ContribText.Write(analysis, result, output, language, markdown: true, implied: implied);
                    break;
                case OutputFormat.Html:
                    HtmlPage.Write(
                        text => ContribText.Write(analysis, result, text, language, markdown: true, implied: implied),
                        output,
                        language.Tag(),
                        [new HtmlFigure(language.Pick("Contributions to the total's growth (percentage points)", "各部分对总量增长的拉动 (百分点)", "各部分對總量增長的拉動 (百分點)"), picture!.ToSvg())]);
                    break;
                default:
                    ContribText.Write(analysis, result, output, language, markdown: false, implied: implied);
                    break;
            }

            if (result is { Passed: false })
            {
                ReportBroken(result, null, error);
                return CliApp.CheckFailed;
            }

            return CliApp.Done;
        });
        return command;
    }

    /// <summary>
    /// A table with a period column: every period analysed and checked on its own, one block (or JSON object) per
    /// period in the order the periods first appear; exit 1 when an identity breaks in any period, each break named
    /// with its period on standard error.
    /// </summary>
    private static int WritePeriods(ParseResult parse, string path, IReadOnlyList<PeriodBreakdown> tables, bool check, TextWriter output, TextWriter error, Option<string> format, Option<string> lang, Option<string?> chartFont)
    {
        var results = new List<(ReportingPeriod Period, BreakdownAnalysis Analysis, TableCheck? Check, ImpliedTotalGrowth? Implied)>();
        foreach (var (period, table) in tables)
        {
            var named = period!.Value;
            try
            {
                results.Add((named, table.Analyse(), check ? table.Check() : null, Implied(table)));
            }
            catch (ArgumentException ex)
            {
                throw Refused($"{path}: {named}", table, ex);
            }
        }

        var language = CommonOptions.ParseLanguage(parse.GetValue(lang));
        switch (CommonOptions.ParseFormat(parse.GetValue(format)))
        {
            case OutputFormat.Json:
                ContribJson.WritePeriods(results, output);
                break;
            case OutputFormat.Html:
                var chartOptions = new ChartOptions { Language = ChartFile.Language(language) };
                var figures = results
                    .Select(r => new HtmlFigure(
                        language.Pick("Contributions to the total's growth (percentage points)", "各部分对总量增长的拉动 (百分点)", "各部分對總量增長的拉動 (百分點)") + ": " + PeriodText(r.Period, language),
                        ChartFile.Draw("--format html", parse.GetValue(chartFont), font => ContributionChart.Draw(r.Analysis, chartOptions with { FontFile = font })).ToSvg()))
                    .ToList();
                HtmlPage.Write(text => WriteBlocks(results, text, language, markdown: true), output, language.Tag(), figures);
                break;
            case OutputFormat.Markdown:
                WriteBlocks(results, output, language, markdown: true);
                break;
            default:
                WriteBlocks(results, output, language, markdown: false);
                break;
        }

        bool broken = false;
        foreach (var (period, _, result, _) in results)
        {
            if (result is { Passed: false })
            {
                ReportBroken(result, period, error);
                broken = true;
            }
        }

        return broken ? CliApp.CheckFailed : CliApp.Done;
    }

    private static void WriteBlocks(IEnumerable<(ReportingPeriod Period, BreakdownAnalysis Analysis, TableCheck? Check, ImpliedTotalGrowth? Implied)> results, TextWriter output, TextLanguage language, bool markdown)
    {
        bool first = true;
        foreach (var (period, analysis, result, implied) in results)
        {
            if (!first)
            {
                output.WriteLine(); // a blank line between one period's block and the next
            }

            first = false;
            ContribText.Write(analysis, result, output, language, markdown, period, implied);
        }
    }

    /// <summary>
    /// The total's growth implied by the rows of a table with levels that print both 拉动 and 贡献率 (G = 拉动 / 贡献率
    /// over those rows, as for a table without levels); null when no row prints both.
    /// </summary>
    private static ImpliedTotalGrowth? Implied(BreakdownTable table)
    {
        var rows = table.Parts
            .Where(p => p.ContributionPoints is not null && p.ContributionRatePercent is not null)
            .Select(p => new ContributionRow(p.Name, p.ContributionRatePercent, p.ContributionPoints))
            .ToList();
        return rows.Count == 0 ? null : ContributionTable.ImpliedTotalGrowth(rows);
    }

    /// <summary>
    /// A contribution table without levels: each period (or the whole table) checked by <see cref="ContributionTable"/>,
    /// its rows and implied growth written, its findings with --check; exit 1 when an identity breaks in any period,
    /// each break named with its period on standard error.
    /// </summary>
    private static int WriteLevelFree(ParseResult parse, IReadOnlyList<PeriodContributions> tables, bool check, bool exhaustive, TextWriter output, TextWriter error, Option<string> format, Option<string> lang)
    {
        var results = tables
            .Select(t => new LevelFreeResult(
                t.Period,
                t.Parts,
                t.Period is { } p
                    ? ContributionTable.Check(new ContributionPeriod(p.ToString(), t.Parts, t.TotalGrowthPercent), exhaustive)
                    : ContributionTable.Check(t.Parts, t.TotalGrowthPercent, exhaustive)))
            .ToList();
        var language = CommonOptions.ParseLanguage(parse.GetValue(lang));
        void Blocks(TextWriter text, bool markdown)
        {
            bool first = true;
            foreach (var r in results)
            {
                if (!first)
                {
                    text.WriteLine();
                }

                first = false;
                ContribText.WriteLevelFree(r.Parts, r.Result, check, text, language, markdown, r.Period);
            }
        }

        switch (CommonOptions.ParseFormat(parse.GetValue(format)))
        {
            case OutputFormat.Json:
                ContribJson.WriteLevelFree(results, check, output);
                break;
            case OutputFormat.Html:
                HtmlPage.Write(text => Blocks(text, markdown: true), output, language.Tag(), []);
                break;
            case OutputFormat.Markdown:
                Blocks(output, markdown: true);
                break;
            default:
                Blocks(output, markdown: false);
                break;
        }

        bool broken = false;
        foreach (var r in results)
        {
            if (check && !r.Result.Passed)
            {
                ReportBroken(r.Result.Check, r.Period, error);
                broken = true;
            }
        }

        return broken ? CliApp.CheckFailed : CliApp.Done;
    }

    private static string PeriodText(ReportingPeriod period, TextLanguage language) =>
        language.IsChinese() ? period.ToString(language.ChineseNotation()) : period.ToString();

    /// <summary>One line on standard error for each broken identity, after its period when the table has many.</summary>
    private static void ReportBroken(TableCheck result, ReportingPeriod? period, TextWriter error)
    {
        string prefix = "taizhou-metrics: check failed: " + (period is { } p ? p + ": " : string.Empty);
        foreach (var f in result.Broken)
        {
            string finding = f.ToString();
            error.WriteLine(prefix + (finding.StartsWith(f.Row, StringComparison.Ordinal)
                ? CellText.Quote(f.Row) + CellText.Escape(finding.AsSpan(f.Row.Length))
                : CellText.Escape(finding)));
        }
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
