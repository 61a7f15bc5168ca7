using System;
using System.Globalization;
using System.IO;
using System.Text;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes <c>enterprise_yoy.csv</c> as a streamed panel's firms are completed (<c>panel --stream</c>): the header of
/// <see cref="PanelCsv.EnterpriseHeader"/>, then one line per row in row order, formatted as
/// <see cref="PanelCsv.WriteEnterpriseYearOnYear(Taizhou.Metrics.Panels.EnterprisePanel, Stream)"/> formats it, so the file is byte for byte the in-memory run's.
/// </summary>
internal sealed class EnterpriseYoyCsvStream : IDisposable
{
    private readonly StreamWriter writer;
    private readonly char[] line = new char[80];

    public EnterpriseYoyCsvStream(Stream stream)
    {
        writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write(PanelCsv.EnterpriseHeader);
        writer.Write('\n');
    }

    /// <summary>Writes a run of rows (matches <see cref="Taizhou.Metrics.Panels.EnterpriseYearOnYearHandler"/>).</summary>
    public void Write(long firstRow, ReadOnlySpan<int> ids, ReadOnlySpan<int> periods, ReadOnlySpan<double> growth, ReadOnlySpan<bool> defined)
    {
        _ = firstRow;
        Span<char> buffer = line;
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i].TryFormat(buffer, out int at, default, CultureInfo.InvariantCulture);
            buffer[at++] = ',';
            periods[i].TryFormat(buffer[at..], out int w, default, CultureInfo.InvariantCulture);
            at += w;
            buffer[at++] = ',';
            if (defined[i])
            {
                double percent = growth[i] * 100.0;
                if (!double.IsFinite(percent))
                {
                    throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"the growth of enterprise {ids[i]} in {periods[i]} is beyond the range of a double (±1.8e308)."));
                }

                percent.TryFormat(buffer[at..], out w, "G15", CultureInfo.InvariantCulture);
                at += w;
            }

            buffer[at++] = '\n';
            writer.Write(buffer[..at]);
        }
    }

    public void Dispose() => writer.Dispose();
}
