using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Win32.SafeHandles;
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
/// A CSV file is cut into parts of a few megabytes at line starts, after a first pass (on every core too) counts the
/// rows of each part; the parts are parsed on every core straight into the panel's columns and validated in file order
/// in the same way. A small file, or one with a double quote anywhere (a quoted field may hold a line break) or a
/// carriage return not followed by a line feed, is read on one thread.
/// </para>
/// <para>
/// Every problem throws <see cref="PanelFormatException"/> naming the file, the 1-based data row and the enterprise:
/// a missing column or one of the wrong type, an empty or non-numeric cell, a null, an invalid period, cluster or
/// output, and rows that are unsorted, duplicated or whose year-to-date falls within an enterprise and year.
/// </para>
/// </remarks>
public static class PanelReader
{
    /// <summary>The size of the parts a CSV file is parsed in on several threads; a file no larger is read on one thread.</summary>
    internal const int CsvPartBytes = 4 << 20;

    private const int ProgressStep = 1 << 20;

    // The CSV reader's record buffer, in characters: a record must fit in it.
    private const int CsvBufferSize = 1 << 16;

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
    public static EnterprisePanel ReadCsv(string path, IProgress<PanelLoadProgress>? progress) => ReadCsv(path, progress, CsvPartBytes);

    /// <summary>Loads a panel from a CSV file, parsed in parts of about <paramref name="partBytes"/> bytes on every core.</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress about every million rows, or null.</param>
    /// <param name="partBytes">The size of the parts, 1 or more; a file no larger is read on one thread (tests lower it).</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read or is not a valid panel.</exception>
    internal static EnterprisePanel ReadCsv(string path, IProgress<PanelLoadProgress>? progress, int partBytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partBytes);
        try
        {
            return ReadCsvCore(path, progress, partBytes);
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

    private static EnterprisePanel ReadCsvCore(string path, IProgress<PanelLoadProgress>? progress, int partBytes)
    {
        CsvScan scan;
        using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan))
        {
            scan = CsvScan.Run(handle, partBytes);
            if (scan.Parts is { } parts && ReadCsvParts(path, handle, parts, progress) is { } panel)
            {
                return panel;
            }
        }

        // A small file, one with a double quote (a quoted field may hold a line break) or a lone carriage return, or one
        // whose parts did not hold the rows counted in them: one pass on this thread.
        return ReadCsvSequential(path, progress, scan.Lines);
    }

    private static EnterprisePanel ReadCsvSequential(string path, IProgress<PanelLoadProgress>? progress, long lines)
    {
        using var csv = CsvDataReader.Create(path, CsvOptions(hasHeaders: true));
        var layout = CsvLayout.FromHeader(csv, path);
        long expected = Math.Max(0, lines - 1);
        var builder = new EnterprisePanelBuilder((int)Math.Min(expected, Array.MaxLength));
        const int Batch = 4096;
        var ids = new int[Batch];
        var clusters = new int[Batch];
        var periods = new int[Batch];
        var output = new double[Batch];
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

                layout.ReadRow(csv, row + 1, out ids[n], out clusters[n], out periods[n], out output[n]);
            }
            catch (Exception ex) when (ex is PanelFormatException or CsvFormatException or IOException)
            {
                // A row before this one may break a rule of the panel: that error comes first in the file, so it wins.
                Flush(builder, ids, clusters, periods, output, n, path);
                throw;
            }

            row++;
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

    /// <summary>
    /// Parses the parts of a CSV file on this thread and one more thread per further core, straight into the panel's
    /// columns, and validates them here in file order, each as soon as it is parsed, so that the error reported is the
    /// first of the file.
    /// </summary>
    /// <returns>The panel, or null if a part did not hold the rows counted in it (then the file is read on one thread).</returns>
    private static EnterprisePanel? ReadCsvParts(string path, SafeFileHandle handle, CsvPart[] parts, IProgress<PanelLoadProgress>? progress)
    {
        CsvLayout layout;
        using (var header = CsvDataReader.Create(path, CsvOptions(hasHeaders: true)))
        {
            layout = CsvLayout.FromHeader(header, path);
        }

        int total = parts[^1].FirstRow + parts[^1].Rows;
        var builder = new EnterprisePanelBuilder(total);
        var parse = new CsvParse(handle, layout, parts, builder);
        int helperCount = Math.Min(Environment.ProcessorCount - 1, parts.Length - 1);
        var helpers = new List<Task>(helperCount);
        try
        {
            for (int h = 0; h < helperCount; h++)
            {
                helpers.Add(Task.Factory.StartNew(parse.Run, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
            }

            var buffer = new char[CsvBufferSize];
            long nextReport = ProgressStep;
            for (int p = 0; p < parts.Length;)
            {
                if (!parse.IsParsed(p))
                {
                    if (!parse.ParseNext(buffer))
                    {
                        parse.WaitUntilParsed(p);
                    }

                    continue;
                }

                if (parse.Overflowed(p))
                {
                    return null;
                }

                // The rows before a part's parse error are validated first: one of them may break a rule.
                int rows = parse.RowsParsed(p);
                AddPending(builder, rows, path);
                parse.ThrowIfFailed(p);
                if (rows != parts[p].Rows)
                {
                    return null;
                }

                long read = parts[p].FirstRow + (long)rows;
                p++;
                if (progress is not null && read >= nextReport && p < parts.Length)
                {
                    progress.Report(new PanelLoadProgress(read, total));
                    nextReport = ((read / ProgressStep) + 1) * ProgressStep;
                }
            }

            progress?.Report(new PanelLoadProgress(total, total));
            return Build(builder, path);
        }
        finally
        {
            parse.Stop();
            foreach (var task in helpers)
            {
                task.Wait();
            }
        }
    }

    private static CsvDataReaderOptions CsvOptions(bool hasHeaders) =>
        new() { HasHeaders = hasHeaders, Delimiter = ',', BufferSize = CsvBufferSize };

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
            throw CsvRowError(path, ex);
        }
    }

    private static void AddPending(EnterprisePanelBuilder builder, int rows, string path)
    {
        try
        {
            builder.AddPending(rows);
        }
        catch (PanelDataException ex)
        {
            throw CsvRowError(path, ex);
        }
    }

    private static PanelFormatException CsvRowError(string path, PanelDataException ex) =>
        RowError(path, ex, string.Create(CultureInfo.InvariantCulture, $"row {ex.RowIndex + 1} (line {ex.RowIndex + 2})"));

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

    /// <summary>A part of a CSV file, from a line start to a line start (or the end), and the data rows it holds.</summary>
    /// <param name="Start">The byte offset of its first line.</param>
    /// <param name="End">The byte offset just after its last line.</param>
    /// <param name="FirstRow">The 0-based index of its first data row in the file.</param>
    /// <param name="Rows">The number of data rows it holds, counted by its line feeds.</param>
    private readonly record struct CsvPart(long Start, long End, int FirstRow, int Rows);

    /// <summary>The columns of a CSV panel file: the header's field count and the ordinals of the four panel columns.</summary>
    private readonly record struct CsvLayout(string Path, int FieldCount, int IdColumn, int ClusterColumn, int PeriodColumn, int OutputColumn)
    {
        /// <summary>Finds the panel's columns in the header a reader has read.</summary>
        /// <exception cref="PanelFormatException">A column is missing.</exception>
        public static CsvLayout FromHeader(CsvDataReader csv, string path)
        {
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

            return new CsvLayout(path, csv.FieldCount, Ordinal(PanelSchema.EnterpriseId), Ordinal(PanelSchema.Cluster), Ordinal(PanelSchema.Period), Ordinal(PanelSchema.YearToDateOutput));
        }

        /// <summary>Parses the record a reader is on, the 1-based data row <paramref name="row"/> of the file.</summary>
        /// <exception cref="PanelFormatException">The record has fewer fields than the header, or a cell is not a number.</exception>
        public void ReadRow(CsvDataReader csv, long row, out int id, out int cluster, out int period, out double output)
        {
            if (csv.RowFieldCount < FieldCount)
            {
                throw new PanelFormatException(Path, row, null, string.Create(CultureInfo.InvariantCulture, $"{Path}: row {row} (line {row + 1}): {csv.RowFieldCount} fields, but the header has {FieldCount}."), null);
            }

            id = ParseInt(csv, IdColumn, PanelSchema.EnterpriseId, Path, row);
            cluster = ParseInt(csv, ClusterColumn, PanelSchema.Cluster, Path, row);
            period = ParseInt(csv, PeriodColumn, PanelSchema.Period, Path, row);
            var text = csv.GetFieldSpan(OutputColumn);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out output))
            {
                throw CellError(Path, row, id, PanelSchema.YearToDateOutput, text, "a number");
            }
        }
    }

    /// <summary>
    /// The first pass over a CSV file: counts its line feeds chunk by chunk on every core, looks for what stops it from
    /// being cut at line feeds (double quotes, lone carriage returns), and cuts the file after its header into parts
    /// that start at the first line of each chunk.
    /// </summary>
    private sealed class CsvScan
    {
        private const int BufferBytes = 1 << 18;

        private readonly SafeFileHandle handle;
        private readonly long length;
        private readonly long chunkBytes;
        private readonly long[] newlines;
        private readonly long[] firstNewline;
        private readonly bool[] irregulars;
        private byte lastByte = (byte)'\n';
        private Exception? error;
        private int next = -1;

        private CsvScan(SafeFileHandle handle, long length, long chunkBytes)
        {
            this.handle = handle;
            this.length = length;
            this.chunkBytes = chunkBytes;
            int chunks = (int)Math.Max(1, (length + chunkBytes - 1) / chunkBytes);
            newlines = new long[chunks];
            firstNewline = new long[chunks];
            irregulars = new bool[chunks];
        }

        /// <summary>Gets the number of lines of the file, the last one counted whether or not it ends with a line feed.</summary>
        public long Lines { get; private set; }

        /// <summary>Gets the parts to parse on several threads, or null to read the file on one thread.</summary>
        public CsvPart[]? Parts { get; private set; }

        /// <summary>Scans a file in chunks of <paramref name="chunkBytes"/> on this thread and one more per further core.</summary>
        public static CsvScan Run(SafeFileHandle handle, int chunkBytes)
        {
            var scan = new CsvScan(handle, RandomAccess.GetLength(handle), chunkBytes);
            int chunks = scan.newlines.Length;
            int helperCount = Math.Min(Environment.ProcessorCount - 1, chunks - 1);
            var helpers = new List<Task>(helperCount);
            try
            {
                for (int h = 0; h < helperCount; h++)
                {
                    helpers.Add(Task.Factory.StartNew(scan.ScanChunks, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default));
                }

                scan.ScanChunks();
            }
            finally
            {
                foreach (var task in helpers)
                {
                    task.Wait();
                }
            }

            if (scan.error is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            long total = scan.newlines.Sum();
            scan.Lines = scan.length > 0 && scan.lastByte != (byte)'\n' ? total + 1 : total;
            scan.Parts = scan.Cut();
            return scan;
        }

        private void ScanChunks()
        {
            byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
            try
            {
                int k;
                while (Volatile.Read(ref error) is null && (k = Interlocked.Increment(ref next)) < newlines.Length)
                {
                    ScanChunk(k, buffer);
                }
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref error, ex, null);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private void ScanChunk(int k, byte[] buffer)
        {
            long start = k * chunkBytes;
            long end = Math.Min(start + chunkBytes, length);
            long count = 0;
            long first = -1;
            bool irregular = false;
            bool endsWithCr = false;
            for (long at = start; at < end;)
            {
                int read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(BufferBytes, end - at)), at);
                if (read == 0)
                {
                    throw new IOException(string.Create(CultureInfo.InvariantCulture, $"the file ended at byte {at}, before its length {length}; was it changed while being read?"));
                }

                var span = buffer.AsSpan(0, read);
                if (first < 0 && span.IndexOf((byte)'\n') is int i and >= 0)
                {
                    first = at + i;
                }

                count += span.Count((byte)'\n');
                irregular |= (at == 0 && span is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
                    || (endsWithCr && span[0] != (byte)'\n')
                    || span.Contains((byte)'"')
                    || HasLoneCarriageReturn(span);
                endsWithCr = span[^1] == (byte)'\r';
                at += read;
                if (at == length)
                {
                    lastByte = span[^1];
                }
            }

            if (endsWithCr)
            {
                Span<byte> after = stackalloc byte[1];
                irregular |= end == length || RandomAccess.Read(handle, after, end) != 1 || after[0] != (byte)'\n';
            }

            newlines[k] = count;
            firstNewline[k] = first;
            irregulars[k] = irregular;
        }

        /// <summary>Tells whether a carriage return in the span, before its last byte, is not followed by a line feed.</summary>
        private static bool HasLoneCarriageReturn(ReadOnlySpan<byte> span)
        {
            if (span.Length < 2 || !span[..^1].Contains((byte)'\r'))
            {
                return false;
            }

            // A line feed after each carriage return (CRLF), 16 bytes at a time against the same bytes shifted by one.
            var cr = Vector128.Create((byte)'\r');
            var lf = Vector128.Create((byte)'\n');
            ref byte bytes = ref MemoryMarshal.GetReference(span);
            int i = 0;
            for (; i + Vector128<byte>.Count < span.Length; i += Vector128<byte>.Count)
            {
                var here = Vector128.LoadUnsafe(ref bytes, (nuint)i);
                var next = Vector128.LoadUnsafe(ref bytes, (nuint)i + 1);
                if (Vector128.AndNot(Vector128.Equals(here, cr), Vector128.Equals(next, lf)) != Vector128<byte>.Zero)
                {
                    return true;
                }
            }

            for (; i < span.Length - 1; i++)
            {
                if (span[i] == (byte)'\r' && span[i + 1] != (byte)'\n')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Cuts the file after its header at the first line start of each chunk, if it can be parsed in parts.</summary>
        private CsvPart[]? Cut()
        {
            // Read on one thread: a file with a double quote (a quoted field may hold a line break), with a carriage
            // return not followed by a line feed (the CSV reader may or may not end a record there, depending on where
            // it falls in its buffer) or in UTF-16 (no one-byte line feeds).
            int chunks = newlines.Length;
            if (chunks < 2 || irregulars.Contains(true) || firstNewline[0] < 0 || Lines - 1 > Array.MaxLength)
            {
                return null;
            }

            // A boundary is the byte after a line feed; the lines before it are the line feeds before it. The last part
            // ends at the end of the file, with one more line if the file does not end with a line feed.
            var parts = new List<CsvPart>(chunks);
            long start = firstNewline[0] + 1;
            long linesBefore = 1;
            long newlinesBefore = newlines[0];
            for (int k = 1; k <= chunks; k++)
            {
                long boundary;
                long linesAt;
                if (k == chunks)
                {
                    boundary = length;
                    linesAt = Lines;
                }
                else
                {
                    long first = firstNewline[k];
                    long before = newlinesBefore;
                    newlinesBefore += newlines[k];
                    if (first < 0 || first + 1 >= length)
                    {
                        continue;
                    }

                    boundary = first + 1;
                    linesAt = before + 1;
                }

                if (boundary > start)
                {
                    parts.Add(new CsvPart(start, boundary, (int)(linesBefore - 1), (int)(linesAt - linesBefore)));
                    start = boundary;
                    linesBefore = linesAt;
                }
            }

            return parts.Count < 2 ? null : [.. parts];
        }
    }

    /// <summary>
    /// The state shared by the threads parsing the parts of a CSV file into a builder's pending columns: the next part
    /// to parse, and of each part the rows parsed, its error and whether it held more records than counted.
    /// </summary>
    private sealed class CsvParse
    {
        private const int StreamBufferBytes = 1 << 15;
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        private readonly SafeFileHandle handle;
        private readonly CsvLayout layout;
        private readonly CsvPart[] parts;
        private readonly Memory<int> ids;
        private readonly Memory<int> clusters;
        private readonly Memory<int> periods;
        private readonly Memory<double> output;
        private readonly int[] parsed;
        private readonly Exception?[] errors;
        private readonly bool[] overflowed;
        private readonly TaskCompletionSource[] done;
        private int next = -1;
        private volatile bool stopped;

        public CsvParse(SafeFileHandle handle, CsvLayout layout, CsvPart[] parts, EnterprisePanelBuilder builder)
        {
            this.handle = handle;
            this.layout = layout;
            this.parts = parts;
            ids = builder.PendingEnterpriseIds;
            clusters = builder.PendingClusters;
            periods = builder.PendingPeriods;
            output = builder.PendingYearToDateOutput;
            parsed = new int[parts.Length];
            errors = new Exception?[parts.Length];
            overflowed = new bool[parts.Length];
            done = new TaskCompletionSource[parts.Length];
            for (int p = 0; p < parts.Length; p++)
            {
                done[p] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }

        /// <summary>Parses parts until none is left or <see cref="Stop"/> is called.</summary>
        public void Run()
        {
            var buffer = new char[CsvBufferSize];
            while (!stopped && ParseNext(buffer))
            {
            }
        }

        /// <summary>Parses the next part not yet taken, keeping its error if any.</summary>
        /// <param name="buffer">The thread's record buffer for the CSV reader.</param>
        /// <returns>False if every part was already taken.</returns>
        public bool ParseNext(char[] buffer)
        {
            int p = Interlocked.Increment(ref next);
            if (p >= parts.Length)
            {
                return false;
            }

            Parse(p, buffer);
            done[p].SetResult();
            return true;
        }

        /// <summary>Tells whether a part is parsed (or failed).</summary>
        public bool IsParsed(int part) => done[part].Task.IsCompleted;

        /// <summary>Blocks until a part is parsed (or failed).</summary>
        public void WaitUntilParsed(int part) => done[part].Task.Wait();

        /// <summary>Gets the number of rows of a parsed part written to the columns, before its error if any.</summary>
        public int RowsParsed(int part) => parsed[part];

        /// <summary>Tells whether a parsed part held more records than the line feeds counted in it.</summary>
        public bool Overflowed(int part) => overflowed[part];

        /// <summary>Throws the error of a parsed part, if any.</summary>
        public void ThrowIfFailed(int part)
        {
            if (errors[part] is { } error)
            {
                ExceptionDispatchInfo.Throw(error);
            }
        }

        /// <summary>Asks the other threads to stop within the part each is parsing.</summary>
        public void Stop() => stopped = true;

        private void Parse(int p, char[] buffer)
        {
            var part = parts[p];
            var idColumn = ids.Span.Slice(part.FirstRow, part.Rows);
            var clusterColumn = clusters.Span.Slice(part.FirstRow, part.Rows);
            var periodColumn = periods.Span.Slice(part.FirstRow, part.Rows);
            var outputColumn = output.Span.Slice(part.FirstRow, part.Rows);
            int n = 0;
            try
            {
                using var text = new StreamReader(new FileRangeStream(handle, part.Start, part.End), Utf8, detectEncodingFromByteOrderMarks: false, StreamBufferBytes);
                using var csv = CsvDataReader.Create(text, buffer, CsvOptions(hasHeaders: false));
                while (csv.Read())
                {
                    if (n == idColumn.Length)
                    {
                        overflowed[p] = true;
                        break;
                    }

                    layout.ReadRow(csv, part.FirstRow + n + 1L, out idColumn[n], out clusterColumn[n], out periodColumn[n], out outputColumn[n]);
                    n++;
                    if ((n & 0xFFF) == 0 && stopped)
                    {
                        break;
                    }
                }
            }
            catch (Exception ex)
            {
                errors[p] = ex;
            }

            parsed[p] = n;
        }
    }

    /// <summary>A read-only stream over a byte range of a file, read at explicit offsets so that threads can share the handle.</summary>
    private sealed class FileRangeStream(SafeFileHandle handle, long start, long end) : Stream
    {
        private long position = start;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = (int)Math.Min(buffer.Length, end - position);
            if (n <= 0)
            {
                return 0;
            }

            n = RandomAccess.Read(handle, buffer[..n], position);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
