using System;
using System.Collections.Generic;
using System.IO;
using System.Text.RegularExpressions;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Reads a per-period series from a table with the columns <c>period</c> (any form <see cref="ReportingPeriod.Parse"/>
/// reads: 2018, 2018Q2, 2018年, 2018年6月份, 2018.06, ...) and <c>value</c> (a number as printed; an empty cell is a
/// missing value; a quoted cell may hold thousands separators); Chinese headers such as 期间 and 数值 are read as these
/// columns (docs/input.md). Other columns are ignored.
/// </summary>
/// <remarks>
/// The rows are read one at a time: a bad row is reported without reading the rest of the file. Every error is an
/// <see cref="InputFormatException"/> naming the file, the line and the column, with the message the command-line
/// tool prints (docs/bad-input.md).
/// </remarks>
public static partial class SeriesReader
{
    private static readonly string[] Columns = ["period", "value"];

    /// <summary>Reads a series (years, halves, quarters or months) from a table file (delimited text, or a sheet of an .xlsx or .xls workbook).</summary>
    /// <param name="path">The file.</param>
    /// <param name="unit">The unit of the values.</param>
    /// <param name="options">The encoding, delimiter and header aliases; null for <see cref="TableReadOptions.Default"/>.</param>
    /// <returns>A flow series named after the file (without its extension).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InputFormatException">
    /// The file cannot be read or decoded, its text breaks the CSV policy, a column is missing, a period or a value does
    /// not parse, a period repeats, or the periods are cumulative (1-N月) or of mixed kinds.
    /// </exception>
    public static TimeSeries Read(string path, MetricUnit unit, TableReadOptions? options = null)
    {
        using var table = RowTable.OpenFile(path, options ?? TableReadOptions.Default, Columns, HeaderAliases.Series);
        return Read(table, unit, Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Reads a series from a stream of delimited text or a workbook (standard input, a download, an archive's entry).</summary>
    /// <param name="stream">The bytes; left open.</param>
    /// <param name="source">The name of the text for messages and for the series (<c>-</c> for standard input).</param>
    /// <param name="unit">The unit of the values.</param>
    /// <param name="options">The encoding, delimiter and header aliases; null for <see cref="TableReadOptions.Default"/>.</param>
    /// <returns>A flow series named <paramref name="source"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="InputFormatException">As for <see cref="Read(string, MetricUnit, TableReadOptions)"/>.</exception>
    public static TimeSeries Read(Stream stream, string source, MetricUnit unit, TableReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        using var table = RowTable.Open(stream, source, options ?? TableReadOptions.Default, Columns, HeaderAliases.Series, leaveOpen: true);
        return Read(table, unit, source);
    }

    /// <summary>Reads a series from a table of any source (delimited text, a sheet).</summary>
    /// <param name="table">The table.</param>
    /// <param name="unit">The unit.</param>
    /// <param name="name">The series' name.</param>
    /// <returns>The series.</returns>
    internal static TimeSeries Read(RowTable table, MetricUnit unit, string name)
    {
        table.Require("period", "value");
        var observations = new List<Observation>();
        var lines = new Dictionary<ReportingPeriod, int>();
        (ReportingPeriod Period, int Line)? firstRow = null;
        foreach (var row in table.ReadRows())
        {
            ReportingPeriod period;
            string text = table.Cell(row, "period");
            if (table.FromWorkbook && IsoDate().IsMatch(text))
            {
                throw table.CellError(row.Number, "period", $"{CellText.Quote(text)} is a date (the cell has a date format in the workbook), not a period; write the period as text, such as 2018年6月份, 2018.06 or 2018Q2 (type a ' before it, or format the column as Text).");
            }

            try
            {
                period = ReportingPeriod.Parse(text);
            }
            catch (FormatException ex)
            {
                // The library's message quotes the cell, cut and escaped.
                throw table.CellError(row.Number, "period", ex.Message);
            }

            if (firstRow is var (firstPeriod, firstLine) && Frequency(period.Kind) != Frequency(firstPeriod.Kind) && period.Kind != PeriodKind.YearToDate)
            {
                throw table.CellError(row.Number, "period", $"{period} is a {period.Kind.ToString().ToLowerInvariant()}, but {table.At(firstLine)} has {firstPeriod}, a {firstPeriod.Kind.ToString().ToLowerInvariant()}; a series has one frequency.");
            }

            firstRow ??= (period, row.Number);

            if (period.Kind == PeriodKind.YearToDate)
            {
                throw table.CellError(row.Number, "period", $"{period} is a cumulative (1-N月) period; give full-period values (years, quarters or months).");
            }

            if (lines.TryGetValue(period, out int first))
            {
                throw table.CellError(row.Number, "period", $"{period} already appears on {table.At(first)}.");
            }

            lines[period] = row.Number;
            string valueText = table.Cell(row, "value");
            if (valueText.Length == 0)
            {
                observations.Add(Observation.Missing(period));
                continue;
            }

            valueText = table.PercentCell(row, "value", valueText, percent: false);
            if (!CellNumber.TryParse(valueText, table.IsQuoted(row, "value"), out var value))
            {
                throw table.CellError(row.Number, "value", $"{CellText.Quote(valueText)} is not a number.");
            }

            observations.Add(Observation.Of(period, value.Value));
        }

        if (observations.Count == 0)
        {
            throw table.TableError("no rows after the header.");
        }

        try
        {
            return TimeSeries.Create(SeriesKind.Flow, unit, observations, name);
        }
        catch (ArgumentException ex)
        {
            throw table.TableError(Refusal.Message(ex), ex);
        }
    }

    /// <summary>A workbook's date cell as <see cref="Excel.ExcelCellText"/> writes it: <c>2018-06-30</c>, <c>2018-06-30T14:05:00</c>.</summary>
    [GeneratedRegex(@"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9:]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    private static PeriodKind Frequency(PeriodKind kind) => kind == PeriodKind.MonthSpan ? PeriodKind.Month : kind;
}
