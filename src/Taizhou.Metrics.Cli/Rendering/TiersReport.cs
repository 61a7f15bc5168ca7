using System.Collections.Generic;
using System.Collections.Immutable;
using Taizhou.Metrics.Enterprises;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>What <c>taizhou-metrics tiers</c> computed, for the renderers: nothing is recomputed when rendering.</summary>
/// <param name="Source">The input file, as given.</param>
/// <param name="Progress">Tier counts in the year, against the targets.</param>
/// <param name="ByYear">Tier counts in every year of the file up to the year.</param>
/// <param name="Leaders">The top firms of every cluster by output.</param>
/// <param name="Pipelines">The aircraft-carrier and flagship pipelines.</param>
/// <param name="TargetsName">The target set (<c>2211</c>), or null without targets.</param>
/// <param name="PipelineShown">How many pipeline candidates are listed per tier.</param>
internal sealed record TiersReport(
    string Source,
    ProgrammeProgress Progress,
    IReadOnlyList<ProgrammeProgress> ByYear,
    ImmutableArray<ClusterLeaders> Leaders,
    IReadOnlyList<TierPipeline> Pipelines,
    string? TargetsName,
    int PipelineShown);
