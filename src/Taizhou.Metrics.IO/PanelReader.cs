using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using Sylvan.Data.Csv;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Loads an <see cref="EnterprisePanel"/> from a Parquet or CSV file with the columns of <see cref="PanelSchema"/>,
/// streaming the rows into the panel's columns and checking every row as it arrives.
/// </summary>
/// <remarks>
/// <para>
/// A Parquet file is decoded on every core, its row groups' columns straight into the panel's columns, and validated
/// row group by row group in file order as the groups come in, so that the error reported is the first of the file.
/// </para>
/// <para>
/// Every problem throws <see cref="PanelFormatException"/> naming the file, the 1-based data row and the enterprise:
/// a missing column or one of the wrong type, an empty or non-numeric cell, a null, an invalid period, cluster or
/// output, and rows that are unsorted, duplicated or whose year-to-date falls within an enterprise and year.
/// </para>
/// </remarks>
public static class PanelReader
{
    private const int ProgressStep = 1 << 20;

    /// <summary>Loads a panel from a file, choosing the format by extension (<c>.parquet</c>, otherwise CSV).</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress about every million rows, or null.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read or is not a valid panel.</exception>
    public static EnterprisePanel Read(string path, IProgress<PanelLoadProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? ReadParquet(path, progress) : ReadCsv(path, progress);
    }

    /// <summary>Loads a panel from a Parquet file (int32 <c>ent_id</c>, <c>cluster</c>, <c>period</c>; double <c>ytd_output</c>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress after each row group, or null.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read or is not a valid panel.</exception>
    public static EnterprisePanel ReadParquet(string path, IProgress<PanelLoadProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return ReadParquetCore(path, progress);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or InvalidDataException or ParquetException)
        {
            throw new PanelFormatException(path, null, null, $"{path}: cannot be read as Parquet: {ex.Message}", ex);
        }
    }

    /// <summary>Loads a panel from a CSV file with a header row naming at least <c>ent_id,cluster,period,ytd_output</c>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress about every million rows, or null.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read or is not a valid panel.</exception>
    public static EnterprisePanel ReadCsv(string path, IProgress<PanelLoadProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return ReadCsvCore(path, progress);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or CsvFormatException)
        {
            throw new PanelFormatException(path, null, null, $"{path}: cannot be read as CSV: {ex.Message}", ex);
        }
    }

    private static EnterprisePanel ReadParquetCore(string path, IProgress<PanelLoadProgress>? progress)
    {
        using var stream = OpenParquetStream(path);
        var reader = ParquetReader.CreateAsync(stream).GetAwaiter().GetResult();
        try
        {
            return ReadParquetPanel(path, reader, progress);
        }
        finally
        {
            reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    private static EnterprisePanel ReadParquetPanel(string path, ParquetReader reader, IProgress<PanelLoadProgress>? progress)
    {
        var fields = reader.Schema.GetDataFields();
        DataField Field(string name, Type type)
        {
            var field = fields.FirstOrDefault(f => f.Name == name)
                ?? throw new PanelFormatException(path, null, null, $"{path}: no column '{name}'; the file has {string.Join(", ", fields.Select(f => f.Name))}. Expected {PanelSchema.EnterpriseId}, {PanelSchema.Cluster}, {PanelSchema.Period} (int32) and {PanelSchema.YearToDateOutput} (double).", null);
            if (field.ClrType != type || field.IsArray)
            {
                throw new PanelFormatException(path, null, null, $"{path}: column '{name}' is {field.ClrType.Name}{(field.IsArray ? "[]" : string.Empty)}; expected {type.Name}.", null);
            }

            return field;
        }

        DataField[] columns =
        [
            Field(PanelSchema.EnterpriseId, typeof(int)),
            Field(PanelSchema.Cluster, typeof(int)),
            Field(PanelSchema.Period, typeof(int)),
            Field(PanelSchema.YearToDateOutput, typeof(double)),
        ];

        int groupCount = reader.RowGroupCount;
        var groupStart = new long[groupCount + 1];
        for (int g = 0; g < groupCount; g++)
        {
            using var rg = reader.OpenRowGroupReader(g);
            groupStart[g + 1] = groupStart[g] + rg.RowCount;
        }

        long total = groupStart[groupCount];
        if (total > Array.MaxLength)
        {
            throw new PanelFormatException(path, null, null, $"{path}: {total} rows; a panel holds at most {Array.MaxLength}.", null);
        }

        // Every (row group, column) is decoded straight into the panel's columns, in file order, by this thread and by
        // one more thread per further core, each with its own reader of the file. This thread also validates the row
        // groups in order, each as soon as its four columns are in, so the first error of the file is the one reported.
        var builder = new EnterprisePanelBuilder((int)total);
        var decode = new ParquetDecode(path, builder, groupStart);
        int helperCount = (int)Math.Min(Environment.ProcessorCount - 1L, ((long)groupCount * ParquetDecode.Columns) - 1);
        var helpers = new List<(FileStream Stream, ParquetReader Reader, Task Task)>();
        try
        {
            for (int h = 0; h < helperCount; h++)
            {
                var helperStream = OpenParquetStream(path);
                ParquetReader helperReader;
                try
                {
                    helperReader = ParquetReader.CreateAsync(helperStream).GetAwaiter().GetResult();
                }
                catch
                {
                    helperStream.Dispose();
                    throw;
                }

                var helperFields = helperReader.Schema.GetDataFields();
                DataField[] helperColumns = columns.Select(c => helperFields.First(f => f.Name == c.Name)).ToArray();
                var task = Task.Factory.StartNew(() => decode.Run(helperReader, helperColumns), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                helpers.Add((helperStream, helperReader, task));
            }

            for (int g = 0; g < groupCount;)
            {
                if (!decode.IsDecoded(g))
                {
                    if (!decode.DecodeNext(reader, columns))
                    {
                        decode.WaitUntilDecoded(g);
                    }

                    continue;
                }

                decode.ThrowIfFailed(g);
                try
                {
                    builder.AddPending((int)(groupStart[g + 1] - groupStart[g]));
                }
                catch (PanelDataException ex)
                {
                    throw RowError(path, ex, $"row {ex.RowIndex + 1}");
                }

                g++;
                progress?.Report(new PanelLoadProgress(groupStart[g], total));
            }

            return Build(builder, path);
        }
        finally
        {
            decode.Stop();
            foreach (var (helperStream, helperReader, task) in helpers)
            {
                task.Wait();
                helperReader.DisposeAsync().AsTask().GetAwaiter().GetResult();
                helperStream.Dispose();
            }
        }
    }

    private static FileStream OpenParquetStream(string path) =>
        new(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);

    private static async Task ReadColumn<T>(ParquetRowGroupReader rg, DataField field, Memory<T> target, string path, long firstRow)
        where T : struct
    {
        if (!field.IsNullable)
        {
            await rg.ReadAsync(field, target, null).ConfigureAwait(false);
            return;
        }

        T?[] buffer = ArrayPool<T?>.Shared.Rent(target.Length);
        try
        {
            await rg.ReadAsync(field, buffer.AsMemory(0, target.Length), null).ConfigureAwait(false);
            var span = target.Span;
            for (int i = 0; i < span.Length; i++)
            {
                if (buffer[i] is not T value)
                {
                    throw new PanelFormatException(path, firstRow + i + 1, null, string.Create(CultureInfo.InvariantCulture, $"{path}: row {firstRow + i + 1}: column '{field.Name}' is null."), null);
                }

                span[i] = value;
            }
        }
        finally
        {
            ArrayPool<T?>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The state shared by the threads decoding a Parquet file into a builder's pending columns: the next (row group,
    /// column) to decode, the error of each, and which row groups are complete.
    /// </summary>
    private sealed class ParquetDecode
    {
        public const int Columns = 4;

        // The columns of a row group in the order they are taken: the outputs (8 bytes a row, about as long to decode
        // as the three int32 columns together) first, so that two threads on one row group finish at about the same time.
        private static readonly int[] DecodeOrder = [3, 0, 1, 2];

        private readonly string path;
        private readonly long[] groupStart;
        private readonly Memory<int> ids;
        private readonly Memory<int> clusters;
        private readonly Memory<int> periods;
        private readonly Memory<double> output;
        private readonly Exception?[] errors;
        private readonly int[] remaining;
        private readonly TaskCompletionSource[] decoded;
        private int next = -1;
        private volatile bool stopped;

        public ParquetDecode(string path, EnterprisePanelBuilder builder, long[] groupStart)
        {
            this.path = path;
            this.groupStart = groupStart;
            ids = builder.PendingEnterpriseIds;
            clusters = builder.PendingClusters;
            periods = builder.PendingPeriods;
            output = builder.PendingYearToDateOutput;
            int groups = groupStart.Length - 1;
            errors = new Exception?[groups * Columns];
            remaining = new int[groups];
            decoded = new TaskCompletionSource[groups];
            for (int g = 0; g < groups; g++)
            {
                remaining[g] = Columns;
                decoded[g] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        /// <summary>Decodes until nothing is left or <see cref="Stop"/> is called.</summary>
        public void Run(ParquetReader reader, DataField[] columns)
        {
            while (!stopped && DecodeNext(reader, columns))
            {
            }
        }

        /// <summary>Decodes the next (row group, column) not yet taken, keeping its error if any.</summary>
        /// <returns>False if every one was already taken.</returns>
        public bool DecodeNext(ParquetReader reader, DataField[] columns)
        {
            int k = Interlocked.Increment(ref next);
            if (k >= errors.Length)
            {
                return false;
            }

            int g = k / Columns;
            int column = DecodeOrder[k % Columns];
            int start = (int)groupStart[g];
            int n = (int)(groupStart[g + 1] - start);
            try
            {
                using var rg = reader.OpenRowGroupReader(g);
                var field = columns[column];
                var read = column switch
                {
                    0 => ReadColumn(rg, field, ids.Slice(start, n), path, start),
                    1 => ReadColumn(rg, field, clusters.Slice(start, n), path, start),
                    2 => ReadColumn(rg, field, periods.Slice(start, n), path, start),
                    _ => ReadColumn(rg, field, output.Slice(start, n), path, start),
                };
                read.GetAwaiter().GetResult();
            }
            catch (Exception ex)
            {
                errors[(g * Columns) + column] = ex;
            }

            if (Interlocked.Decrement(ref remaining[g]) == 0)
            {
                decoded[g].SetResult();
            }

            return true;
        }

        /// <summary>Tells whether the four columns of a row group are decoded (or failed).</summary>
        public bool IsDecoded(int group) => decoded[group].Task.IsCompleted;

        /// <summary>Blocks until the four columns of a row group are decoded (or failed).</summary>
        public void WaitUntilDecoded(int group) => decoded[group].Task.Wait();

        /// <summary>Throws the first error among the columns of a decoded row group, in column order.</summary>
        public void ThrowIfFailed(int group)
        {
            for (int c = 0; c < Columns; c++)
            {
                if (errors[(group * Columns) + c] is { } error)
                {
                    ExceptionDispatchInfo.Throw(error);
                }
            }
        }

        /// <summary>Asks the other threads to stop after the column each is decoding.</summary>
        public void Stop() => stopped = true;
    }

    private static EnterprisePanel ReadCsvCore(string path, IProgress<PanelLoadProgress>? progress)
    {
        long lines = CountLines(path);
        var options = new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', BufferSize = 1 << 16 };
        using var csv = CsvDataReader.Create(path, options);
        int Ordinal(string name)
        {
            for (int i = 0; i < csv.FieldCount; i++)
            {
                if (string.Equals(csv.GetName(i).Trim(), name, StringComparison.Ordinal))
                {
                    return i;
                }
            }

            var names = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i));
            throw new PanelFormatException(path, null, null, $"{path}: line 1: no column '{name}'; the header has {string.Join(", ", names)}. Expected {PanelSchema.EnterpriseId},{PanelSchema.Cluster},{PanelSchema.Period},{PanelSchema.YearToDateOutput}.", null);
        }

        int idCol = Ordinal(PanelSchema.EnterpriseId);
        int clusterCol = Ordinal(PanelSchema.Cluster);
        int periodCol = Ordinal(PanelSchema.Period);
        int outputCol = Ordinal(PanelSchema.YearToDateOutput);
        long expected = Math.Max(0, lines - 1);
        var builder = new EnterprisePanelBuilder((int)Math.Min(expected, Array.MaxLength));
        const int Batch = 4096;
        var ids = new int[Batch];
        var clusters = new int[Batch];
        var periods = new int[Batch];
        var output = new double[Batch];
        long row = 0;
        int n = 0;
        while (csv.Read())
        {
            row++;
            if (csv.RowFieldCount < csv.FieldCount)
            {
                throw new PanelFormatException(path, row, null, string.Create(CultureInfo.InvariantCulture, $"{path}: row {row} (line {row + 1}): {csv.RowFieldCount} fields, but the header has {csv.FieldCount}."), null);
            }

            ids[n] = ParseInt(csv, idCol, PanelSchema.EnterpriseId, path, row);
            clusters[n] = ParseInt(csv, clusterCol, PanelSchema.Cluster, path, row);
            periods[n] = ParseInt(csv, periodCol, PanelSchema.Period, path, row);
            var text = csv.GetFieldSpan(outputCol);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out output[n]))
            {
                throw CellError(path, row, ids[n], PanelSchema.YearToDateOutput, text, "a number");
            }

            if (++n == Batch)
            {
                Flush(builder, ids, clusters, periods, output, n, path);
                n = 0;
                if (progress is not null && row % ProgressStep == 0)
                {
                    progress.Report(new PanelLoadProgress(row, expected));
                }
            }
        }

        Flush(builder, ids, clusters, periods, output, n, path);
        progress?.Report(new PanelLoadProgress(row, row));
        return Build(builder, path);
    }

    private static int ParseInt(CsvDataReader csv, int column, string name, string path, long row)
    {
        var text = csv.GetFieldSpan(column);
        return int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw CellError(path, row, null, name, text, "a 32-bit integer");
    }

    private static void Flush(EnterprisePanelBuilder builder, int[] ids, int[] clusters, int[] periods, double[] output, int n, string path)
    {
        try
        {
            builder.AddRange(ids.AsSpan(0, n), clusters.AsSpan(0, n), periods.AsSpan(0, n), output.AsSpan(0, n));
        }
        catch (PanelDataException ex)
        {
            throw RowError(path, ex, string.Create(CultureInfo.InvariantCulture, $"row {ex.RowIndex + 1} (line {ex.RowIndex + 2})"));
        }
    }

    private static EnterprisePanel Build(EnterprisePanelBuilder builder, string path)
    {
        try
        {
            return builder.Build();
        }
        catch (PanelDataException ex)
        {
            throw new PanelFormatException(path, null, null, $"{path}: {ex.Message}", ex);
        }
    }

    private static PanelFormatException RowError(string path, PanelDataException ex, string where)
    {
        // The core names the 0-based row index; replace its "Row i (enterprise e): " prefix with the file's row.
        string what = ex.Message;
        int colon = what.IndexOf("): ", StringComparison.Ordinal);
        if (what.StartsWith("Row ", StringComparison.Ordinal) && colon > 0)
        {
            what = what[(colon + 3)..];
        }

        return new PanelFormatException(path, ex.RowIndex + 1, ex.EnterpriseId, string.Create(CultureInfo.InvariantCulture, $"{path}: {where}, enterprise {ex.EnterpriseId}: {what}"), ex);
    }

    private static PanelFormatException CellError(string path, long row, int? id, string column, ReadOnlySpan<char> text, string expected) =>
        new(path, row, id, string.Create(CultureInfo.InvariantCulture, $"{path}: row {row} (line {row + 1}), column '{column}': '{text}' is not {expected}."), null);

    private static long CountLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            long lines = 0;
            int read;
            byte last = (byte)'\n';
            while ((read = stream.Read(buffer, 0, 1 << 20)) > 0)
            {
                lines += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
            }

            return last == (byte)'\n' ? lines : lines + 1;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
