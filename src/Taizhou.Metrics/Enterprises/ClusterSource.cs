namespace Taizhou.Metrics.Enterprises;

/// <summary>How a <see cref="ClusterMap"/> decided an enterprise's cluster.</summary>
public enum ClusterSource
{
    /// <summary>An override for the enterprise's id in the map.</summary>
    Override = 0,

    /// <summary>The cluster given with the enterprise's data (<see cref="Enterprise.AssignedCluster"/>).</summary>
    Assigned = 1,

    /// <summary>The most specific rule matching the industry class.</summary>
    Rule = 2,

    /// <summary>No rule matched: the firm goes to the map's "other" cluster (其他), never dropped.</summary>
    Unmatched = 3,
}
