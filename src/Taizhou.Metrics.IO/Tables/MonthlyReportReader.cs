using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Reads a statistical bureau's monthly report as it is printed — a row per indicator (指标), columns 本月, 1-本月累计
/// (or 本月止累计, 累计), 上年同期累计 and 增长% (or 比上年同期增长%), in Simplified or Traditional characters
/// (docs/input.md) — into a breakdown, its analysis, the check of its published growth rates and a cumulative series
/// per indicator, in one call (<see cref="MonthlyReport"/>).
/// </summary>
/// <remarks>
/// The table is read by <see cref="BreakdownReader"/> (the same columns, aliases, validation and messages); the period
/// is not in the table's cells (a bureau prints it in the title), so the caller gives it.
/// </remarks>
public static class MonthlyReportReader
{
    /// <summary>Reads a monthly report from a delimited text file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="period">The year to date the report covers, such as <c>ReportingPeriod.YearToDate(2018, 6)</c> (1-6月).</param>
    /// <param name="unit">The unit of the levels (亿元, 万元, ...).</param>
    /// <param name="totalName">The indicator whose row is the total of the others, or null (the usual report: its indicators do not add up to one another).</param>
    /// <param name="options">The encoding, delimiter and header aliases; null for <see cref="TableReadOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a year to date (1-N月).</exception>
    /// <exception cref="InputFormatException">As for <see cref="BreakdownReader.Read(string, string, TableReadOptions)"/>, or the library refuses the table (the message names the row when it names one indicator).</exception>
    public static MonthlyReport Read(string path, ReportingPeriod period, MetricUnit unit, string? totalName = null, TableReadOptions? options = null)
    {
        RequireYearToDate(period);
        using var table = BreakdownReader.Open(path, options);
        return Read(table, period, unit, totalName);
    }

    /// <summary>Reads a monthly report from delimited text in a stream (standard input, a download).</summary>
    /// <param name="stream">The bytes; left open.</param>
    /// <param name="source">The name of the text for messages (<c>-</c> for standard input).</param>
    /// <param name="period">The year to date the report covers.</param>
    /// <param name="unit">The unit of the levels.</param>
    /// <param name="totalName">The indicator whose row is the total of the others, or null.</param>
    /// <param name="options">The encoding, delimiter and header aliases; null for <see cref="TableReadOptions.Default"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="source"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a year to date (1-N月).</exception>
    /// <exception cref="InputFormatException">As for <see cref="Read(string, ReportingPeriod, MetricUnit, string, TableReadOptions)"/>.</exception>
    public static MonthlyReport Read(Stream stream, string source, ReportingPeriod period, MetricUnit unit, string? totalName = null, TableReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(source);
        RequireYearToDate(period);
        using var table = BreakdownReader.Open(stream, source, options);
        return Read(table, period, unit, totalName);
    }

    internal static MonthlyReport Read(RowTable rows, ReportingPeriod period, MetricUnit unit, string? totalName)
    {
        var table = BreakdownReader.Read(rows, totalName);
        BreakdownAnalysis? analysis;
        TableCheck check;
        try
        {
            analysis = table.Total is null ? null : table.Analyse();
            check = table.Check();
        }
        catch (ArgumentException ex)
        {
            var named = table.Lines.Where(p => ex.Message.Contains($"'{p.Key}'", StringComparison.Ordinal)).Take(2).ToList();
            throw named.Count == 1
                ? new InputFormatException(table.Source, named[0].Value, null, $"{table.Source}: {rows.At(named[0].Value)} ({CellText.Quote(named[0].Key)}): {Refusal.Message(ex)}", ex)
                : rows.TableError(Refusal.Message(ex), ex);
        }

        var before = ReportingPeriod.YearToDate(period.Year - 1, period.EndMonth);
        var series = new Dictionary<string, TimeSeries>(StringComparer.Ordinal);
        foreach (var row in table.Total is { } t ? table.Parts.Prepend(t) : table.Parts)
        {
            decimal previous = row.Previous?.Value ?? row.PreviousLevel;
            series.Add(row.Name, TimeSeries.Create(SeriesKind.Cumulative, unit, [Observation.Of(before, previous), Observation.Of(period, row.Current.Value)], row.Name));
        }

        return new MonthlyReport(period, unit, table, analysis, check, series);
    }

    private static void RequireYearToDate(ReportingPeriod period)
    {
        if (period.Kind != PeriodKind.YearToDate)
        {
            throw new ArgumentException($"A monthly report covers a year to date (1-N月), not {period}, a {period.Kind.ToString().ToLowerInvariant()}.", nameof(period));
        }
    }
}
