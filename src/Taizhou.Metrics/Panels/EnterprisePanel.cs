using System;
using NodaTime;

namespace Taizhou.Metrics.Panels;

/// <summary>
/// A columnar enterprise panel (企业面板): one row per (enterprise, month) of the monthly year-to-date reports of
/// above-scale enterprises (规上企业), stored as a struct of arrays: enterprise id, cluster, period (<c>yyyymm</c>) and
/// year-to-date output (1-N月累计产值, yuan). Immutable; validated when built.
/// </summary>
/// <remarks>
/// <para>
/// Rows are sorted by (enterprise id, period) with no duplicates, and an enterprise's year-to-date output never falls
/// within a calendar year (it resets each January). Months need not be dense: an enterprise may enter late, exit early
/// or miss a month; a missing row counts as nothing in sums, and the enterprise's later year-to-date still includes
/// that month. Clusters are numbered from 0; by convention the last one is "other" (其他).
/// </para>
/// <para>
/// The month axis runs from the earliest to the latest period of any row, every month included, at most
/// <see cref="MaxMonthCount"/> months (100 years). Compute the metrics
/// with <see cref="PanelCalculator"/>. Memory: 20 bytes a row (three <see cref="int"/> and one <see cref="double"/>).
/// </para>
/// </remarks>
public sealed class EnterprisePanel
{
    /// <summary>The largest number of clusters a panel may have: cluster numbers run from 0 to 4095.</summary>
    public const int MaxClusterCount = 4096;

    /// <summary>The largest (cluster count + 1) × month count of a panel: the size of its metrics tables.</summary>
    public const int MaxCells = 1 << 24;

    /// <summary>
    /// The metrics cells a panel may have per row beyond <see cref="SmallPanelCells"/>: with (cluster count + 1) ×
    /// month count above <see cref="CellLimit"/>, the output would be out of proportion to the input (two rows with
    /// cluster 4095 over 100 years would make five million lines of metrics), so the panel is refused.
    /// </summary>
    public const int CellsPerRow = 16;

    /// <summary>The metrics cells any panel may have, however few its rows (see <see cref="CellsPerRow"/>).</summary>
    public const int SmallPanelCells = 65_536;

    private readonly bool[] monthHasRows;

    /// <summary>
    /// The most months a panel may span, from its earliest period to its latest, both included: 1200 (100 years). The
    /// metrics have a cell for every cluster and every month of the span, rows or not, so a few rows decades apart
    /// would otherwise make tables and output files out of all proportion to the input.
    /// </summary>
    public const int MaxMonthCount = 1200;

    private readonly int[] enterpriseIds;
    private readonly int[] clusters;
    private readonly int[] periods;
    private readonly double[] output;

    internal EnterprisePanel(int[] enterpriseIds, int[] clusters, int[] periods, double[] output, int enterpriseCount, int clusterCount, int firstMonthKey, int monthCount, bool[] monthHasRows)
    {
        this.monthHasRows = monthHasRows;
        this.enterpriseIds = enterpriseIds;
        this.clusters = clusters;
        this.periods = periods;
        this.output = output;
        EnterpriseCount = enterpriseCount;
        ClusterCount = clusterCount;
        FirstMonthKey = firstMonthKey;
        MonthCount = monthCount;
    }

    /// <summary>Gets the number of rows.</summary>
    public int RowCount => enterpriseIds.Length;

    /// <summary>Gets the number of distinct enterprises.</summary>
    public int EnterpriseCount { get; }

    /// <summary>Gets the number of clusters: the largest cluster number in any row, plus one.</summary>
    public int ClusterCount { get; }

    /// <summary>Gets the number of months from <see cref="FirstMonth"/> to <see cref="LastMonth"/>, both included.</summary>
    public int MonthCount { get; }

    /// <summary>Gets the earliest month of any row.</summary>
    public YearMonth FirstMonth => PanelMonth.ToYearMonth(FirstMonthKey);

    /// <summary>Gets the latest month of any row.</summary>
    public YearMonth LastMonth => PanelMonth.ToYearMonth(FirstMonthKey + MonthCount - 1);

    /// <summary>
    /// Gets, for each month of the axis (index 0 for <see cref="FirstMonth"/>), whether any row is in it. A month without
    /// rows has no data at all: its metrics are missing, not zero.
    /// </summary>
    public ReadOnlySpan<bool> MonthHasRows => monthHasRows;

    /// <summary>Gets the enterprise id of each row.</summary>
    public ReadOnlySpan<int> EnterpriseIds => enterpriseIds;

    /// <summary>Gets the cluster number (0-based) of each row.</summary>
    public ReadOnlySpan<int> Clusters => clusters;

    /// <summary>Gets the period of each row as <c>yyyymm</c> (202406 for June 2024).</summary>
    public ReadOnlySpan<int> Periods => periods;

    /// <summary>Gets the year-to-date output (1-N月累计) of each row, in yuan.</summary>
    public ReadOnlySpan<double> YearToDateOutput => output;

    /// <summary>Gets year × 12 + month − 1 of <see cref="FirstMonth"/>.</summary>
    internal int FirstMonthKey { get; }

    internal int[] EnterpriseIdArray => enterpriseIds;

    internal int[] ClusterArray => clusters;

    internal int[] PeriodArray => periods;

    internal double[] OutputArray => output;

    /// <summary>Gets the columns as the kernels read them.</summary>
    internal PanelColumns Columns => new(enterpriseIds, clusters, periods, output, enterpriseIds.Length, FirstMonthKey);

    /// <summary>The most metrics cells, (cluster count + 1) × month count, a panel of <paramref name="rowCount"/> rows may have.</summary>
    /// <param name="rowCount">The rows.</param>
    /// <returns>max(<see cref="SmallPanelCells"/>, <see cref="CellsPerRow"/> × rows), at most <see cref="MaxCells"/>.</returns>
    public static long CellLimit(int rowCount) => Math.Min(MaxCells, Math.Max(SmallPanelCells, (long)CellsPerRow * rowCount));

    /// <summary>Creates a panel from columns of equal length, copying them and checking every row.</summary>
    /// <param name="enterpriseIds">The enterprise id of each row.</param>
    /// <param name="clusters">The cluster number of each row, 0 to <see cref="MaxClusterCount"/> − 1.</param>
    /// <param name="periods">The month of each row as <c>yyyymm</c>.</param>
    /// <param name="yearToDateOutput">The year-to-date output of each row, in yuan; finite and not negative.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="ArgumentException">The columns have different lengths.</exception>
    /// <exception cref="PanelDataException">
    /// There are no rows, or a row breaks a rule (unsorted, duplicate, falling year-to-date, invalid period, cluster or
    /// output); the message names the 0-based row index and the enterprise.
    /// </exception>
    public static EnterprisePanel Create(ReadOnlySpan<int> enterpriseIds, ReadOnlySpan<int> clusters, ReadOnlySpan<int> periods, ReadOnlySpan<double> yearToDateOutput)
    {
        var builder = new EnterprisePanelBuilder(enterpriseIds.Length);
        builder.AddRange(enterpriseIds, clusters, periods, yearToDateOutput);
        return builder.Build();
    }

    /// <summary>Returns the index on the month axis (0 for <see cref="FirstMonth"/>) of a month.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The index, 0 to <see cref="MonthCount"/> − 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The month is outside the panel's months.</exception>
    public int MonthIndex(YearMonth month)
    {
        int index = (month.Year * 12) + month.Month - 1 - FirstMonthKey;
        return (uint)index < (uint)MonthCount
            ? index
            : throw new ArgumentOutOfRangeException(nameof(month), month, $"The panel covers {FirstMonth} to {LastMonth}.");
    }
}
