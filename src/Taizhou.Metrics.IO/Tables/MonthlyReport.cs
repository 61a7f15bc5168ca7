using System.Collections.Generic;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.IO;

/// <summary>
/// A statistical bureau's monthly report (a row per indicator, 指标; columns 本月, 1-本月累计, 上年同期累计, 增长%) as
/// <see cref="MonthlyReportReader"/> read it: the table as a breakdown (the indicators its parts, the year-to-date
/// values their levels), its analysis, the check of its published growth rates, and a cumulative series per indicator.
/// </summary>
public sealed class MonthlyReport
{
    internal MonthlyReport(ReportingPeriod period, MetricUnit unit, BreakdownTable table, BreakdownAnalysis? analysis, TableCheck check, IReadOnlyDictionary<string, TimeSeries> series)
    {
        Period = period;
        Unit = unit;
        Table = table;
        Analysis = analysis;
        Check = check;
        Series = series;
    }

    /// <summary>Gets the report's period: the year to date it covers (1-N月).</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the unit of the levels, as the caller gave it.</summary>
    public MetricUnit Unit { get; }

    /// <summary>Gets the table: a part per indicator with its year-to-date level (<c>current</c>), the same period a year earlier (<c>previous</c>) and the published growth; the month's own values in <see cref="BreakdownTable.Months"/>.</summary>
    public BreakdownTable Table { get; }

    /// <summary>
    /// Gets the shares, contributions (拉动) and contribution rates (贡献率) of the indicators against the total's row
    /// (<see cref="BreakdownTable.Analyse"/>), or <see langword="null"/> when the report was read without naming a
    /// total: the usual report's indicators (总产值, 销售产值, 出口交货值) are not parts of one whole, and shares of their
    /// sum would be numbers that mean nothing.
    /// </summary>
    public BreakdownAnalysis? Analysis { get; }

    /// <summary>Gets the check of the published figures within rounding (a published growth against its two levels, and any share or contribution given): <see cref="BreakdownTable.Check"/>.</summary>
    public TableCheck Check { get; }

    /// <summary>
    /// Gets a cumulative series per indicator (the total's row included), by its name: the year to date a year earlier
    /// (上年同期累计; when the table gives only the growth, the level it implies, <see cref="BreakdownRow.PreviousLevel"/>)
    /// and the year to date of <see cref="Period"/> (1-本月累计), so that <c>Growth.YearOnYear(series, period)</c> is the
    /// indicator's 同比.
    /// </summary>
    public IReadOnlyDictionary<string, TimeSeries> Series { get; }
}
