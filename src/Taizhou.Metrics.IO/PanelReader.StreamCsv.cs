using System;
using System.IO;
using System.Runtime.ExceptionServices;
using Taizhou.Metrics.Panels;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.IO;

/// <summary>
/// The streaming CSV reader: a panel sorted by (ent_id, period) read in two passes of blocks of rows, the first for
/// its shape, the second into a <see cref="PanelAccumulator"/>, in memory bounded by a block whatever the number of rows.
/// </summary>
public static partial class PanelReader
{
    // Rows a block of the streaming CSV reader holds: 4096 rows, 80 KiB of columns.
    private const int CsvStreamBlock = 4096;

    /// <summary>
    /// Reads a CSV panel sorted by (ent_id, period) block by block into a <see cref="PanelAccumulator"/>, holding one
    /// block of rows (and the firm in progress) besides the metrics tables; returns the accumulator with every row
    /// added, for the caller to <see cref="PanelAccumulator.Complete"/> (the last firm's growth reaches the handler then).
    /// </summary>
    /// <remarks>
    /// A CSV file says nothing of its shape up front, so it is read twice on one thread: a first pass counts the rows and
    /// finds the first and last period and the largest cluster, a second computes. The metrics are those of
    /// <see cref="PanelCalculator"/> on the whole panel, bit for bit; the files accepted and the messages are those of
    /// <see cref="ReadCsv(string, IProgress{PanelLoadProgress}?, PanelReadOptions)"/>, rows out of order refused as
    /// they come (sort the file first, for example with DuckDB:
    /// <c>COPY (SELECT * FROM read_csv('in.csv') ORDER BY ent_id, period) TO 'sorted.csv'</c>).
    /// </remarks>
    /// <param name="path">The CSV file.</param>
    /// <param name="options">The encoding and delimiter (the spool folder is not used).</param>
    /// <param name="includeComparable">Whether to compute the comparable basis (同口径) and the entry/exit decomposition.</param>
    /// <param name="enterpriseYearOnYear">Receives each row's own growth, whole firms at a time in row order; null to skip it.</param>
    /// <param name="progress">Receives the rows read during the second pass; may be null.</param>
    /// <returns>The accumulator, every row added, not yet completed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="PanelFormatException">The file cannot be read as a CSV panel, or a row breaks a rule of the panel; the message names the row and line.</exception>
    public static PanelAccumulator StreamCsv(string path, PanelReadOptions options, bool includeComparable, EnterpriseYearOnYearHandler? enterpriseYearOnYear, IProgress<PanelLoadProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            char delimiter;
            using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan))
            {
                delimiter = options.Delimiter ?? DetectDelimiter(handle, path, options.Encoding);
            }

            // First pass: the shape. A cell that cannot be parsed ends it; the second pass then reports the first error
            // of the file (a rule broken by an earlier row, or that cell).
            long rows = 0;
            int maxCluster = 0;
            int minPeriod = int.MaxValue;
            int maxPeriod = int.MinValue;
            ExceptionDispatchInfo? failed = null;
            try
            {
                ForEachCsvBlock(path, path, options.Encoding, delimiter, (ids, clusters, periods, output) =>
                {
                    rows += ids.Length;
                    foreach (int p in periods)
                    {
                        if (PanelMonth.IsValid(p))
                        {
                            minPeriod = Math.Min(minPeriod, p);
                            maxPeriod = Math.Max(maxPeriod, p);
                        }
                    }

                    foreach (int c in clusters)
                    {
                        if ((uint)c < EnterprisePanel.MaxClusterCount)
                        {
                            maxCluster = Math.Max(maxCluster, c);
                        }
                    }
                });
            }
            catch (PanelFormatException ex)
            {
                failed = ExceptionDispatchInfo.Capture(ex);
            }

            if (rows == 0)
            {
                failed?.Throw();
                throw new PanelFormatException(path, null, null, $"{path}: The panel has no rows.", null);
            }

            if (rows > Array.MaxLength)
            {
                throw new PanelFormatException(path, null, null, $"{path}: {rows} rows; a panel holds at most {Array.MaxLength}.", null);
            }

            if (minPeriod == int.MaxValue)
            {
                (minPeriod, maxPeriod) = (200001, 200001);
            }

            PanelAccumulator accumulator;
            try
            {
                accumulator = new PanelAccumulator((int)rows, maxCluster + 1, new NodaTime.YearMonth(minPeriod / 100, minPeriod % 100), new NodaTime.YearMonth(maxPeriod / 100, maxPeriod % 100), includeComparable, enterpriseYearOnYear);
            }
            catch (PanelDataException ex)
            {
                throw new PanelFormatException(path, null, null, $"{path}: {ex.Message}", ex);
            }

            long read = 0;
            ForEachCsvBlock(path, path, options.Encoding, delimiter, (ids, clusters, periods, output) =>
            {
                try
                {
                    accumulator.Add(ids, clusters, periods, output);
                }
                catch (PanelDataException ex)
                {
                    throw CsvRowError(path, ex);
                }

                read += ids.Length;
                if (progress is not null && read % ProgressStep < CsvStreamBlock)
                {
                    progress.Report(new PanelLoadProgress(read, rows));
                }
            });
            failed?.Throw();
            progress?.Report(new PanelLoadProgress(read, rows));
            return accumulator;
        }
        catch (InputFormatException ex)
        {
            throw new PanelFormatException(path, null, null, ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new PanelFormatException(path, null, null, $"{path}: cannot be read as CSV: {CellText.Escape(ex.Message)}", ex);
        }
    }

    /// <summary>
    /// The rows of a CSV panel in blocks of <see cref="CsvStreamBlock"/>, on this thread (the stream's two passes and
    /// the in-memory reader's one-thread fallback); the rows before a cell that cannot be parsed are passed on before
    /// its error is thrown.
    /// </summary>
    /// <param name="file">The file to read (standard input's spooled copy, or the file itself).</param>
    /// <param name="path">The name of the input in messages.</param>
    /// <param name="encoding">The encoding.</param>
    /// <param name="delimiter">The delimiter.</param>
    /// <param name="onBlock">Takes each block of rows; its spans are reused for the next block.</param>
    private static void ForEachCsvBlock(string file, string path, InputEncoding encoding, char delimiter, CsvBlockHandler onBlock)
    {
        using var csv = OpenCsv(file, path, encoding, delimiter);
        var layout = CsvLayout.FromHeader(csv.ReadHeader(), path, csv.HeaderLine, delimiter);
        var ids = new int[CsvStreamBlock];
        var clusters = new int[CsvStreamBlock];
        var periods = new int[CsvStreamBlock];
        var output = new double[CsvStreamBlock];
        long row = 0;
        int n = 0;
        while (true)
        {
            try
            {
                if (!csv.Read())
                {
                    break;
                }

                if (!layout.ReadRow(new TokenizerRecord(csv), row + 1, csv.RecordLine, out ids[n], out clusters[n], out periods[n], out output[n]))
                {
                    continue;
                }
            }
            catch (Exception ex) when (ex is PanelFormatException or InputFormatException or IOException)
            {
                onBlock(ids.AsSpan(0, n), clusters.AsSpan(0, n), periods.AsSpan(0, n), output.AsSpan(0, n));
                if (ex is InputFormatException format)
                {
                    throw TextError(path, row + 1, format);
                }

                throw;
            }

            row++;
            if (++n == CsvStreamBlock)
            {
                onBlock(ids, clusters, periods, output);
                n = 0;
            }
        }

        onBlock(ids.AsSpan(0, n), clusters.AsSpan(0, n), periods.AsSpan(0, n), output.AsSpan(0, n));
    }

    private delegate void CsvBlockHandler(ReadOnlySpan<int> ids, ReadOnlySpan<int> clusters, ReadOnlySpan<int> periods, ReadOnlySpan<double> output);
}
