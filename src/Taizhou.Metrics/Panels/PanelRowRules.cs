using System.Globalization;

namespace Taizhou.Metrics.Panels;

/// <summary>
/// The rules every panel row must keep, on its own and against the row before it: one place for the builder
/// (<see cref="EnterprisePanelBuilder"/>) and the stream (<see cref="PanelAccumulator"/>), so a file is refused for the
/// same reason, in the same words, whichever way it is read.
/// </summary>
internal static class PanelRowRules
{
    /// <summary>
    /// Checks a row: a yyyymm period, a cluster within range, a finite non-negative output, and, against the row
    /// before (when there is one), sorted by (ent_id, period) without duplicates and no fall of the year-to-date output
    /// within a calendar year.
    /// </summary>
    /// <param name="row">The row's index in the whole panel or stream (0 is the first).</param>
    /// <param name="id">The enterprise.</param>
    /// <param name="cluster">The cluster.</param>
    /// <param name="period">The period, yyyymm.</param>
    /// <param name="value">The year-to-date output.</param>
    /// <param name="previousId">The enterprise of the row before (ignored for row 0).</param>
    /// <param name="previousPeriod">The period of the row before.</param>
    /// <param name="previousValue">The output of the row before.</param>
    /// <exception cref="PanelDataException">A rule is broken; the message names the row and the enterprise.</exception>
    public static void Check(long row, int id, int cluster, int period, double value, int previousId, int previousPeriod, double previousValue)
    {
        if (!PanelMonth.IsValid(period))
        {
            throw Fail(PanelDataError.InvalidPeriod, row, id, $"period {period} is not a yyyymm month (year 1000 to 9999, month 01 to 12)");
        }

        if ((uint)cluster >= EnterprisePanel.MaxClusterCount)
        {
            throw Fail(PanelDataError.InvalidCluster, row, id, $"cluster {cluster} is not 0 to {EnterprisePanel.MaxClusterCount - 1}");
        }

        if (!(value >= 0.0) || double.IsPositiveInfinity(value))
        {
            throw Fail(PanelDataError.InvalidOutput, row, id, $"year-to-date output {value.ToString("R", CultureInfo.InvariantCulture)} is negative or not a finite number");
        }

        if (row == 0)
        {
            return;
        }

        if (id < previousId)
        {
            throw Fail(PanelDataError.Unsorted, row, id, $"enterprise {id} comes after enterprise {previousId}; rows must be sorted by (ent_id, period)");
        }

        if (id == previousId)
        {
            if (period == previousPeriod)
            {
                throw Fail(PanelDataError.Duplicate, row, id, $"period {period} appears twice, in this row and the one before");
            }

            if (period < previousPeriod)
            {
                throw Fail(PanelDataError.Unsorted, row, id, $"period {period} comes after period {previousPeriod}; rows must be sorted by (ent_id, period)");
            }

            if (period / 100 == previousPeriod / 100 && value < previousValue)
            {
                throw Fail(
                    PanelDataError.FallingYearToDate,
                    row,
                    id,
                    $"year-to-date output falls from {previousValue.ToString("R", CultureInfo.InvariantCulture)} in {previousPeriod} to {value.ToString("R", CultureInfo.InvariantCulture)} in {period}; within a calendar year it cannot fall");
            }
        }
    }

    /// <summary>The error for a row, its message naming the row and the enterprise.</summary>
    /// <param name="error">What is wrong.</param>
    /// <param name="row">The row.</param>
    /// <param name="id">The enterprise.</param>
    /// <param name="what">What is wrong, in words.</param>
    /// <returns>The exception to throw.</returns>
    public static PanelDataException Fail(PanelDataError error, long row, int id, string what) =>
        new(error, row, id, string.Create(CultureInfo.InvariantCulture, $"Row {row} (enterprise {id}): {what}."));
}
