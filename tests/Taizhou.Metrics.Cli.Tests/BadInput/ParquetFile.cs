using System;
using System.IO;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.IO.Tests;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>
/// Parquet files as bytes for the rows of docs/bad-input.md: a panel as <see cref="PanelWriter"/> writes it
/// (Parquet.Net: Snappy, statistics, no page checksums), and through the IO tests' <see cref="ParquetBytes"/> a minimal
/// file (PLAIN, uncompressed, one page a column, with or without the page CRC-32s parquet-java writes by default) and
/// the footer of a file decoded, edited and written back.
/// </summary>
internal static class ParquetFile
{
    /// <summary>The bytes of a panel as <see cref="PanelWriter.WriteParquet"/> writes it.</summary>
    public static byte[] Written(EnterprisePanel panel)
    {
        string path = Path.Combine(Path.GetTempPath(), $"tzm-bad-{Guid.NewGuid():N}.parquet");
        try
        {
            PanelWriter.WriteParquet(panel, path);
            return File.ReadAllBytes(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>
    /// Columns of a panel as one row group with one PLAIN, uncompressed version-1 data page a column, each page with
    /// its CRC-32 when <paramref name="checksums"/>, without statistics. The rows are written as given, valid or not.
    /// </summary>
    public static byte[] Minimal(int[] ids, int[] clusters, int[] periods, double[] output, bool checksums) =>
        ParquetBytes.WriteMinimal(ids, clusters, periods, output, [ids.Length], crc: checksums, statistics: false, pagesPerChunk: 1);

    /// <summary>The byte offset of the footer of a well-formed file.</summary>
    public static int FooterStart(byte[] file) => (int)ParquetBytes.FooterStart(file);

    /// <summary>The footer of a well-formed file, decoded.</summary>
    public static ParquetFooter Footer(byte[] file) => ParquetBytes.ReadFooter(file);

    /// <summary>The file with its footer replaced by the edited one (key-value metadata and statistics are not kept).</summary>
    public static byte[] WithFooter(byte[] file, Func<ParquetFooter, ParquetFooter> edit) => ParquetBytes.WithFooter(file, edit(Footer(file)));
}
