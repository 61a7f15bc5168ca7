using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.IO;

/// <summary>Writes an <see cref="EnterprisePanel"/> to Parquet or CSV with the columns of <see cref="PanelSchema"/>, readable by <see cref="PanelReader"/>.</summary>
public static class PanelWriter
{
    private const int RowGroupSize = 1 << 20;

    /// <summary>Writes a panel to a Parquet file: four required columns, row groups of 2^20 rows, Snappy compression.</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="path">The file, overwritten.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteParquet(EnterprisePanel panel, string path)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(path);
        WriteParquetAsync(panel, path, RowGroupSize).GetAwaiter().GetResult();
    }

    /// <summary>Writes a panel to a Parquet file in row groups of <paramref name="rowGroupSize"/> rows (tests cut firms across row groups with it).</summary>
    internal static void WriteParquet(EnterprisePanel panel, string path, int rowGroupSize)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rowGroupSize);
        WriteParquetAsync(panel, path, rowGroupSize).GetAwaiter().GetResult();
    }

    /// <summary>Writes a panel to a CSV file with the header <c>ent_id,cluster,period,ytd_output</c> (invariant culture, shortest round-trip doubles).</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="path">The file, overwritten.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void WriteCsv(EnterprisePanel panel, string path)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(path);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.Write($"{PanelSchema.EnterpriseId},{PanelSchema.Cluster},{PanelSchema.Period},{PanelSchema.YearToDateOutput}\n");
        Span<char> line = stackalloc char[96];
        var ids = panel.EnterpriseIds;
        var clusters = panel.Clusters;
        var periods = panel.Periods;
        var output = panel.YearToDateOutput;
        for (int i = 0; i < panel.RowCount; i++)
        {
            int at = 0;
            ids[i].TryFormat(line, out int w, default, CultureInfo.InvariantCulture);
            at += w;
            line[at++] = ',';
            clusters[i].TryFormat(line[at..], out w, default, CultureInfo.InvariantCulture);
            at += w;
            line[at++] = ',';
            periods[i].TryFormat(line[at..], out w, default, CultureInfo.InvariantCulture);
            at += w;
            line[at++] = ',';
            output[i].TryFormat(line[at..], out w, "R", CultureInfo.InvariantCulture);
            at += w;
            line[at++] = '\n';
            writer.Write(line[..at]);
        }
    }

    private static async Task WriteParquetAsync(EnterprisePanel panel, string path, int rowGroupSize)
    {
        var idField = new DataField<int>(PanelSchema.EnterpriseId);
        var clusterField = new DataField<int>(PanelSchema.Cluster);
        var periodField = new DataField<int>(PanelSchema.Period);
        var outputField = new DataField<double>(PanelSchema.YearToDateOutput);
        var schema = new ParquetSchema(idField, clusterField, periodField, outputField);
        await using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        var options = new ParquetOptions { CompressionMethod = CompressionMethod.Snappy };
        await using var writer = await ParquetWriter.CreateAsync(schema, stream, options).ConfigureAwait(false);
        int n = panel.RowCount;
        int size = Math.Min(rowGroupSize, n);
        var ids = new int[size];
        var clusters = new int[size];
        var periods = new int[size];
        var output = new double[size];
        for (int start = 0; start < n; start += rowGroupSize)
        {
            int count = Math.Min(rowGroupSize, n - start);
            panel.EnterpriseIds.Slice(start, count).CopyTo(ids);
            panel.Clusters.Slice(start, count).CopyTo(clusters);
            panel.Periods.Slice(start, count).CopyTo(periods);
            panel.YearToDateOutput.Slice(start, count).CopyTo(output);
            using var rg = writer.CreateRowGroup();
            await rg.WriteAsync<int>(idField, ids.AsMemory(0, count)).ConfigureAwait(false);
            await rg.WriteAsync<int>(clusterField, clusters.AsMemory(0, count)).ConfigureAwait(false);
            await rg.WriteAsync<int>(periodField, periods.AsMemory(0, count)).ConfigureAwait(false);
            await rg.WriteAsync<double>(outputField, output.AsMemory(0, count)).ConfigureAwait(false);
        }
    }
}
