using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Linq;
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
/// Every problem throws <see cref="PanelFormatException"/> naming the file, the 1-based data row and the enterprise:
/// a missing column or one of the wrong type, an empty or non-numeric cell, a null, an invalid period, cluster or
/// output, and rows that are unsorted, duplicated or whose year-to-date falls within an enterprise and year.
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
            return ReadParquetAsync(path, progress).GetAwaiter().GetResult();
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

    private static async Task<EnterprisePanel> ReadParquetAsync(string path, IProgress<PanelLoadProgress>? progress)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        await using var reader = await ParquetReader.CreateAsync(stream).ConfigureAwait(false);
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

        var idField = Field(PanelSchema.EnterpriseId, typeof(int));
        var clusterField = Field(PanelSchema.Cluster, typeof(int));
        var periodField = Field(PanelSchema.Period, typeof(int));
        var outputField = Field(PanelSchema.YearToDateOutput, typeof(double));

        long total = 0;
        int maxGroup = 0;
        for (int g = 0; g < reader.RowGroupCount; g++)
        {
            using var rg = reader.OpenRowGroupReader(g);
            total += rg.RowCount;
            maxGroup = (int)Math.Max(maxGroup, rg.RowCount);
        }

        if (total > Array.MaxLength)
        {
            throw new PanelFormatException(path, null, null, $"{path}: {total} rows; a panel holds at most {Array.MaxLength}.", null);
        }

        var builder = new EnterprisePanelBuilder((int)total);
        int[] ids = ArrayPool<int>.Shared.Rent(maxGroup);
        int[] clusters = ArrayPool<int>.Shared.Rent(maxGroup);
        int[] periods = ArrayPool<int>.Shared.Rent(maxGroup);
        double[] output = ArrayPool<double>.Shared.Rent(maxGroup);
        try
        {
            long done = 0;
            for (int g = 0; g < reader.RowGroupCount; g++)
            {
                using var rg = reader.OpenRowGroupReader(g);
                int n = (int)rg.RowCount;
                await ReadColumn(rg, idField, ids.AsMemory(0, n), path, done).ConfigureAwait(false);
                await ReadColumn(rg, clusterField, clusters.AsMemory(0, n), path, done).ConfigureAwait(false);
                await ReadColumn(rg, periodField, periods.AsMemory(0, n), path, done).ConfigureAwait(false);
                await ReadColumn(rg, outputField, output.AsMemory(0, n), path, done).ConfigureAwait(false);
                try
                {
                    builder.AddRange(ids.AsSpan(0, n), clusters.AsSpan(0, n), periods.AsSpan(0, n), output.AsSpan(0, n));
                }
                catch (PanelDataException ex)
                {
                    throw RowError(path, ex, $"row {ex.RowIndex + 1}");
                }

                done += n;
                progress?.Report(new PanelLoadProgress(done, total));
            }

            return Build(builder, path);
        }
        finally
        {
            ArrayPool<int>.Shared.Return(ids);
            ArrayPool<int>.Shared.Return(clusters);
            ArrayPool<int>.Shared.Return(periods);
            ArrayPool<double>.Shared.Return(output);
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
