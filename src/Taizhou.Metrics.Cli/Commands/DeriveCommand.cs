using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.IO;
using System.Linq;
using NodaTime.Text;
using Taizhou.Metrics.Cli.Input;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>
/// <c>taizhou-metrics derive</c>: the figures bulletins derive in their sentences (高于…个百分点, 扣除…后增长, 占比,
/// 贡献率, 平均每户, 时间进度, 完成全年目标的 X %), computed from the printed figures with bounds from their rounding,
/// and the bulletin's own figure checked against them (docs/structure.md, "Figures derived in the text").
/// </summary>
/// <remarks>
/// Every figure is taken as printed text, the number of its decimals its precision (8.50 is not 8.5), read as a table's
/// cell is (<see cref="PublishedValue.TryParse"/>: no %, thousands separators or full-width digits). A printed figure
/// that breaks is exit 1, as <c>contrib --check</c>; a figure that does not parse, or one the formula cannot take (a
/// share, count or target of zero), is exit 2 naming the option.
/// </remarks>
internal static class DeriveCommand
{
    private const string NotANumber = "is not a number as printed (write it as the bulletin prints it, such as 8.5 or 1042.27: without %, thousands separators or full-width digits, at most 28 decimals, within ±7.9e28)";

    /// <summary>Creates the command and its subcommands.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The command.</returns>
    public static Command Create(TextWriter output, TextWriter error) =>
        new("derive", "Figures bulletins derive in the text (高于…个百分点, 扣除…后增长, 占比, 贡献率, 平均每户, 时间进度, 完成全年目标), with bounds from the rounding of the printed figures; --printed checks the bulletin's own figure (exit 1 when it breaks). Figures are given as printed: their decimals are their precision.")
        {
            PointDifferenceCommand(output, error),
            RestGrowthCommand(output, error),
            TotalFromShareCommand(output, error),
            ChangeFromContributionCommand(output, error),
            PerUnitCommand(output, error),
            TimeProgressCommand(output, error),
            TargetProgressCommand(output, error),
        };

    private static Command PointDifferenceCommand(TextWriter output, TextWriter error)
    {
        var rate = Figure("--rate", "The rate in percent as printed (8.5 for 增长8.5%).", required: true);
        var other = Figure("--other", "The rate it is compared with, in percent as printed (3.4 for 全市平均 3.4%).", required: true);
        var printed = Printed("The printed difference in percentage points (5.1 for 快于…5.1个百分点; negative for 低于 / 回落).");
        return Subcommand(
            "point-difference",
            "The difference of two rates in percentage points (高于 / 快于 / 低于…个百分点): rate − other.",
            output,
            error,
            [rate, other, printed],
            new Dictionary<string, Option>(StringComparer.Ordinal) { ["ratePercent"] = rate, ["otherRatePercent"] = other },
            parse =>
            {
                var a = Required(parse, rate);
                var b = Required(parse, other);
                var p = Optional(parse, printed);
                var check = p is { } printedPoints ? PointDifference.Check(a, b, printedPoints) : null;
                return new DeriveResult(
                    "point-difference",
                    "rate − other",
                    [Input(rate, a, "percent"), Input(other, b, "percent")],
                    [new DerivedFigure("difference", DerivedUnit.Points, PointDifference.Between(a, b), check, check is null ? null : printed.Name, p)]);
            });
    }

    private static Command RestGrowthCommand(TextWriter output, TextWriter error)
    {
        var total = Figure("--total", "The total's level as printed (8791 for 第二产业 8791亿元).", required: true);
        var totalGrowth = Figure("--total-growth", "The total's growth in percent as printed (41.8).", required: true);
        var part = Figure("--part", "The level of the part taken out, as printed (8511 for 工业 8511亿元).", required: true);
        var partGrowth = Figure("--part-growth", "The part's growth in percent as printed (42.3).", required: true);
        var printed = Printed("The printed growth of the rest in percent (28.0 for 扣除工业后增长28.0%).");
        return Subcommand(
            "rest-growth",
            "The growth of a total excluding a part (扣除…后增长): (total − part) / (total / (1 + total-growth) − part / (1 + part-growth)) − 1.",
            output,
            error,
            [total, totalGrowth, part, partGrowth, printed],
            new Dictionary<string, Option>(StringComparer.Ordinal),
            parse =>
            {
                var x = Required(parse, total);
                var g = Required(parse, totalGrowth);
                var y = Required(parse, part);
                var h = Required(parse, partGrowth);
                var rest = Implied.RestGrowth(x, g, y, h);
                var p = Optional(parse, printed);
                return new DeriveResult(
                    "rest-growth",
                    "(total − part) / (total / (1 + total-growth) − part / (1 + part-growth)) − 1",
                    [Input(total, x, "level"), Input(totalGrowth, g, "percent"), Input(part, y, "level"), Input(partGrowth, h, "percent")],
                    [Checked("rest_growth", DerivedUnit.Percent, rest, p, printed)]);
            });
    }

    private static Command TotalFromShareCommand(TextWriter output, TextWriter error)
    {
        var part = Figure("--part", "The part's level as printed (790.99 for 790.99亿元).", required: true);
        var share = Figure("--share", "The part's share of the total in percent as printed (76.5 for 占…比重达76.5%); not zero.", required: true);
        var printed = Printed("The printed total, in the part's unit.");
        return Subcommand(
            "total-from-share",
            "The total implied by a part and its share (占比): part / share.",
            output,
            error,
            [part, share, printed],
            new Dictionary<string, Option>(StringComparer.Ordinal) { ["sharePercent"] = share },
            parse =>
            {
                var x = Required(parse, part);
                var s = Required(parse, share);
                var p = Optional(parse, printed);
                return new DeriveResult(
                    "total-from-share",
                    "part / share",
                    [Input(part, x, "level"), Input(share, s, "percent")],
                    [Checked("total", DerivedUnit.Level, ImpliedTotal.FromShare(x, s), p, printed)]);
            });
    }

    private static Command ChangeFromContributionCommand(TextWriter output, TextWriter error)
    {
        var increase = Figure("--part-increase", "The part's increase on the earlier period as printed (negative for a fall); or give --part and --part-growth.", required: false);
        var part = Figure("--part", "The part's current level as printed (83.55 for 83.55亿元), with --part-growth.", required: false);
        var partGrowth = Figure("--part-growth", "The part's growth in percent as printed (29.8), with --part.", required: false);
        var rate = Figure("--contribution-rate", "The part's contribution rate in percent as printed (13.7 for 贡献率13.7%); not zero.", required: true);
        var printed = Printed("The printed change of the total, in the part's unit.");
        return Subcommand(
            "change-from-contribution",
            "The change of the total implied by a part's contribution rate (贡献率): part-increase / contribution-rate, or part × part-growth / (1 + part-growth) / contribution-rate.",
            output,
            error,
            [increase, part, partGrowth, rate, printed],
            new Dictionary<string, Option>(StringComparer.Ordinal) { ["partIncrease"] = increase, ["partGrowthPercent"] = partGrowth, ["contributionRatePercent"] = rate },
            parse =>
            {
                var dx = Optional(parse, increase);
                var x = Optional(parse, part);
                var g = Optional(parse, partGrowth);
                var c = Required(parse, rate);
                var p = Optional(parse, printed);
                if (dx is { } d)
                {
                    if (x is not null || g is not null)
                    {
                        throw new InputException("--part-increase and --part/--part-growth: give the part's increase, or its level and growth, not both.");
                    }

                    return new DeriveResult(
                        "change-from-contribution",
                        "part-increase / contribution-rate",
                        [Input(increase, d, "level"), Input(rate, c, "percent")],
                        [Checked("total_change", DerivedUnit.Level, ImpliedTotal.ChangeFromContributionRate(d, c), p, printed)]);
                }

                if (x is not { } level || g is not { } growth)
                {
                    throw new InputException("--part-increase, or --part and --part-growth: give the part's increase, or its level and its growth in percent.");
                }

                return new DeriveResult(
                    "change-from-contribution",
                    "part × part-growth / (1 + part-growth) / contribution-rate",
                    [Input(part, level, "level"), Input(partGrowth, growth, "percent"), Input(rate, c, "percent")],
                    [Checked("total_change", DerivedUnit.Level, ImpliedTotal.ChangeFromContributionRate(level, growth, c), p, printed)]);
            });
    }

    private static Command PerUnitCommand(TextWriter output, TextWriter error)
    {
        var total = Figure("--total", "The total as printed (4401.73 for 销售收入4401.73亿元).", required: true);
        var count = Figure("--count", "The number of units (2835 for 2835家): a whole number is an exact count, one with decimals (662.3 for 662.3万人) is rounded; positive.", required: true);
        var countRounded = new Option<bool>("--count-rounded") { Description = "The whole-number --count is rounded too (66 for 66万户), not an exact count: its rounding widens the bounds." };
        var printed = Printed("The printed average, in the total's unit per unit counted (1.55 for 平均每家1.55亿元).");
        return Subcommand(
            "per-unit",
            "The average per unit (平均每户, 人均): total / count.",
            output,
            error,
            [total, count, countRounded, printed],
            new Dictionary<string, Option>(StringComparer.Ordinal) { ["count"] = count },
            parse =>
            {
                var t = Required(parse, total);
                var n = Required(parse, count);
                var p = Optional(parse, printed);
                BoundedEstimate average;
                if (n.Decimals == 0 && !parse.GetValue(countRounded))
                {
                    if (n.Value > int.MaxValue)
                    {
                        throw new InputException($"--count {n}: an exact count is at most {int.MaxValue.ToString(CultureInfo.InvariantCulture)}; give it in a larger unit (万, 亿) with --count-rounded.");
                    }

                    // A count below one is refused by the library, naming it; one below int.MinValue is clamped, not cast.
                    average = PerUnit.Average(t, n.Value < int.MinValue ? int.MinValue : (int)n.Value);
                }
                else
                {
                    average = PerUnit.Average(t, n);
                }

                return new DeriveResult(
                    "per-unit",
                    "total / count",
                    [Input(total, t, "level"), Input(count, n, "count")],
                    [Checked("average", DerivedUnit.Level, average, p, printed)]);
            });
    }

    private static Command TimeProgressCommand(TextWriter output, TextWriter error)
    {
        var months = Months();
        var date = Date();
        var printed = Printed("The printed time progress in percent (83.3 for 时间进度83.3%).");
        return Subcommand(
            "time-progress",
            "The share of the year elapsed (时间进度, 序时进度): months / 12, or the date's day of the year / the days in its year.",
            output,
            error,
            [months, date, printed],
            new Dictionary<string, Option>(StringComparer.Ordinal) { ["monthsElapsed"] = months },
            parse =>
            {
                var (t, input, formula) = Time(parse, months, date, required: true)!.Value;
                var p = Optional(parse, printed);
                return new DeriveResult(
                    "time-progress",
                    formula,
                    [input],
                    [Checked("time_progress", DerivedUnit.Percent, new BoundedEstimate(t, Interval.Exactly(t)), p, printed)]);
            });
    }

    private static Command TargetProgressCommand(TextWriter output, TextWriter error)
    {
        var actual = Figure("--actual", "The level reached so far as printed (629.0 for 累计完成投资629.0亿元), with --target.", required: false);
        var target = Figure("--target", "The annual target as printed (647.4 for 年度投资计划647.4亿元), with --actual; positive.", required: false);
        var targetExact = new Option<bool>("--target-exact") { Description = "The --target is exact (a round number set as the target, 5000亿元), not a printed figure: only the actual's rounding counts." };
        var completion = Figure("--completion", "Instead of --actual and --target: the completion in percent as printed (43.2 for 完成率43.2%).", required: false);
        var months = Months();
        var date = Date();
        var printedCompletion = Printed("The printed completion in percent (97.2 for 占年度投资计划的97.2%), with --actual and --target.", "--printed-completion");
        var printedAhead = Printed("The printed lead over time progress in percentage points (13.8 for 超过时间进度13.8个百分点; negative for 落后), with --months or --date.", "--printed-ahead");
        return Subcommand(
            "target-progress",
            "Progress towards an annual target (完成全年目标的 X %): actual / target, and its lead over time progress (超 / 落后时间进度 Y 个百分点) with --months or --date.",
            output,
            error,
            [actual, target, targetExact, completion, months, date, printedCompletion, printedAhead],
            new Dictionary<string, Option>(StringComparer.Ordinal) { ["annualTarget"] = target, ["monthsElapsed"] = months },
            parse =>
            {
                var a = Optional(parse, actual);
                var t = Optional(parse, target);
                var c = Optional(parse, completion);
                var pc = Optional(parse, printedCompletion);
                var pa = Optional(parse, printedAhead);
                var time = Time(parse, months, date, required: false);
                var inputs = new List<DeriveInput>();
                var figures = new List<DerivedFigure>();
                string formula;
                BoundedEstimate ahead;
                if (c is { } printedPercent)
                {
                    if (a is not null || t is not null)
                    {
                        throw new InputException("--completion and --actual/--target: give the completion as printed, or the actual and the target, not both.");
                    }

                    if (pc is not null)
                    {
                        throw new InputException("--printed-completion: the completion is given (--completion); it is checked against --actual and --target.");
                    }

                    if (time is null)
                    {
                        throw new InputException("--completion: give --months or --date, the time progress the completion is compared with.");
                    }

                    inputs.Add(Input(completion, printedPercent, "percent"));
                    formula = "ahead = completion − time progress";
                    ahead = TargetProgress.AheadOfTime(printedPercent, time.Value.Progress);
                }
                else
                {
                    if (a is not { } actualLevel || t is not { } targetLevel)
                    {
                        throw new InputException("--actual and --target: give the level reached and the annual target (or --completion, the completion as printed).");
                    }

                    var done = parse.GetValue(targetExact)
                        ? TargetProgress.Completion(actualLevel, targetLevel.Value)
                        : TargetProgress.Completion(actualLevel, targetLevel);
                    inputs.Add(Input(actual, actualLevel, "level"));
                    inputs.Add(Input(target, targetLevel, "level"));
                    figures.Add(Checked("completion", DerivedUnit.Percent, done, pc, printedCompletion));
                    formula = "completion = actual / target";
                    if (time is null)
                    {
                        if (pa is not null)
                        {
                            throw new InputException("--printed-ahead: give --months or --date, the time progress the lead is over.");
                        }

                        return new DeriveResult("target-progress", formula, inputs, figures);
                    }

                    formula += "; ahead = completion − time progress";
                    ahead = TargetProgress.AheadOfTime(done, time.Value.Progress);
                }

                var (progress, timeInput, timeFormula) = time.Value;
                inputs.Add(timeInput);
                formula += "; time progress = " + timeFormula;
                figures.Add(new DerivedFigure("time_progress", DerivedUnit.Percent, new BoundedEstimate(progress, Interval.Exactly(progress))));
                figures.Add(Checked("ahead_of_time", DerivedUnit.Points, ahead, pa, printedAhead));
                return new DeriveResult("target-progress", formula, inputs, figures);
            });
    }

    /// <summary>
    /// A subcommand: its figure options, <c>--format</c> and <c>--lang</c>, and an action that derives, writes the
    /// result and reports a broken check on standard error (exit 1). A figure the library refuses is exit 2, named by the
    /// option <paramref name="parameters"/> maps the library's parameter to, or by all the figures given.
    /// </summary>
    private static Command Subcommand(string name, string description, TextWriter output, TextWriter error, Option[] options, Dictionary<string, Option> parameters, Func<ParseResult, DeriveResult> derive)
    {
        var format = CommonOptions.Format();
        var lang = CommonOptions.Language();
        var command = new Command(name, description);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.Options.Add(format);
        command.Options.Add(lang);
        command.SetAction(parse =>
        {
            DeriveResult result;
            try
            {
                result = derive(parse);
            }
            catch (ArgumentException ex)
            {
                string source = ex.ParamName is { } p && parameters.TryGetValue(p, out var option)
                    ? option.Name + " " + Given(parse, option)
                    : AllGiven(parse, name, options);
                throw InputException.FromArgument(source, ex);
            }
            catch (OverflowException ex)
            {
                // The library's decimal arithmetic at the edge of a decimal (a completion of 7.9e28 %): bad input, not a bug.
                throw new InputException($"{AllGiven(parse, name, options)}: a figure is beyond what the formula can compute in a decimal (±7.9e28).", ex);
            }

            CommonOptions.WriteDocument(parse, format, lang, () => DeriveJson.Write(result, output), (language, markdown) => DeriveText.Write(result, output, language, markdown));

            foreach (var f in result.Figures.Where(f => f.Check is { IsBroken: true }))
            {
                error.WriteLine($"taizhou-metrics: check failed: {f.CheckedBy}: {f.Name}: {f.Check}");
            }

            return result.Passed ? CliApp.Done : CliApp.CheckFailed;
        });
        return command;
    }

    private static Option<string?> Figure(string name, string description, bool required) => new(name)
    {
        Description = description,
        Required = required,
        HelpName = "FIGURE",
    };

    private static Option<string?> Printed(string description, string name = "--printed") => new(name)
    {
        Description = description + " Checked against the derived figure within the rounding of both; exit 1 when it breaks.",
        HelpName = "FIGURE",
    };

    private static Option<string?> Months() => new("--months")
    {
        Description = "Time progress by months: the months elapsed, 0 to 12 (10 for 1-10月): months / 12.",
        HelpName = "0-12",
    };

    private static Option<string?> Date() => new("--date")
    {
        Description = "Time progress by days: the last day elapsed, yyyy-MM-dd (2022-10-31): its day of the year / the days in its year.",
        HelpName = "yyyy-MM-dd",
    };

    private static PublishedValue Required(ParseResult parse, Option<string?> option) =>
        Optional(parse, option) ?? throw new InputException($"{option.Name}: the figure is required.");

    /// <summary>Reads a figure as printed, or null when the option is not given; a figure that does not parse is exit 2 naming the option.</summary>
    private static PublishedValue? Optional(ParseResult parse, Option<string?> option)
    {
        string? text = parse.GetValue(option);
        if (text is null)
        {
            return null;
        }

        return PublishedValue.TryParse(text, out var value)
            ? value
            : throw new InputException($"{option.Name}: {CellText.Quote(text)} {NotANumber}.");
    }

    /// <summary>The time progress of <c>--months</c> or <c>--date</c>, with the input and the formula; null when neither is given and none is required.</summary>
    private static (double Progress, DeriveInput Input, string Formula)? Time(ParseResult parse, Option<string?> months, Option<string?> date, bool required)
    {
        string? m = parse.GetValue(months);
        string? d = parse.GetValue(date);
        if (m is not null && d is not null)
        {
            throw new InputException("--months and --date: give the time progress by months or by days, not both.");
        }

        if (m is not null)
        {
            if (!int.TryParse(m.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n > 12)
            {
                throw new InputException($"--months: {CellText.Quote(m)} is not the months elapsed in a year, a whole number from 0 to 12 (10 for 1-10月).");
            }

            return (TimeProgress.ByMonths(n), new DeriveInput("months", n.ToString(CultureInfo.InvariantCulture), 0, "months"), "months / 12");
        }

        if (d is not null)
        {
            var result = LocalDatePattern.Iso.Parse(d.Trim());
            if (!result.Success)
            {
                throw new InputException($"--date: {CellText.Quote(d)} is not a date; write it yyyy-MM-dd, such as 2022-10-31.");
            }

            var day = result.Value;
            return (TimeProgress.ByDays(day), new DeriveInput("date", LocalDatePattern.Iso.Format(day), null, "date"), "day of the year / days in the year");
        }

        return required ? throw new InputException("--months or --date: give the months elapsed (10 for 1-10月) or the last day elapsed (2022-10-31).") : null;
    }

    private static DeriveInput Input(Option option, PublishedValue value, string unit) =>
        new(option.Name.TrimStart('-'), value.ToString(), value.Decimals, unit);

    /// <summary>A derived figure, checked against the printed one when given: in percent or points for a fraction, in the level's unit for a level.</summary>
    private static DerivedFigure Checked(string name, DerivedUnit unit, BoundedEstimate value, PublishedValue? printed, Option option)
    {
        if (printed is not { } p)
        {
            return new DerivedFigure(name, unit, value);
        }

        var check = unit == DerivedUnit.Level ? FigureCheck.Of(p, value) : FigureCheck.OfPercent(p, value);
        return new DerivedFigure(name, unit, value, check, option.Name, p);
    }

    /// <summary>The subcommand and every option given, with its value quoted: <c>derive rest-growth --total '100' …</c>.</summary>
    private static string AllGiven(ParseResult parse, string name, Option[] options) =>
        "derive " + name + string.Concat(options.Where(o => parse.GetResult(o) is { Implicit: false }).Select(o => " " + (o is Option<bool> ? o.Name : o.Name + " " + Given(parse, o))));

    private static string Given(ParseResult parse, Option option) =>
        parse.GetResult(option) is { } result ? CellText.Quote(string.Join(' ', result.Tokens.Select(t => t.Value))) : string.Empty;
}
