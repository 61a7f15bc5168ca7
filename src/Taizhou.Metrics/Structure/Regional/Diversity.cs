using System;
using System.Collections.Generic;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// Diversity (多样性) and ubiquity (普遍性) of a regions × industries table, as in the economic-complexity literature
/// (Hidalgo and Hausmann 2009; EconGeo's <c>diversity</c> and <c>ubiquity</c>), and the Shannon entropy (香农熵) of a
/// region's industry shares.
/// </summary>
/// <remarks>
/// <para>
/// Diversity counts the industries in which a region has a revealed comparative advantage (显性比较优势, a location
/// quotient above 1); ubiquity counts the regions in which an industry has one. By default the cut is strict
/// (LQ &gt; 1, as <see cref="Specialisation.IsSpecialised(RegionIndustryMatrix)"/>); EconGeo counts an LQ of exactly 1,
/// which <see cref="LocationQuotientCut.AtLeast"/> reproduces.
/// </para>
/// <para>
/// Edge-case policy. A count is null when every quotient it would look at is undefined: a region whose row is all zero
/// (its diversity), an industry whose column is all zero (its ubiquity); EconGeo returns 0 for both. Otherwise an
/// undefined quotient (an industry absent from the whole table) is not an advantage and is not counted. The entropy is
/// null when the values sum to zero (EconGeo: NaN). Negative, NaN and infinite values are rejected, by
/// <see cref="RegionIndustryMatrix"/> or here.
/// </para>
/// </remarks>
public static class Diversity
{
    /// <summary>
    /// The diversity (多样性) of each region: the number of industries with a location quotient above 1. Null for a
    /// region whose values are all zero.
    /// </summary>
    /// <remarks>D_r = #{i : LQ_ri &gt; 1}, the row sums of the binary LQ matrix.</remarks>
    /// <param name="matrix">The regions × industries matrix.</param>
    /// <returns>One count per region, in <see cref="RegionIndustryMatrix.Regions"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public static IReadOnlyList<int?> OfRegions(RegionIndustryMatrix matrix) => OfRegions(matrix, LocationQuotientCut.Above);

    /// <summary>
    /// The diversity (多样性) of each region with a chosen cut: the number of industries with LQ &gt; 1, or LQ ≥ 1 with
    /// <see cref="LocationQuotientCut.AtLeast"/> (EconGeo's <c>diversity(mat, RCA = TRUE)</c>). Null for a region whose
    /// values are all zero (EconGeo: 0).
    /// </summary>
    /// <remarks>D_r = Σ_i M_ri, M_ri = 1 when LQ_ri passes the cut, 0 otherwise (and 0 when LQ_ri is undefined).</remarks>
    /// <param name="matrix">The regions × industries matrix.</param>
    /// <param name="cut">Whether an LQ of exactly 1 counts.</param>
    /// <returns>One count per region, in <see cref="RegionIndustryMatrix.Regions"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cut"/> is not defined.</exception>
    public static IReadOnlyList<int?> OfRegions(RegionIndustryMatrix matrix, LocationQuotientCut cut)
    {
        var binary = Specialisation.IsSpecialised(matrix, 1.0, cut);
        var result = new int?[binary.Count];
        for (int r = 0; r < result.Length; r++)
        {
            if (matrix.RegionTotal(r) == 0.0)
            {
                continue;
            }

            int count = 0;
            foreach (bool? b in binary[r])
            {
                count += b == true ? 1 : 0;
            }

            result[r] = count;
        }

        return Array.AsReadOnly(result);
    }

    /// <summary>
    /// The ubiquity (普遍性) of each industry: the number of regions in which its location quotient is above 1. Null
    /// for an industry whose values are all zero.
    /// </summary>
    /// <remarks>U_i = #{r : LQ_ri &gt; 1}, the column sums of the binary LQ matrix.</remarks>
    /// <param name="matrix">The regions × industries matrix.</param>
    /// <returns>One count per industry, in <see cref="RegionIndustryMatrix.Industries"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public static IReadOnlyList<int?> Ubiquity(RegionIndustryMatrix matrix) => Ubiquity(matrix, LocationQuotientCut.Above);

    /// <summary>
    /// The ubiquity (普遍性) of each industry with a chosen cut: the number of regions with LQ &gt; 1, or LQ ≥ 1 with
    /// <see cref="LocationQuotientCut.AtLeast"/> (EconGeo's <c>ubiquity(mat, RCA = TRUE)</c>). Null for an industry
    /// whose values are all zero (EconGeo: 0).
    /// </summary>
    /// <remarks>U_i = Σ_r M_ri, M_ri = 1 when LQ_ri passes the cut, 0 otherwise (and 0 when LQ_ri is undefined).</remarks>
    /// <param name="matrix">The regions × industries matrix.</param>
    /// <param name="cut">Whether an LQ of exactly 1 counts.</param>
    /// <returns>One count per industry, in <see cref="RegionIndustryMatrix.Industries"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="cut"/> is not defined.</exception>
    public static IReadOnlyList<int?> Ubiquity(RegionIndustryMatrix matrix, LocationQuotientCut cut)
    {
        var binary = Specialisation.IsSpecialised(matrix, 1.0, cut);
        var result = new int?[matrix.Industries.Count];
        for (int i = 0; i < result.Length; i++)
        {
            if (matrix.IndustryTotal(i) == 0.0)
            {
                continue;
            }

            int count = 0;
            foreach (var row in binary)
            {
                count += row[i] == true ? 1 : 0;
            }

            result[i] = count;
        }

        return Array.AsReadOnly(result);
    }

    /// <summary>
    /// The Shannon entropy (香农熵) of a region's industry shares, in bits (base-2 logarithm), not normalised: 0 when one
    /// industry holds everything, log₂ n when n industries hold equal shares. Null when the values sum to zero.
    /// </summary>
    /// <remarks>
    /// H = −Σ_i s_i log₂ s_i, s_i = x_i / Σx; an industry with s_i = 0 adds 0 (the limit of s log s). Base 2 as EconGeo's
    /// <c>entropy</c> and Frenken et al. (2007) on related and unrelated variety; EconGeo adds 1e-9 inside the logarithm
    /// and rounds to 3 decimals, the library does neither (the two agree to within 5e-4). For the natural-log entropy
    /// multiply by ln 2; for a 0-1 evenness divide by log₂ n.
    /// </remarks>
    /// <param name="values">The region's values by industry.</param>
    /// <returns>H in [0, log₂ n] bits, or null when the sum is zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, or a value is negative, NaN or infinite.</exception>
    public static double? Entropy(IReadOnlyList<double> values)
    {
        double sum = RegionalInput.NonNegativeSum(values, nameof(values), "industry");
        return sum == 0.0 ? null : EntropyOf(values, sum);
    }

    /// <summary>
    /// The Shannon entropy (香农熵) of each region's industry shares, in bits (EconGeo's <c>entropy(mat)</c>, unrounded).
    /// An entry is null when its region's values are all zero.
    /// </summary>
    /// <remarks>H_r = −Σ_i s_ri log₂ s_ri, s_ri = e_ri / e_r; see <see cref="Entropy(IReadOnlyList{double})"/>.</remarks>
    /// <param name="matrix">The regions × industries matrix.</param>
    /// <returns>One entropy per region, in <see cref="RegionIndustryMatrix.Regions"/> order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="matrix"/> is null.</exception>
    public static IReadOnlyList<double?> Entropy(RegionIndustryMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var result = new double?[matrix.Regions.Count];
        for (int r = 0; r < result.Length; r++)
        {
            double sum = matrix.RegionTotal(r);
            result[r] = sum == 0.0 ? null : EntropyOf(matrix.RegionValues(r), sum);
        }

        return Array.AsReadOnly(result);
    }

    private static double EntropyOf(IReadOnlyList<double> values, double sum)
    {
        double h = 0.0;
        foreach (double x in values)
        {
            if (x > 0.0)
            {
                double s = x / sum;
                h -= s * Math.Log2(s);
            }
        }

        return Math.Max(0.0, h);
    }
}
