using System.Collections.Immutable;
using System.Globalization;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Enterprises;

/// <summary>Concentration of output within a cluster in a year: the top-k share (CRk) and the HHI of firm outputs.</summary>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ClusterConcentration : ITabular
{
    internal ClusterConcentration(Cluster cluster, int year, MetricUnit unit, decimal total, int k, ImmutableArray<RankedFirm> top, double? topShare, double? herfindahl, int firmCount)
    {
        Cluster = cluster;
        Year = year;
        Unit = unit;
        Total = total;
        K = k;
        Top = top;
        TopShare = topShare;
        Herfindahl = herfindahl;
        FirmCount = firmCount;
    }

    /// <summary>Gets the cluster.</summary>
    public Cluster Cluster { get; }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the unit of <see cref="Total"/>.</summary>
    public MetricUnit Unit { get; }

    /// <summary>Gets the number of firms with an output value in the year.</summary>
    public int FirmCount { get; }

    /// <summary>Gets the cluster's total output, exact.</summary>
    public decimal Total { get; }

    /// <summary>Gets the k used: the k asked for, capped at the number of firms.</summary>
    public int K { get; }

    /// <summary>Gets the k largest firms.</summary>
    public ImmutableArray<RankedFirm> Top { get; }

    /// <summary>Gets CRk, the share of the k largest firms as a fraction; null when there is no firm or the total is zero.</summary>
    public double? TopShare { get; }

    /// <summary>Gets the HHI of firm outputs on the 0-1 scale; null when there is no firm or the total is zero.</summary>
    public double? Herfindahl { get; }

    /// <summary>
    /// Returns a one-line summary: <c>auto 2018: 3 firms, total 9.00 亿元, top 2 hold 88.9%, HHI 0.432</c> (the share and
    /// the Herfindahl index shown only when defined). Invariant culture, rounded 四舍五入.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string text = $"{Cluster.Code} {Year.ToString(CultureInfo.InvariantCulture)}: {FirmCount.ToString(CultureInfo.InvariantCulture)} firm{(FirmCount == 1 ? string.Empty : "s")}, total {Published.Rounding.Format(Total, 2)} {Unit.ChineseSymbol}";
        if (TopShare is double share)
        {
            text += $", top {K.ToString(CultureInfo.InvariantCulture)} hold {Published.Rounding.Format(share * 100, 1)}%";
        }

        return Herfindahl is double h ? $"{text}, HHI {Published.Rounding.Format(h, 3)}" : text;
    }

    /// <summary>
    /// Returns the largest firms as an aligned plain-text table: <see cref="ToString()"/> on the first line, then one line per firm of the top k: rank, id, name, value and share of the cluster total (%).
    /// Invariant culture, figures rounded 四舍五入.
    /// </summary>
    /// <returns>The table; lines end with '\n'.</returns>
    public string ToTextTable() => ToTable().ToText();

    /// <summary>Returns the largest firms as a Markdown table (the same cells as <see cref="ToTextTable"/>), the summary as a paragraph above.</summary>
    /// <returns>The Markdown; lines end with '\n'.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    TextTable ITabular.ToTable() => ToTable();

    internal TextTable ToTable()
    {
        var table = new TextTable(ToString(), ("rank", true), ("id", false), ("name", false), ("value", true), ("share %", true));
        foreach (var f in Top)
        {
            table.Add(
                f.Rank.ToString(CultureInfo.InvariantCulture),
                f.Enterprise.Id,
                f.Enterprise.Name,
                Published.Rounding.Format(f.Value.Value, 2) + " " + f.Value.Unit.ChineseSymbol,
                Total == 0m ? null : Published.Rounding.Format(f.Value.Value / Total * 100m, 1));
        }

        return table;
    }
}
