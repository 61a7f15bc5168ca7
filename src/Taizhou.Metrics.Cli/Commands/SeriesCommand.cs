using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Cli.Input;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>
/// <c>taizhou-metrics series</c>: from a cumulative series as released (1-N月 levels and, optionally, their growth in
/// percent), each month's level, comparable base and growth (单月同比) with the bounds the rounding of the printed
/// figures allows, and the n-year average growth (两年平均增速) of every period with a base n years earlier.
/// </summary>
internal static class SeriesCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="stdin">Opens standard input, for <c>--input -</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, Func<Stream> stdin)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "Cumulative series table (CSV, TSV or semicolon-separated, or an .xlsx or .xls workbook with --sheet; - for standard input) with the columns period (2023年1-5月, 2023-01..05; January may be 2023年1月), value (the cumulative level as printed) and optionally growth (the cumulative growth in percent as printed); Chinese headers 时期, 累计值, 增速 and others (docs/input.md).",
            Required = true,
        };
        var singleMonth = new Option<bool>("--single-month") { Description = "Each month's level, comparable base and growth (单月同比) with their bounds from the rounding of the printed figures (the default when --average-years is not given)." };
        var averageYears = new Option<int?>("--average-years") { Description = "The n-year average growth (两年平均 for 2, 三年平均 for 3) of every period with a base n years earlier: from the levels, and from the chained year-on-year rates (approximate).", HelpName = "N" };
        var split = new Option<string?>("--split-jan-feb")
        {
            Description = "Also split each 1-2月合计 into January and February, marked as estimated, by a stated rule: equal, working-days:J,F (the months' working days, 21,14) or last-year:J,F (last year's January and February values; a file of one year's 1-2月 only).",
            HelpName = "equal|working-days:J,F|last-year:J,F",
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = "Output format: table (default), json (stable, for other programs), markdown or csv (one table at full precision, percent columns in percent: give --single-month or --average-years, not both).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "markdown", "csv");
        var lang = CommonOptions.Language();
        var encoding = CommonOptions.Encoding();
        var delimiter = CommonOptions.Delimiter();
        var sheet = CommonOptions.Sheet();
        var command = new Command("series", "Single-month figures (单月同比) from a cumulative series as released, with bounds from the rounding of the printed figures, and n-year average growth (两年平均增速).")
        {
            input, singleMonth, averageYears, split, format, lang, encoding, delimiter, sheet,
        };
        command.SetAction(parse =>
        {
            int? years = parse.GetValue(averageYears);
            if (years is int n && n < 1)
            {
                throw new InputException($"--average-years {n.ToString(CultureInfo.InvariantCulture)}: the number of years must be at least 1 (2 for 两年平均).");
            }

            bool single = parse.GetValue(singleMonth) || years is null;
            string chosen = parse.GetValue(format)!;
            if (chosen == "csv" && single && years is not null)
            {
                throw new InputException("--format csv writes one table: give --single-month or --average-years, not both.");
            }

            var rule = parse.GetValue(split) is { } ruleText ? ParseRule(ruleText) : null;
            if (rule is not null && !single)
            {
                throw new InputException("--split-jan-feb splits the single-month figures: give --single-month with it.");
            }

            string path = parse.GetValue(input)!;
            var options = CommonOptions.ReadOptions(parse.GetValue(encoding), parse.GetValue(delimiter), parse.GetValue(sheet));
            var table = path == "-" ? CumulativeSeriesReader.Read(stdin(), path, options) : CumulativeSeriesReader.Read(path, options);
            SeriesResult result;
            try
            {
                result = Compute(path, table, single, years, rule);
            }
            catch (ArgumentException ex)
            {
                // A figure the library refuses for its formula (levels at the edge of a double within their rounding): bad input, named by the file.
                throw InputException.FromArgument(path, ex);
            }
            var language = CommonOptions.ParseLanguage(parse.GetValue(lang));
            switch (chosen)
            {
                case "json":
                    SeriesJson.Write(result, output);
                    break;
                case "csv":
                    SeriesText.WriteCsv(result, output);
                    break;
                default:
                    SeriesText.Write(result, output, language, markdown: chosen == "markdown");
                    break;
            }

            return CliApp.Done;
        });
        return command;
    }

    /// <summary>Computes what was asked for.</summary>
    /// <param name="input">The input's name.</param>
    /// <param name="table">The cumulative series, as read.</param>
    /// <param name="single">Whether to compute the single-month figures (every row then needs its level).</param>
    /// <param name="years">The n of the n-year averages, or null.</param>
    /// <param name="rule">The rule to split each 1-2月合计 by, or null.</param>
    /// <returns>The result.</returns>
    /// <exception cref="InputFormatException">The single-month figures are asked for and a row has no level.</exception>
    /// <exception cref="InputException">A rule with one year's weights is given for a file with 1-2月 of several years.</exception>
    public static SeriesResult Compute(string input, CumulativeTable table, bool single, int? years, JanuaryFebruaryRule? rule = null)
    {
        int decimals = table.Rows.Max(r => r.Level?.Decimals ?? 0);
        var singleMonths = single ? SingleMonth.FromCumulative(table.Figures("--single-month")) : null;
        var splits = new Dictionary<int, JanuaryFebruarySplit>();
        if (rule is not null && singleMonths is not null)
        {
            var combined = singleMonths.Where(m => m.Period == ReportingPeriod.JanuaryFebruary(m.Period.Year)).ToList();
            if (rule.Kind != JanuaryFebruaryRuleKind.Equal && combined.Count > 1)
            {
                throw new InputException($"--split-jan-feb {rule}: the weights are one year's, but the file has 1-2月 of {combined.Count.ToString(CultureInfo.InvariantCulture)} years ({string.Join(", ", combined.Select(m => m.Period.Year.ToString(CultureInfo.InvariantCulture)))}); split one year at a time, or use equal.");
            }

            foreach (var m in combined)
            {
                splits[m.Period.Year] = SingleMonth.SplitJanuaryFebruary(m, rule);
            }
        }

        return new SeriesResult(input, decimals, singleMonths, years, years is int n ? Averages(table.Rows, n) : null, splits);
    }

    /// <summary>Reads <c>--split-jan-feb</c>: <c>equal</c>, <c>working-days:J,F</c> or <c>last-year:J,F</c>.</summary>
    /// <param name="text">The option's value.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="InputException">The value is not one of the three forms, or its weights are refused.</exception>
    public static JanuaryFebruaryRule ParseRule(string text)
    {
        string t = text.Trim();
        if (t == "equal")
        {
            return JanuaryFebruaryRule.Equal();
        }

        int colon = t.IndexOf(':', StringComparison.Ordinal);
        string kind = colon < 0 ? t : t[..colon];
        string[] weights = colon < 0 ? [] : t[(colon + 1)..].Split(',', StringSplitOptions.TrimEntries);
        try
        {
            if (kind == "working-days" && weights.Length == 2
                && int.TryParse(weights[0], NumberStyles.None, CultureInfo.InvariantCulture, out int january)
                && int.TryParse(weights[1], NumberStyles.None, CultureInfo.InvariantCulture, out int february))
            {
                return JanuaryFebruaryRule.WorkingDays(january, february);
            }

            if (kind == "last-year" && weights.Length == 2
                && PublishedValue.TryParse(weights[0], out var lastJanuary)
                && PublishedValue.TryParse(weights[1], out var lastFebruary))
            {
                return JanuaryFebruaryRule.LastYearRatio(lastJanuary.Value, lastFebruary.Value);
            }
        }
        catch (ArgumentOutOfRangeException ex)
        {
            throw InputException.FromArgument("--split-jan-feb " + Text.CellText.Quote(text), ex);
        }

        throw new InputException($"--split-jan-feb: {Text.CellText.Quote(text)} is not a rule; give equal, working-days:J,F (January's and February's working days, such as working-days:21,14) or last-year:J,F (last year's January and February values, such as last-year:4200,3800).");
    }

    /// <summary>
    /// The n-year average of every row with a base n years earlier: from the two levels when both are printed and
    /// positive, from the n year-on-year rates (this row's and those of the n − 1 years before) when all are printed.
    /// </summary>
    private static List<AverageRow> Averages(IReadOnlyList<CumulativeRow> table, int years)
    {
        var byPeriod = table.ToDictionary(r => r.Period);
        var rows = new List<AverageRow>();
        foreach (var r in table.OrderBy(r => r.Period))
        {
            if (r.Period.Year - years < ReportingPeriod.MinYear)
            {
                continue;
            }

            var basePeriod = r.Period.YearsEarlier(years);
            BoundedEstimate? fromLevels = byPeriod.TryGetValue(basePeriod, out var b) && r.Level is { Value: > 0m } current && b.Level is { Value: > 0m } baseLevel
                ? NYearAverage.FromLevels(current, baseLevel, years)
                : null;
            var rates = new List<PublishedValue>(years);
            for (int k = 0; k < years; k++)
            {
                if (byPeriod.TryGetValue(r.Period.YearsEarlier(k), out var y) && y.GrowthPercent is { } g)
                {
                    rates.Add(g);
                }
            }

            BoundedEstimate? fromRates = rates.Count == years ? NYearAverage.FromYearOnYear(rates) : null;
            if (byPeriod.ContainsKey(basePeriod) || fromRates is not null)
            {
                rows.Add(new AverageRow(r.Period, basePeriod, fromLevels, fromRates));
            }
        }

        return rows;
    }
}
