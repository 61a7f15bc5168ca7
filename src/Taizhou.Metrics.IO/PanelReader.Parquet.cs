using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using System;
using Microsoft.Win32.SafeHandles;
using Parquet.Schema;
using Parquet;
using Taizhou.Metrics.Panels;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.IO;

/// <summary>
/// The Parquet half of <see cref="PanelReader"/>: the footer checked (<see cref="ParquetLayout"/>) before anything is
/// sized from it, then the row groups' columns decoded on every core, each chunk's pages checked
/// (<see cref="ParquetPageCheck"/>) before Parquet.Net decodes them and its values checked against the footer's
/// statistics after, and the rows validated in file order.
/// </summary>
public static partial class PanelReader
{
    private static EnterprisePanel ReadParquetCore(string fileName, string path, IProgress<PanelLoadProgress>? progress, bool ownDecoder = true)
    {
        using var file = File.OpenHandle(fileName, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.RandomAccess);
        var layout = ParquetLayout.Read(path, file);
        int groupCount = layout.Groups.Count;
        long total = layout.RowCount;

        // Every (row group, column) is decoded straight into the panel's columns, in file order, by this thread and by
        // one more thread per further core, each with its own Parquet.Net reader over the checked layout. This thread
        // also validates the row groups in order, each as soon as its four columns are in, so the first error of the
        // file is the one reported.
        var builder = NewBuilder((int)total);
        var decode = new ParquetDecode(path, file, layout, builder) { OwnDecoder = ownDecoder };
        var work = new InOrderWork(groupCount * ParquetDecode.Columns);
        var readers = new List<ParquetChunkReader>();
        try
        {
            for (int h = 0; h < work.HelpersWorthStarting; h++)
            {
                var helperReader = ParquetChunkReader.Open(path, layout);
                readers.Add(helperReader);
                work.StartHelper(item => decode.Decode(item, helperReader));
            }

            var reader = ParquetChunkReader.Open(path, layout);
            readers.Add(reader);
            Action<int> decodeHere = item => decode.Decode(item, reader);
            for (int g = 0; g < groupCount; g++)
            {
                for (int c = 0; c < ParquetDecode.Columns; c++)
                {
                    work.WaitFor((g * ParquetDecode.Columns) + c, decodeHere);
                }

                decode.ThrowIfFailed(g);
                try
                {
                    builder.AddPending((int)layout.Groups[g].Rows);
                }
                catch (PanelDataException ex)
                {
                    throw RowError(path, ex, $"row {ex.RowIndex + 1}");
                }

                progress?.Report(new PanelLoadProgress(layout.Groups[g].FirstRow + layout.Groups[g].Rows, total));
            }

            return Build(builder, path);
        }
        finally
        {
            work.Dispose();
            foreach (var reader in readers)
            {
                reader.Dispose();
            }
        }
    }

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
    /// Returns why decoded values disagree with their chunk's statistics in the footer, or null when they agree: the
    /// min and max must be the footer's (within them when the footer says they are not exact), and the null count 0.
    /// A NaN is left out of the min and max, as parquet.thrift keeps it out of the statistics (the panel refuses it
    /// with its row).
    /// </summary>
    private static string? StatisticsMismatch(ReadOnlySpan<int> values, ParquetLayout.ChunkStatistics? stats)
    {
        if (stats is null || values.IsEmpty || (stats.NullCount ?? 0) != 0)
        {
            return StatisticsMismatch(stats, double.NaN, double.NaN);
        }

        int min = int.MaxValue;
        int max = int.MinValue;
        foreach (int v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return StatisticsMismatch(stats, min, max);
    }

    private static string? StatisticsMismatch(ReadOnlySpan<double> values, ParquetLayout.ChunkStatistics? stats)
    {
        if (stats is null || values.IsEmpty || (stats.NullCount ?? 0) != 0)
        {
            return StatisticsMismatch(stats, double.NaN, double.NaN);
        }

        double min = double.PositiveInfinity;
        double max = double.NegativeInfinity;
        foreach (double x in values)
        {
            // Comparisons are false for a NaN, so it changes neither.
            if (x < min)
            {
                min = x;
            }

            if (x > max)
            {
                max = x;
            }
        }

        return StatisticsMismatch(stats, min, max);
    }

    /// <summary>
    /// Returns why decoded values disagree with their chunk's statistics in the footer, or null when they agree: the
    /// min and max must be the footer's (within them when the footer says they are not exact), and the null count 0.
    /// A NaN is left out of the min and max, as parquet.thrift keeps it out of the statistics (the panel refuses it
    /// with its row). <paramref name="min"/> and <paramref name="max"/> are NaN when there are no values to compare.
    /// </summary>
    private static string? StatisticsMismatch(ParquetLayout.ChunkStatistics? stats, double min, double max)
    {
        if (stats is null)
        {
            return null;
        }

        if (stats.NullCount is { } nulls && nulls != 0)
        {
            return string.Create(CultureInfo.InvariantCulture, $"the footer's statistics count {nulls} nulls but the column has none");
        }

        if (double.IsNaN(min))
        {
            return null;
        }

        bool minOk = stats.Min is not { } lo || (stats.MinExact ? min == lo : min >= lo);
        bool maxOk = stats.Max is not { } hi || (stats.MaxExact ? max == hi : max <= hi);
        return minOk && maxOk
            ? null
            : string.Create(CultureInfo.InvariantCulture, $"the decoded values run from {min:R} to {max:R} but the footer's statistics say {stats.Min?.ToString("R", CultureInfo.InvariantCulture) ?? "?"} to {stats.Max?.ToString("R", CultureInfo.InvariantCulture) ?? "?"}");
    }

    /// <summary>A thread's Parquet.Net reader over a <see cref="ParquetChunkStream"/> of a checked layout.</summary>
    private sealed class ParquetChunkReader : IDisposable
    {
        private ParquetChunkReader(ParquetChunkStream stream, ParquetReader reader, DataField[] fields)
        {
            Stream = stream;
            Reader = reader;
            Fields = fields;
        }

        public ParquetChunkStream Stream { get; }

        public ParquetReader Reader { get; }

        /// <summary>Gets the panel columns' fields, in <see cref="PanelSchema"/> order.</summary>
        public DataField[] Fields { get; }

        public static ParquetChunkReader Open(string path, ParquetLayout layout)
        {
            var stream = new ParquetChunkStream(layout);
            try
            {
                var reader = ParquetReader.CreateAsync(stream, null, leaveStreamOpen: true).GetAwaiter().GetResult();
                var fields = reader.Schema.GetDataFields();
                DataField[] columns = [.. new[] { PanelSchema.EnterpriseId, PanelSchema.Cluster, PanelSchema.Period, PanelSchema.YearToDateOutput }.Select(n => fields.Single(f => f.Name == n))];
                return new ParquetChunkReader(stream, reader, columns);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                stream.Dispose();
                throw ParquetLayout.Fail(path, $"Parquet.Net cannot read the footer written for it from the checked one ({ex.GetType().Name}: {CellText.Shorten(ex.Message)})");
            }
        }

        public void Dispose()
        {
            Reader.DisposeAsync().AsTask().GetAwaiter().GetResult();
            Stream.Dispose();
        }
    }

    /// <summary>
    /// What the threads decoding a Parquet file into a builder's pending columns share: the file, its layout, the
    /// columns, and the error of each (row group, column). Item k of the <see cref="InOrderWork"/> is row group k / 4,
    /// its columns taken in <see cref="DecodeOrder"/>.
    /// </summary>
    private sealed class ParquetDecode
    {
        public const int Columns = 4;

        // The columns of a row group in the order they are taken: the outputs (8 bytes a row, about as long to decode
        // as the three int32 columns together) first, so that two threads on one row group finish at about the same time.
        private static readonly int[] DecodeOrder = [3, 0, 1, 2];

        private readonly string path;
        private readonly SafeFileHandle file;
        private readonly ParquetLayout layout;
        private readonly Memory<int> ids;
        private readonly Memory<int> clusters;
        private readonly Memory<int> periods;
        private readonly Memory<double> output;
        private readonly PanelFormatException?[] errors;

        public ParquetDecode(string path, SafeFileHandle file, ParquetLayout layout, EnterprisePanelBuilder builder)
            : this(path, file, layout, builder.PendingEnterpriseIds, builder.PendingClusters, builder.PendingPeriods, builder.PendingYearToDateOutput)
        {
        }

        /// <summary>Decodes into columns of the caller: row r of the file goes to index r − <see cref="BaseRow"/>.</summary>
        public ParquetDecode(string path, SafeFileHandle file, ParquetLayout layout, Memory<int> ids, Memory<int> clusters, Memory<int> periods, Memory<double> output)
        {
            this.path = path;
            this.file = file;
            this.layout = layout;
            this.ids = ids;
            this.clusters = clusters;
            this.periods = periods;
            this.output = output;
            errors = new PanelFormatException?[layout.Groups.Count * Columns];
        }

        /// <summary>
        /// Gets a value indicating whether the pages <see cref="ParquetChunkDecoder"/> reads are decoded by it (true,
        /// always, except in the tests that compare it with Parquet.Net on the same files).
        /// </summary>
        public bool OwnDecoder { get; init; } = true;

        /// <summary>Gets or sets the file row that goes to index 0 of the columns (the first row of the group being read, when streaming).</summary>
        public long BaseRow { get; set; }

        /// <summary>Gets the item of a (row group, panel column in <see cref="PanelSchema"/> order) for <see cref="Decode"/>.</summary>
        public static int Item(int group, int column) => (group * Columns) + Array.IndexOf(DecodeOrder, column);

        /// <summary>Checks and decodes item k, a (row group, column), with a thread's own reader, keeping its error if any.</summary>
        public void Decode(int k, ParquetChunkReader reader)
        {
            int g = k / Columns;
            int column = DecodeOrder[k % Columns];
            var group = layout.Groups[g];
            var chunk = group.Columns[column];
            int start = (int)(group.FirstRow - BaseRow);
            int n = (int)group.Rows;
            string where = string.Create(CultureInfo.InvariantCulture, $"row group {g}, column '{chunk.Name}' (bytes {chunk.Start} to {chunk.Start + chunk.Length})");
            if (chunk.Length > Array.MaxLength)
            {
                errors[k] = ParquetLayout.Fail(path, $"{where}: the chunk is larger than an array can hold");
                return;
            }

            byte[] bytes = ArrayPool<byte>.Shared.Rent((int)chunk.Length);
            try
            {
                var chunkBytes = bytes.AsMemory(0, (int)chunk.Length);
                try
                {
                    ParquetLayout.ReadExactly(file, chunkBytes.Span, chunk.Start);
                    ParquetPageCheck.Check(chunkBytes.Span, chunk, layout.Optional[column]);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException)
                {
                    errors[k] = ParquetLayout.Fail(path, $"{where}: {ex.Message}");
                    return;
                }

                string? mismatch = DecodeChecked(reader, g, column, chunk, chunkBytes, start, n);
                if (mismatch is not null)
                {
                    errors[k] = ParquetLayout.Fail(path, $"{where}: {mismatch}");
                }
            }
            catch (PanelFormatException ex)
            {
                errors[k] = ex;
            }
            catch (Exception ex)
            {
                // Whatever Parquet.Net throws on pages that passed the checks (a broken Snappy stream, an RLE run past
                // its page, a read outside the chunk stopped by the stream) is the file's fault.
                string what = reader.Stream.Violation ?? (ex is OutOfMemoryException
                    ? "there is not enough memory to decode it"
                    : $"Parquet.Net cannot decode it ({ex.GetType().Name}: {CellText.Shorten(ex.Message)})");
                errors[k] = ParquetLayout.Fail(path, $"{where}: {what}");
            }
            finally
            {
                reader.Stream.SetChunk(0, default);
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        /// <summary>Throws the first error among the columns of a decoded row group, in column order.</summary>
        public void ThrowIfFailed(int group)
        {
            for (int c = 0; c < Columns; c++)
            {
                if (errors[(group * Columns) + Array.IndexOf(DecodeOrder, c)] is { } error)
                {
                    ExceptionDispatchInfo.Throw(error);
                }
            }
        }

        /// <summary>
        /// Decodes a checked chunk into the panel's columns, with <see cref="ParquetChunkDecoder"/> when it reads the
        /// chunk's pages and with Parquet.Net otherwise; returns how its values disagree with the footer's statistics,
        /// if they do.
        /// </summary>
        private string? DecodeChecked(ParquetChunkReader reader, int g, int column, ParquetLayout.Chunk chunk, ReadOnlyMemory<byte> chunkBytes, int start, int n)
        {
            bool optional = layout.Optional[column];
            switch (column)
            {
                case 0:
                    Decode(reader, g, column, chunk, chunkBytes, optional, ids.Slice(start, n), start);
                    return StatisticsMismatch(ids.Span.Slice(start, n), chunk.Statistics);
                case 1:
                    Decode(reader, g, column, chunk, chunkBytes, optional, clusters.Slice(start, n), start);
                    return StatisticsMismatch(clusters.Span.Slice(start, n), chunk.Statistics);
                case 2:
                    Decode(reader, g, column, chunk, chunkBytes, optional, periods.Slice(start, n), start);
                    return StatisticsMismatch(periods.Span.Slice(start, n), chunk.Statistics);
                default:
                    Decode(reader, g, column, chunk, chunkBytes, optional, output.Slice(start, n), start);
                    return StatisticsMismatch(output.Span.Slice(start, n), chunk.Statistics);
            }
        }

        private void Decode<T>(ParquetChunkReader reader, int g, int column, ParquetLayout.Chunk chunk, ReadOnlyMemory<byte> chunkBytes, bool optional, Memory<T> target, int start)
            where T : unmanaged
        {
            if (OwnDecoder && ParquetChunkDecoder.TryDecode(chunkBytes.Span, chunk.Codec, optional, target.Span))
            {
                return;
            }

            reader.Stream.SetChunk(chunk.Start, chunkBytes);
            using var rg = reader.Reader.OpenRowGroupReader(g);
            ReadColumn(rg, reader.Fields[column], target, path, start + BaseRow).GetAwaiter().GetResult();
        }
    }
}
