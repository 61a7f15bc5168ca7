using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// A configurable table mapping enterprises to clusters (产业集群) from their GB/T 4754-2017 industry class: rules on
/// 2-, 3- or 4-digit prefixes, per-enterprise overrides, and an "other" cluster (其他) for firms no rule matches, so
/// that no firm is ever dropped. Immutable.
/// </summary>
/// <remarks>
/// <para>
/// Resolution, in order: an override for the firm's id; the cluster given with the firm's data
/// (<see cref="Enterprise.AssignedCluster"/>); the most specific rule whose prefix the class starts with (a class rule
/// beats a group rule, which beats a division rule); otherwise <see cref="Other"/>.
/// </para>
/// <para>
/// <see cref="TaizhouDefault"/> ships the seven Taizhou clusters (七大千亿产业) as an approximation: the programme
/// defines its clusters by product, not by class, so each cluster is the classes that hold most of its products.
/// </para>
/// </remarks>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class ClusterMap : ITabular
{
    private readonly ImmutableArray<ClusterRule> rules;

    /// <summary>Creates a map.</summary>
    /// <param name="rules">The rules; no prefix may appear twice.</param>
    /// <param name="other">The cluster for firms no rule matches.</param>
    /// <param name="overrides">Clusters by enterprise id, applied before everything else; may be null.</param>
    /// <exception cref="ArgumentException">A prefix appears twice, a rule is null, or an override has an empty id.</exception>
    public ClusterMap(IEnumerable<ClusterRule> rules, Cluster other, IReadOnlyDictionary<string, Cluster>? overrides = null)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(other);
        var list = rules.ToImmutableArray();
        var seen = new Dictionary<string, ClusterRule>(StringComparer.Ordinal);
        foreach (var rule in list)
        {
            if (rule is null)
            {
                throw new ArgumentException("A cluster rule is null.", nameof(rules));
            }

            if (!seen.TryAdd(rule.Prefix, rule))
            {
                throw new ArgumentException($"The prefix {rule.Prefix} appears twice: {seen[rule.Prefix]} and {rule}.", nameof(rules));
            }
        }

        var o = ImmutableSortedDictionary.CreateBuilder<string, Cluster>(StringComparer.Ordinal);
        foreach (var (id, cluster) in overrides ?? ImmutableDictionary<string, Cluster>.Empty)
        {
            ArgumentException.ThrowIfNullOrWhiteSpace(id, nameof(overrides));
            o[id] = cluster ?? throw new ArgumentException($"The override for '{id}' has no cluster.", nameof(overrides));
        }

        // Most specific first, then by prefix: the first match is the answer.
        this.rules = [.. list.OrderByDescending(r => r.Prefix.Length).ThenBy(r => r.Prefix, StringComparer.Ordinal)];
        Other = other;
        Overrides = o.ToImmutable();
        Clusters = [.. list.Select(r => r.Cluster).Concat(Overrides.Values).Distinct().Where(c => !c.Equals(other)).Append(other)];
    }

    /// <summary>Gets the cluster "other" (其他) used by <see cref="TaizhouDefault"/> for unmatched firms.</summary>
    public static Cluster OtherCluster { get; } = new("other", "other industries", "其他");

    /// <summary>
    /// Gets the default table for Taizhou's seven clusters, an approximation by GB/T 4754-2017 classes (see the
    /// remarks on <see cref="ClusterMap"/> and docs/enterprises.md):
    /// auto = 36 (汽车制造业, the whole division: vehicles, bodies, parts 3670);
    /// aviation = 374 (航空、航天器及设备制造) and 562 (通用航空服务);
    /// moulds = 3525 (模具制造), 3523 (塑料加工专用设备制造) and 292 (塑料制品业);
    /// pharma = 27 (医药制造业);
    /// toilets = 3855 (家用清洁卫生电器具制造) and 3072 (卫生陶瓷制品制造);
    /// sewing = 3553 (缝制机械制造);
    /// pumps = 3441 (泵及真空设备制造) and 381 (电机制造).
    /// Everything else goes to <see cref="OtherCluster"/>.
    /// </summary>
    public static ClusterMap TaizhouDefault { get; } = CreateTaizhouDefault();

    /// <summary>Gets the rules, most specific first.</summary>
    public ImmutableArray<ClusterRule> Rules => rules;

    /// <summary>Gets the cluster for unmatched firms.</summary>
    public Cluster Other { get; }

    /// <summary>Gets the overrides by enterprise id.</summary>
    public ImmutableSortedDictionary<string, Cluster> Overrides { get; }

    /// <summary>Gets every cluster of the map, in the order of the rules as given, <see cref="Other"/> last.</summary>
    public ImmutableArray<Cluster> Clusters { get; }

    /// <summary>Returns a copy of the map with an override for one enterprise (replacing any earlier one).</summary>
    /// <param name="enterpriseId">The enterprise id.</param>
    /// <param name="cluster">Its cluster.</param>
    /// <returns>The new map.</returns>
    /// <exception cref="ArgumentException"><paramref name="enterpriseId"/> is empty.</exception>
    public ClusterMap WithOverride(string enterpriseId, Cluster cluster)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(enterpriseId);
        ArgumentNullException.ThrowIfNull(cluster);
        return new ClusterMap(rules, Other, Overrides.SetItem(enterpriseId, cluster));
    }

    /// <summary>Finds a cluster of the map by its code.</summary>
    /// <param name="code">The code, such as <c>auto</c> or <c>other</c>.</param>
    /// <returns>The cluster, or null when the map has none with that code.</returns>
    public Cluster? FindCluster(string code) => Clusters.FirstOrDefault(c => c.Code == code);

    /// <summary>The cluster of an industry class by the rules alone (no overrides): the most specific match, or <see cref="Other"/>.</summary>
    /// <param name="code">The class.</param>
    /// <returns>The assignment, with source <see cref="ClusterSource.Rule"/> or <see cref="ClusterSource.Unmatched"/>.</returns>
    public ClusterAssignment Assign(IndustryCode code)
    {
        string digits = code.Code; // formatted once, not once per rule
        foreach (var rule in rules)
        {
            if (rule.Matches(digits))
            {
                return new ClusterAssignment(rule.Cluster, ClusterSource.Rule, rule);
            }
        }

        return new ClusterAssignment(Other, ClusterSource.Unmatched, null);
    }

    /// <summary>The cluster an enterprise counts in: its override, its assigned cluster, the most specific rule, or <see cref="Other"/>.</summary>
    /// <param name="enterprise">The enterprise.</param>
    /// <returns>The assignment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is null.</exception>
    public ClusterAssignment Assign(Enterprise enterprise)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        if (Overrides.TryGetValue(enterprise.Id, out var o))
        {
            return new ClusterAssignment(o, ClusterSource.Override, null);
        }

        return enterprise.AssignedCluster is { } c
            ? new ClusterAssignment(c, ClusterSource.Assigned, null)
            : Assign(enterprise.IndustryCode);
    }

    private static ClusterMap CreateTaizhouDefault() => new(
        [
            new ClusterRule("36", TaizhouClusters.Auto, "汽车制造业 (motor vehicles, bodies, trailers, parts 3670)"),
            new ClusterRule("374", TaizhouClusters.Aviation, "航空、航天器及设备制造 (aircraft and spacecraft)"),
            new ClusterRule("562", TaizhouClusters.Aviation, "通用航空服务 (general aviation services)"),
            new ClusterRule("3525", TaizhouClusters.Moulds, "模具制造 (moulds)"),
            new ClusterRule("3523", TaizhouClusters.Moulds, "塑料加工专用设备制造 (plastics machinery)"),
            new ClusterRule("292", TaizhouClusters.Moulds, "塑料制品业 (plastic products)"),
            new ClusterRule("27", TaizhouClusters.Pharma, "医药制造业 (pharmaceuticals, APIs 2710)"),
            new ClusterRule("3855", TaizhouClusters.Toilets, "家用清洁卫生电器具制造 (household sanitary appliances: smart toilet seats)"),
            new ClusterRule("3072", TaizhouClusters.Toilets, "卫生陶瓷制品制造 (sanitary ceramics)"),
            new ClusterRule("3553", TaizhouClusters.Sewing, "缝制机械制造 (sewing machinery)"),
            new ClusterRule("3441", TaizhouClusters.Pumps, "泵及真空设备制造 (pumps and vacuum equipment)"),
            new ClusterRule("381", TaizhouClusters.Pumps, "电机制造 (electric motors and generators)"),
        ],
        OtherCluster);

    /// <summary>Returns a one-line summary: <c>Cluster map: 7 clusters, 12 rules, 0 overrides, other = other</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Cluster map: {Clusters.Length} clusters, {Rules.Length} rules, {Overrides.Count} overrides, other = {Other.Code}");

    /// <summary>
    /// Returns the rules as an aligned plain-text table: <see cref="ToString()"/> on the first line, then one line per rule (industry-code prefix, cluster and description), then the overrides (enterprise id and cluster).
    /// Invariant culture, figures rounded 四舍五入.
    /// </summary>
    /// <returns>The table; lines end with '\n'.</returns>
    public string ToTextTable() => ToTable().ToText();

    /// <summary>Returns the rules as a Markdown table (the same cells as <see cref="ToTextTable"/>), the summary as a paragraph above.</summary>
    /// <returns>The Markdown; lines end with '\n'.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    TextTable ITabular.ToTable() => ToTable();

    internal TextTable ToTable()
    {
        var table = new TextTable(ToString(), ("prefix / id", false), ("cluster", false), ("description", false));
        foreach (var r in Rules)
        {
            table.Add(r.Prefix, r.Cluster.Code, r.Description);
        }

        foreach (var o in Overrides)
        {
            table.Add(o.Key, o.Value.Code, "override");
        }

        return table;
    }
}
