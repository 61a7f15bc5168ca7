using System.Collections.Immutable;
using System.Globalization;

namespace Taizhou.Metrics.Enterprises;

/// <summary>The leading firms (龍頭企業) of a cluster in a year: the top k by output.</summary>
public sealed class ClusterLeaders
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
}
