using System.Collections.Generic;
using System.IO;
using System;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Cli.Input;

/// <summary>
/// Reads a series from CSV with the columns <c>period</c> (any form <see cref="ReportingPeriod.Parse"/> reads:
/// 2018, 2018Q2, 2018年, ...) and <c>value</c> (a number as printed; an empty cell is a missing value).
/// </summary>
internal static class SeriesCsv
{
    /// <summary>Reads a per-period series (years, halves, quarters or months).</summary>
    /// <param name="path">The file.</param>
    /// <param name="unit">The unit of the values.</param>
    /// <param name="encoding">The file's encoding, or <see cref="InputEncoding.Detect"/>.</param>
    /// <returns>The series, named after the file.</returns>
    /// <exception cref="InputException">A column is missing, a period or a value does not parse, a period repeats, or the periods are cumulative or of mixed kinds.</exception>
    /// <exception cref="InputFormatException">The file cannot be read, its bytes are not valid in the encoding, or its CSV is malformed.</exception>
    /// <remarks>The rows are read one at a time: a bad row is reported without reading the rest of the file.</remarks>
    public static TimeSeries Read(string path, MetricUnit unit, InputEncoding encoding)
    {
        using var table = CsvTable.Open(path, encoding);
        table.Require("period", "value");
        var observations = new List<Observation>();
        var lines = new Dictionary<ReportingPeriod, int>();
        (ReportingPeriod Period, int Line)? firstRow = null;
        foreach (var row in table.ReadRows())
        {
            ReportingPeriod period;
            string text = table.Cell(row, "period");
            try
            {
                period = ReportingPeriod.Parse(text);
            }
            catch (FormatException ex)
            {
                // The library's message quotes the cell, cut and escaped.
                throw new InputException($"{path}: line {row.Line}, column 'period': {ex.Message}");
            }

            if (firstRow is var (firstPeriod, firstLine) && Frequency(period.Kind) != Frequency(firstPeriod.Kind) && period.Kind != PeriodKind.YearToDate)
            {
                throw new InputException($"{path}: line {row.Line}, column 'period': {period} is a {period.Kind.ToString().ToLowerInvariant()}, but line {firstLine} has {firstPeriod}, a {firstPeriod.Kind.ToString().ToLowerInvariant()}; a series has one frequency.");
            }

            firstRow ??= (period, row.Line);

            if (period.Kind == PeriodKind.YearToDate)
            {
                throw new InputException($"{path}: line {row.Line}, column 'period': {period} is a cumulative (1-N月) period; give full-period values (years, quarters or months).");
            }

            if (lines.TryGetValue(period, out int first))
            {
                throw new InputException($"{path}: line {row.Line}, column 'period': {period} already appears on line {first}.");
            }

            lines[period] = row.Line;
            string valueText = table.Cell(row, "value");
            if (valueText.Length == 0)
            {
                observations.Add(Observation.Missing(period));
                continue;
            }

            if (!PublishedValue.TryParse(valueText, out var value))
            {
                throw new InputException($"{path}: line {row.Line}, column 'value': {CellText.Quote(valueText)} is not a number.");
            }

            observations.Add(Observation.Of(period, value.Value));
        }

        if (observations.Count == 0)
        {
            throw new InputException($"{path}: no rows after the header.");
        }

        try
        {
            return TimeSeries.Create(SeriesKind.Flow, unit, observations, Path.GetFileNameWithoutExtension(path));
        }
        catch (ArgumentException ex)
        {
            throw InputException.FromArgument(path, ex);
        }
    }

    private static PeriodKind Frequency(PeriodKind kind) => kind == PeriodKind.MonthSpan ? PeriodKind.Month : kind;
}
