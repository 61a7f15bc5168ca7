using System;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using NodaTime;

namespace Taizhou.Metrics.Panels;

/// <summary>
/// Computes the metrics of an enterprise panel (企业面板) that arrives as a stream of row batches sorted by (enterprise,
/// period), holding only the rows of the enterprise in progress: the same <see cref="PanelMetrics"/> as
/// <see cref="PanelCalculator"/>, bit for bit, for a panel of any size (panels larger than memory).
/// </summary>
/// <remarks>
/// <para>
/// The shape is declared up front: the number of rows, the clusters and the month axis (a Parquet file's footer gives
/// the row count and, in its statistics, the range of periods and clusters; a CSV file needs a first pass). With the
/// shape the stream cuts the rows into the same work chunks as <see cref="PanelCalculator"/>, sums each chunk into its
/// own table and adds the tables in chunk order as the chunks end, so every sum is added in the same order and gives
/// the same bits as the in-memory path when the declared shape is the panel's own (its first and last period, its
/// largest cluster + 1). A wider declared axis is allowed: its extra months have no rows and their metrics are missing.
/// </para>
/// <para>
/// Rows are checked as they come, under the rules of <see cref="EnterprisePanel"/> (sorted by enterprise id and period,
/// no duplicate, year-to-date output not falling within a year, valid period, cluster and output), and also against the
/// declared shape; a row that breaks a rule throws a <see cref="PanelDataException"/> naming its 0-based index in the
/// whole stream. A firm's comparable sums and its own growth need its rows a year before and after, all of which are
/// its own rows: each batch's whole firms are computed and passed to the <see cref="EnterpriseYearOnYearHandler"/>, and
/// the rows of the last firm, which may go on in the next batch, are kept. Memory: 20 bytes a row of the largest batch
/// plus the last firm's rows, 9 bytes a row of it for the growth when asked for, and the metrics tables (two scratch
/// tables, not one per chunk).
/// </para>
/// </remarks>
public sealed class PanelAccumulator
{
    private readonly PanelMetrics metrics;
    private readonly EnterpriseYearOnYearHandler? onGrowth;
    private readonly int rowCount;
    private readonly int firstMonthKey;
    private readonly double[] chunkTable;
    private readonly double[]? chunkComparable;
    private int[] ids = [];
    private int[] clusters = [];
    private int[] periods = [];
    private double[] values = [];
    private double[] growth = [];
    private bool[] defined = [];
    private int held;
    private long firstHeldRow;
    private long rowsIn;
    private int chunk;
    private int lastId;
    private int lastPeriod;
    private double lastValue;
    private int enterpriseCount;
    private bool completed;
    private bool broken;

    /// <summary>Creates a stream for a panel of a declared shape.</summary>
    /// <param name="rowCount">The number of rows the stream will bring, at least 1.</param>
    /// <param name="clusterCount">The number of clusters, 1 to <see cref="EnterprisePanel.MaxClusterCount"/>: every row's cluster is below it.</param>
    /// <param name="firstMonth">The first month of the axis: no row is earlier.</param>
    /// <param name="lastMonth">The last month of the axis: no row is later.</param>
    /// <param name="includeComparable">Whether to compute the comparable basis (同口径) and the entry/exit decomposition.</param>
    /// <param name="enterpriseYearOnYear">Receives each row's own growth, whole firms at a time in row order; null to skip it.</param>
    /// <exception cref="ArgumentOutOfRangeException">The row count or cluster count is out of range, or the last month is before the first.</exception>
    /// <exception cref="PanelDataException">
    /// The axis spans more than <see cref="EnterprisePanel.MaxMonthCount"/> months, or the metrics would have more cells
    /// than <see cref="EnterprisePanel.CellLimit"/> allows for the rows (as <see cref="EnterprisePanelBuilder.Build"/> refuses).
    /// </exception>
    public PanelAccumulator(int rowCount, int clusterCount, YearMonth firstMonth, YearMonth lastMonth, bool includeComparable, EnterpriseYearOnYearHandler? enterpriseYearOnYear)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowCount);
        if (clusterCount < 1 || clusterCount > EnterprisePanel.MaxClusterCount)
        {
            throw new ArgumentOutOfRangeException(nameof(clusterCount), clusterCount, $"Clusters number 1 to {EnterprisePanel.MaxClusterCount}.");
        }

        int first = (firstMonth.Year * 12) + firstMonth.Month - 1;
        int last = (lastMonth.Year * 12) + lastMonth.Month - 1;
        if (last < first)
        {
            throw new ArgumentOutOfRangeException(nameof(lastMonth), lastMonth, $"The last month is before the first, {firstMonth}.");
        }

        if (!PanelMonth.IsValid(PanelMonth.ToPeriod(first)) || !PanelMonth.IsValid(PanelMonth.ToPeriod(last)))
        {
            throw new ArgumentOutOfRangeException(nameof(firstMonth), firstMonth, "Panel months are in the years 1000 to 9999.");
        }

        int monthCount = last - first + 1;
        if (monthCount > EnterprisePanel.MaxMonthCount)
        {
            throw new PanelDataException(PanelDataError.Shape, -1, 0, string.Create(CultureInfo.InvariantCulture, $"The panel's periods run from {PanelMonth.ToPeriod(first)} to {PanelMonth.ToPeriod(last)}, {monthCount} months; a panel spans at most {EnterprisePanel.MaxMonthCount} months (100 years), from its earliest period to its latest."));
        }

        long cells = (long)(clusterCount + 1) * monthCount;
        if (cells > EnterprisePanel.CellLimit(rowCount))
        {
            throw new PanelDataException(PanelDataError.Shape, -1, 0, string.Create(CultureInfo.InvariantCulture, $"The panel has {rowCount:N0} rows but {clusterCount:N0} clusters over {monthCount:N0} months: its metrics would have {cells:N0} cells, more than {EnterprisePanel.CellLimit(rowCount):N0}."));
        }

        this.rowCount = rowCount;
        firstMonthKey = first;
        onGrowth = enterpriseYearOnYear;
        metrics = new PanelMetrics(rowCount, clusterCount, monthCount, first, includeEnterpriseYearOnYear: false, includeComparable, scratchTables: 1);
        chunkTable = new double[clusterCount * monthCount];
        chunkComparable = metrics.Comparable is { } k ? new double[k.Stride] : null;
    }

    /// <summary>Gets the number of rows added so far.</summary>
    public long RowsAdded => rowsIn;

    /// <summary>Gets the number of distinct enterprises added so far.</summary>
    public int EnterpriseCount => enterpriseCount;

    /// <summary>
    /// Adds a batch of rows, the next in (enterprise, period) order; computes the firms it completes and passes their
    /// growth to the handler.
    /// </summary>
    /// <param name="enterpriseIds">The enterprise id of each row.</param>
    /// <param name="clusters">The cluster of each row, below the declared cluster count.</param>
    /// <param name="periods">The period of each row as <c>yyyymm</c>, within the declared months.</param>
    /// <param name="yearToDateOutput">The year-to-date output of each row, in yuan; finite and not negative.</param>
    /// <exception cref="ArgumentException">The columns have different lengths.</exception>
    /// <exception cref="InvalidOperationException">The stream was completed, or an earlier row was refused.</exception>
    /// <exception cref="PanelDataException">
    /// A row breaks a rule of the panel (unsorted, duplicate, falling year-to-date, invalid period, cluster or output),
    /// lies outside the declared shape, or is one more than the declared row count; the message names the row's 0-based
    /// index in the stream and its enterprise. The rows before it were taken; the stream cannot go on.
    /// </exception>
    public void Add(ReadOnlySpan<int> enterpriseIds, ReadOnlySpan<int> clusters, ReadOnlySpan<int> periods, ReadOnlySpan<double> yearToDateOutput)
    {
        ThrowIfCompleted();
        int n = enterpriseIds.Length;
        if (clusters.Length != n || periods.Length != n || yearToDateOutput.Length != n)
        {
            throw new ArgumentException(
                $"The columns have different lengths: enterpriseIds {n}, clusters {clusters.Length}, periods {periods.Length}, yearToDateOutput {yearToDateOutput.Length}.",
                nameof(clusters));
        }

        if (n == 0)
        {
            return;
        }

        Reserve(held + n);
        enterpriseIds.CopyTo(ids.AsSpan(held));
        clusters.CopyTo(this.clusters.AsSpan(held));
        periods.CopyTo(this.periods.AsSpan(held));
        yearToDateOutput.CopyTo(values.AsSpan(held));
        try
        {
            Check(held, held + n);
        }
        catch (PanelDataException)
        {
            broken = true;
            throw;
        }

        held += n;

        // The last firm may go on in the next batch: compute the firms before it.
        int lastFirm = held - 1;
        while (lastFirm > 0 && ids[lastFirm - 1] == ids[held - 1])
        {
            lastFirm--;
        }

        Process(lastFirm);
    }

    /// <summary>Ends the stream: computes the last firm and the metrics of the cluster tables.</summary>
    /// <returns>The metrics, without each row's growth (that went to the handler).</returns>
    /// <exception cref="InvalidOperationException">The stream was completed already, or a row was refused.</exception>
    /// <exception cref="PanelDataException">The stream brought fewer rows than declared.</exception>
    public PanelMetrics Complete()
    {
        ThrowIfCompleted();
        if (rowsIn != rowCount)
        {
            throw new PanelDataException(PanelDataError.Shape, rowsIn, 0, string.Create(CultureInfo.InvariantCulture, $"The stream brought {rowsIn:N0} rows; {rowCount:N0} were declared."));
        }

        Process(held);
        completed = true;
        PanelCalculator.Finish(metrics);
        return metrics;
    }

    private void ThrowIfCompleted()
    {
        if (completed)
        {
            throw new InvalidOperationException("The stream was completed; create a new one.");
        }

        if (broken)
        {
            throw new InvalidOperationException("A row of the stream was refused; it cannot go on: create a new one.");
        }
    }

    /// <summary>Checks rows [from, to) of the buffer against the rules and the shape, and marks their months.</summary>
    private void Check(int from, int to)
    {
        int months = metrics.MonthCount;
        int clusterCount = metrics.ClusterCount;
        bool[] monthRows = metrics.MonthRows;
        for (int i = from; i < to; i++)
        {
            long row = rowsIn;
            int id = ids[i];
            int cluster = clusters[i];
            int period = periods[i];
            double value = values[i];
            if (row >= rowCount)
            {
                throw Fail(PanelDataError.Shape, row, id, $"the stream brings more rows than the {rowCount:N0} declared");
            }

            PanelRowRules.Check(row, id, cluster, period, value, lastId, lastPeriod, lastValue);

            int m = PanelMonth.Key(period) - firstMonthKey;
            if ((uint)m >= (uint)months)
            {
                throw Fail(PanelDataError.Shape, row, id, $"period {period} is outside the declared months {PanelMonth.ToPeriod(firstMonthKey)} to {PanelMonth.ToPeriod(firstMonthKey + months - 1)}");
            }

            if (cluster >= clusterCount)
            {
                throw Fail(PanelDataError.Shape, row, id, $"cluster {cluster} is not below the declared cluster count {clusterCount}");
            }

            monthRows[m] = true;
            enterpriseCount += row == 0 || id != lastId ? 1 : 0;
            lastId = id;
            lastPeriod = period;
            lastValue = value;
            rowsIn++;
        }
    }

    /// <summary>Computes the first <paramref name="count"/> held rows (whole firms), then keeps the rest.</summary>
    private void Process(int count)
    {
        if (count == 0)
        {
            return;
        }

        var columns = new PanelColumns(ids, clusters, periods, values, count, firstMonthKey);
        int months = metrics.MonthCount;
        int local = 0;
        while (local < count)
        {
            long chunkEnd = metrics.ChunkStarts[chunk + 1];
            int stop = (int)Math.Min(count, chunkEnd - firstHeldRow);
            if (stop > local)
            {
                PanelCalculator.Accumulate(columns, chunkTable, months, local, stop);
                if (chunkComparable is not null)
                {
                    PanelCalculator.AccumulateComparable(columns, chunkComparable, months, local, stop);
                }
            }

            local = stop;
            if (firstHeldRow + local == chunkEnd)
            {
                EndChunk();
            }
        }

        if (onGrowth is not null)
        {
            if (growth.Length < count)
            {
                growth = new double[ids.Length];
                defined = new bool[ids.Length];
            }

            PanelCalculator.RowGrowth(
                columns,
                ref MemoryMarshal.GetArrayDataReference(growth),
                ref Unsafe.As<bool, byte>(ref MemoryMarshal.GetArrayDataReference(defined)),
                0,
                count);
            onGrowth(firstHeldRow, ids.AsSpan(0, count), periods.AsSpan(0, count), growth.AsSpan(0, count), defined.AsSpan(0, count));
        }

        int rest = held - count;
        ids.AsSpan(count, rest).CopyTo(ids);
        clusters.AsSpan(count, rest).CopyTo(clusters);
        periods.AsSpan(count, rest).CopyTo(periods);
        values.AsSpan(count, rest).CopyTo(values);
        held = rest;
        firstHeldRow += count;
    }

    /// <summary>
    /// Adds the ended chunk's tables to the running sums in the first scratch tables (the first chunk's are copied), as
    /// <see cref="PanelCalculator"/> adds its chunk tables in chunk order, and clears them for the next chunk.
    /// </summary>
    private void EndChunk()
    {
        Fold(chunkTable, metrics.Partials, chunk == 0);
        if (chunkComparable is not null && metrics.Comparable is { } k)
        {
            Fold(chunkComparable, k.Partials, chunk == 0);
        }

        chunk++;
    }

    private static void Fold(double[] part, double[] sum, bool first)
    {
        if (first)
        {
            part.CopyTo(sum, 0);
        }
        else
        {
            for (int j = 0; j < part.Length; j++)
            {
                sum[j] += part[j];
            }
        }

        Array.Clear(part);
    }

    private void Reserve(int needed)
    {
        if (needed <= ids.Length)
        {
            return;
        }

        int size = (int)Math.Min(Array.MaxLength, Math.Max(needed, Math.Max(1024L, 2L * ids.Length)));
        Array.Resize(ref ids, size);
        Array.Resize(ref clusters, size);
        Array.Resize(ref periods, size);
        Array.Resize(ref values, size);
    }

    private static PanelDataException Fail(PanelDataError error, long row, int id, string what) => PanelRowRules.Fail(error, row, id, what);
}
