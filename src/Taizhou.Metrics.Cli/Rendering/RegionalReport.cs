using System.Collections.Generic;
using Taizhou.Metrics.Structure;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>What <c>taizhou-metrics regional</c> computed, for the renderers: nothing is recomputed when rendering.</summary>
/// <param name="Source">The input file, as given.</param>
/// <param name="Reference">The reference region's name, or null when the reference is the sum of the regions.</param>
/// <param name="Cut">How an LQ is compared with 1 for diversity and ubiquity.</param>
/// <param name="GiniMethod">The locational Gini computed per industry.</param>
/// <param name="Industries">The industries, in the order of the input.</param>
/// <param name="ReferenceTotal">The reference's total at the end period.</param>
/// <param name="Regions">The regions' indices, in the order of the input.</param>
/// <param name="IndustryRows">The industries' indices, in the order of <paramref name="Industries"/>.</param>
/// <param name="ShiftShares">The shift-share of each region, or null without a <c>previous</c> column.</param>
/// <param name="Projection">The shift-share projection of each region, or null without a <c>projected</c> column.</param>
internal sealed record RegionalReport(
    string Source,
    string? Reference,
    LocationQuotientCut Cut,
    LocationalGiniMethod GiniMethod,
    IReadOnlyList<string> Industries,
    double ReferenceTotal,
    IReadOnlyList<RegionIndices> Regions,
    IReadOnlyList<IndustryIndices> IndustryRows,
    IReadOnlyList<RegionShift>? ShiftShares,
    RegionalProjection? Projection);

/// <summary>A region's indices against the reference; null where an index is undefined (a region whose values are all zero).</summary>
/// <param name="Region">The region.</param>
/// <param name="Total">Its total at the end period.</param>
/// <param name="Krugman">Krugman specialisation index against the reference, 0 to 2.</param>
/// <param name="Hachman">Hachman index, (0, 1].</param>
/// <param name="Diversity">The number of industries whose LQ passes the cut.</param>
/// <param name="Entropy">Shannon entropy of its industry shares, in bits.</param>
/// <param name="Quotients">Its location quotient in each industry (null where undefined).</param>
internal sealed record RegionIndices(string Region, double Total, double? Krugman, double? Hachman, int? Diversity, double? Entropy, IReadOnlyList<double?> Quotients);

/// <summary>An industry's indices; null where an index is undefined (an industry absent everywhere).</summary>
/// <param name="Industry">The industry.</param>
/// <param name="ReferenceLevel">The reference's level at the end period.</param>
/// <param name="Share">Its share of the reference's total, a fraction.</param>
/// <param name="Ubiquity">The number of regions whose LQ passes the cut.</param>
/// <param name="LocationalGini">Its locational Gini across the regions, by the chosen method.</param>
internal sealed record IndustryIndices(string Industry, double ReferenceLevel, double? Share, int? Ubiquity, double? LocationalGini);

/// <summary>A region's shift-share: the Dunn components in total and the Esteban-Marquillas split of the regional shift.</summary>
/// <param name="Region">The region.</param>
/// <param name="StartTotal">The region's total at the start.</param>
/// <param name="EndTotal">The region's total at the end.</param>
/// <param name="Dunn">The classic components, summed over the industries.</param>
/// <param name="Esteban">The Esteban-Marquillas components, summed over the industries.</param>
internal sealed record RegionShift(string Region, double StartTotal, double EndTotal, ShiftShareComponents Dunn, EstebanMarquillasComponents Esteban);

/// <summary>The shift-share projection of every region from the reference's projected levels.</summary>
/// <param name="ReferenceProjected">The reference's projected level of each industry.</param>
/// <param name="Regions">Each region's projection, in the order of the regions.</param>
internal sealed record RegionalProjection(IReadOnlyList<double> ReferenceProjected, IReadOnlyList<(string Region, ShiftShareProjection Result)> Regions);
