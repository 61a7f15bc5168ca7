using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Reads a breakdown table: columns <c>part</c>, <c>current</c>, and <c>previous</c> and/or <c>growth</c> (percent as
/// published); optional <c>real_growth</c> (percent), <c>share</c>, <c>contribution_pp</c>, <c>contribution_rate</c>
/// (percent, as printed), <c>month</c> (the month's own value, 本月) and <c>precision</c> (decimals of every figure of
/// the row; otherwise each cell's own decimals). The headers of a statistical bureau's tables are read as these columns
/// (指标, 1-本月累计, 上年同期累计, 增长%, ...: docs/input.md), so the bureau's monthly report reads as it is printed.
/// </summary>
/// <remarks>
/// A column the reader does not know is an error listing the ones it knows. Every error is an
/// <see cref="InputFormatException"/> naming the file, the line and the column, with the message the command-line tool
/// prints (docs/bad-input.md). A quoted cell may hold thousands separators (<c>"1,234.5"</c>).
/// </remarks>
public static partial class BreakdownReader
{
    /// <summary>The columns the reader knows.</summary>
    private static readonly string[] Columns = ["part", "current", "previous", "growth", "real_growth", "share", "contribution_pp", "contribution_rate", "precision", "parent"];

    /// <summary>
    /// The columns known besides <see cref="Columns"/>, not listed in the unknown-column message of the plain table:
    /// <c>month</c>, and <c>period</c> (many periods in one table, read by <see cref="ReadPeriods(RowTable, string)"/>).
    /// </summary>
    private static readonly string[] AllColumns = [.. Columns, "month", "period"];

    /// <summary>The columns in percent, where a workbook's percentage-formatted cell (<c>26.7%</c>) is read as its number.</summary>
    private static readonly string[] PercentColumns = ["growth", "real_growth", "share", "contribution_rate"];

    /// <summary>Reads a breakdown table from a table file (delimited text, or a sheet of an .xlsx or .xls workbook) and splits off the total row.</summary>
    /// <param name="path">The file.</param>
    /// <param name="totalName">The value of <c>part</c> in the total's row, or null when the total is the sum of the parts.</param>
    /// <param name="options">The encoding, delimiter and header aliases; null for <see cref="TableReadOptions.Default"/>.</param>
    /// <returns>The parts, the total row (or null) and the line of each row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InputFormatException">
    /// The file cannot be read or decoded, its text breaks the CSV policy, a column is missing or unknown, a cell is not
    /// a number, a level is negative, a part is larger than the total, or the total is not found.
    /// </exception>
    public static BreakdownTable Read(string path, string? totalName = null, TableReadOptions? options = null)
    {
        using var table = RowTable.OpenFile(path, options ?? TableReadOptions.Default, AllColumns, HeaderAliases.Breakdown);
        return Read(table, totalName);
    }

    /// <summary>Reads a breakdown table from a stream of delimited text or a workbook (standard input, a download).</summary>
    /// <param name="stream">The bytes; left open.</param>
    /// <param name="source">The name of the text for messages (<c>-</c> for standard input).</param>
    /// <param name="totalName">The value of <c>part</c> in the total's row, or null when the total is the sum of the parts.</param>
    /// <param name="options">The encoding, delimiter and header aliases; null for <see cref="TableReadOptions.Default"/>.</param>
    /// <returns>The parts, the total row (or null) and the line of each row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="InputFormatException">As for <see cref="Read(string, string, TableReadOptions)"/>.</exception>
    public static BreakdownTable Read(Stream stream, string source, string? totalName = null, TableReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        using var table = RowTable.Open(stream, source, options ?? TableReadOptions.Default, AllColumns, HeaderAliases.Breakdown, leaveOpen: true);
        return Read(table, totalName);
    }

    /// <summary>Opens a table with the breakdown reader's columns and aliases (for the monthly report).</summary>
    internal static RowTable Open(string path, TableReadOptions? options) =>
        RowTable.OpenFile(path, options ?? TableReadOptions.Default, AllColumns, HeaderAliases.Breakdown);

    /// <summary>Opens a stream with the breakdown reader's columns and aliases (for the monthly report).</summary>
    internal static RowTable Open(Stream stream, string source, TableReadOptions? options) =>
        RowTable.Open(stream, source, options ?? TableReadOptions.Default, AllColumns, HeaderAliases.Breakdown, leaveOpen: true);

    /// <summary>Reads a breakdown table of many periods from a table file: <see cref="ReadPeriods(RowTable, string)"/>.</summary>
    internal static IReadOnlyList<PeriodBreakdown> ReadPeriods(string path, string? totalName, TableReadOptions? options)
    {
        using var table = Open(path, options);
        return ReadPeriods(table, totalName);
    }

    /// <summary>Reads a breakdown table of many periods from a stream: <see cref="ReadPeriods(RowTable, string)"/>.</summary>
    internal static IReadOnlyList<PeriodBreakdown> ReadPeriods(Stream stream, string source, string? totalName, TableReadOptions? options)
    {
        using var table = Open(stream, source, options);
        return ReadPeriods(table, totalName);
    }

    /// <summary>
    /// Reads a breakdown table whose optional <c>period</c> column (期间, 时期, 年份, 报告期...) holds many periods: the
    /// rows grouped by period in the order each period first appears (the rows of a period need not be contiguous),
    /// each group read as a table of its own (its parts, its total row). Without the column: one group, with no period.
    /// </summary>
    /// <param name="table">The table.</param>
    /// <param name="totalName">The total's part name, or null.</param>
    /// <returns>The periods' tables.</returns>
    /// <exception cref="InputFormatException">
    /// As for <see cref="Read(RowTable, string)"/>, for each period (the message names the period); or a period cell is
    /// empty or not a period.
    /// </exception>
    internal static IReadOnlyList<PeriodBreakdown> ReadPeriods(RowTable table, string? totalName)
    {
        CheckHeader(table);
        if (!table.Has("period"))
        {
            return [new PeriodBreakdown(null, Read(table, totalName))];
        }

        return ReadLevelPeriods(table, table.ReadRows(), totalName);
    }

    /// <summary>The periods of a table with levels and a period column, each row read as it comes (its errors in the order of the rows).</summary>
    private static IReadOnlyList<PeriodBreakdown> ReadLevelPeriods(RowTable table, IEnumerable<TableRow> rows, string? totalName, bool subItemsExhaust = false)
    {
        var groups = GroupByPeriod(table, rows, () => new Group(), (g, row, ofPeriod) => g.Add(table, row, totalName, ofPeriod));
        return groups.Count == 0
            ? throw table.TableError("no parts to break down.")
            : [.. groups.Select(g => new PeriodBreakdown(g.Period, g.Rows.Finish(table, totalName, g.Period.ToString(), subItemsExhaust)))];
    }

    /// <summary>Reads one period's rows (or the whole table's, when <paramref name="period"/> is null) as a table with levels.</summary>
    private static BreakdownTable ReadGroup(RowTable table, IEnumerable<TableRow> rows, string? totalName, ReportingPeriod? period, bool subItemsExhaust = false)
    {
        var group = new Group();
        string ofPeriod = period is { } p ? $" in {p}" : string.Empty;
        foreach (var row in rows)
        {
            group.Add(table, row, totalName, ofPeriod);
        }

        return group.Finish(table, totalName, period?.ToString(), subItemsExhaust);
    }

    /// <summary>
    /// Reads the rows into one group per <c>period</c> cell, in the order each period first appears (the rows of a
    /// period need not be contiguous); each row is added as it comes, after its period cell is read.
    /// </summary>
    private static List<(ReportingPeriod Period, T Rows)> GroupByPeriod<T>(RowTable table, IEnumerable<TableRow> rows, Func<T> make, Action<T, TableRow, string> add)
    {
        var groups = new List<(ReportingPeriod Period, T Rows)>();
        var index = new Dictionary<ReportingPeriod, int>();
        foreach (var row in rows)
        {
            string text = table.Cell(row, "period");
            if (text.Length == 0)
            {
                throw table.CellError(row.Number, "period", "empty; every row needs its period when the table has a period column.");
            }

            ReportingPeriod period;
            try
            {
                period = ReportingPeriod.Parse(text);
            }
            catch (FormatException ex)
            {
                // The library's message quotes the cell, cut and escaped.
                throw table.CellError(row.Number, "period", ex.Message);
            }

            if (!index.TryGetValue(period, out int i))
            {
                i = groups.Count;
                index.Add(period, i);
                groups.Add((period, make()));
            }

            add(groups[i].Rows, row, $" in {period}");
        }

        return groups;
    }

    /// <summary>Reads a breakdown table of any source (delimited text, a sheet) and splits off the total row.</summary>
    /// <param name="table">The table.</param>
    /// <param name="totalName">The total's part name, or null.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InputFormatException">As for the public readers; or the table has a <c>period</c> column (many periods: <see cref="ReadPeriods(RowTable, string)"/>).</exception>
    internal static BreakdownTable Read(RowTable table, string? totalName)
    {
        CheckHeader(table);
        if (table.Has("period"))
        {
            throw table.HeaderError("column 'period': the table holds many periods, which this reader does not split; give one period's rows without the column (taizhou-metrics contrib checks each period of such a table).", "period");
        }

        var rows = new Group();
        foreach (var row in table.ReadRows())
        {
            rows.Add(table, row, totalName, string.Empty);
        }

        return rows.Finish(table, totalName, null);
    }

    private static void CheckHeader(RowTable table)
    {
        table.Require("part", "current");
        if (!table.Has("previous") && !table.Has("growth"))
        {
            throw table.HeaderError("missing column 'previous' or 'growth' (one of them is needed for the base period).");
        }

        CheckColumns(table);
    }

    /// <summary>
    /// The part's name on a row of a table with or without levels: refused when empty, or when the part already appears
    /// in the table (or, with <paramref name="ofPeriod"/> such as <c> in 2018</c>, in the period); recorded with its line.
    /// </summary>
    private static string PartName(RowTable table, TableRow row, Dictionary<string, int> lines, string ofPeriod)
    {
        string name = table.Cell(row, "part");
        if (name.Length == 0)
        {
            throw table.CellError(row.Number, "part", "empty.");
        }

        if (!lines.TryAdd(name, row.Number))
        {
            throw table.CellError(row.Number, "part", $"{CellText.Quote(name)} already appears{ofPeriod} on {table.At(lines[name])}.");
        }

        return name;
    }

    /// <summary>The rows of one table (or one period of it) as they are read: parts, total row, lines and months.</summary>
    private sealed class Group
    {
        private readonly List<BreakdownRow> parts = [];
        private readonly Dictionary<string, int> lines = new(StringComparer.Ordinal);
        private readonly Dictionary<string, PublishedValue> months = new(StringComparer.Ordinal);
        private BreakdownRow? total;
        private int totalLine;

        /// <summary>Reads a row into the group; <paramref name="ofPeriod"/> (<c> in 2018</c>, or empty) follows "already appears".</summary>
        public void Add(RowTable table, TableRow row, string? totalName, string ofPeriod)
        {
            string name = PartName(table, row, lines, ofPeriod);

            int? precision = Precision(table, row);
            var current = Number(table, row, "current", precision) ?? throw table.CellError(row.Number, "current", "empty; every row needs its current level.");
            var previous = Number(table, row, "previous", precision);
            var growth = Number(table, row, "growth", precision);
            if (previous is null && growth is null)
            {
                throw table.RowError(row.Number, $" ({CellText.Quote(name)}): both 'previous' and 'growth' are empty; give one of them.");
            }

            NonNegative(table, row, "current", current);
            if (previous is { } p)
            {
                NonNegative(table, row, "previous", p);
            }

            if (growth is { } g && g.Value <= -100m)
            {
                throw table.CellError(row.Number, "growth", $"{g} % would leave no base.");
            }

            var real = Number(table, row, "real_growth", precision);
            if (real is { } rg && rg.Value <= -100m)
            {
                throw table.CellError(row.Number, "real_growth", $"{rg} % would leave no base.");
            }

            if (Number(table, row, "month", precision) is { } month)
            {
                NonNegative(table, row, "month", month);
                months.Add(name, month);
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
                    Parent = ParentCell(table, row, name, totalName),
                };
            }
            catch (ArgumentException ex)
            {
                // The library refuses a row it cannot compute with (a growth implying a base beyond a decimal).
                throw new InputFormatException(table.Source, row.Number, null, $"{table.Source}: {table.At(row.Number)} ({CellText.Quote(name)}): {Refusal.Message(ex)}", ex);
            }

            if (totalName is not null && name == totalName)
            {
                total = parsed;
                totalLine = row.Number;
            }
            else
            {
                parts.Add(parsed);
            }
        }

        /// <summary>Checks the group as a whole and makes its table; <paramref name="period"/> (or null) is named in the table-wide errors.</summary>
        public BreakdownTable Finish(RowTable table, string? totalName, string? period, bool subItemsExhaust = false)
        {
            string inPeriod = period is null ? string.Empty : $" in period {period}";
            if (totalName is not null && total is null)
            {
                throw table.TableError($"--total {CellText.Quote(totalName)} names no row{inPeriod} (the parts{inPeriod} are: {CellText.Escape(string.Join(", ", lines.Keys))}).");
            }

            if (parts.Count == 0)
            {
                throw table.TableError($"no parts to break down{inPeriod}.");
            }

            if (total is not null)
            {
                foreach (var part in parts)
                {
                    if (part.Current.ExceedsBeyondRounding(total.Current))
                    {
                        throw table.CellError(lines[part.Name], "current", $"{CellText.Quote(part.Name)} ({part.Current}) is larger than the total {CellText.Quote(total.Name)} on {table.At(totalLine)} ({total.Current}).");
                    }

                    if (part.Previous is { } pp && total.Previous is { } tp && pp.ExceedsBeyondRounding(tp))
                    {
                        throw table.CellError(lines[part.Name], "previous", $"{CellText.Quote(part.Name)} ({pp}) is larger than the total {CellText.Quote(total.Name)} on {table.At(totalLine)} ({tp}).");
                    }
                }
            }

            var parents = CheckParents(table, parts, p => p.Name, p => p.Parent, lines, period);
            var rows = subItemsExhaust
                ? parts.Select(p => parents.Contains(p.Name) ? Exhausted(p) : p).ToList()
                : parts;
            return new BreakdownTable(table.Source, rows, total, lines, months);
        }
    }

    /// <summary>The row's <c>parent</c> cell (上级, 所属): the row it is a sub-item of on the grand total's base, or null when empty (a top-level row).</summary>
    private static string? ParentCell(RowTable table, TableRow row, string name, string? totalName)
    {
        string parent = table.Cell(row, "parent");
        if (parent.Length == 0)
        {
            return null;
        }

        if (totalName is not null && name == totalName)
        {
            throw table.CellError(row.Number, "parent", $"the total's row {CellText.Quote(name)} is part of no row; leave its parent empty.");
        }

        return parent == name
            ? throw table.CellError(row.Number, "parent", $"{CellText.Quote(name)} names itself as its parent.")
            : parent;
    }

    /// <summary>
    /// Checks that every sub-item's parent is a top-level part of the same table (or period), naming the sub-item's
    /// line and the parent otherwise; returns the names of the parents that have sub-items.
    /// </summary>
    private static HashSet<string> CheckParents<T>(RowTable table, IReadOnlyList<T> parts, Func<T, string> name, Func<T, string?> parentOf, IReadOnlyDictionary<string, int> lines, string? period)
    {
        string inPeriod = period is null ? string.Empty : $" in period {period}";
        var byName = parts.ToDictionary(name, parentOf, StringComparer.Ordinal);
        var parents = new HashSet<string>(StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (parentOf(part) is not { } parent)
            {
                continue;
            }

            if (!byName.TryGetValue(parent, out string? grand))
            {
                string what = lines.ContainsKey(parent) ? "is the total's row, not a part" : "names no part";
                throw table.CellError(lines[name(part)], "parent", $"{CellText.Quote(parent)} {what}{inPeriod} (the parts{inPeriod} are: {CellText.Escape(string.Join(", ", byName.Keys))}).");
            }

            if (grand is not null)
            {
                throw table.CellError(lines[name(part)], "parent", $"{CellText.Quote(parent)} is itself a sub-item of {CellText.Quote(grand)} on {table.At(lines[parent])}; sub-items have one level.");
            }

            parents.Add(parent);
        }

        return parents;
    }

    private static BreakdownRow Exhausted(BreakdownRow p) => new(p.Name, p.Current, p.Previous, p.GrowthPercent, p.Children.Count == 0 ? null : p.Children)
    {
        RealGrowthPercent = p.RealGrowthPercent,
        SharePercent = p.SharePercent,
        ContributionPoints = p.ContributionPoints,
        ContributionRatePercent = p.ContributionRatePercent,
        Parent = p.Parent,
        SubItemsExhaust = true,
    };

    private static int? Precision(RowTable table, TableRow row)
    {
        string text = table.Cell(row, "precision");
        if (text.Length == 0)
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int p) && p <= 28
            ? p
            : throw table.CellError(row.Number, "precision", $"{CellText.Quote(text)} is not a number of decimals (0 to 28).");
    }

    private static PublishedValue? Number(RowTable table, TableRow row, string column, int? precision)
    {
        string text = table.Cell(row, column);
        if (text.Length == 0)
        {
            return null;
        }

        text = table.PercentCell(row, column, text, PercentColumns.Contains(column, StringComparer.Ordinal));

        if (!CellNumber.TryParse(text, table.IsQuoted(row, column), out var value))
        {
            if (decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _))
            {
                throw table.CellError(row.Number, column, $"{CellText.Quote(text)} has more than 28 decimals, the most a figure can hold.");
            }

            throw table.CellError(row.Number, column, $"{CellText.Quote(text)} is not a number as printed (write it such as 1042.27 or 26.7: without % or thousands separators, at most 28 decimals, within ±7.9e28).");
        }

        if (precision is int p)
        {
            try
            {
                value = PublishedValue.Of(value.Value, p);
            }
            catch (ArgumentOutOfRangeException)
            {
                throw table.CellError(row.Number, column, $"{CellText.Quote(text)} has more decimals than the row's precision {p}.");
            }
        }

        return value;
    }

    private static void NonNegative(RowTable table, TableRow row, string column, PublishedValue value)
    {
        if (value.Value < 0m)
        {
            throw table.CellError(row.Number, column, $"{value} is negative; shares and contributions need non-negative levels.");
        }
    }
}
