using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Win32.SafeHandles;
using NodaTime;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.IO;

/// <summary>
/// The streaming half of <see cref="PanelReader"/>: a panel sorted by (ent_id, period) read one row group at a time
/// into a <see cref="PanelAccumulator"/>, in memory bounded by the largest row group whatever the number of rows: the
/// next row group is decoded while the accumulator takes the one before, so two are in memory at a time.
/// </summary>
public static partial class PanelReader
{
    /// <summary>
    /// Reads a Parquet panel sorted by (ent_id, period) one row group at a time into a <see cref="PanelAccumulator"/>,
    /// holding at most two row groups' rows (the next is decoded while the one before is computed) and the firm in
    /// progress besides the metrics tables; returns the
    /// accumulator with every row added, for the caller to <see cref="PanelAccumulator.Complete"/>.
    /// </summary>
    /// <remarks>
    /// The shape the accumulator needs (rows, clusters, months) comes from the footer: the row count, and the minimum
    /// and maximum of the cluster and period columns from the chunks' statistics when every chunk has exact ones (they
    /// are checked against the decoded values, as <see cref="ReadParquet(string, IProgress{PanelLoadProgress}?)"/>
    /// does); otherwise a first pass decodes the cluster and period columns alone. The metrics are those of
    /// <see cref="PanelCalculator"/> on the whole panel, bit for bit. Rows out of order are refused as they come,
    /// naming the file's row (1-based): sort the file first (for example with DuckDB:
    /// <c>COPY (SELECT * FROM 'in.parquet' ORDER BY ent_id, period) TO 'sorted.parquet'</c>).
    /// </remarks>
    /// <param name="path">The Parquet file.</param>
    /// <param name="includeComparable">Whether to compute the comparable basis (同口径) and the entry/exit decomposition.</param>
    /// <param name="enterpriseYearOnYear">Receives each row's own growth, whole firms at a time in row order; null to skip it.</param>
    /// <param name="progress">Receives the rows read after each row group; may be null.</param>
    /// <returns>
    /// The accumulator, every row added, not yet completed: the last firm's growth reaches the handler when the caller
    /// calls <see cref="PanelAccumulator.Complete"/>.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="PanelFormatException">
    /// The file cannot be read as a Parquet panel, or a row breaks a rule of the panel (unsorted, duplicate, …); the
    /// message names the file and the row.
    /// </exception>
    public static PanelAccumulator StreamParquet(string path, bool includeComparable, EnterpriseYearOnYearHandler? enterpriseYearOnYear, IProgress<PanelLoadProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return StreamParquetCore(path, includeComparable, enterpriseYearOnYear, progress);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new PanelFormatException(path, null, null, $"{path}: cannot be read as Parquet: {OneLine(ex.Message)}", ex);
        }
    }

    private static PanelAccumulator StreamParquetCore(string path, bool includeComparable, EnterpriseYearOnYearHandler? enterpriseYearOnYear, IProgress<PanelLoadProgress>? progress)
    {
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        var layout = ParquetLayout.Read(path, file);
        long total = layout.RowCount;
        if (total == 0)
        {
            throw new PanelFormatException(path, null, null, $"{path}: The panel has no rows.", null);
        }

        if (total > Array.MaxLength)
        {
            throw new PanelFormatException(path, null, null, string.Create(CultureInfo.InvariantCulture, $"{path}: {total:N0} rows; a panel holds at most {Array.MaxLength:N0}."), null);
        }

        long largest = 0;
        foreach (var group in layout.Groups)
        {
            largest = Math.Max(largest, group.Rows);
        }

        // Two slots of one row group each: the next group is decoded into one while the accumulator takes the other.
        var slots = new GroupSlot[2];
        for (int k = 0; k < slots.Length; k++)
        {
            slots[k] = new GroupSlot(path, file, layout, (int)largest);
        }

        var readers = new List<ParquetChunkReader>();
        Task? pending = null;
        try
        {
            readers.Add(ParquetChunkReader.Open(path, layout));
            var first = slots[0];
            var (maxCluster, minPeriod, maxPeriod) = ShapeFromStatistics(layout) ?? ShapeByFirstPass(layout, first.Decode, readers[0], first.Periods, first.Clusters);
            PanelAccumulator accumulator;
            try
            {
                accumulator = new PanelAccumulator((int)total, maxCluster + 1, ToMonth(minPeriod), ToMonth(maxPeriod), includeComparable, enterpriseYearOnYear);
            }
            catch (PanelDataException ex)
            {
                throw new PanelFormatException(path, null, null, $"{path}: {ex.Message}", ex);
            }

            // Decodes never overlap (the next starts once the one before is in), so they share the readers.
            Task Start(int g) => Task.Run(() =>
            {
                var slot = slots[g % 2];
                slot.Decode.BaseRow = layout.Groups[g].FirstRow;
                DecodeGroup(path, layout, slot.Decode, readers, g);
            });

            Task next = Start(0);
            pending = next;
            for (int g = 0; g < layout.Groups.Count; g++)
            {
                next.GetAwaiter().GetResult();
                pending = null;
                if (g + 1 < layout.Groups.Count)
                {
                    next = Start(g + 1);
                    pending = next;
                }

                var group = layout.Groups[g];
                var slot = slots[g % 2];
                int n = (int)group.Rows;
                try
                {
                    accumulator.Add(slot.Ids.AsSpan(0, n), slot.Clusters.AsSpan(0, n), slot.Periods.AsSpan(0, n), slot.Output.AsSpan(0, n));
                }
                catch (PanelDataException ex)
                {
                    throw RowError(path, ex, $"row {ex.RowIndex + 1}");
                }

                progress?.Report(new PanelLoadProgress(group.FirstRow + group.Rows, total));
            }

            return accumulator;
        }
        finally
        {
            // A decode still running uses the readers: let it end (its error, if any, is moot) before they are closed.
            try
            {
                pending?.Wait();
            }
            catch (AggregateException)
            {
            }

            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
    }

    /// <summary>The columns of one row group and the decoder that fills them.</summary>
    private sealed class GroupSlot
    {
        public GroupSlot(string path, SafeFileHandle file, ParquetLayout layout, int rows)
        {
            Ids = new int[rows];
            Clusters = new int[rows];
            Periods = new int[rows];
            Output = new double[rows];
            Decode = new ParquetDecode(path, file, layout, Ids, Clusters, Periods, Output);
        }

        public int[] Ids { get; }

        public int[] Clusters { get; }

        public int[] Periods { get; }

        public double[] Output { get; }

        public ParquetDecode Decode { get; }
    }

    /// <summary>Decodes the four columns of a row group, on this thread and one more per further core (at most four in all).</summary>
    private static void DecodeGroup(string path, ParquetLayout layout, ParquetDecode decode, List<ParquetChunkReader> readers, int g)
    {
        var work = new InOrderWork(ParquetDecode.Columns);
        try
        {
            for (int h = 0; h < work.HelpersWorthStarting; h++)
            {
                if (readers.Count <= h + 1)
                {
                    readers.Add(ParquetChunkReader.Open(path, layout));
                }

                var helperReader = readers[h + 1];
                work.StartHelper(item => decode.Decode((g * ParquetDecode.Columns) + item, helperReader));
            }

            var reader = readers[0];
            Action<int> here = item => decode.Decode((g * ParquetDecode.Columns) + item, reader);
            for (int c = 0; c < ParquetDecode.Columns; c++)
            {
                work.WaitFor(c, here);
            }
        }
        finally
        {
            work.Dispose();
        }

        decode.ThrowIfFailed(g);
    }

    /// <summary>The largest cluster and the first and last period from the footer, when every chunk of both columns has exact statistics that are valid.</summary>
    private static (int MaxCluster, int MinPeriod, int MaxPeriod)? ShapeFromStatistics(ParquetLayout layout)
    {
        int maxCluster = -1;
        int minPeriod = int.MaxValue;
        int maxPeriod = int.MinValue;
        foreach (var group in layout.Groups)
        {
            if (group.Rows == 0)
            {
                continue;
            }

            if (group.Columns[1].Statistics is not { Min: { } cMin, Max: { } cMax, MinExact: true, MaxExact: true }
                || group.Columns[2].Statistics is not { Min: { } pMin, Max: { } pMax, MinExact: true, MaxExact: true })
            {
                return null;
            }

            if (cMin < 0 || cMax >= EnterprisePanel.MaxClusterCount || cMax != Math.Floor(cMax)
                || !PanelMonth.IsValid((int)Math.Clamp(pMin, 0, int.MaxValue)) || !PanelMonth.IsValid((int)Math.Clamp(pMax, 0, int.MaxValue)))
            {
                // Leave a stray value to the rows' own checks, which name the row.
                return null;
            }

            maxCluster = Math.Max(maxCluster, (int)cMax);
            minPeriod = Math.Min(minPeriod, (int)pMin);
            maxPeriod = Math.Max(maxPeriod, (int)pMax);
        }

        return maxCluster < 0 ? null : (maxCluster, minPeriod, maxPeriod);
    }

    /// <summary>
    /// The largest cluster and the first and last period by decoding the cluster and period columns of every row group
    /// (the first pass when the footer has no exact statistics); a stray value is left to the second pass, which names
    /// its row.
    /// </summary>
    private static (int MaxCluster, int MinPeriod, int MaxPeriod) ShapeByFirstPass(ParquetLayout layout, ParquetDecode decode, ParquetChunkReader reader, int[] periods, int[] clusters)
    {
        int maxCluster = 0;
        int minPeriod = int.MaxValue;
        int maxPeriod = int.MinValue;
        for (int g = 0; g < layout.Groups.Count; g++)
        {
            var group = layout.Groups[g];
            decode.BaseRow = group.FirstRow;
            decode.Decode(ParquetDecode.Item(g, 1), reader);
            decode.Decode(ParquetDecode.Item(g, 2), reader);
            decode.ThrowIfFailed(g);
            for (int i = 0; i < group.Rows; i++)
            {
                int p = periods[i];
                if (PanelMonth.IsValid(p))
                {
                    minPeriod = Math.Min(minPeriod, p);
                    maxPeriod = Math.Max(maxPeriod, p);
                }

                if ((uint)clusters[i] < EnterprisePanel.MaxClusterCount)
                {
                    maxCluster = Math.Max(maxCluster, clusters[i]);
                }
            }
        }

        return minPeriod == int.MaxValue ? (maxCluster, 200001, 200001) : (maxCluster, minPeriod, maxPeriod);
    }

    private static YearMonth ToMonth(int period) => new(period / 100, period % 100);
}
