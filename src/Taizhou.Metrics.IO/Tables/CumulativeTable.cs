using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.IO;

/// <summary>One row of a cumulative series table: its line, its period, and the level and growth as printed (null where the cell is empty).</summary>
/// <param name="Line">The row's number in the file (its line, or its row in a sheet).</param>
/// <param name="Period">The cumulative period (1-N月).</param>
/// <param name="Level">The cumulative level as printed, or null.</param>
/// <param name="GrowthPercent">The cumulative growth in percent as printed, or null.</param>
internal sealed record CumulativeRow(int Line, ReportingPeriod Period, PublishedValue? Level, PublishedValue? GrowthPercent);

/// <summary>A cumulative series table as read by <see cref="CumulativeSeriesReader"/>.</summary>
/// <param name="Source">The file's name for messages.</param>
/// <param name="RowWord">How the source names a row: <c>line</c> for text, <c>sheet 'S' row</c> for a sheet.</param>
/// <param name="ValueColumn">The level column's header as written, quoted.</param>
/// <param name="Rows">The rows, in the file's order.</param>
internal sealed record CumulativeTable(string Source, string RowWord, string ValueColumn, IReadOnlyList<CumulativeRow> Rows)
{
    /// <summary>The figures of the rows, each with its level; a row without one is an error naming its line.</summary>
    /// <param name="purpose">What needs the levels, for the message (<c>--single-month</c>).</param>
    /// <returns>The figures, in the file's order.</returns>
    /// <exception cref="InputFormatException">A row has no level.</exception>
    public IReadOnlyList<CumulativeFigure> Figures(string purpose) => [.. Rows.Select(r => Figure(r, purpose))];

    /// <summary>The figure of a row, with its level; a row without one is an error naming its line.</summary>
    /// <param name="row">The row.</param>
    /// <param name="purpose">What needs the level, for the message.</param>
    /// <returns>The figure.</returns>
    /// <exception cref="InputFormatException">The row has no level.</exception>
    public CumulativeFigure Figure(CumulativeRow row, string purpose) => row.Level is { } level
        ? new CumulativeFigure(row.Period, level, row.GrowthPercent)
        : throw new InputFormatException(
            Source,
            row.Line,
            ValueColumn.Trim('\''),
            string.Create(CultureInfo.InvariantCulture, $"{Source}: {RowWord} {row.Line}, column {ValueColumn}: the cumulative level for {row.Period} is empty; {purpose} needs every level as printed."),
            null);
}
