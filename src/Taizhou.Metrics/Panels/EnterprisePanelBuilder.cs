using System;
using System.Globalization;

namespace Taizhou.Metrics.Panels;

/// <summary>
/// Builds an <see cref="EnterprisePanel"/> row by row or span by span, validating each row against the previous one as
/// it arrives, so that a reader can stream a file into the panel's columns without a second copy.
/// </summary>
/// <remarks>
/// <para>
/// Every row is checked when added: the period is a <c>yyyymm</c> month (year 1000 to 9999), the cluster is 0 to
/// <see cref="EnterprisePanel.MaxClusterCount"/> − 1, the year-to-date output is finite and not negative, and against
/// the previous row: rows are sorted by (enterprise id, period), no (enterprise, period) appears twice, and the
/// year-to-date output of an enterprise does not fall within a calendar year. A broken rule throws
/// <see cref="PanelDataException"/> naming the 0-based row index and the enterprise, and leaves the builder as it was
/// before that row.
/// </para>
/// <para>
/// Give the exact row count as the capacity when it is known (a Parquet footer, a counted CSV): <see cref="Build"/> then
/// hands the arrays to the panel without copying them. Otherwise the columns grow by doubling and are trimmed once.
/// </para>
/// <para>
/// The library's own readers (<c>Taizhou.Metrics.IO</c>) decode files in parallel straight into the storage of the rows
/// not yet added and then validate them in order, with the same rules and errors as adding the rows one by one. That
/// path is internal on purpose: a column written after its rows were validated would break the guarantees the
/// calculator relies on (it indexes its tables by validated clusters and periods without bounds checks).
/// </para>
/// </remarks>
public sealed class EnterprisePanelBuilder
{
    private int[] enterpriseIds;
    private int[] clusters;
    private int[] periods;
    private double[] output;
    private int count;
    private int enterpriseCount;
    private int minKey = int.MaxValue;
    private int maxKey = int.MinValue;
    private int maxCluster = -1;
    private bool built;

    /// <summary>Initializes a new builder with room for <paramref name="capacity"/> rows.</summary>
    /// <param name="capacity">The expected number of rows, 0 or more; the exact count avoids any copy.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="capacity"/> is negative.</exception>
    public EnterprisePanelBuilder(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        enterpriseIds = new int[capacity];
        clusters = new int[capacity];
        periods = new int[capacity];
        output = new double[capacity];
    }

    /// <summary>Gets the number of rows added so far.</summary>
    public int Count => count;

    /// <summary>Adds one row.</summary>
    /// <param name="enterpriseId">The enterprise id.</param>
    /// <param name="cluster">The cluster number, 0-based.</param>
    /// <param name="period">The month as <c>yyyymm</c>, such as 202406.</param>
    /// <param name="yearToDateOutput">The year-to-date output (1-N月累计), in yuan.</param>
    /// <exception cref="PanelDataException">The row breaks a rule of the panel; the message names the row and the enterprise.</exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public void Add(int enterpriseId, int cluster, int period, double yearToDateOutput)
    {
        ThrowIfBuilt();
        if (count == enterpriseIds.Length)
        {
            Grow(count + 1);
        }

        Validate(count, enterpriseId, cluster, period, yearToDateOutput);
        Store(count, enterpriseId, cluster, period, yearToDateOutput);
        count++;
    }

    /// <summary>Adds rows given as columns of equal length.</summary>
    /// <param name="enterpriseIds">The enterprise ids.</param>
    /// <param name="clusters">The cluster numbers, 0-based.</param>
    /// <param name="periods">The months as <c>yyyymm</c>.</param>
    /// <param name="yearToDateOutput">The year-to-date outputs, in yuan.</param>
    /// <exception cref="ArgumentException">The spans have different lengths.</exception>
    /// <exception cref="PanelDataException">
    /// A row breaks a rule of the panel; the rows before it are kept, the message names the row and the enterprise.
    /// </exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public void AddRange(ReadOnlySpan<int> enterpriseIds, ReadOnlySpan<int> clusters, ReadOnlySpan<int> periods, ReadOnlySpan<double> yearToDateOutput)
    {
        ThrowIfBuilt();
        int n = enterpriseIds.Length;
        if (clusters.Length != n || periods.Length != n || yearToDateOutput.Length != n)
        {
            throw new ArgumentException(
                $"The columns have different lengths: enterpriseIds {n}, clusters {clusters.Length}, periods {periods.Length}, yearToDateOutput {yearToDateOutput.Length}.",
                nameof(clusters));
        }

        if (count + n > this.enterpriseIds.Length)
        {
            Grow(count + n);
        }

        enterpriseIds.CopyTo(this.enterpriseIds.AsSpan(count));
        clusters.CopyTo(this.clusters.AsSpan(count));
        periods.CopyTo(this.periods.AsSpan(count));
        yearToDateOutput.CopyTo(output.AsSpan(count));
        AcceptWritten(count + n);
    }

    /// <summary>Gets the storage of the enterprise ids of the rows not yet added, from <see cref="Count"/> to the capacity.</summary>
    /// <remarks>
    /// The four <c>Pending…</c> columns let a reader decode a file straight into the panel's columns, several parts
    /// at once on several threads, and then validate the rows in order with <see cref="AddPending"/> without copying
    /// them. Write each part before adding it; do not write any part after it was added or after <see cref="Build"/>.
    /// </remarks>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    internal Memory<int> PendingEnterpriseIds => Pending(enterpriseIds);

    /// <summary>Gets the storage of the cluster numbers of the rows not yet added (see <see cref="PendingEnterpriseIds"/>).</summary>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    internal Memory<int> PendingClusters => Pending(clusters);

    /// <summary>Gets the storage of the periods of the rows not yet added (see <see cref="PendingEnterpriseIds"/>).</summary>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    internal Memory<int> PendingPeriods => Pending(periods);

    /// <summary>Gets the storage of the year-to-date outputs of the rows not yet added (see <see cref="PendingEnterpriseIds"/>).</summary>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    internal Memory<double> PendingYearToDateOutput => Pending(output);

    /// <summary>
    /// Validates and adds the next <paramref name="rowCount"/> rows, already written into the <c>Pending…</c> columns
    /// (<see cref="PendingEnterpriseIds"/>, <see cref="PendingClusters"/>, <see cref="PendingPeriods"/>,
    /// <see cref="PendingYearToDateOutput"/>), with the same checks as <see cref="AddRange"/>.
    /// </summary>
    /// <param name="rowCount">The number of rows, 0 to the capacity left.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rowCount"/> is negative or more than the capacity left.</exception>
    /// <exception cref="PanelDataException">
    /// A row breaks a rule of the panel; the rows before it are kept, the message names the row and the enterprise.
    /// </exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    internal void AddPending(int rowCount)
    {
        ThrowIfBuilt();
        ArgumentOutOfRangeException.ThrowIfNegative(rowCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(rowCount, enterpriseIds.Length - count);
        AcceptWritten(count + rowCount);
    }

    /// <summary>Builds the panel; the builder cannot be used afterwards.</summary>
    /// <returns>The panel, owning the builder's columns (copied once only if the capacity was not the row count).</returns>
    /// <exception cref="PanelDataException">
    /// No row was added, the periods span more than <see cref="EnterprisePanel.MaxMonthCount"/> months, or
    /// (clusters + 1) × months exceeds the panel's <see cref="EnterprisePanel.CellLimit"/>, at most
    /// <see cref="EnterprisePanel.MaxCells"/> (the metrics tables would be out of proportion to the rows).
    /// </exception>
    /// <exception cref="InvalidOperationException"><see cref="Build"/> was already called.</exception>
    public EnterprisePanel Build()
    {
        ThrowIfBuilt();
        if (count == 0)
        {
            throw new PanelDataException(PanelDataError.Shape, -1, 0, "The panel has no rows.");
        }

        int monthCount = maxKey - minKey + 1;
        int clusterCount = maxCluster + 1;
        if (monthCount > EnterprisePanel.MaxMonthCount)
        {
            throw new PanelDataException(
                PanelDataError.Shape,
                -1,
                0,
                string.Create(CultureInfo.InvariantCulture, $"The panel's periods run from {PanelMonth.ToPeriod(minKey)} to {PanelMonth.ToPeriod(maxKey)}, {monthCount} months; a panel spans at most {EnterprisePanel.MaxMonthCount} months (100 years), from its earliest period to its latest."));
        }

        // CellLimit is at most MaxCells, which 4096 clusters over 1200 months (4.9 million cells) cannot reach anyway.
        long cells = (long)(clusterCount + 1) * monthCount;
        if (cells > EnterprisePanel.CellLimit(count))
        {
            throw new PanelDataException(
                PanelDataError.Shape,
                -1,
                0,
                string.Create(CultureInfo.InvariantCulture, $"The panel has {count:N0} rows but {clusterCount:N0} clusters (0 to {clusterCount - 1}) over {monthCount:N0} months ({PanelMonth.ToPeriod(minKey)} to {PanelMonth.ToPeriod(maxKey)}): its metrics would have {cells:N0} cells, more than {EnterprisePanel.CellLimit(count):N0} ({EnterprisePanel.CellsPerRow} a row, or {EnterprisePanel.SmallPanelCells:N0} for a small panel). A stray cluster number or period is the likely cause."));
        }

        if (count != enterpriseIds.Length)
        {
            Array.Resize(ref enterpriseIds, count);
            Array.Resize(ref clusters, count);
            Array.Resize(ref periods, count);
            Array.Resize(ref output, count);
        }

        built = true;
        return new EnterprisePanel(enterpriseIds, clusters, periods, output, enterpriseCount, clusterCount, minKey, monthCount, MonthsWithRows(monthCount));
    }

    /// <summary>Marks the months on the panel's axis that have at least one row (one pass, no division per row).</summary>
    private bool[] MonthsWithRows(int monthCount)
    {
        int firstPeriod = PanelMonth.ToPeriod(minKey);
        var seen = new bool[PanelMonth.ToPeriod(maxKey) - firstPeriod + 1];
        foreach (int period in periods.AsSpan(0, count))
        {
            seen[period - firstPeriod] = true;
        }

        var months = new bool[monthCount];
        for (int m = 0; m < monthCount; m++)
        {
            months[m] = seen[PanelMonth.ToPeriod(minKey + m) - firstPeriod];
        }

        return months;
    }

    /// <summary>Validates and stores the rows from <see cref="count"/> to <paramref name="end"/>, already written in the columns.</summary>
    private void AcceptWritten(int end)
    {
        while (count < end)
        {
            if (count > 0)
            {
                AcceptValidRun(end);
                if (count == end)
                {
                    return;
                }
            }

            // The first row, or a row the fast loop stopped at: check it one rule at a time (this throws the error
            // the row breaks, if any) and store it.
            Validate(count, enterpriseIds[count], clusters[count], periods[count], output[count]);
            Store(count, enterpriseIds[count], clusters[count], periods[count], output[count]);
            count++;
        }
    }

    /// <summary>
    /// Stores the rows from <see cref="count"/> (which must be positive) up to <paramref name="end"/> or the first row
    /// that breaks a rule: the rules of <see cref="Validate"/> in one branch-light test a row.
    /// </summary>
    private void AcceptValidRun(int end)
    {
        int[] ids = enterpriseIds;
        int[] clusterColumn = clusters;
        int[] periodColumn = periods;
        double[] values = output;
        if ((uint)end > (uint)ids.Length || (uint)end > (uint)clusterColumn.Length || (uint)end > (uint)periodColumn.Length || (uint)end > (uint)values.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(end));
        }

        int row = count;
        int prevId = ids[row - 1];
        int prevPeriod = periodColumn[row - 1];
        int prevYear = prevPeriod / 100;
        double prevValue = values[row - 1];
        int enterprises = enterpriseCount;
        int lowKey = minKey;
        int highKey = maxKey;
        int highCluster = maxCluster;
        for (; row < end; row++)
        {
            int id = ids[row];
            int cluster = clusterColumn[row];
            int period = periodColumn[row];
            double value = values[row];
            int year = period / 100;
            bool valid = PanelMonth.IsValid(period)
                & (uint)cluster < EnterprisePanel.MaxClusterCount
                & value >= 0.0
                & value < double.PositiveInfinity
                & (id > prevId | (id == prevId & period > prevPeriod & (year != prevYear | value >= prevValue)));
            if (!valid)
            {
                break;
            }

            enterprises += id != prevId ? 1 : 0;
            int key = PanelMonth.Key(period);
            lowKey = Math.Min(lowKey, key);
            highKey = Math.Max(highKey, key);
            highCluster = Math.Max(highCluster, cluster);
            prevId = id;
            prevPeriod = period;
            prevYear = year;
            prevValue = value;
        }

        count = row;
        enterpriseCount = enterprises;
        minKey = lowKey;
        maxKey = highKey;
        maxCluster = highCluster;
    }

    private void Validate(int row, int id, int cluster, int period, double value) =>
        PanelRowRules.Check(row, id, cluster, period, value, row > 0 ? enterpriseIds[row - 1] : 0, row > 0 ? periods[row - 1] : 0, row > 0 ? output[row - 1] : 0.0);

    private void Store(int row, int id, int cluster, int period, double value)
    {
        if (row == 0 || enterpriseIds[row - 1] != id)
        {
            enterpriseCount++;
        }

        enterpriseIds[row] = id;
        clusters[row] = cluster;
        periods[row] = period;
        output[row] = value;
        int key = PanelMonth.Key(period);
        minKey = Math.Min(minKey, key);
        maxKey = Math.Max(maxKey, key);
        maxCluster = Math.Max(maxCluster, cluster);
    }

    private void Grow(int needed)
    {
        if (needed > Array.MaxLength)
        {
            throw new PanelDataException(PanelDataError.Shape, -1, 0, $"The panel cannot hold more than {Array.MaxLength} rows.");
        }

        int size = (int)Math.Min(Array.MaxLength, Math.Max(needed, Math.Max(1024L, 2L * enterpriseIds.Length)));
        Array.Resize(ref enterpriseIds, size);
        Array.Resize(ref clusters, size);
        Array.Resize(ref periods, size);
        Array.Resize(ref output, size);
    }

    private Memory<T> Pending<T>(T[] column)
    {
        ThrowIfBuilt();
        return column.AsMemory(count);
    }

    private void ThrowIfBuilt()
    {
        if (built)
        {
            throw new InvalidOperationException("The panel was already built; create a new builder.");
        }
    }
}
