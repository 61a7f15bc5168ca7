using System;
using System.IO;
using Taizhou.Metrics.IO;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes <c>enterprise_yoy.parquet</c> as a streamed panel's firms are completed (<c>panel --stream --output-format
/// parquet</c>): the columns of <see cref="PanelParquet.EnterpriseColumns"/>, in row groups of
/// <see cref="PanelParquet.EnterpriseRowGroupRows"/> rows as the in-memory writer cuts them, so the file holds the same
/// row groups and values as the in-memory run's. Memory: one row group's columns (grown as rows come, so a small panel
/// takes little).
/// </summary>
internal sealed class EnterpriseYoyParquetStream : IDisposable
{
    private readonly ParquetTableWriter writer;
    private readonly int groupRows;
    private int[] ids;
    private int[] periods;
    private double?[] percent;
    private int count;

    /// <summary>Starts the file on a stream (left open).</summary>
    /// <param name="stream">The stream.</param>
    /// <param name="groupRows">The rows of a row group, 1 or more (the tests take small groups).</param>
    public EnterpriseYoyParquetStream(Stream stream, int groupRows = PanelParquet.EnterpriseRowGroupRows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(groupRows, 1);
        this.groupRows = groupRows;
        int initial = Math.Min(groupRows, 1 << 12);
        ids = new int[initial];
        periods = new int[initial];
        percent = new double?[initial];
        writer = ParquetTableWriter.Create(stream, PanelParquet.EnterpriseColumns);
    }

    /// <summary>Takes a run of rows (matches <see cref="Taizhou.Metrics.Panels.EnterpriseYearOnYearHandler"/>), writing each row group as it fills.</summary>
    public void Write(long firstRow, ReadOnlySpan<int> rowIds, ReadOnlySpan<int> rowPeriods, ReadOnlySpan<double> growth, ReadOnlySpan<bool> defined)
    {
        _ = firstRow;
        for (int i = 0; i < rowIds.Length; i++)
        {
            if (count == ids.Length)
            {
                int size = (int)Math.Min(groupRows, 2L * ids.Length);
                Array.Resize(ref ids, size);
                Array.Resize(ref periods, size);
                Array.Resize(ref percent, size);
            }

            ids[count] = rowIds[i];
            periods[count] = rowPeriods[i];
            percent[count] = PanelParquet.Percent(growth[i], defined[i], rowIds[i], rowPeriods[i]);
            if (++count == groupRows)
            {
                Flush();
            }
        }
    }

    /// <summary>Writes the last, partial row group; call once, after the stream is complete.</summary>
    public void Finish() => Flush();

    /// <summary>Closes the writer (the file's footer).</summary>
    public void Dispose() => writer.Dispose();

    private void Flush()
    {
        if (count == 0)
        {
            return;
        }

        writer.BeginRowGroup(count);
        writer.Write(ids.AsMemory(0, count));
        writer.Write(periods.AsMemory(0, count));
        writer.Write(percent.AsMemory(0, count));
        writer.EndRowGroup();
        count = 0;
    }
}
