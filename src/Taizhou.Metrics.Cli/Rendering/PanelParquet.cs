using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Threading.Tasks;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes the metrics of an enterprise panel as Parquet: <c>cluster_metrics.parquet</c> and
/// <c>enterprise_yoy.parquet</c>, the columns and values of the CSV files (<see cref="PanelCsv"/>) with types. Rates
/// are in percent (the library's fractions × 100) at full double precision (the CSV prints them to 15 significant
/// digits); a missing value is a null (the CSV's empty cell).
/// </summary>
internal static class PanelParquet
{
    /// <summary>
    /// The columns of <c>cluster_metrics.parquet</c>, in file order: <c>cluster</c> is text, the cluster's number or
    /// <c>total</c>, as in the CSV; <c>period</c> is yyyymm.
    /// </summary>
    public static readonly IReadOnlyList<ClusterColumn> ClusterColumns =
    [
        ClusterColumn.Text("cluster", cell => cell.Cluster is int c ? c.ToString(CultureInfo.InvariantCulture) : "total"),
        ClusterColumn.Int32("period", cell => (cell.Month.Year * 100) + cell.Month.Month),
        ClusterColumn.Number("ytd_total", cell => cell.YearToDateTotal),
        ClusterColumn.Number("yoy_pct", cell => cell.YearOnYear * 100.0),
        ClusterColumn.Number("share_pct", cell => cell.Share * 100.0),
        ClusterColumn.Number("contrib_pp", cell => cell.Contribution * 100.0),
        ClusterColumn.Number("yoy_comparable_pct", cell => cell.ComparableYearOnYear * 100.0),
        ClusterColumn.Number("contrib_comparable_pp", cell => cell.ComparableContribution * 100.0),
        ClusterColumn.Number("entrants_ytd", cell => cell.EntrantsYearToDate),
        ClusterColumn.Number("exits_ytd_prev", cell => cell.ExitsPreviousYearToDate),
        ClusterColumn.NullableInt32("comparable_firms", cell => cell.ComparableFirms),
    ];

    /// <summary>The columns of <c>enterprise_yoy.parquet</c>: the enterprise, the period (yyyymm) and the growth in percent.</summary>
    public static readonly IReadOnlyList<ParquetColumn> EnterpriseColumns =
    [
        new("ent_id", ParquetColumnType.Int32, false),
        new("period", ParquetColumnType.Int32, false),
        new("yoy_pct", ParquetColumnType.Double, true),
    ];

    /// <summary>The rows of a row group of <c>enterprise_yoy.parquet</c> (as the panel's own Parquet writer).</summary>
    internal const int EnterpriseRowGroupRows = 1 << 20;

    /// <summary>Writes one row per cluster and month (clusters by number, then <c>total</c>; months in order), in one row group.</summary>
    /// <param name="metrics">The metrics.</param>
    /// <param name="stream">The stream to write to; left open.</param>
    /// <exception cref="OverflowException">A figure is beyond the range of a double.</exception>
    public static void WriteClusterMetrics(PanelMetrics metrics, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var cells = new List<PanelCell>((metrics.ClusterCount + 1) * metrics.MonthCount);
        for (int s = 0; s <= metrics.ClusterCount; s++)
        {
            for (int m = 0; m < metrics.MonthCount; m++)
            {
                cells.Add(s < metrics.ClusterCount ? metrics.Cluster(s, m) : metrics.Total(m));
            }
        }

        var columns = new ParquetColumn[ClusterColumns.Count];
        for (int c = 0; c < columns.Length; c++)
        {
            columns[c] = ClusterColumns[c].Column;
        }

        using var writer = ParquetTableWriter.Create(stream, columns);
        if (cells.Count == 0)
        {
            return;
        }

        writer.BeginRowGroup(cells.Count);
        foreach (var column in ClusterColumns)
        {
            column.Write(writer, cells);
        }

        writer.EndRowGroup();
    }

    /// <summary>
    /// Writes one row per panel row: the enterprise, its period and its year-on-year growth in percent (null when not
    /// defined), in row groups of <see cref="EnterpriseRowGroupRows"/> rows whose growth is computed on every core.
    /// </summary>
    /// <param name="panel">The panel.</param>
    /// <param name="stream">The stream to write to; left open.</param>
    /// <exception cref="OverflowException">A growth is beyond the range of a double.</exception>
    public static void WriteEnterpriseYearOnYear(EnterprisePanel panel, Stream stream) => WriteEnterpriseYearOnYear(panel, stream, EnterpriseRowGroupRows);

    /// <summary>Writes <c>enterprise_yoy.parquet</c> in row groups of <paramref name="groupRows"/> rows (the tests take small groups).</summary>
    /// <param name="panel">The panel.</param>
    /// <param name="stream">The stream to write to; left open.</param>
    /// <param name="groupRows">The rows of a row group, 1 or more.</param>
    internal static void WriteEnterpriseYearOnYear(EnterprisePanel panel, Stream stream, int groupRows)
    {
        ArgumentNullException.ThrowIfNull(panel);
        ArgumentOutOfRangeException.ThrowIfLessThan(groupRows, 1);
        int size = Math.Min(groupRows, panel.RowCount);
        var ids = new int[size];
        var periods = new int[size];
        var growth = new double[size];
        var defined = new bool[size];
        var percent = new double?[size];
        const int Part = 1 << 16;
        using var writer = ParquetTableWriter.Create(stream, EnterpriseColumns);
        for (int start = 0; start < panel.RowCount; start += groupRows)
        {
            int count = Math.Min(groupRows, panel.RowCount - start);
            panel.EnterpriseIds.Slice(start, count).CopyTo(ids);
            panel.Periods.Slice(start, count).CopyTo(periods);
            int first = start;
            Parallel.For(0, (count + Part - 1) / Part, p =>
            {
                int from = p * Part;
                int n = Math.Min(Part, count - from);
                PanelCalculator.EnterpriseYearOnYearInto(panel, first + from, growth.AsSpan(from, n), defined.AsSpan(from, n));
            });
            for (int k = 0; k < count; k++)
            {
                percent[k] = Percent(growth[k], defined[k], ids[k], periods[k]);
            }

            writer.BeginRowGroup(count);
            writer.Write(ids.AsMemory(0, count));
            writer.Write(periods.AsMemory(0, count));
            writer.Write(percent.AsMemory(0, count));
            writer.EndRowGroup();
        }
    }

    /// <summary>A row's growth as <c>enterprise_yoy.parquet</c> holds it: in percent, null where it is not defined.</summary>
    /// <param name="growth">The growth, a fraction.</param>
    /// <param name="defined">Whether it is defined.</param>
    /// <param name="id">The enterprise, for the message.</param>
    /// <param name="period">The period, for the message.</param>
    /// <returns>The percent, or null.</returns>
    /// <exception cref="OverflowException">The percent is beyond a double: never "Infinity" in a file.</exception>
    internal static double? Percent(double growth, bool defined, int id, int period)
    {
        if (!defined)
        {
            return null;
        }

        double value = growth * 100.0;
        return double.IsFinite(value)
            ? value
            : throw new OverflowException(string.Create(CultureInfo.InvariantCulture, $"the growth of enterprise {id} in {period} is beyond the range of a double (±1.8e308)."));
    }
}
