using System.Collections.Immutable;
using System.Globalization;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Enterprises;

/// <summary>The leading firms (龙头企业) of a cluster in a year: the top k by output.</summary>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ClusterLeaders : ITabular
{
    internal ClusterLeaders(Cluster cluster, int year, int firmCount, ImmutableArray<RankedFirm> leaders)
    {
        Cluster = cluster;
        Year = year;
        FirmCount = firmCount;
        Leaders = leaders;
    }

    /// <summary>Gets the cluster.</summary>
    public Cluster Cluster { get; }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the number of firms of the cluster with an output value in the year.</summary>
    public int FirmCount { get; }

    /// <summary>Gets the top firms by output, largest first (at most k; ties by id).</summary>
    public ImmutableArray<RankedFirm> Leaders { get; }

    /// <summary>Returns a one-line summary: <c>auto 2018: 2 leaders of 3 firms: 1. F1 firm F1 (5 亿元); 2. …</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        $"{Cluster.Code} {Year.ToString(CultureInfo.InvariantCulture)}: {Leaders.Length.ToString(CultureInfo.InvariantCulture)} leader{(Leaders.Length == 1 ? string.Empty : "s")} of {FirmCount.ToString(CultureInfo.InvariantCulture)} firms{(Leaders.IsEmpty ? string.Empty : ": " + string.Join("; ", Leaders))}";

    /// <summary>
    /// Returns the leaders as an aligned plain-text table: <see cref="ToString()"/> on the first line, then one line per leader: rank, id, name and value.
    /// Invariant culture, figures rounded 四舍五入.
    /// </summary>
    /// <returns>The table; lines end with '\n'.</returns>
    public string ToTextTable() => ToTable().ToText();

    /// <summary>Returns the leaders as a Markdown table (the same cells as <see cref="ToTextTable"/>), the summary as a paragraph above.</summary>
    /// <returns>The Markdown; lines end with '\n'.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    TextTable ITabular.ToTable() => ToTable();

    internal TextTable ToTable()
    {
        var table = new TextTable(ToString(), ("rank", true), ("id", false), ("name", false), ("value", true));
        foreach (var f in Leaders)
        {
            table.Add(f.Rank.ToString(CultureInfo.InvariantCulture), f.Enterprise.Id, f.Enterprise.Name, Published.Rounding.Format(f.Value.Value, 2) + " " + f.Value.Unit.ChineseSymbol);
        }

        return table;
    }
}
