using System;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Cli.Input;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.Disaggregation;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>
/// <c>taizhou-metrics disagg</c>: temporal disaggregation (时间分解) and benchmarking (基准化) of an annual or quarterly
/// series to quarters or months, with or without indicators, by the methods of R's tempdisagg
/// (<see cref="TemporalDisaggregation"/>, docs/disaggregation.md).
/// </summary>
internal static class DisaggCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="stdin">Opens standard input, for <c>--input -</c>.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, Func<Stream> stdin)
    {
        var input = new Option<string>("--input", "-i") { Description = "The low-frequency series (annual or quarterly): a table (CSV, TSV or semicolon-separated, or an .xlsx or .xls workbook with --sheet; - for standard input) with the columns period and value.", Required = true };
        var indicator = new Option<string[]>("--indicator") { Description = "A high-frequency indicator (quarterly or monthly) with the columns period and value; repeat for several (regression methods). Without one, --to gives the frequency.", AllowMultipleArgumentsPerToken = false };
        var to = new Option<string?>("--to") { Description = "The high frequency: quarter or month (needed without an indicator; with one, it must match the indicator's)." };
        to.AcceptOnlyFromAmong("quarter", "month");
        var method = new Option<string>("--method", "-m") { Description = "denton-cholette, denton, chow-lin, fernandez, litterman, ols or uniform.", Required = true };
        method.AcceptOnlyFromAmong("denton-cholette", "denton", "chow-lin", "fernandez", "litterman", "ols", "uniform");
        var variant = new Option<string>("--variant") { Description = "For the Denton methods: proportional (default) or additive.", DefaultValueFactory = _ => "proportional" };
        variant.AcceptOnlyFromAmong("proportional", "additive");
        var h = new Option<int>("--h") { Description = "For the Denton methods: the order of differences, 0 to 4 (default 1).", DefaultValueFactory = _ => 1 };
        var conversion = new Option<string>("--conversion") { Description = "How the high-frequency values make up a low-frequency one: sum (default), mean, first or last.", DefaultValueFactory = _ => "sum" };
        conversion.AcceptOnlyFromAmong("sum", "mean", "average", "first", "last");
        var rho = new Option<string>("--rho") { Description = "For chow-lin and litterman: how ρ is found: maxlog (default), minrss, minrss-ecotrim (chow-lin) or a fixed number strictly between -1 and 1.", DefaultValueFactory = _ => "maxlog" };
        var noTruncation = new Option<bool>("--no-truncation") { Description = "Keep a negative estimated ρ (tempdisagg's truncated.rho = -1); by default it is set to 0." };
        var noConstant = new Option<bool>("--no-constant") { Description = "For the regression methods: no constant (y ~ 0 + x)." };
        var unit = new Option<string>("--unit") { Description = "Unit of the values: yi (亿元, default), wan (万元), yuan (元), count, percent, index.", DefaultValueFactory = _ => "yi" };
        var format = new Option<string>("--format", "-f") { Description = "Output format: table (default), json (stable, for other programs), markdown, or csv (period,value at full precision).", DefaultValueFactory = _ => "table" };
        format.AcceptOnlyFromAmong("table", "json", "markdown", "csv");
        var lang = CommonOptions.Language();
        var encoding = CommonOptions.Encoding();
        var delimiter = CommonOptions.Delimiter();
        var sheet = CommonOptions.Sheet();
        var command = new Command("disagg", "Temporal disaggregation and benchmarking (时间分解, 基准化) to quarters or months, as R's tempdisagg: Denton, Denton-Cholette, Chow-Lin, Fernández, Litterman, OLS, uniform.")
        {
            input, indicator, to, method, variant, h, conversion, rho, noTruncation, noConstant, unit, format, lang, encoding, delimiter, sheet,
        };
        command.SetAction(parse =>
        {
            if (!MetricUnit.TryParse(parse.GetValue(unit), out var metricUnit))
            {
                throw new InputException($"--unit {CellText.Quote(parse.GetValue(unit))} is not a unit (yi, wan, yuan, count, percent, index).");
            }

            var options = Options(parse.GetValue(method)!, parse.GetValue(variant)!, parse.GetValue(h), parse.GetValue(conversion)!, parse.GetValue(rho)!, parse.GetValue(noTruncation), parse.GetValue(noConstant));
            var readOptions = CommonOptions.ReadOptions(parse.GetValue(encoding), parse.GetValue(delimiter), parse.GetValue(sheet));
            string path = parse.GetValue(input)!;
            string[] indicatorPaths = parse.GetValue(indicator) ?? [];
            if ((indicatorPaths.Contains("-") && path == "-") || indicatorPaths.Count(p => p == "-") > 1)
            {
                throw new InputException("Only one of --input and --indicator can be standard input (-).");
            }

            TimeSeries Read(string file) => file == "-" ? SeriesReader.Read(stdin(), file, metricUnit, readOptions) : SeriesReader.Read(file, metricUnit, readOptions);
            var low = Read(path);
            var indicators = indicatorPaths.Select(Read).ToArray();
            PeriodKind? target = parse.GetValue(to) switch
            {
                "quarter" => PeriodKind.Quarter,
                "month" => PeriodKind.Month,
                _ => null,
            };
            DisaggregationResult result;
            try
            {
                if (indicators.Length == 0)
                {
                    result = TemporalDisaggregation.Disaggregate(low, target ?? throw new InputException("--to quarter|month is needed without an --indicator."), options);
                }
                else
                {
                    var kind = indicators[0].Observations.FirstOrDefault().Period.Kind;
                    if (target is PeriodKind t && indicators[0].Count > 0 && kind != t)
                    {
                        throw new InputException($"--to {parse.GetValue(to)} does not match the indicator {indicatorPaths[0]}, which holds {kind} periods.");
                    }

                    result = TemporalDisaggregation.Disaggregate(low, indicators, options);
                }
            }
            catch (ArgumentException ex)
            {
                throw InputException.FromArgument(indicatorPaths.Length > 0 ? $"{path} with {string.Join(", ", indicatorPaths)}" : path, ex);
            }

            switch (parse.GetValue(format))
            {
                case "json":
                    DisaggJson.Write(result, output);
                    break;
                case "csv":
                    DisaggText.WriteCsv(result, output);
                    break;
                default:
                    DisaggText.Write(result, output, CommonOptions.ParseLanguage(parse.GetValue(lang)), parse.GetValue(format) == "markdown");
                    break;
            }

            return CliApp.Done;
        });
        return command;
    }

    private static DisaggregationOptions Options(string method, string variant, int h, string conversion, string rho, bool noTruncation, bool noConstant)
    {
        var criterion = variant == "additive" ? DentonCriterion.Additive : DentonCriterion.Proportional;
        if (h is < 0 or > 4)
        {
            throw new InputException($"--h {h.ToString(CultureInfo.InvariantCulture)} must be 0 to 4.");
        }

        double fixedRho = 0.5;
        RhoEstimation estimation = rho switch
        {
            "maxlog" => RhoEstimation.MaximumLikelihood,
            "minrss" => RhoEstimation.MinimumRss,
            "minrss-ecotrim" when method == "chow-lin" => RhoEstimation.MinimumRssEcotrim,
            _ when double.TryParse(rho, NumberStyles.Float, CultureInfo.InvariantCulture, out fixedRho) && fixedRho > -1 && fixedRho < 1 => RhoEstimation.Fixed,
            _ => throw new InputException($"--rho {CellText.Quote(rho)} is not maxlog, minrss, minrss-ecotrim (chow-lin only) or a number strictly between -1 and 1."),
        };
        var options = method switch
        {
            "denton-cholette" => DisaggregationOptions.DentonCholette(criterion, h),
            "denton" => DisaggregationOptions.Denton(criterion, h),
            "chow-lin" => DisaggregationOptions.ChowLin(estimation, fixedRho),
            "litterman" => DisaggregationOptions.Litterman(estimation, fixedRho),
            "fernandez" => DisaggregationOptions.Fernandez(),
            "ols" => DisaggregationOptions.Ols(),
            _ => DisaggregationOptions.Uniform(),
        };
        options = options.WithConversion(conversion switch
        {
            "mean" or "average" => DisaggregationConversion.Average,
            "first" => DisaggregationConversion.First,
            "last" => DisaggregationConversion.Last,
            _ => DisaggregationConversion.Sum,
        });
        if (noTruncation)
        {
            options = options.WithTruncatedRho(null);
        }

        if (noConstant)
        {
            if (!options.IsRegression)
            {
                throw new InputException($"--no-constant applies to the regression methods; {method} uses its indicator as it is.");
            }

            options = options.WithConstant(false);
        }

        return options;
    }
}
