using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Text;
using System;
using Taizhou.Metrics.Charts;
using Taizhou.Metrics.Cli.Input;
using Taizhou.Metrics.Cli.Output;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>
/// <c>taizhou-metrics project</c>: projects a series to a target period by constant growth, a log-linear trend or Holt
/// smoothing, and prints the path, the gap to the target and (with <c>--share-of</c>) what a share target requires;
/// <c>--chart</c> draws it.
/// </summary>
internal static class ProjectCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="stdin">Opens standard input, for <c>--input -</c> or <c>--share-of -</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, Func<Stream> stdin)
    {
        var input = new Option<string>("--input", "-i") { Description = "Series table (CSV, TSV or semicolon-separated, or an .xlsx or .xls workbook with --sheet; - for standard input) with the columns period (2015, 2018Q2, 2018年...) and value (or 期间 and 数值).", Required = true };
        var target = new Option<string>("--target") { Description = "The target as PERIOD:LEVEL, for example 2021:5000.", Required = true };
        var method = new Option<string>("--method", "-m") { Description = "constant (default), loglinear or holt.", DefaultValueFactory = _ => "constant" };
        method.AcceptOnlyFromAmong("constant", "loglinear", "holt");
        var average = new Option<int?>("--average") { Description = "For constant growth: the geometric average growth of the last K periods instead of the latest growth." };
        var damped = new Option<bool>("--damped") { Description = "For Holt: damp the trend (phi fitted)." };
        var confidence = new Option<double>("--confidence") { Description = "Level of the prediction intervals, between 0 and 1 (default 0.95).", DefaultValueFactory = _ => 0.95 };
        var shareOf = new Option<string?>("--share-of") { Description = "Series table (CSV or workbook, read with the same --sheet) of the total the input is a part of (for a share target)." };
        var share = new Option<double?>("--share") { Description = "The share target in percent of the --share-of total, for example 70." };
        var chart = new Option<string?>("--chart") { Description = "Draw the actual path, the projection with its interval band and the target path to FILE.png or FILE.svg, in the --lang language." };
        var chartFont = CommonOptions.ChartFont();
        var scenarios = new Option<string?>("--scenarios") { Description = "Constant-growth scenarios as NAME:PERCENT pairs, for example low:5,base:8,high:12." };
        var unit = new Option<string>("--unit") { Description = "Unit of the values: yi (亿元, default), wan (万元), yuan (元), count, percent, index.", DefaultValueFactory = _ => "yi" };
        var format = CommonOptions.Format(html: true);
        var lang = CommonOptions.Language();
        var encoding = CommonOptions.Encoding();
        var delimiter = CommonOptions.Delimiter();
        var sheet = CommonOptions.Sheet();
        var command = new Command("project", "Project a series to a target period and measure the gap to the target.")
        {
            input, target, method, average, damped, confidence, shareOf, share, scenarios, chart, chartFont, unit, format, lang, encoding, delimiter, sheet,
        };
        command.SetAction(parse =>
        {
            if (!MetricUnit.TryParse(parse.GetValue(unit), out var metricUnit))
            {
                throw new InputException($"--unit {CellText.Quote(parse.GetValue(unit))} is not a unit (yi, wan, yuan, count, percent, index).");
            }

            string targetText = parse.GetValue(target)!;
            var valueTarget = ParseTarget(targetText);
            double level = parse.GetValue(confidence);
            if (!(level > 0.0 && level < 1.0))
            {
                throw new InputException($"--confidence {level.ToString(CultureInfo.InvariantCulture)} must be between 0 and 1.");
            }

            if (parse.GetValue(average) is int k && k < 1)
            {
                throw new InputException($"--average {k.ToString(CultureInfo.InvariantCulture)} must be at least 1 (the number of latest growth rates averaged).");
            }

            string? totalPath = parse.GetValue(shareOf);
            double? sharePercent = parse.GetValue(share);
            if ((totalPath is null) != (sharePercent is null))
            {
                throw new InputException("--share-of and --share go together: give the total's file and the target share in percent.");
            }

            if (sharePercent is double sp && !(sp > 0.0 && sp <= 100.0))
            {
                throw new InputException($"--share {sp.ToString(CultureInfo.InvariantCulture)} must be a percent above 0 and at most 100.");
            }

            string? chartPath = parse.GetValue(chart);
            if (chartPath is not null)
            {
                ChartFile.FormatOf(chartPath); // a wrong extension is refused before the input is read
            }
            string path = parse.GetValue(input)!;
            if (path == "-" && totalPath == "-")
            {
                throw new InputException("--input and --share-of cannot both be standard input (-).");
            }

            var options = CommonOptions.ReadOptions(parse.GetValue(encoding), parse.GetValue(delimiter), parse.GetValue(sheet));
            TimeSeries ReadSeries(string file) => file == "-" ? SeriesReader.Read(stdin(), file, metricUnit, options) : SeriesReader.Read(file, metricUnit, options);
            var series = ReadSeries(path);
            var spec = new Spec(parse.GetValue(method)!, parse.GetValue(average), parse.GetValue(damped), level);
            var projection = Run(spec, series, valueTarget.Period, path, targetText);
            var gap = Refused("--target", targetText, () => TargetGap.Of(projection, valueTarget));
            // The projection refused a target period not after the last actual one (exit 2), so the years are positive here.
            var required = Refused("--target", targetText, () => Requirements.AnnualGrowth(projection.LastActualValue, projection.LastActualPeriod, valueTarget));
            ShareOutcome? shareOutcome = null;
            if (totalPath is not null)
            {
                var total = ReadSeries(totalPath);
                var totalProjection = Run(spec, total, valueTarget.Period, totalPath, targetText);
                shareOutcome = Refused("--share-of", totalPath, () => ShareOutcome.Of(series, projection, total, totalProjection, valueTarget, new ShareTarget("share", valueTarget.Period, sharePercent!.Value / 100.0), totalPath));
            }

            var outcomes = parse.GetValue(scenarios) is { } scenarioText
                ? Refused("--scenarios", scenarioText, () => Scenarios.Project(projection.LastActualValue, projection.LastActualPeriod, valueTarget, ParseScenarios(scenarioText)))
                : null;
            var language = CommonOptions.ParseLanguage(parse.GetValue(lang));
            var outputFormat = CommonOptions.ParseFormat(parse.GetValue(format));
            var chartOptions = new ChartOptions { Language = ChartFile.Language(language) };
            // Before the result is printed: an exit code of 3 (the chart cannot be written) comes with no result.
            var picture = ChartFile.DrawAndWrite(chartPath, outputFormat == OutputFormat.Html, parse.GetValue(chartFont), font => ProjectionChart.Draw(series, projection, valueTarget, chartOptions with { FontFile = font }));
            switch (outputFormat)
            {
                case OutputFormat.Json:
                    ProjectJson.Write(series, gap, required, shareOutcome, outcomes, output);
                    break;
                case OutputFormat.Markdown:
                    ProjectText.Write(series, gap, required, shareOutcome, outcomes, output, language, markdown: true);
                    break;
                case OutputFormat.Html:
                    HtmlPage.Write(
                        text => ProjectText.Write(series, gap, required, shareOutcome, outcomes, text, language, markdown: true),
                        output,
                        language.Tag(),
                        [new HtmlFigure(language.Pick("Actual values and the projected path", "实际值与预测路径", "實際值與預測路徑"), picture!.ToSvg())]);
                    break;
                default:
                    ProjectText.Write(series, gap, required, shareOutcome, outcomes, output, language, markdown: false);
                    break;
            }

            return CliApp.Done;
        });
        return command;
    }

    private static ValueTarget ParseTarget(string text)
    {
        int colon = text.LastIndexOf(':');
        if (colon <= 0 || colon == text.Length - 1)
        {
            throw new InputException($"--target {CellText.Quote(text)} is not PERIOD:LEVEL (for example 2021:5000).");
        }

        if (!ReportingPeriod.TryParse(text[..colon], out var period))
        {
            throw new InputException($"--target {CellText.Quote(text)}: {CellText.Quote(text.AsSpan(0, colon))} is not a period (2021, 2021Q4, 2021年...).");
        }

        if (!decimal.TryParse(text[(colon + 1)..], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal level) || level <= 0m)
        {
            throw new InputException($"--target {CellText.Quote(text)}: the level {CellText.Quote(text.AsSpan(colon + 1))} must be a positive number.");
        }

        return new ValueTarget("target", period, level);
    }

    private static Scenario[] ParseScenarios(string text)
    {
        var list = new System.Collections.Generic.List<Scenario>();
        foreach (string part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            int colon = part.LastIndexOf(':');
            if (colon <= 0 || !decimal.TryParse(part[(colon + 1)..], NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out decimal percent) || percent <= -100m)
            {
                throw new InputException($"--scenarios: {CellText.Quote(part)} is not NAME:PERCENT with a growth above -100 (for example base:8).");
            }

            string name = part[..colon];
            if (list.Exists(s => s.Name == name))
            {
                throw new InputException($"--scenarios: {CellText.Quote(name)} appears twice.");
            }

            list.Add(new Scenario(name, GrowthRate.FromPercent(percent)));
        }

        return list.Count > 0 ? [.. list] : throw new InputException("--scenarios: give at least one NAME:PERCENT pair.");
    }

    /// <summary>
    /// Projects; what the library refuses is bad input: a horizon it cannot reach (another kind of period, not after
    /// the last value, or a path that overflows a double) names <c>--target</c>, anything else the series' file.
    /// </summary>
    private static Projection Run(Spec spec, TimeSeries series, ReportingPeriod horizon, string path, string targetText)
    {
        try
        {
            return spec.Method switch
            {
                "loglinear" => Project.LogLinear(series, horizon, spec.Confidence),
                "holt" => Project.Holt(series, horizon, null, spec.Damped, spec.Confidence),
                _ => Project.ConstantGrowth(series, horizon, spec.Average is int k ? ConstantGrowthBasis.AverageOfLast(k) : ConstantGrowthBasis.Latest, spec.Confidence),
            };
        }
        catch (ArgumentException ex) when (ex.ParamName == "horizon")
        {
            throw InputException.FromArgument($"--target {CellText.Quote(targetText)}: {path}", ex);
        }
        catch (OverflowException ex)
        {
            // Project's documented refusal of a path beyond a double's range: the target period is too far ahead.
            throw new InputException($"--target {CellText.Quote(targetText)}: {path}: {ex.Message}", ex);
        }
        catch (ArgumentException ex)
        {
            throw InputException.FromArgument(path, ex);
        }
    }

    /// <summary>Runs a computation on an option's value; what the library refuses is bad input naming the option.</summary>
    private static T Refused<T>(string option, string value, Func<T> compute)
    {
        try
        {
            return compute();
        }
        catch (ArgumentException ex)
        {
            throw InputException.FromArgument($"{option} {CellText.Quote(value)}", ex);
        }
    }

    private sealed record Spec(string Method, int? Average, bool Damped, double Confidence);
}
