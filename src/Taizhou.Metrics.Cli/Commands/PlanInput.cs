using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>A target read from <c>plan --input</c>: the row's indicator, unit and kind as written, and the library's target.</summary>
/// <param name="Indicator">The indicator, the key of its actuals.</param>
/// <param name="Unit">The unit as written (may be empty).</param>
/// <param name="Kind">The kind as written in the file (<c>level</c>, <c>average_growth</c>, ...).</param>
/// <param name="TargetValue">The target value as written (percent for a share or an average growth).</param>
/// <param name="Target">The target.</param>
internal sealed record PlanRow(string Indicator, string Unit, string Kind, decimal TargetValue, PlanTarget Target);

/// <summary>
/// Reads the two tables of <c>taizhou-metrics plan</c> (docs/targets.md, "The plan command"): the targets
/// (<c>indicator,unit,kind,base_period,base_value,target_period,target_value[,direction]</c>) and the actuals
/// (<c>indicator,period,value</c>, the value as published with its qualifier). Every bad cell is an
/// <see cref="InputFormatException"/> naming the file, the line and the column (docs/bad-input.md, "Plans").
/// </summary>
internal static class PlanInput
{
    private static readonly string[] TargetColumns = ["indicator", "unit", "kind", "base_period", "base_value", "target_period", "target_value", "direction"];
    private static readonly string[] ActualColumns = ["indicator", "period", "value"];

    /// <summary>Reads the targets.</summary>
    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="stdin">Opens standard input.</param>
    /// <param name="options">The table options.</param>
    /// <returns>The targets in file order.</returns>
    public static IReadOnlyList<PlanRow> ReadTargets(string path, Func<Stream> stdin, TableReadOptions options)
    {
        using var table = path == "-"
            ? RowTable.Open(stdin(), path, options, TargetColumns, HeaderAliases.Plan, leaveOpen: true)
            : RowTable.OpenFile(path, options, TargetColumns, HeaderAliases.Plan);
        table.Require("indicator", "kind", "base_period", "base_value", "target_period", "target_value");
        var rows = new List<PlanRow>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.ReadRows())
        {
            string name = table.Cell(row, "indicator");
            if (name.Length == 0)
            {
                throw table.CellError(row.Number, "indicator", "the indicator is empty.");
            }

            if (!lines.TryAdd(name, row.Number))
            {
                throw table.CellError(row.Number, "indicator", $"{CellText.Quote(name)} already has a target, on {table.At(lines[name])}; give each indicator once.");
            }

            string kind = table.Cell(row, "kind").ToLowerInvariant();
            var basePeriod = Year(table, row, "base_period");
            var targetPeriod = Year(table, row, "target_period");
            if (targetPeriod <= basePeriod)
            {
                throw table.CellError(row.Number, "target_period", $"the target year {targetPeriod} is not after the base year {basePeriod}.");
            }

            string directionText = table.Cell(row, "direction").ToLowerInvariant();
            var direction = directionText switch
            {
                "" or "up" => TargetDirection.Up,
                "down" => TargetDirection.Down,
                _ => throw table.CellError(row.Number, "direction", $"{CellText.Quote(directionText)} is not a direction; expected up (the default) or down."),
            };
            decimal? baseValue = Number(table, row, "base_value", required: kind is "doubling" or "average_growth");
            decimal targetValue = Number(table, row, "target_value", required: true)!.Value;
            if (baseValue <= 0m)
            {
                throw table.CellError(row.Number, "base_value", $"{CellText.Quote(table.Cell(row, "base_value"))} is not positive; a growth from zero or below has no rate.");
            }

            if (kind is "count" or "doubling" && direction == TargetDirection.Down)
            {
                throw table.CellError(row.Number, "direction", $"a {kind} target rises; give a falling quantity as a level with direction down.");
            }

            if (kind == "share")
            {
                Percent(table, row, "base_value", baseValue);
                Percent(table, row, "target_value", targetValue);
            }

            if (kind == "average_growth" && (direction == TargetDirection.Down ? -Math.Abs(targetValue) : targetValue) <= -100m)
            {
                throw table.CellError(row.Number, "target_value", string.Create(CultureInfo.InvariantCulture, $"{targetValue} is not an average growth in percent a year above −100 (7 for 年均增长 7 %)."));
            }

            PlanTarget target;
            try
            {
                target = kind switch
                {
                    "level" => PlanTarget.Level(name, basePeriod, baseValue, targetPeriod, Positive(table, row, targetValue), direction),
                    "count" => PlanTarget.Count(name, basePeriod, baseValue is decimal b ? Whole(table, row, "base_value", b) : null, targetPeriod, Whole(table, row, "target_value", Positive(table, row, targetValue))),
                    "share" => PlanTarget.Share(name, basePeriod, baseValue is decimal s ? (double)(s / 100m) : null, targetPeriod, (double)(targetValue / 100m), direction),
                    "doubling" => PlanTarget.Doubling(name, basePeriod, baseValue!.Value, targetPeriod, (double)Positive(table, row, targetValue)),
                    "average_growth" => PlanTarget.AverageGrowth(name, basePeriod, baseValue!.Value, targetPeriod, (double)((direction == TargetDirection.Down ? -Math.Abs(targetValue) : targetValue) / 100m), direction),
                    _ => throw table.CellError(row.Number, "kind", $"{CellText.Quote(kind)} is not a kind of target; expected level, average_growth, share, count or doubling."),
                };
            }
            catch (ArgumentOutOfRangeException ex)
            {
                throw table.CellError(row.Number, ex.ParamName is "baseShare" or "baseValue" or "baseCount" ? "base_value" : "target_value", Refusal.Message(ex));
            }

            rows.Add(new PlanRow(name, table.Cell(row, "unit"), kind, targetValue, target));
        }

        if (rows.Count == 0)
        {
            throw table.TableError("no targets after the header.");
        }

        return rows;
    }

    /// <summary>Reads the actuals, each for one of the targets' indicators.</summary>
    /// <param name="path">The file, or <c>-</c> for standard input.</param>
    /// <param name="stdin">Opens standard input.</param>
    /// <param name="options">The table options.</param>
    /// <param name="targets">The targets, whose indicators the actuals must name.</param>
    /// <returns>The outcomes by indicator.</returns>
    public static IReadOnlyDictionary<string, List<PlanOutcome>> ReadActuals(string path, Func<Stream> stdin, TableReadOptions options, IReadOnlyList<PlanRow> targets)
    {
        using var table = path == "-"
            ? RowTable.Open(stdin(), path, options, ActualColumns, HeaderAliases.PlanActuals, leaveOpen: true)
            : RowTable.OpenFile(path, options, ActualColumns, HeaderAliases.PlanActuals);
        table.Require("indicator", "period", "value");
        var result = new Dictionary<string, List<PlanOutcome>>(StringComparer.Ordinal);
        foreach (var t in targets)
        {
            result[t.Indicator] = [];
        }

        var lines = new Dictionary<(string, ReportingPeriod), int>();
        foreach (var row in table.ReadRows())
        {
            string name = table.Cell(row, "indicator");
            if (!result.TryGetValue(name, out var list))
            {
                throw table.CellError(row.Number, "indicator", $"{CellText.Quote(name)} is not an indicator of the targets (they are: {CellText.Escape(string.Join(", ", result.Keys))}).");
            }

            var period = Year(table, row, "period");
            if (!lines.TryAdd((name, period), row.Number))
            {
                throw table.CellError(row.Number, "period", $"{CellText.Quote(name)} already has an outcome for {period}, on {table.At(lines[(name, period)])}; give each year once.");
            }

            string text = table.Cell(row, "value");
            if (text.Length == 0)
            {
                throw table.CellError(row.Number, "value", "the outcome is empty; leave out the row when nothing was published (a missing figure is never read as zero).");
            }

            if (!PublishedValue.TryParseQualified(text, out var value, out _))
            {
                throw table.CellError(row.Number, "value", $"{CellText.Quote(text)} is not a figure as published (a number, with an optional 超/逾/突破/近/约 before it and 左右/以上 after it).");
            }

            list.Add(new PlanOutcome(period, value));
        }

        return result;
    }

    private static ReportingPeriod Year(RowTable table, TableRow row, string column)
    {
        string text = table.Cell(row, column);
        if (!ReportingPeriod.TryParse(text, out var period) || period.Kind != PeriodKind.Year)
        {
            throw table.CellError(row.Number, column, $"{CellText.Quote(text)} is not a calendar year (such as 2021 or 2021年); plans are evaluated by year.");
        }

        return period;
    }

    private static decimal? Number(RowTable table, TableRow row, string column, bool required)
    {
        string text = table.Cell(row, column);
        if (text.Length == 0)
        {
            return required
                ? throw table.CellError(row.Number, column, column == "base_value"
                    ? "the base value is missing; a doubling or an average-growth target is a multiple of its base, so it needs one."
                    : "the target value is missing.")
                : null;
        }

        if (!CellNumber.TryParse(text, table.IsQuoted(row, column), out var number))
        {
            throw table.CellError(row.Number, column, $"{CellText.Quote(text)} is not a number.");
        }

        return number.Value;
    }

    private static decimal Positive(RowTable table, TableRow row, decimal value) => value > 0m
        ? value
        : throw table.CellError(row.Number, "target_value", string.Create(CultureInfo.InvariantCulture, $"{value} is not positive; a level, count or number of doublings is."));

    private static int Whole(RowTable table, TableRow row, string column, decimal value) => value == decimal.Truncate(value) && value <= int.MaxValue
        ? (int)value
        : throw table.CellError(row.Number, column, string.Create(CultureInfo.InvariantCulture, $"{value} is not a whole number; a count is."));

    private static void Percent(RowTable table, TableRow row, string column, decimal? value)
    {
        if (value is decimal v && !(v > 0m && v <= 100m))
        {
            throw table.CellError(row.Number, column, string.Create(CultureInfo.InvariantCulture, $"{v} is not a share in percent (above 0 and at most 100: 70 for 70 %)."));
        }
    }
}
