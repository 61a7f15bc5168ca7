using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Cli.Input;

/// <summary>
/// Reads a breakdown table from CSV: columns <c>part</c>, <c>current</c>, and <c>previous</c> and/or <c>growth</c>
/// (percent as published); optional <c>real_growth</c> (percent), <c>share</c>, <c>contribution_pp</c>,
/// <c>contribution_rate</c> (percent, as printed) and <c>precision</c> (decimals of every figure of the row; otherwise
/// each cell's own decimals).
/// </summary>
internal static class BreakdownCsv
{
    /// <summary>The columns the reader knows.</summary>
    public static readonly string[] Columns = ["part", "current", "previous", "growth", "real_growth", "share", "contribution_pp", "contribution_rate", "precision"];

    /// <summary>Reads the table and splits off the total row.</summary>
    /// <param name="table">The CSV table.</param>
    /// <param name="totalName">The value of <c>part</c> in the total's row, or null when the total is the sum of the parts.</param>
    /// <returns>The parts, the total row (or null) and the line of each row.</returns>
    /// <exception cref="InputException">A column is missing or unknown, a cell is not a number, a level is negative, a part is larger than the total, or the total is not found.</exception>
    public static BreakdownTable Read(CsvTable table, string? totalName)
    {
        table.Require("part", "current");
        if (!table.Has("previous") && !table.Has("growth"))
        {
            throw new InputException($"{table.Source}: line {table.HeaderLine}: missing column 'previous' or 'growth' (one of them is needed for the base period).");
        }

        foreach (string column in table.Header)
        {
            if (!Columns.Contains(column, StringComparer.Ordinal))
            {
                throw new InputException($"{table.Source}: line {table.HeaderLine}: unknown column {CellText.Quote(column)} (known: {string.Join(", ", Columns)}).");
            }
        }

        var parts = new List<BreakdownRow>();
        BreakdownRow? total = null;
        int totalLine = 0;
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in table.ReadRows())
        {
            string name = table.Cell(row, "part");
            if (name.Length == 0)
            {
                throw new InputException($"{table.Source}: line {row.Line}, column 'part': empty.");
            }

            if (!lines.TryAdd(name, row.Line))
            {
                throw new InputException($"{table.Source}: line {row.Line}, column 'part': {CellText.Quote(name)} already appears on line {lines[name]}.");
            }

            int? precision = Precision(table, row);
            var current = Number(table, row, "current", precision) ?? throw new InputException($"{table.Source}: line {row.Line}, column 'current': empty; every row needs its current level.");
            var previous = Number(table, row, "previous", precision);
            var growth = Number(table, row, "growth", precision);
            if (previous is null && growth is null)
            {
                throw new InputException($"{table.Source}: line {row.Line} ({CellText.Quote(name)}): both 'previous' and 'growth' are empty; give one of them.");
            }

            NonNegative(table, row, "current", current);
            if (previous is { } p)
            {
                NonNegative(table, row, "previous", p);
            }

            if (growth is { } g && g.Value <= -100m)
            {
                throw new InputException($"{table.Source}: line {row.Line}, column 'growth': {g} % would leave no base.");
            }

            var real = Number(table, row, "real_growth", precision);
            if (real is { } rg && rg.Value <= -100m)
            {
                throw new InputException($"{table.Source}: line {row.Line}, column 'real_growth': {rg} % would leave no base.");
            }

            BreakdownRow parsed;
            try
            {
                parsed = new BreakdownRow(name, current, previous, growth)
                {
                    RealGrowthPercent = real,
                    SharePercent = Number(table, row, "share", precision),
                    ContributionPoints = Number(table, row, "contribution_pp", precision),
                    ContributionRatePercent = Number(table, row, "contribution_rate", precision),
                };
            }
            catch (ArgumentException ex)
            {
                // The library refuses a row it cannot compute with (a growth implying a base beyond a decimal).
                throw InputException.FromArgument($"{table.Source}: line {row.Line} ({CellText.Quote(name)})", ex);
            }

            if (totalName is not null && name == totalName)
            {
                total = parsed;
                totalLine = row.Line;
            }
            else
            {
                parts.Add(parsed);
            }
        }

        if (totalName is not null && total is null)
        {
            throw new InputException($"{table.Source}: --total {CellText.Quote(totalName)} names no row (the parts are: {CellText.Escape(string.Join(", ", lines.Keys))}).");
        }

        if (parts.Count == 0)
        {
            throw new InputException($"{table.Source}: no parts to break down.");
        }

        if (total is not null)
        {
            foreach (var part in parts)
            {
                if (part.Current.ExceedsBeyondRounding(total.Current))
                {
                    throw new InputException($"{table.Source}: line {lines[part.Name]}, column 'current': {CellText.Quote(part.Name)} ({part.Current}) is larger than the total {CellText.Quote(total.Name)} on line {totalLine} ({total.Current}).");
                }

                if (part.Previous is { } pp && total.Previous is { } tp && pp.ExceedsBeyondRounding(tp))
                {
                    throw new InputException($"{table.Source}: line {lines[part.Name]}, column 'previous': {CellText.Quote(part.Name)} ({pp}) is larger than the total {CellText.Quote(total.Name)} on line {totalLine} ({tp}).");
                }
            }
        }

        return new BreakdownTable(parts, total, lines);
    }

    private static int? Precision(CsvTable table, CsvRow row)
    {
        string text = table.Cell(row, "precision");
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p <= 28
            ? p
            : throw new InputException($"{table.Source}: line {row.Line}, column 'precision': {CellText.Quote(text)} is not a number of decimals (0 to 28).");
    }

    private static PublishedValue? Number(CsvTable table, CsvRow row, string column, int? precision)
    {
        string text = table.Cell(row, column);
        if (text.Length == 0)
        {
            return null;
        }

        if (!PublishedValue.TryParse(text, out var value))
        {
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            {
                throw new InputException($"{table.Source}: line {row.Line}, column '{column}': {CellText.Quote(text)} has more than 28 decimals, the most a figure can hold.");
            }

            throw new InputException($"{table.Source}: line {row.Line}, column '{column}': {CellText.Quote(text)} is not a number as printed (write it such as 1042.27 or 26.7: without % or thousands separators, at most 28 decimals, within ±7.9e28).");
        }

        if (precision is int p)
        {
            try
            {
                value = PublishedValue.Of(value.Value, p);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw new InputException($"{table.Source}: line {row.Line}, column '{column}': {CellText.Quote(text)} has more decimals than the row's precision {p}.");
            }
        }

        return value;
    }

    private static void NonNegative(CsvTable table, CsvRow row, string column, PublishedValue value)
    {
        if (value.Value < 0m)
        {
            throw new InputException($"{table.Source}: line {row.Line}, column '{column}': {value} is negative; shares and contributions need non-negative levels.");
        }
    }
}

/// <summary>A breakdown table as read: its parts, its total row (or null) and the line of each row by its part's name.</summary>
/// <param name="Parts">The parts.</param>
/// <param name="Total">The total row, or null when the total is the sum of the parts.</param>
/// <param name="Lines">The line of each row, by the value of its <c>part</c> cell.</param>
internal sealed record BreakdownTable(List<BreakdownRow> Parts, BreakdownRow? Total, IReadOnlyDictionary<string, int> Lines);
