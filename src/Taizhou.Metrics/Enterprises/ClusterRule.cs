using System;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// One row of a cluster table: the GB/T 4754-2017 division, group or class (a prefix of 2, 3 or 4 digits) whose firms
/// belong to a cluster.
/// </summary>
public sealed class ClusterRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="prefix">The division (2 digits), group (3) or class (4), such as <c>36</c>, <c>381</c> or <c>3525</c>.</param>
    /// <param name="cluster">The cluster its firms belong to.</param>
    /// <param name="description">What the prefix is, such as <c>汽车制造业 (motor vehicles)</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is not 2 to 4 digits of a GB/T 4754-2017 division, or <paramref name="description"/> is empty.</exception>
    public ClusterRule(string prefix, Cluster cluster, string description)
    {
        IndustryCode.CheckPrefix(prefix, nameof(prefix));
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentException.ThrowIfNullOrWhiteSpace(description);
        Prefix = prefix;
        Cluster = cluster;
        Description = description;
    }

    /// <summary>Gets the prefix: 2, 3 or 4 digits.</summary>
    public string Prefix { get; }

    /// <summary>Gets the cluster.</summary>
    public Cluster Cluster { get; }

    /// <summary>Gets what the prefix is, with its Chinese name.</summary>
    public string Description { get; }

    /// <summary>Returns whether a class lies under the prefix.</summary>
    /// <param name="code">The class.</param>
    /// <returns><see langword="true"/> when it matches.</returns>
    public bool Matches(IndustryCode code) => Matches(code.Code);

    /// <summary>Returns whether a four-digit class code, already formatted, lies under the prefix.</summary>
    internal bool Matches(string classCode) => classCode.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>Returns the rule as <c>3525 → moulds (模具制造)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Prefix} → {Cluster.Code} ({Description})";
}
