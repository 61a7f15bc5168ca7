using System;
using System.Collections.Generic;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// Concentration: how unevenly a total is spread over its units (firms, industries or regions): the
/// Herfindahl-Hirschman index (赫芬达尔指数, HHI) with its normalised form and equivalent number, the concentration
/// ratio CRk (集中度), and, for an industry across regions, the concentration Gini coefficient (集中度基尼系数) and the
/// Krugman concentration index.
/// </summary>
/// <remarks>
/// <para>
/// Scale: the HHI is a sum of squared shares, on the 0-1 scale as REAT's <c>herf</c> (0.34, not 3400). The antitrust
/// 0-10 000 scale (shares in percent, squared) is 10 000 × HHI. Concentration ratios are fractions (0.62 = 62 %).
/// </para>
/// <para>
/// Edge-case policy, the same in every method. Caller bugs throw an <see cref="ArgumentException"/> naming the
/// parameter and position: an empty list, a negative value (REAT's <c>herf</c> accepts one and returns an HHI above
/// 1), NaN or infinity (a missing figure must be dropped or imputed by the caller: REAT drops NA silently), lists of
/// different lengths, and a part larger than its total. An index that is not defined for the data (a zero total, a
/// single unit for a normalised index) is null: never NaN and never zero.
/// </para>
/// </remarks>
public static class Concentration
{
    /// <summary>
    /// The Herfindahl-Hirschman index (赫芬达尔指数) of values: the sum of their squared shares, on the 0-1 scale.
    /// Null when the values sum to zero.
    /// </summary>
    /// <remarks>
    /// HHI = Σ_i s_i², s_i = x_i / Σx; from 1/n (equal shares) to 1 (one unit holds everything). Multiply by 10 000
    /// for the antitrust scale.
    /// </remarks>
    /// <param name="values">The units' values (sales, output, employment); the shares are taken of their sum.</param>
    /// <returns>The HHI in [1/n, 1], or null when the sum is zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, or a value is negative, NaN or infinite.</exception>
    public static double? Herfindahl(IReadOnlyList<double> values)
    {
        double sum = RegionalInput.NonNegativeSum(values, nameof(values), "unit");
        if (sum == 0.0)
        {
            return null;
        }

        double h = 0.0;
        foreach (double x in values)
        {
            double s = x / sum;
            h += s * s;
        }

        return h;
    }

    /// <summary>
    /// The normalised Herfindahl-Hirschman index, rescaled to run from 0 (equal shares) to 1 (one unit holds
    /// everything) whatever the number of units. Null when the values sum to zero or there is only one value.
    /// </summary>
    /// <remarks>HHI* = (HHI − 1/n) / (1 − 1/n) (REAT's <c>herf(x, coefnorm = TRUE)</c>).</remarks>
    /// <param name="values">The units' values.</param>
    /// <returns>The normalised HHI in [0, 1], or null when undefined.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, or a value is negative, NaN or infinite.</exception>
    public static double? HerfindahlNormalised(IReadOnlyList<double> values)
    {
        if (Herfindahl(values) is not double h || values.Count == 1)
        {
            return null;
        }

        double n = values.Count;
        return Math.Max(0.0, (h - (1.0 / n)) / (1.0 - (1.0 / n)));
    }

    /// <summary>
    /// The equivalent number (等效数量) of units: how many units of equal size would give the same HHI. Null when the
    /// values sum to zero.
    /// </summary>
    /// <remarks>N* = 1 / HHI (REAT's <c>herf(x, output = "eq")</c>); from 1 to n.</remarks>
    /// <param name="values">The units' values.</param>
    /// <returns>The equivalent number, or null when the sum is zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, or a value is negative, NaN or infinite.</exception>
    public static double? EquivalentNumber(IReadOnlyList<double> values) => Herfindahl(values) is double h ? 1.0 / h : null;

    /// <summary>
    /// The concentration ratio CRk (集中度, such as CR4 or CR8): the combined share of the <paramref name="k"/> largest
    /// units. Null when the values sum to zero.
    /// </summary>
    /// <remarks>CR_k = Σ_{j=1..k} x_(j) / Σx with x_(1) ≥ x_(2) ≥ … sorted descending; a fraction (0.62 = 62 %). CR_n = 1.</remarks>
    /// <param name="values">The units' values.</param>
    /// <param name="k">The number of largest units, from 1 to the number of values.</param>
    /// <returns>CR_k in (0, 1], or null when the sum is zero.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="values"/> is null.</exception>
    /// <exception cref="ArgumentException">The list is empty, or a value is negative, NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is below 1 or above the number of values.</exception>
    public static double? Ratio(IReadOnlyList<double> values, int k)
    {
        double sum = RegionalInput.NonNegativeSum(values, nameof(values), "unit");
        if (k < 1 || k > values.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(k), k, $"CRk takes k from 1 to the number of values, {values.Count}.");
        }

        if (sum == 0.0)
        {
            return null;
        }

        double[] sorted = [.. values];
        Array.Sort(sorted);
        double top = 0.0;
        for (int j = 0; j < k; j++)
        {
            top += sorted[^(j + 1)];
        }

        return Math.Min(1.0, top / sum);
    }

    /// <summary>
    /// The concentration Gini coefficient (集中度基尼系数) of one industry across regions (REAT's <c>gini.conc</c>):
    /// the Gini coefficient of the industry's location quotients in the regions, 0 when the industry is spread as
    /// the regions' sizes. Null when the industry sums to zero or a region's total is zero (its quotient is
    /// undefined; drop such regions first).
    /// </summary>
    /// <remarks>
    /// G = 2 / (n² · mean(LQ)) · Σ_k k · (LQ_(k) − mean(LQ)) over the n regional quotients sorted ascending, with
    /// LQ_r = (e_ir / Σ_r e_ir) / (e_r / Σ_r e_r).
    /// </remarks>
    /// <param name="industryByRegion">e_ir, the industry in each region.</param>
    /// <param name="regionTotals">e_r, each region's total, in the same order; each at least e_ir.</param>
    /// <returns>The coefficient in [0, 1), or null when undefined.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list is empty, the lists differ in length, a value is negative, NaN or infinite, or e_ir &gt; e_r.</exception>
    public static double? Gini(IReadOnlyList<double> industryByRegion, IReadOnlyList<double> regionTotals)
    {
        double industrySum = RegionalInput.NonNegativeSum(industryByRegion, nameof(industryByRegion), "region");
        RegionalInput.SameLength(industryByRegion, nameof(industryByRegion), regionTotals, nameof(regionTotals), "region");
        double totalSum = RegionalInput.NonNegativeSum(regionTotals, nameof(regionTotals), "region");
        for (int r = 0; r < industryByRegion.Count; r++)
        {
            RegionalInput.PartOfTotal(industryByRegion[r], $"industryByRegion[{r}] (region {r})", regionTotals[r], $"regionTotals[{r}]", nameof(industryByRegion), isSum: false);
        }

        return Dissimilarity.GiniOfQuotients(industryByRegion, industrySum, regionTotals, totalSum);
    }

    /// <summary>
    /// The locational Gini coefficient (区位基尼系数) of one industry across regions by the chosen method: the library's
    /// default <see cref="LocationalGiniMethod.QuotientGini"/> (as <see cref="Gini(IReadOnlyList{double}, IReadOnlyList{double})"/>),
    /// or <see cref="LocationalGiniMethod.Krugman"/>, which reproduces EconGeo's <c>locational.Gini</c>. Null when the
    /// industry sums to zero, and for the quotient Gini when a region's total is zero.
    /// </summary>
    /// <remarks>
    /// Krugman: the regions ordered by LQ_r = (e_ir / Σ_r e_ir) / (e_r / Σ_r e_r) ascending, C_k and P_k the cumulative
    /// shares of the industry and of the regions' totals up to the k-th, G_K = ½ Σ_{k=2..n} (C_k P_{k−1} − C_{k−1} P_k),
    /// the area between the Lorenz curve and the diagonal, from 0 to below 0.5. A region with a zero total adds a
    /// point on the curve that is already there, so it is skipped (EconGeo gives the same number); ties in LQ do not
    /// change the area. With EconGeo's matrix, pass a column as <paramref name="industryByRegion"/> and the row sums as
    /// <paramref name="regionTotals"/>.
    /// </remarks>
    /// <param name="industryByRegion">e_ir, the industry in each region.</param>
    /// <param name="regionTotals">e_r, each region's total, in the same order; each at least e_ir.</param>
    /// <param name="method">The coefficient to compute.</param>
    /// <returns>The coefficient, or null when undefined.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list is empty, the lists differ in length, a value is negative, NaN or infinite, or e_ir &gt; e_r.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not a defined method.</exception>
    public static double? Gini(IReadOnlyList<double> industryByRegion, IReadOnlyList<double> regionTotals, LocationalGiniMethod method)
    {
        switch (method)
        {
            case LocationalGiniMethod.QuotientGini:
                return Gini(industryByRegion, regionTotals);
            case LocationalGiniMethod.Krugman:
                double industrySum = RegionalInput.NonNegativeSum(industryByRegion, nameof(industryByRegion), "region");
                RegionalInput.SameLength(industryByRegion, nameof(industryByRegion), regionTotals, nameof(regionTotals), "region");
                double totalSum = RegionalInput.NonNegativeSum(regionTotals, nameof(regionTotals), "region");
                for (int r = 0; r < industryByRegion.Count; r++)
                {
                    RegionalInput.PartOfTotal(industryByRegion[r], $"industryByRegion[{r}] (region {r})", regionTotals[r], $"regionTotals[{r}]", nameof(industryByRegion), isSum: false);
                }

                return industrySum == 0.0 ? null : KrugmanLocationalGini(industryByRegion, industrySum, regionTotals, totalSum);
            default:
                throw new ArgumentOutOfRangeException(nameof(method), method, "Not a defined LocationalGiniMethod.");
        }
    }

    /// <summary>
    /// The Krugman concentration index of an industry against a reference distribution over the same regions (the
    /// regions' totals, or another industry): the sum of the absolute differences of the regional shares, from 0 to 2.
    /// Null when either list sums to zero.
    /// </summary>
    /// <remarks>K = Σ_r |e_ir / Σ_r e_ir − e_lr / Σ_r e_lr|; twice the Hoover index of the two lists.</remarks>
    /// <param name="industryByRegion">The industry's values by region.</param>
    /// <param name="referenceByRegion">The reference's values by region, in the same order.</param>
    /// <returns>K in [0, 2], or null when a list sums to zero.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">A list is empty, the lists differ in length, or a value is negative, NaN or infinite.</exception>
    public static double? Krugman(IReadOnlyList<double> industryByRegion, IReadOnlyList<double> referenceByRegion) =>
        Dissimilarity.Krugman(industryByRegion, nameof(industryByRegion), referenceByRegion, nameof(referenceByRegion), "region");

    /// <summary>
    /// The Krugman concentration index of an industry against the average regional distribution of comparison
    /// industries (REAT's <c>krugman.conc2</c>). Null when the industry or a comparison industry sums to zero.
    /// </summary>
    /// <remarks>K = Σ_r |s_ir − (1/L) Σ_l s_lr|, s_ir = e_ir / Σ_r e_ir; from 0 to 2.</remarks>
    /// <param name="industryByRegion">The industry's values by region.</param>
    /// <param name="comparisonIndustries">At least one comparison industry, each with values by region in the same order.</param>
    /// <returns>K in [0, 2], or null when a list sums to zero.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">
    /// A list is empty, there is no comparison industry, a comparison industry's length differs, or a value is
    /// negative, NaN or infinite.
    /// </exception>
    public static double? Krugman(IReadOnlyList<double> industryByRegion, IReadOnlyList<IReadOnlyList<double>> comparisonIndustries) =>
        Dissimilarity.KrugmanAgainstMean(industryByRegion, nameof(industryByRegion), comparisonIndustries, nameof(comparisonIndustries), "region");

    private static double KrugmanLocationalGini(IReadOnlyList<double> industryByRegion, double industrySum, IReadOnlyList<double> regionTotals, double totalSum)
    {
        var keys = new List<double>(industryByRegion.Count);
        var ind = new List<double>(industryByRegion.Count);
        var pop = new List<double>(industryByRegion.Count);
        for (int r = 0; r < industryByRegion.Count; r++)
        {
            if (regionTotals[r] > 0.0)
            {
                double share = regionTotals[r] / totalSum;
                keys.Add(industryByRegion[r] / share);
                ind.Add(industryByRegion[r]);
                pop.Add(share);
            }
        }

        double[] sortedKeys = [.. keys];
        int[] order = new int[sortedKeys.Length];
        for (int k = 0; k < order.Length; k++)
        {
            order[k] = k;
        }

        Array.Sort(sortedKeys, order);
        double popSum = 0.0;
        foreach (double p in pop)
        {
            popSum += p;
        }

        double cumInd = 0.0, cumPop = 0.0, previousInd = 0.0, previousPop = 0.0, twiceArea = 0.0;
        foreach (int k in order)
        {
            cumInd += ind[k];
            cumPop += pop[k];
            double c = cumInd / industrySum, p = cumPop / popSum;
            twiceArea += (c * previousPop) - (previousInd * p);
            previousInd = c;
            previousPop = p;
        }

        return Math.Max(0.0, twiceArea / 2.0);
    }
}
