namespace Taizhou.Metrics.Structure;

/// <summary>
/// Which locational (concentration) Gini coefficient (区位基尼系数) of an industry across regions to compute: the
/// library's default, REAT's unweighted Gini of the regional location quotients, or EconGeo's Krugman locational Gini.
/// </summary>
/// <remarks>
/// Both are 0 when the industry is spread over the regions in proportion to their sizes; they differ in weighting and
/// scale. <see cref="QuotientGini"/> treats every region alike, whatever its size, and runs to 1 (REAT's
/// <c>gini.conc</c>). <see cref="Krugman"/> draws the Lorenz curve of the industry's regional shares against the
/// regions' shares of the total, regions ordered by their quotient, so a region counts by its size; it is the area
/// between that curve and the diagonal, half the usual Gini, so it runs to 0.5 (Krugman 1991, ch. 2; EconGeo's
/// <c>locational.Gini</c>). Twice the Krugman value is the size-weighted Gini on the usual 0-1 scale.
/// </remarks>
public enum LocationalGiniMethod
{
    /// <summary>The unweighted Gini of the regions' location quotients, from 0 to below 1 (REAT's <c>gini.conc</c>; the library's default).</summary>
    QuotientGini = 0,

    /// <summary>Krugman's locational Gini: the area between the size-weighted Lorenz curve and the diagonal, from 0 to below 0.5 (EconGeo's <c>locational.Gini</c>).</summary>
    Krugman = 1,
}
