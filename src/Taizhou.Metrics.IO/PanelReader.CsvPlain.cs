using System;
using System.Runtime.CompilerServices;
using System.Text;
using Taizhou.Metrics.IO.Text;

namespace Taizhou.Metrics.IO;

/// <summary>
/// The plain part of a CSV panel, parsed from its bytes: a part whose every line is a record of plain ASCII numbers,
/// so that decoding it to text and tokenizing it as CSV would change nothing.
/// </summary>
public static partial class PanelReader
{
    /// <summary>
    /// Parses a part of a CSV panel straight from its bytes when every one of its lines is plain: ASCII only, no double
    /// quote, the header's number of fields separated by the (ASCII) delimiter, ended by LF or CR LF (the last line of
    /// the file may end without), and the four panel cells plain numbers (<see cref="PanelNumber.TryParsePlainInt32"/>,
    /// <see cref="PanelNumber.TryParsePlainDouble"/>), which is how the generator, DuckDB, pandas and the panel's own
    /// writer write them.
    /// </summary>
    /// <remarks>
    /// On such a part the general path (decoding, Sylvan's tokenizer, .NET's number parsers) gives the same values,
    /// which is why the bytes need not be decoded: UTF-8 and GB18030 are ASCII in their bytes below 0x80. Anything else
    /// (a blank line, a space, a sign, an exponent, a quote, a byte above 0x7F, a record of another length) returns
    /// false, and the caller parses the part on the general path, which reads every form and reports every fault.
    /// </remarks>
    /// <returns>Whether the part held exactly <paramref name="ids"/>.Length plain lines, all parsed.</returns>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool TryParsePlainPart(ReadOnlySpan<byte> bytes, CsvLayout layout, Span<int> ids, Span<int> clusters, Span<int> periods, Span<double> output)
    {
        if (layout.Delimiter > 0x7F || layout.Delimiter == '"')
        {
            return false;
        }

        // ASCII without a double quote, checked over the whole part at once; a carriage return only before a line feed.
        if (!Ascii.IsValid(bytes) || bytes.Contains((byte)'"'))
        {
            return false;
        }

        bool carriageReturns = bytes.Contains((byte)'\r');
        byte delimiter = (byte)layout.Delimiter;
        int rows = ids.Length;
        int at = 0;
        for (int row = 0; row < rows; row++)
        {
            if (at >= bytes.Length)
            {
                return false;
            }

            int newline = bytes[at..].IndexOf((byte)'\n');
            int end = newline < 0 ? bytes.Length : at + newline;
            if (newline < 0 && row != rows - 1)
            {
                return false;
            }

            var line = bytes[at..end];
            if (carriageReturns)
            {
                if (!line.IsEmpty && line[^1] == '\r')
                {
                    line = line[..^1];
                }

                if (line.Contains((byte)'\r'))
                {
                    return false;
                }
            }

            int field = 0;
            while (true)
            {
                int cut = line.IndexOf(delimiter);
                var cell = cut < 0 ? line : line[..cut];
                bool ok = true;
                if (field == layout.IdColumn)
                {
                    ok = PanelNumber.TryParsePlainInt32(cell, out ids[row]);
                }
                else if (field == layout.ClusterColumn)
                {
                    ok = PanelNumber.TryParsePlainInt32(cell, out clusters[row]);
                }
                else if (field == layout.PeriodColumn)
                {
                    ok = PanelNumber.TryParsePlainInt32(cell, out periods[row]);
                }
                else if (field == layout.OutputColumn)
                {
                    ok = PanelNumber.TryParsePlainDouble(cell, out output[row]);
                }

                if (!ok || ++field > layout.FieldCount)
                {
                    return false;
                }

                if (cut < 0)
                {
                    break;
                }

                line = line[(cut + 1)..];
            }

            if (field != layout.FieldCount)
            {
                return false;
            }

            at = newline < 0 ? bytes.Length : end + 1;
        }

        return at == bytes.Length;
    }
}
