using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// Programme progress (企业培育工程): counts of firms per tier in a year, by cluster and county, against targets with
/// the gap; the leading firms of each cluster; and the pipeline of firms not yet in a tier with the growth each needs.
/// </summary>
/// <remarks>
/// <para>
/// The population of a year is the firms present in it: those with an output value for the year. A firm absent in a
/// year (not yet founded, closed, not reporting) is not counted in it, whatever its tiers elsewhere.
/// </para>
/// <para>
/// Edge-case policy: caller bugs throw (null arguments, two firms with one id, two targets for one tier, a target for
/// a tier the rule set does not have, k below 1, a pipeline on a rule that is not a band or a target year not after
/// the year). Missing data is reported, never guessed: a firm a rule cannot evaluate is counted in
/// <see cref="TierCount.NotEvaluable"/>; a pipeline candidate with a non-positive value has an undefined required growth.
/// </para>
/// </remarks>
public static class Programme
{
    /// <summary>Counts the firms holding each tier of <paramref name="rules"/> in <paramref name="year"/>, by cluster and county, against the targets.</summary>
    /// <remarks>Gap = count − target (negative: short of it); a tier without a target has a null gap.</remarks>
    /// <param name="enterprises">The firms; ids must be distinct.</param>
    /// <param name="year">The year.</param>
    /// <param name="rules">The tier rules.</param>
    /// <param name="map">The cluster map.</param>
    /// <param name="targets">The targets, at most one per tier; may be empty.</param>
    /// <returns>The progress.</returns>
    /// <exception cref="ArgumentException">Two firms share an id, two targets share a tier, or a target names a tier not in <paramref name="rules"/>.</exception>
    public static ProgrammeProgress Progress(IEnumerable<Enterprise> enterprises, int year, TierRuleSet rules, ClusterMap map, IEnumerable<ProgrammeTarget> targets)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(targets);
        var present = Present(enterprises, nameof(enterprises), year);
        var targetByCode = new Dictionary<string, ProgrammeTarget>(StringComparer.Ordinal);
        foreach (var t in targets)
        {
            ArgumentNullException.ThrowIfNull(t, nameof(targets));
            if (rules.Find(t.TierCode) is null)
            {
                throw new ArgumentException($"The target {t} names a tier the rule set does not have.", nameof(targets));
            }

            if (!targetByCode.TryAdd(t.TierCode, t))
            {
                throw new ArgumentException($"Two targets for '{t.TierCode}': {targetByCode[t.TierCode]} and {t}.", nameof(targets));
            }
        }

        var clusters = present.ToDictionary(e => e.Id, e => map.Assign(e).Cluster.Code, StringComparer.Ordinal);
        var clusterOrder = map.Clusters.Select(c => c.Code).Concat(clusters.Values).Distinct().ToList();
        var counts = ImmutableArray.CreateBuilder<TierCount>(rules.Rules.Length);
        foreach (var rule in rules.Rules)
        {
            var firms = new List<Enterprise>();
            int notEvaluable = 0;
            foreach (var e in present)
            {
                switch (rule.Evaluate(e, year).Outcome)
                {
                    case TierOutcome.Qualifies:
                        firms.Add(e);
                        break;
                    case TierOutcome.NotEvaluable:
                        notEvaluable++;
                        break;
                }
            }

            var perCluster = firms.CountBy(f => clusters[f.Id]).ToDictionary(StringComparer.Ordinal);
            var byCluster = clusterOrder
                .Select(code => new GroupCount(code, perCluster.GetValueOrDefault(code)))
                .ToImmutableArray();
            var byCounty = firms
                .GroupBy(f => f.County, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new GroupCount(g.Key, g.Count()))
                .ToImmutableArray();
            counts.Add(new TierCount(rule, year, [.. firms], notEvaluable, rule.VersionFor(year) is not null, targetByCode.GetValueOrDefault(rule.Code), byCluster, byCounty));
        }

        return new ProgrammeProgress(year, present.Count, counts.MoveToImmutable());
    }

    /// <summary>
    /// The leading firms (龙头企业) of every cluster in a year: the top <paramref name="k"/> by output, compared
    /// exactly in yuan whatever the units, ties by id.
    /// </summary>
    /// <param name="enterprises">The firms; ids must be distinct.</param>
    /// <param name="year">The year.</param>
    /// <param name="map">The cluster map.</param>
    /// <param name="k">How many leaders per cluster, at least 1.</param>
    /// <returns>One entry per cluster with at least one firm present, in the order of the map's clusters (other last).</returns>
    /// <exception cref="ArgumentException">Two firms share an id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is below 1.</exception>
    public static ImmutableArray<ClusterLeaders> Leaders(IEnumerable<Enterprise> enterprises, int year, ClusterMap map, int k)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        // Ranked before grouping: each group keeps the order, largest first.
        var groups = ByOutput(Present(enterprises, nameof(enterprises), year), year)
            .GroupBy(m => map.Assign(m.Firm).Cluster)
            .ToDictionary(g => g.Key, g => g.ToList());
        var order = map.Clusters.Concat(groups.Keys.Where(c => !map.Clusters.Contains(c)).OrderBy(c => c.Code, StringComparer.Ordinal));
        var result = ImmutableArray.CreateBuilder<ClusterLeaders>();
        foreach (var cluster in order)
        {
            if (!groups.TryGetValue(cluster, out var members))
            {
                continue;
            }

            result.Add(new ClusterLeaders(cluster, year, members.Count, Top(members, k)));
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The pipeline of a band tier (such as aircraft-carrier): the firms present in <paramref name="year"/> whose value
    /// is below the band of the version in effect in <paramref name="targetYear"/>, each with the constant annual growth
    /// it needs to reach the band's lower bound by then, sorted by that growth.
    /// </summary>
    /// <remarks>
    /// Required growth g = (threshold / current)^(1 / (targetYear − year)) − 1 (a CAGR, <see cref="Growth.Cagr(decimal, decimal, double)"/>);
    /// undefined when the current value is zero or negative (sorted last). Firms already in the band or above it are
    /// not candidates. With an exclusive lower bound, the firm must grow by more than g.
    /// </remarks>
    /// <param name="enterprises">The firms; ids must be distinct.</param>
    /// <param name="year">The base year.</param>
    /// <param name="rule">A rule whose version in effect in the target year is a <see cref="TierCriterionKind.Band"/> with a lower bound.</param>
    /// <param name="targetYear">The target year, after <paramref name="year"/>.</param>
    /// <param name="map">The cluster map (for the candidates' clusters).</param>
    /// <returns>The pipeline.</returns>
    /// <exception cref="ArgumentException">Two firms share an id, or the rule is not a band with a lower bound in the target year.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="targetYear"/> is not after <paramref name="year"/>.</exception>
    public static TierPipeline Pipeline(IEnumerable<Enterprise> enterprises, int year, TierRule rule, int targetYear, ClusterMap map)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentNullException.ThrowIfNull(map);
        if (targetYear <= year)
        {
            throw new ArgumentOutOfRangeException(nameof(targetYear), targetYear, $"The target year must be after the base year {year}.");
        }

        var version = rule.VersionFor(targetYear);
        if (version is not { Criterion: { Kind: TierCriterionKind.Band, Band.Lower: Amount threshold } criterion })
        {
            throw new ArgumentException($"A pipeline needs a band rule with a lower bound in {targetYear}; '{rule.Code}' has {(version is null ? "no version in effect" : version.Criterion.ToString())}.", nameof(rule));
        }

        int years = targetYear - year;
        var candidates = new List<PipelineCandidate>();
        foreach (var e in Present(enterprises, nameof(enterprises), year))
        {
            if (e.AmountIn(criterion.Measure, year) is not Amount value || !criterion.Band.IsBelow(value))
            {
                continue;
            }

            var current = value.In(threshold.Unit);
            var required = Growth.Cagr(current.Value, threshold.Value, years);
            candidates.Add(new PipelineCandidate(e, map.Assign(e).Cluster, current, threshold - current, required));
        }

        var sorted = candidates
            .OrderBy(c => c.RequiredGrowth.IsDefined ? 0 : 1)
            .ThenBy(c => c.RequiredGrowth.ValueOrNull ?? 0.0)
            .ThenBy(c => c.Enterprise.Id, StringComparer.Ordinal)
            .ToImmutableArray();
        return new TierPipeline(rule, year, targetYear, threshold, criterion.Band.LowerInclusive, sorted);
    }

    /// <summary>Firms present in <paramref name="year"/> with their output, largest first (compared exactly in yuan whatever the units), ties by id.</summary>
    internal static List<(Enterprise Firm, Amount Output)> ByOutput(IEnumerable<Enterprise> present, int year) => present
        .Select(e => (Firm: e, Output: e.AmountIn(EnterpriseMeasure.Output, year)!.Value))
        .OrderByDescending(m => m.Output.InYuan)
        .ThenBy(m => m.Firm.Id, StringComparer.Ordinal)
        .ToList();

    /// <summary>The first <paramref name="k"/> of firms ranked by <see cref="ByOutput"/>, numbered from 1.</summary>
    internal static ImmutableArray<RankedFirm> Top(IEnumerable<(Enterprise Firm, Amount Output)> ranked, int k) =>
        [.. ranked.Take(k).Select((m, i) => new RankedFirm(i + 1, m.Firm, m.Output))];

    internal static List<Enterprise> Present(IEnumerable<Enterprise> enterprises, string paramName, int year)
    {
        ArgumentNullException.ThrowIfNull(enterprises, paramName);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var present = new List<Enterprise>();
        foreach (var e in enterprises)
        {
            if (e is null)
            {
                throw new ArgumentException("An enterprise is null.", paramName);
            }

            if (!ids.Add(e.Id))
            {
                throw new ArgumentException($"Two enterprises have the id '{e.Id}'.", paramName);
            }

            if (e.ValueIn(EnterpriseMeasure.Output, year) is not null)
            {
                present.Add(e);
            }
        }

        return present;
    }
}
