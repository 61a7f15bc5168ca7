using System;
using System.Collections.Generic;
using System.IO;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Series;
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
    /// <returns>The series, named after the file.</returns>
    /// <exception cref="InputException">A column is missing, a period or a value does not parse, a period repeats, or the periods are cumulative or of mixed kinds.</exception>
    public static TimeSeries Read(string path, MetricUnit unit)
    {
        var table = CsvTable.Read(path);
        table.Require("period", "value");
        var observations = new List<Observation>();
        var lines = new Dictionary<ReportingPeriod, int>();
        foreach (var row in table.Rows)
        {
            ReportingPeriod period;
            try
            {
                period = ReportingPeriod.Parse(table.Cell(row, "period"));
            }
            catch (FormatException ex)
            {
                throw new InputException($"{path}: line {row.Line}, column 'period': {ex.Message}");
            }

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
                throw new InputException($"{path}: line {row.Line}, column 'value': '{valueText}' is not a number.");
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
}
