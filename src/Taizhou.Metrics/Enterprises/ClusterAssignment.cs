namespace Taizhou.Metrics.Enterprises;

/// <summary>The cluster an enterprise counts in, and how it was decided.</summary>
public sealed class ClusterAssignment
{
    internal ClusterAssignment(Cluster cluster, ClusterSource source, ClusterRule? rule)
    {
        Cluster = cluster;
        Source = source;
        Rule = rule;
    }

    /// <summary>Gets the cluster ("other" when unmatched).</summary>
    public Cluster Cluster { get; }

    /// <summary>Gets how the cluster was decided.</summary>
    public ClusterSource Source { get; }

    /// <summary>Gets the matching rule when <see cref="Source"/> is <see cref="ClusterSource.Rule"/>, otherwise null.</summary>
    public ClusterRule? Rule { get; }

    /// <summary>Returns the cluster code and the source.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Rule is null ? $"{Cluster.Code} ({Source})" : $"{Cluster.Code} (rule {Rule.Prefix})";
}
