using System;
using System.Collections.Generic;
using System.IO;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Reads a cumulative release series (累计, 1-N月) from a table with the columns <c>period</c> (a cumulative period:
/// 2023年1-5月, 2023-01..05; January may be written as the month, 2023年1月), <c>value</c> (the cumulative level as
/// printed) and, optionally, <c>growth</c> (the cumulative growth in percent as printed, 9.3 for 9.3 %); Chinese headers
/// such as 时期, 累计值 and 增速 are read as these columns (docs/input.md). Other columns are ignored.
/// </summary>
/// <remarks>
/// Every figure keeps its printed precision (<see cref="PublishedValue"/>), so that the rounding bounds of derived
/// figures are honest. Nothing is dropped or filled: an empty period is an error, a row needs a level or a growth, and
/// an empty cell is a figure not printed, kept as such (<see cref="CumulativeTable.Figure"/> refuses a row without its
/// level, naming it, for the figures that need one). Every error is an <see cref="InputFormatException"/> naming the
/// file, the line and the column (docs/bad-input.md). Internal: the command-line tool's reader.
/// </remarks>
internal static class CumulativeSeriesReader
{
    private static readonly string[] Columns = ["period", "value", "growth"];

    /// <summary>Reads a cumulative series from a table file (delimited text, or a sheet of an .xlsx or .xls workbook).</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The encoding, delimiter and header aliases; null for <see cref="TableReadOptions.Default"/>.</param>
    /// <returns>The rows, in the file's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InputFormatException">
    /// The file cannot be read, a column is missing, a period is empty, not cumulative or repeated, a level is empty or
    /// not a number, or a growth is not a number or is −100 or below.
    /// </exception>
    public static CumulativeTable Read(string path, TableReadOptions? options = null)
    {
        using var table = RowTable.OpenFile(path, options ?? TableReadOptions.Default, Columns, HeaderAliases.Cumulative);
        return Read(table);
    }

    /// <summary>Reads a cumulative series from a stream of delimited text or a workbook (standard input).</summary>
    /// <param name="stream">The bytes; left open.</param>
    /// <param name="source">The name of the text for messages (<c>-</c> for standard input).</param>
    /// <param name="options">The encoding, delimiter and header aliases; null for <see cref="TableReadOptions.Default"/>.</param>
    /// <returns>The rows, in the file's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="InputFormatException">As for <see cref="Read(string, TableReadOptions)"/>.</exception>
    public static CumulativeTable Read(Stream stream, string source, TableReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        using var table = RowTable.Open(stream, source, options ?? TableReadOptions.Default, Columns, HeaderAliases.Cumulative, leaveOpen: true);
        return Read(table);
    }

    private static CumulativeTable Read(RowTable table)
    {
        table.Require("period", "value");
        bool hasGrowth = table.Has("growth");
        var rows = new List<CumulativeRow>();
        var lines = new Dictionary<ReportingPeriod, int>();
        foreach (var row in table.ReadRows())
        {
            var period = Period(table, row);
            if (lines.TryGetValue(period, out int first))
            {
                throw table.CellError(row.Number, "period", $"{period} already appears on {table.At(first)}.");
            }

            lines[period] = row.Number;
            var level = Number(table, row, "value", percent: false);
            PublishedValue? growth = hasGrowth ? Number(table, row, "growth", percent: true) : null;
            if (growth is { } g && g.Value <= -100m)
            {
                throw table.CellError(row.Number, "growth", $"{CellText.Quote(table.Cell(row, "growth"))} % leaves no base a year earlier: a growth must be above −100 %.");
            }

            if (level is null && growth is null)
            {
                throw table.CellError(row.Number, "value", $"the row for {period} has neither a cumulative level nor a growth; leave out a period the release does not print.");
            }

            rows.Add(new CumulativeRow(row.Number, period, level, growth));
        }

        return rows.Count == 0
            ? throw table.TableError("no rows after the header.")
            : new CumulativeTable(table.Source, table.At(0)[..^" 0".Length], table.Quoted("value"), rows);
    }

    private static ReportingPeriod Period(RowTable table, TableRow row)
    {
        string text = table.Cell(row, "period");
        if (text.Length == 0)
        {
            throw table.CellError(row.Number, "period", "the period is empty; give the cumulative period, such as 2023年1-5月.");
        }

        ReportingPeriod period;
        try
        {
            period = ReportingPeriod.Parse(text);
        }
        catch (FormatException ex)
        {
            throw table.CellError(row.Number, "period", ex.Message);
        }

        return period switch
        {
            { Kind: PeriodKind.YearToDate } => period,
            { Kind: PeriodKind.Month, EndMonth: 1 } => ReportingPeriod.YearToDate(period.Year, 1),
            _ => throw table.CellError(row.Number, "period", $"{period} is a {period.Kind.ToString().ToLowerInvariant()}, not a cumulative period; a cumulative series has January-to-month periods such as 2023年1-5月 (January alone may be 2023年1月)."),
        };
    }

    private static PublishedValue? Number(RowTable table, TableRow row, string column, bool percent)
    {
        string text = table.Cell(row, column);
        if (text.Length == 0)
        {
            return null;
        }

        text = table.PercentCell(row, column, text, percent);
        return CellNumber.TryParse(text, table.IsQuoted(row, column), out var value)
            ? value
            : throw table.CellError(row.Number, column, $"{CellText.Quote(text)} is not a number as printed (such as 187636 or 9.3: without %, full-width digits or unquoted thousands separators).");
    }
}
