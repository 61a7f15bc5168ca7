using System;
using System.Buffers;
using System.Globalization;
using System.IO;
using System.Text;
using Taizhou.Metrics.Cli.Output;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes the metrics of an enterprise panel as CSV: <c>cluster_metrics.csv</c> and <c>enterprise_yoy.csv</c>. Rates
/// are written in percent (the library's fractions × 100) through <see cref="FormatPercent"/>; a missing value is an
/// empty cell.
/// </summary>
internal static class PanelCsv
{
    /// <summary>
    /// The header of <c>cluster_metrics.csv</c>: the raw figures, then the comparable basis (同口径) and the entry/exit
    /// decomposition (新进入, 退出), appended so that readers of the first six columns keep working.
    /// </summary>
    public const string ClusterHeader = "cluster,period,ytd_total,yoy_pct,share_pct,contrib_pp,yoy_comparable_pct,contrib_comparable_pp,entrants_ytd,exits_ytd_prev,comparable_firms";

    /// <summary>The header of <c>enterprise_yoy.csv</c>.</summary>
    public const string EnterpriseHeader = "ent_id,period,yoy_pct";

    /// <summary>
    /// Writes one line per cluster and month (clusters by number, then <c>total</c>; months in order). The comparable
    /// columns are empty where the metrics do not define them, or were computed without them.
    /// </summary>
    /// <param name="metrics">The metrics.</param>
    /// <param name="stream">The stream to write to; left open.</param>
    public static void WriteClusterMetrics(PanelMetrics metrics, Stream stream)
    {
        using var writer = Open(stream);
        writer.Write(ClusterHeader);
        writer.Write('\n');
        var line = new StringBuilder(128);
        for (int s = 0; s <= metrics.ClusterCount; s++)
        {
            for (int m = 0; m < metrics.MonthCount; m++)
            {
                var cell = s < metrics.ClusterCount ? metrics.Cluster(s, m) : metrics.Total(m);
                Finite(cell.YearToDateTotal, "year-to-date total", cell);
                Finite(cell.YearOnYear * 100.0, "growth", cell);
                Finite(cell.Share * 100.0, "share", cell);
                Finite(cell.Contribution * 100.0, "contribution", cell);
                Finite(cell.ComparableYearOnYear * 100.0, "comparable growth", cell);
                Finite(cell.ComparableContribution * 100.0, "comparable contribution", cell);
                Finite(cell.EntrantsYearToDate, "entrants' total", cell);
                Finite(cell.ExitsPreviousYearToDate, "exits' total", cell);
                line.Clear();
                line.Append(cell.Cluster is int c ? c.ToString(CultureInfo.InvariantCulture) : "total").Append(',')
                    .Append(((cell.Month.Year * 100) + cell.Month.Month).ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(cell.YearToDateTotal is double total ? total.ToString("R", CultureInfo.InvariantCulture) : string.Empty).Append(',')
                    .Append(FormatPercent(cell.YearOnYear)).Append(',')
                    .Append(FormatPercent(cell.Share)).Append(',')
                    .Append(FormatPercent(cell.Contribution)).Append(',')
                    .Append(FormatPercent(cell.ComparableYearOnYear)).Append(',')
                    .Append(FormatPercent(cell.ComparableContribution)).Append(',')
                    .Append(cell.EntrantsYearToDate is double entrants ? entrants.ToString("R", CultureInfo.InvariantCulture) : string.Empty).Append(',')
                    .Append(cell.ExitsPreviousYearToDate is double exits ? exits.ToString("R", CultureInfo.InvariantCulture) : string.Empty).Append(',')
                    .Append(cell.ComparableFirms is int firms ? firms.ToString(CultureInfo.InvariantCulture) : string.Empty).Append('\n');
                writer.Write(line);
            }
        }
    }

    /// <summary>
    /// Writes one line per panel row: the enterprise, its period and its year-on-year growth in percent. Blocks of
    /// <see cref="EnterpriseBlockRows"/> rows are computed (<see cref="PanelCalculator.EnterpriseYearOnYearInto"/>) and
    /// formatted on every core and written in order (<see cref="OrderedBlocks"/>), so the file is the same, byte for
    /// byte, as writing the rows one after the other, and costs a few blocks of memory beyond the panel's.
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="stream">The stream to write to; left open.</param>
    public static void WriteEnterpriseYearOnYear(EnterprisePanel panel, Stream stream) => WriteEnterpriseYearOnYear(panel, stream, EnterpriseBlockRows);

    /// <summary>Writes <c>enterprise_yoy.csv</c> in blocks of <paramref name="blockRows"/> rows (the tests take small blocks).</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="stream">The stream to write to; left open.</param>
    /// <param name="blockRows">The rows of a block, 1 or more.</param>
    internal static void WriteEnterpriseYearOnYear(EnterprisePanel panel, Stream stream, int blockRows)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentOutOfRangeException.ThrowIfLessThan(blockRows, 1);
        stream.Write(Encoding.UTF8.GetBytes(EnterpriseHeader + "\n"));
        blockRows = Math.Min(blockRows, Math.Min(Math.Max(1, panel.RowCount), Array.MaxLength / MaxEnterpriseLineBytes));
        int blocks = (int)(((long)panel.RowCount + blockRows - 1) / blockRows);
        OrderedBlocks.Write(stream, blocks, blockRows * MaxEnterpriseLineBytes, (block, buffer) =>
        {
            int start = block * blockRows;
            return FormatEnterpriseBlock(panel, start, Math.Min(blockRows, panel.RowCount - start), buffer);
        });
    }

    /// <summary>The rows of a block of <c>enterprise_yoy.csv</c>: about 1.5 MB of text, 64 blocks a panel of 4 M rows.</summary>
    internal const int EnterpriseBlockRows = 1 << 15;

    /// <summary>The longest line of <c>enterprise_yoy.csv</c>: two 11-character integers, a 22-character G15 double, two commas and a newline.</summary>
    internal const int MaxEnterpriseLineBytes = 48;

    /// <summary>Formats rows <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> − 1 as UTF-8 lines; returns the bytes written.</summary>
    private static int FormatEnterpriseBlock(EnterprisePanel panel, int start, int count, byte[] bytes)
    {
        var values = ArrayPool<double>.Shared.Rent(count);
        var defined = ArrayPool<bool>.Shared.Rent(count);
        try
        {
            PanelCalculator.EnterpriseYearOnYearInto(panel, start, values.AsSpan(0, count), defined.AsSpan(0, count));
            return FormatEnterpriseRows(panel.EnterpriseIds.Slice(start, count), panel.Periods.Slice(start, count), values.AsSpan(0, count), defined.AsSpan(0, count), bytes);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(values);
            ArrayPool<bool>.Shared.Return(defined);
        }
    }

    /// <summary>
    /// Formats rows of <c>enterprise_yoy.csv</c> as UTF-8 lines (<c>ent_id,period,yoy_pct</c>, the growth in percent with
    /// 15 significant digits, empty when missing) into a buffer of at least <see cref="MaxEnterpriseLineBytes"/> bytes a
    /// row: the one line format of the in-memory and the streamed (<c>--stream</c>) writers.
    /// </summary>
    /// <param name="ids">The rows' enterprises.</param>
    /// <param name="periods">The rows' periods, yyyymm.</param>
    /// <param name="growth">The rows' growth, fractions.</param>
    /// <param name="defined">Whether each row's growth is defined.</param>
    /// <param name="buffer">Receives the lines.</param>
    /// <returns>The bytes written.</returns>
    internal static int FormatEnterpriseRows(ReadOnlySpan<int> ids, ReadOnlySpan<int> periods, ReadOnlySpan<double> growth, ReadOnlySpan<bool> defined, Span<byte> buffer)
    {
        int at = 0;
        for (int k = 0; k < ids.Length; k++)
        {
            ids[k].TryFormat(buffer[at..], out int w, default, CultureInfo.InvariantCulture);
            at += w;
            buffer[at++] = (byte)',';
            periods[k].TryFormat(buffer[at..], out w, default, CultureInfo.InvariantCulture);
            at += w;
            buffer[at++] = (byte)',';
            if (defined[k])
            {
                double percent = growth[k] * 100.0;
                if (!double.IsFinite(percent))
                {
                    throw NotFinite("growth", string.Create(CultureInfo.InvariantCulture, $"enterprise {ids[k]}"), periods[k].ToString(CultureInfo.InvariantCulture));
                }

                percent.TryFormat(buffer[at..], out w, PercentFormat, CultureInfo.InvariantCulture);
                at += w;
            }

            buffer[at++] = (byte)'\n';
        }

        return at;
    }

    /// <summary>Formats a fraction as percent (0.267 → 26.7) with 15 significant digits; empty when missing.</summary>
    /// <param name="fraction">The fraction, or null.</param>
    /// <returns>The text.</returns>
    public static string FormatPercent(double? fraction) =>
        fraction is double f ? (f * 100.0).ToString(PercentFormat, CultureInfo.InvariantCulture) : string.Empty;

    private const string PercentFormat = "G15";

    /// <summary>Refuses a figure of a cell that is not finite (a sum or ratio beyond a double): never "Infinity" or "NaN" in a file.</summary>
    private static void Finite(double? value, string what, PanelCell cell)
    {
        if (value is double v && !double.IsFinite(v))
        {
            throw NotFinite(what, cell.Cluster is int c ? string.Create(CultureInfo.InvariantCulture, $"cluster {c}") : "the total", cell.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }
    }

    private static OverflowException NotFinite(string what, string where, string month) =>
        new($"the {what} of {where} in {month} is beyond the range of a double (±1.8e308).");

    private static StreamWriter Open(Stream stream) => new(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
}
