using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.IO;

/// <summary>The Parquet half of <see cref="PanelReader"/>: row groups' columns decoded on every core, validated in file order.</summary>
public static partial class PanelReader
{
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
        var work = new InOrderWork(groupCount * ParquetDecode.Columns);
        var helperReaders = new List<(FileStream Stream, ParquetReader Reader)>();
        try
        {
            for (int h = 0; h < work.HelpersWorthStarting; h++)
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

                helperReaders.Add((helperStream, helperReader));
                var helperFields = helperReader.Schema.GetDataFields();
                DataField[] helperColumns = columns.Select(c => helperFields.First(f => f.Name == c.Name)).ToArray();
                work.StartHelper(item => decode.Decode(item, helperReader, helperColumns));
            }

            Action<int> decodeHere = item => decode.Decode(item, reader, columns);
            for (int g = 0; g < groupCount; g++)
            {
                for (int c = 0; c < ParquetDecode.Columns; c++)
                {
                    work.WaitFor((g * ParquetDecode.Columns) + c, decodeHere);
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

                progress?.Report(new PanelLoadProgress(groupStart[g + 1], total));
            }

            return Build(builder, path);
        }
        finally
        {
            work.Dispose();
            foreach (var (helperStream, helperReader) in helperReaders)
            {
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
    /// What the threads decoding a Parquet file into a builder's pending columns share: the columns, and the error of
    /// each (row group, column). Item k of the <see cref="InOrderWork"/> is row group k / 4, its columns taken in
    /// <see cref="DecodeOrder"/>.
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

        public ParquetDecode(string path, EnterprisePanelBuilder builder, long[] groupStart)
        {
            this.path = path;
            this.groupStart = groupStart;
            ids = builder.PendingEnterpriseIds;
            clusters = builder.PendingClusters;
            periods = builder.PendingPeriods;
            output = builder.PendingYearToDateOutput;
            errors = new Exception?[(groupStart.Length - 1) * Columns];
        }

        /// <summary>Decodes item k, a (row group, column), with a thread's own reader, keeping its error if any.</summary>
        public void Decode(int k, ParquetReader reader, DataField[] columns)
        {
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
        }

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
    }
}
