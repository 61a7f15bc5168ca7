using System;
using System.IO;
using System.Text;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes <c>enterprise_yoy.csv</c> as a streamed panel's firms are completed (<c>panel --stream</c>): the header of
/// <see cref="PanelCsv.EnterpriseHeader"/>, then one line per row in row order, formatted by
/// <see cref="PanelCsv.FormatEnterpriseRows"/> as the in-memory writer formats them, so the file is byte for byte the
/// in-memory run's. The lines are written a buffer of up to 4,096 rows at a time.
/// </summary>
internal sealed class EnterpriseYoyCsvStream
{
    private const int Rows = 4096;

    private readonly Stream output;
    private readonly byte[] buffer = new byte[Rows * PanelCsv.MaxEnterpriseLineBytes];
    private int used;

    /// <summary>Starts the file on a stream (left open): its header.</summary>
    /// <param name="stream">The stream.</param>
    public EnterpriseYoyCsvStream(Stream stream)
    {
        output = stream;
        output.Write(Encoding.UTF8.GetBytes(PanelCsv.EnterpriseHeader + "\n"));
    }

    /// <summary>Takes a run of rows (matches <see cref="Taizhou.Metrics.Panels.EnterpriseYearOnYearHandler"/>): formatted into the buffer, written when it fills.</summary>
    public void Write(long firstRow, ReadOnlySpan<int> ids, ReadOnlySpan<int> periods, ReadOnlySpan<double> growth, ReadOnlySpan<bool> defined)
    {
        _ = firstRow;
        for (int from = 0; from < ids.Length; from += Rows)
        {
            int n = Math.Min(Rows, ids.Length - from);
            if (used + (n * PanelCsv.MaxEnterpriseLineBytes) > buffer.Length)
            {
                Finish();
            }

            used += PanelCsv.FormatEnterpriseRows(ids.Slice(from, n), periods.Slice(from, n), growth.Slice(from, n), defined.Slice(from, n), buffer.AsSpan(used));
        }
    }

    /// <summary>Writes the lines still in the buffer; call after the stream is complete.</summary>
    public void Finish()
    {
        output.Write(buffer, 0, used);
        used = 0;
    }
}
