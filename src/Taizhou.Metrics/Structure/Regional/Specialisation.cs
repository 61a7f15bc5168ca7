using System;
using System.Collections.Generic;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// Regional specialisation: how a region's industrial structure differs from the nation's (or another region's):
/// the location quotient (区位商, LQ) and its binary form, the Krugman specialisation index and the specialisation
/// Gini coefficient (专业化基尼系数).
/// </summary>
/// <remarks>
/// <para>
/// Notation: e_ri is industry i in region r, e_r the region's total, E_i the nation's (or the reference area's) total
/// of industry i and E the nation's total. Any non-negative quantity works (employment, output value, value added), as
/// long as all four come from the same measure.
/// </para>
/// <para>
/// Edge-case policy, the same in every method. Caller bugs throw an <see cref="ArgumentException"/> that names the
/// offending parameter and industry: a negative, NaN or infinite value (a missing figure must be dropped or imputed by
/// the caller), lists of different lengths, and a part larger than its total (e_ri &gt; e_r, e_ri &gt; E_i, e_r &gt; E,
/// E_i &gt; E, Σ_i e_ri &gt; e_r, Σ_i E_i &gt; E; REAT returns NA for these). An index that is not defined for the
/// data (a zero total) is null: never NaN and never zero.
/// </para>
/// </remarks>
public static class Specialisation
{
    /// <summary>
    /// The location quotient (区位商) of one industry in one region: the industry's share of the region divided by its
    /// share of the nation. Null when the region's total or the nation's industry total is zero.
    /// </summary>
    /// <remarks>
    /// LQ_ri = (e_ri / e_r) / (E_i / E). LQ &gt; 1: the industry is over-represented in the region (a specialisation);
    /// an industry absent from the region has LQ = 0. Argument order as REAT's <c>locq(e_ij, e_j, e_i, e)</c>.
    /// </remarks>
    /// <param name="regionIndustry">e_ri, the industry in the region.</param>
    /// <param name="regionTotal">e_r, the region's total, at least <paramref name="regionIndustry"/>.</param>
    /// <param name="nationIndustry">E_i, the industry in the nation, at least <paramref name="regionIndustry"/>.</param>
    /// <param name="nationTotal">E, the nation's total, at least <paramref name="regionTotal"/> and <paramref name="nationIndustry"/>.</param>
    /// <returns>The location quotient, or null when e_r or E_i is zero.</returns>
    /// <exception cref="ArgumentException">A value is negative, NaN or infinite, or a part exceeds its total.</exception>
    public static double? LocationQuotient(double regionIndustry, double regionTotal, double nationIndustry, double nationTotal)
    {
        RegionalInput.NonNegative(regionIndustry, nameof(regionIndustry), nameof(regionIndustry));
        RegionalInput.NonNegative(regionTotal, nameof(regionTotal), nameof(regionTotal));
        RegionalInput.NonNegative(nationIndustry, nameof(nationIndustry), nameof(nationIndustry));
        RegionalInput.NonNegative(nationTotal, nameof(nationTotal), nameof(nationTotal));
        RegionalInput.PartOfTotal(regionIndustry, "regionIndustry (e_ri)", regionTotal, "regionTotal (e_r)", nameof(regionIndustry), isSum: false);
        RegionalInput.PartOfTotal(regionIndustry, "regionIndustry (e_ri)", nationIndustry, "nationIndustry (E_i)", nameof(regionIndustry), isSum: false);
        RegionalInput.PartOfTotal(regionTotal, "regionTotal (e_r)", nationTotal, "nationTotal (E)", nameof(regionTotal), isSum: false);
        RegionalInput.PartOfTotal(nationIndustry, "nationIndustry (E_i)", nationTotal, "nationTotal (E)", nameof(nationIndustry), isSum: false);
        return Quotient(regionIndustry, regionTotal, nationIndustry, nationTotal);
    }

    /// <summary>
    /// The location quotients (区位商) of every industry of one region against the nation, with the two totals given
    /// explicitly (they may include employment not allocated to a listed industry). An entry is null when the
    /// industry is absent from the nation; every entry is null when the region's total is zero.
    /// </summary>
    /// <remarks>
    /// LQ_ri = (e_ri / e_r) / (E_i / E) for each industry i. The totals are not the sums of the lists: REAT's Göttingen
    /// 2017 data has a regional total of 69 403 against 67 283 in the listed sections.
    /// </remarks>
    /// <param name="regionByIndustry">e_ri for each industry i.</param>
    /// <param name="regionTotal">e_r, at least Σ_i e_ri.</param>
    /// <param name="nationByIndustry">E_i for each industry i, in the same order; each at least e_ri.</param>
    /// <param name="nationTotal">E, at least Σ_i E_i and at least e_r.</param>
    /// <returns>One quotient per industry, in order.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">
    /// A list is empty, the lists differ in length, a value is negative, NaN or infinite, or a part exceeds its total.
    /// </exception>
    public static IReadOnlyList<double?> LocationQuotients(IReadOnlyList<double> regionByIndustry, double regionTotal, IReadOnlyList<double> nationByIndustry, double nationTotal)
    {
        double regionSum = RegionalInput.NonNegativeSum(regionByIndustry, nameof(regionByIndustry), "industry");
        RegionalInput.SameLength(regionByIndustry, nameof(regionByIndustry), nationByIndustry, nameof(nationByIndustry), "industry");
        double nationSum = RegionalInput.NonNegativeSum(nationByIndustry, nameof(nationByIndustry), "industry");
        RegionalInput.NonNegative(regionTotal, nameof(regionTotal), nameof(regionTotal));
        RegionalInput.NonNegative(nationTotal, nameof(nationTotal), nameof(nationTotal));
        CheckContained(regionByIndustry, nationByIndustry);
        RegionalInput.PartOfTotal(regionSum, "The sum of regionByIndustry", regionTotal, "regionTotal (e_r)", nameof(regionByIndustry), isSum: true);
        RegionalInput.PartOfTotal(nationSum, "The sum of nationByIndustry", nationTotal, "nationTotal (E)", nameof(nationByIndustry), isSum: true);
        RegionalInput.PartOfTotal(regionTotal, "regionTotal (e_r)", nationTotal, "nationTotal (E)", nameof(regionTotal), isSum: false);

        var result = new double?[regionByIndustry.Count];
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = Quotient(regionByIndustry[i], regionTotal, nationByIndustry[i], nationTotal);
        }

        return Array.AsReadOnly(result);
    }

    /// <summary>
    /// The location quotients (区位商) of every region and industry of a matrix, the totals being the matrix's row,
    /// column and grand sums. An entry is null when its region's or its industry's total is zero.
    /// </summary>
    /// <remarks>LQ_ri = (e_ri / e_r) / (E_i / E) with e_r = Σ_i e_ri, E_i = Σ_r e_ri, E = Σ e_ri (EconGeo's <c>location_quotient(mat)</c>).</remarks>
    /// <param name="matrix">The regions × industries matrix.</param>
    /// <returns>One row per region (in <see cref="RegionIndustryMatrix.Regions"/> order), one entry per industry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public static IReadOnlyList<IReadOnlyList<double?>> LocationQuotients(RegionIndustryMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var rows = new IReadOnlyList<double?>[matrix.Regions.Count];
        for (int r = 0; r < rows.Length; r++)
        {
            var row = new double?[matrix.Industries.Count];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = Quotient(matrix[r, i], matrix.RegionTotal(r), matrix.IndustryTotal(i), matrix.Total);
            }

            rows[r] = Array.AsReadOnly(row);
        }

        return Array.AsReadOnly(rows);
    }

    /// <summary>
    /// The binary location quotient: whether the industry is a specialisation of the region, LQ &gt; 1. Null when the
    /// quotient is undefined (see <see cref="LocationQuotient"/>).
    /// </summary>
    /// <remarks>
    /// B_ri = 1 (true) if LQ_ri &gt; 1, else 0 (false). The comparison is strict: an LQ of exactly 1 is not a
    /// specialisation (EconGeo's <c>binary = TRUE</c> leaves an LQ of exactly 1 at 1).
    /// </remarks>
    /// <param name="regionIndustry">e_ri, the industry in the region.</param>
    /// <param name="regionTotal">e_r, the region's total.</param>
    /// <param name="nationIndustry">E_i, the industry in the nation.</param>
    /// <param name="nationTotal">E, the nation's total.</param>
    /// <returns>True when LQ &gt; 1, false otherwise, null when the LQ is undefined.</returns>
    /// <exception cref="ArgumentException">As <see cref="LocationQuotient"/>.</exception>
    public static bool? IsSpecialised(double regionIndustry, double regionTotal, double nationIndustry, double nationTotal) =>
        IsSpecialised(regionIndustry, regionTotal, nationIndustry, nationTotal, 1.0);

    /// <summary>
    /// The binary location quotient with a chosen threshold: whether LQ &gt; <paramref name="threshold"/> (a stricter
    /// cut such as 1.25 is common for identifying clusters). Null when the quotient is undefined.
    /// </summary>
    /// <remarks>B_ri = 1 (true) if LQ_ri &gt; threshold, else 0 (false).</remarks>
    /// <param name="regionIndustry">e_ri, the industry in the region.</param>
    /// <param name="regionTotal">e_r, the region's total.</param>
    /// <param name="nationIndustry">E_i, the industry in the nation.</param>
    /// <param name="nationTotal">E, the nation's total.</param>
    /// <param name="threshold">The threshold, positive and finite.</param>
    /// <returns>True when LQ &gt; threshold, false otherwise, null when the LQ is undefined.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not positive and finite.</exception>
    /// <exception cref="ArgumentException">As <see cref="LocationQuotient"/>.</exception>
    public static bool? IsSpecialised(double regionIndustry, double regionTotal, double nationIndustry, double nationTotal, double threshold) =>
        IsSpecialised(regionIndustry, regionTotal, nationIndustry, nationTotal, threshold, LocationQuotientCut.Above);

    /// <summary>
    /// The binary location quotient with a chosen threshold and comparison: whether LQ &gt; <paramref name="threshold"/>
    /// (<see cref="LocationQuotientCut.Above"/>, the default elsewhere) or LQ ≥ it (<see cref="LocationQuotientCut.AtLeast"/>,
    /// EconGeo's binary RCA). Null when the quotient is undefined.
    /// </summary>
    /// <remarks>B_ri = 1 (true) if LQ_ri &gt; threshold (or ≥ with <see cref="LocationQuotientCut.AtLeast"/>), else 0 (false).</remarks>
    /// <param name="regionIndustry">e_ri, the industry in the region.</param>
    /// <param name="regionTotal">e_r, the region's total.</param>
    /// <param name="nationIndustry">E_i, the industry in the nation.</param>
    /// <param name="nationTotal">E, the nation's total.</param>
    /// <param name="threshold">The threshold, positive and finite.</param>
    /// <param name="cut">Whether a quotient equal to the threshold counts.</param>
    /// <returns>True when the quotient passes the cut, false otherwise, null when the LQ is undefined.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not positive and finite, or <paramref name="cut"/> is not defined.</exception>
    /// <exception cref="ArgumentException">As <see cref="LocationQuotient"/>.</exception>
    public static bool? IsSpecialised(double regionIndustry, double regionTotal, double nationIndustry, double nationTotal, double threshold, LocationQuotientCut cut)
    {
        CheckThreshold(threshold);
        CheckCut(cut);
        return LocationQuotient(regionIndustry, regionTotal, nationIndustry, nationTotal) is double lq ? Passes(lq, threshold, cut) : null;
    }

    /// <summary>
    /// The binary location quotients of a matrix: for every region and industry whether LQ &gt; 1; null where the
    /// quotient is undefined (see <see cref="LocationQuotients(RegionIndustryMatrix)"/>).
    /// </summary>
    /// <remarks>B_ri = 1 (true) if LQ_ri &gt; 1, else 0 (false); strict, as <see cref="IsSpecialised(double, double, double, double)"/>.</remarks>
    /// <param name="matrix">The regions × industries matrix.</param>
    /// <returns>One row per region, one entry per industry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public static IReadOnlyList<IReadOnlyList<bool?>> IsSpecialised(RegionIndustryMatrix matrix) => IsSpecialised(matrix, 1.0);

    /// <summary>
    /// The binary location quotients of a matrix with a chosen threshold: whether LQ &gt; <paramref name="threshold"/>;
    /// null where the quotient is undefined.
    /// </summary>
    /// <remarks>B_ri = 1 (true) if LQ_ri &gt; threshold, else 0 (false).</remarks>
    /// <param name="matrix">The regions × industries matrix.</param>
    /// <param name="threshold">The threshold, positive and finite.</param>
    /// <returns>One row per region, one entry per industry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not positive and finite.</exception>
    public static IReadOnlyList<IReadOnlyList<bool?>> IsSpecialised(RegionIndustryMatrix matrix, double threshold) =>
        IsSpecialised(matrix, threshold, LocationQuotientCut.Above);

    /// <summary>
    /// The binary location quotients of a matrix with a chosen threshold and comparison; with a threshold of 1 and
    /// <see cref="LocationQuotientCut.AtLeast"/> this is EconGeo's <c>RCA(mat, binary = TRUE)</c>, except that an
    /// undefined quotient (a zero row or column) is null here and 0 there.
    /// </summary>
    /// <remarks>B_ri = 1 (true) if LQ_ri &gt; threshold (or ≥ with <see cref="LocationQuotientCut.AtLeast"/>), else 0 (false).</remarks>
    /// <param name="matrix">The regions × industries matrix.</param>
    /// <param name="threshold">The threshold, positive and finite.</param>
    /// <param name="cut">Whether a quotient equal to the threshold counts.</param>
    /// <returns>One row per region, one entry per industry.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is not positive and finite, or <paramref name="cut"/> is not defined.</exception>
    public static IReadOnlyList<IReadOnlyList<bool?>> IsSpecialised(RegionIndustryMatrix matrix, double threshold, LocationQuotientCut cut)
    {
        CheckThreshold(threshold);
        CheckCut(cut);
        var quotients = LocationQuotients(matrix);
        var rows = new IReadOnlyList<bool?>[quotients.Count];
        for (int r = 0; r < rows.Length; r++)
        {
            var row = new bool?[quotients[r].Count];
            for (int i = 0; i < row.Length; i++)
            {
                row[i] = quotients[r][i] is double lq ? Passes(lq, threshold, cut) : null;
            }

            rows[r] = Array.AsReadOnly(row);
        }

        return Array.AsReadOnly(rows);
    }

    /// <summary>
    /// The Krugman specialisation index (克鲁格曼专业化指数) of a region against a reference (the nation, or another
    /// region): the sum of the absolute differences of their industry shares, from 0 (identical structures) to 2 (no
    /// industry in common). Null when either list sums to zero.
    /// </summary>
    /// <remarks>
    /// K = Σ_i |e_ri / Σ_k e_rk − e_li / Σ_k e_lk|, the shares taken of each list's own sum (as REAT's
    /// <c>krugman.spec</c> with the sums as totals), so they add up to one; include an "unallocated" entry where a
    /// published total exceeds the listed industries. K is twice the Hoover index of the two lists. The region need
    /// not be part of the reference, so no containment is checked.
    /// </remarks>
    /// <param name="regionByIndustry">The region's values by industry.</param>
    /// <param name="referenceByIndustry">The reference's values by industry, in the same order.</param>
    /// <returns>K in [0, 2], or null when a list sums to zero.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list is empty, the lists differ in length, or a value is negative, NaN or infinite.</exception>
    public static double? Krugman(IReadOnlyList<double> regionByIndustry, IReadOnlyList<double> referenceByIndustry) =>
        Dissimilarity.Krugman(regionByIndustry, nameof(regionByIndustry), referenceByIndustry, nameof(referenceByIndustry), "industry");

    /// <summary>
    /// The Krugman specialisation index of a region against the average structure of comparison regions (REAT's
    /// <c>krugman.spec2</c>): the sum of the absolute differences between the region's industry shares and the
    /// unweighted mean of the comparison regions' shares. Null when the region or a comparison region sums to zero.
    /// </summary>
    /// <remarks>K = Σ_i |s_ri − (1/L) Σ_l s_li|, s_ri = e_ri / Σ_k e_rk; from 0 to 2.</remarks>
    /// <param name="regionByIndustry">The region's values by industry.</param>
    /// <param name="comparisonRegions">At least one comparison region, each with values by industry in the same order.</param>
    /// <returns>K in [0, 2], or null when a list sums to zero.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">
    /// A list is empty, there is no comparison region, a comparison region's length differs, or a value is negative,
    /// NaN or infinite.
    /// </exception>
    public static double? Krugman(IReadOnlyList<double> regionByIndustry, IReadOnlyList<IReadOnlyList<double>> comparisonRegions) =>
        Dissimilarity.KrugmanAgainstMean(regionByIndustry, nameof(regionByIndustry), comparisonRegions, nameof(comparisonRegions), "industry");

    /// <summary>
    /// The specialisation Gini coefficient (专业化基尼系数) of a region (REAT's <c>gini.spec</c>): the Gini coefficient
    /// of its location quotients across industries, 0 when the region's structure is the nation's. Null when the
    /// region sums to zero or an industry is absent from the nation (its quotient is undefined; drop such industries
    /// first).
    /// </summary>
    /// <remarks>
    /// G = 2 / (n² · mean(LQ)) · Σ_k k · (LQ_(k) − mean(LQ)) over the n quotients sorted ascending, with
    /// LQ_i = (e_ri / Σ e_r·) / (E_i / Σ E_·). G does not change when the quotients are scaled, so the result is the
    /// same whether the shares are taken of the listed sums or of published totals.
    /// </remarks>
    /// <param name="regionByIndustry">e_ri for each industry i.</param>
    /// <param name="nationByIndustry">E_i for each industry i, in the same order; each at least e_ri.</param>
    /// <returns>The coefficient in [0, 1), or null when undefined.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list is empty, the lists differ in length, a value is negative, NaN or infinite, or e_ri &gt; E_i.</exception>
    public static double? Gini(IReadOnlyList<double> regionByIndustry, IReadOnlyList<double> nationByIndustry)
    {
        double regionSum = RegionalInput.NonNegativeSum(regionByIndustry, nameof(regionByIndustry), "industry");
        RegionalInput.SameLength(regionByIndustry, nameof(regionByIndustry), nationByIndustry, nameof(nationByIndustry), "industry");
        double nationSum = RegionalInput.NonNegativeSum(nationByIndustry, nameof(nationByIndustry), "industry");
        CheckContained(regionByIndustry, nationByIndustry);
        return Dissimilarity.GiniOfQuotients(regionByIndustry, regionSum, nationByIndustry, nationSum);
    }

    /// <summary>
    /// The Hachman index (哈奇曼指数) of a region against the nation: how closely the region's industrial structure
    /// resembles the nation's, from near 0 (very different) to 1 (identical). Null when the region sums to zero.
    /// </summary>
    /// <remarks>
    /// HI = 1 / Σ_i s_ri · LQ_ri = 1 / Σ_i s_ri² / S_i, with s_ri = e_ri / Σ_k e_rk the region's industry shares,
    /// S_i = E_i / Σ_k E_k the nation's and LQ_ri = s_ri / S_i (Hachman 1995; EconGeo's <c>Hachman</c>). The shares are
    /// taken of the lists' sums, as EconGeo takes them of the matrix's row and column sums; include an "unallocated"
    /// entry where a published total exceeds the listed industries. An industry absent from the nation is absent from
    /// the region (e_ri ≤ E_i) and adds nothing. HI = 1 exactly when every LQ is 1; by Cauchy-Schwarz it is never above 1.
    /// </remarks>
    /// <param name="regionByIndustry">e_ri for each industry i.</param>
    /// <param name="nationByIndustry">E_i for each industry i, in the same order; each at least e_ri.</param>
    /// <returns>HI in (0, 1], or null when the region sums to zero.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list is empty, the lists differ in length, a value is negative, NaN or infinite, or e_ri &gt; E_i.</exception>
    public static double? Hachman(IReadOnlyList<double> regionByIndustry, IReadOnlyList<double> nationByIndustry)
    {
        double regionSum = RegionalInput.NonNegativeSum(regionByIndustry, nameof(regionByIndustry), "industry");
        RegionalInput.SameLength(regionByIndustry, nameof(regionByIndustry), nationByIndustry, nameof(nationByIndustry), "industry");
        double nationSum = RegionalInput.NonNegativeSum(nationByIndustry, nameof(nationByIndustry), "industry");
        CheckContained(regionByIndustry, nationByIndustry);
        return HachmanOf(regionByIndustry, regionSum, nationByIndustry, nationSum);
    }

    /// <summary>
    /// The Hachman index (哈奇曼指数) of every region of a matrix against the matrix's industry totals (EconGeo's
    /// <c>Hachman(mat)</c>). An entry is null when its region's total is zero (EconGeo: NaN).
    /// </summary>
    /// <remarks>HI_r = 1 / Σ_i s_ri · LQ_ri, s_ri = e_ri / e_r, LQ_ri = (e_ri / e_r) / (E_i / E); see <see cref="Hachman(IReadOnlyList{double}, IReadOnlyList{double})"/>.</remarks>
    /// <param name="matrix">The regions × industries matrix.</param>
    /// <returns>One index per region, in <see cref="RegionIndustryMatrix.Regions"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public static IReadOnlyList<double?> Hachman(RegionIndustryMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var nation = new double[matrix.Industries.Count];
        for (int i = 0; i < nation.Length; i++)
        {
            nation[i] = matrix.IndustryTotal(i);
        }

        var result = new double?[matrix.Regions.Count];
        for (int r = 0; r < result.Length; r++)
        {
            result[r] = HachmanOf(matrix.RegionValues(r), matrix.RegionTotal(r), nation, matrix.Total);
        }

        return Array.AsReadOnly(result);
    }

    /// <summary>(e_ri / e_r) / (E_i / E), or null when e_r or E_i is zero; the inputs are already checked.</summary>
    internal static double? Quotient(double regionIndustry, double regionTotal, double nationIndustry, double nationTotal) =>
        regionTotal == 0.0 || nationIndustry == 0.0 ? null : regionIndustry / regionTotal / (nationIndustry / nationTotal);

    private static void CheckContained(IReadOnlyList<double> regionByIndustry, IReadOnlyList<double> nationByIndustry)
    {
        for (int i = 0; i < regionByIndustry.Count; i++)
        {
            RegionalInput.PartOfTotal(regionByIndustry[i], $"regionByIndustry[{i}] (industry {i})", nationByIndustry[i], $"nationByIndustry[{i}]", nameof(regionByIndustry), isSum: false);
        }
    }

    private static double? HachmanOf(IReadOnlyList<double> region, double regionSum, IReadOnlyList<double> nation, double nationSum)
    {
        if (regionSum == 0.0)
        {
            return null;
        }

        double weighted = 0.0;
        for (int i = 0; i < region.Count; i++)
        {
            if (region[i] > 0.0)
            {
                double share = region[i] / regionSum;
                weighted += share * (share / (nation[i] / nationSum));
            }
        }

        return 1.0 / weighted;
    }

    private static bool Passes(double quotient, double threshold, LocationQuotientCut cut) =>
        cut == LocationQuotientCut.AtLeast ? quotient >= threshold : quotient > threshold;

    private static void CheckCut(LocationQuotientCut cut)
    {
        if (cut is not (LocationQuotientCut.Above or LocationQuotientCut.AtLeast))
        {
            throw new ArgumentOutOfRangeException(nameof(cut), cut, "Not a defined LocationQuotientCut.");
        }
    }

    private static void CheckThreshold(double threshold)
    {
        if (!(threshold > 0.0) || !double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The LQ threshold must be positive and finite.");
        }
    }
}
