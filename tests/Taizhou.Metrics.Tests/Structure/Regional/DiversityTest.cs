using System;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// Tests for <see cref="Diversity"/>: diversity, ubiquity and entropy on the 5 × 5 matrix of EconGeo's own manual
/// (the example of <c>locational.Gini</c>, man/locational.Gini.Rd), whose outputs the manual does not print: the
/// expected values are computed by hand below.
/// </summary>
public class DiversityTest
{
    /// <summary>Tolerance for entropies: a handful of logarithms on doubles.</summary>
    private const double Tight = 1e-12;

    /// <summary>
    /// EconGeo's example matrix. Every row and every column sums to 100 and the total is 500, so
    /// LQ_ri = (e_ri / 100) / (100 / 500) = e_ri / 20: a cell of 20 has an LQ of exactly 1 (0.2 / 0.2 in doubles),
    /// which is what the two cuts disagree on (R3-I2 and R3-I4).
    /// </summary>
    internal static RegionIndustryMatrix EconGeoExample() => RegionIndustryMatrix.FromRows(
        ["R1", "R2", "R3", "R4", "R5"],
        ["I1", "I2", "I3", "I4", "I5"],
        [
            [100, 0, 0, 0, 0],
            [0, 15, 5, 70, 10],
            [0, 20, 10, 20, 50],
            [0, 25, 30, 5, 40],
            [0, 40, 55, 5, 0],
        ]);

    [Fact]
    public void Diversity_EconGeoExample_StrictCut_CountsLqAboveOne()
    {
        // Cells above 20 per row: R1 {100}, R2 {70}, R3 {50}, R4 {25, 30, 40}, R5 {40, 55}.
        Assert.Equal([1, 1, 1, 3, 2], Diversity.OfRegions(EconGeoExample()));
    }

    [Fact]
    public void Diversity_EconGeoExample_AtLeastCut_ReproducesEconGeo()
    {
        // EconGeo's diversity(mat, RCA = TRUE) keeps an LQ of exactly 1: R3 gains I2 and I4 (20 each).
        Assert.Equal([1, 1, 3, 3, 2], Diversity.OfRegions(EconGeoExample(), LocationQuotientCut.AtLeast));
    }

    [Fact]
    public void Ubiquity_EconGeoExample_BothCuts()
    {
        // Cells above 20 per column: I1 {R1}, I2 {R4, R5}, I3 {R4, R5}, I4 {R2}, I5 {R3, R4}; with ≥, I2 and I4
        // gain R3.
        Assert.Equal([1, 2, 2, 1, 2], Diversity.Ubiquity(EconGeoExample()));
        Assert.Equal([1, 3, 2, 2, 2], Diversity.Ubiquity(EconGeoExample(), LocationQuotientCut.AtLeast));
    }

    [Fact]
    public void DiversityAndUbiquity_AddUpToTheSameNumberOfAdvantages()
    {
        // Both are margins of the same binary matrix: Σ_r D_r = Σ_i U_i (8 strict, 11 with ≥).
        foreach (var cut in new[] { LocationQuotientCut.Above, LocationQuotientCut.AtLeast })
        {
            int rows = 0, columns = 0;
            foreach (int? d in Diversity.OfRegions(EconGeoExample(), cut))
            {
                rows += d!.Value;
            }

            foreach (int? u in Diversity.Ubiquity(EconGeoExample(), cut))
            {
                columns += u!.Value;
            }

            Assert.Equal(rows, columns);
        }
    }

    [Fact]
    public void DiversityAndUbiquity_EmptyRegionAndAllZeroIndustry_AreUndefined()
    {
        // "empty" has no activity and "idle" exists nowhere: their counts are null (EconGeo: 0). The others are
        // counted as usual, ignoring the undefined quotients: region totals 10 and 30, industry totals 20, 20, 0, E 40.
        // a: LQ (5/10)/(20/40) = 1, LQ (5/10)/(20/40) = 1 → none strictly above, two at least 1.
        // b: LQ (15/30)/(20/40) = 1 twice → likewise.
        var matrix = RegionIndustryMatrix.FromRows(
            ["a", "b", "empty"],
            ["x", "y", "idle"],
            [[5, 5, 0], [15, 15, 0], [0, 0, 0]]);

        Assert.Equal([0, 0, null], Diversity.OfRegions(matrix));
        Assert.Equal([2, 2, null], Diversity.OfRegions(matrix, LocationQuotientCut.AtLeast));
        Assert.Equal([0, 0, null], Diversity.Ubiquity(matrix));
        Assert.Equal([2, 2, null], Diversity.Ubiquity(matrix, LocationQuotientCut.AtLeast));
    }

    [Fact]
    public void Diversity_UndefinedCut_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Diversity.OfRegions(EconGeoExample(), (LocationQuotientCut)2));
        Assert.Throws<ArgumentOutOfRangeException>(() => Diversity.Ubiquity(EconGeoExample(), (LocationQuotientCut)(-1)));
        Assert.Throws<ArgumentNullException>(() => Diversity.OfRegions(null!));
    }

    [Fact]
    public void Entropy_EconGeoExample_HandCalculation()
    {
        // H = −Σ s log₂ s on each row's shares (EconGeo's entropy, before its rounding to 3 decimals):
        // R1 (1): 0. R2 (.15, .05, .70, .10): .15 · 2.736966 + .05 · 4.321928 + .70 · 0.514573 + .10 · 3.321928
        // = 0.410545 + 0.216096 + 0.360201 + 0.332193 = 1.319035; R3 (.2, .1, .2, .5): 0.464386 · 2 + 0.332193 + 0.5
        // = 1.760964; R4 (.25, .30, .05, .40): 0.5 + 0.521090 + 0.216096 + 0.528771 = 1.765957;
        // R5 (.40, .55, .05): 0.528771 + 0.474373 + 0.216096 = 1.219241. EconGeo prints them to 3 decimals.
        var h = Diversity.Entropy(EconGeoExample());

        Assert.Equal(0.0, h[0]);
        Assert.Equal(1.319035274338866, h[1]!.Value, Tight);
        Assert.Equal(1.7609640474436812, h[2]!.Value, Tight);
        Assert.Equal(1.765957320949175, h[3]!.Value, Tight);
        Assert.Equal(1.2192407046368487, h[4]!.Value, Tight);
        Assert.Equal(1.319, Math.Round(h[1]!.Value, 3));
    }

    [Fact]
    public void Entropy_EqualShares_IsLog2OfTheCount_AndIgnoresZeros()
    {
        // Four equal industries: 2 bits; a zero share adds nothing (0 · log 0 = 0 in the limit).
        Assert.Equal(2.0, Diversity.Entropy([3, 3, 3, 3])!.Value, Tight);
        Assert.Equal(2.0, Diversity.Entropy([3, 3, 0, 3, 3])!.Value, Tight);
        Assert.Equal(1.0, Diversity.Entropy([7, 7])!.Value, Tight);
    }

    [Fact]
    public void Entropy_SingleIndustry_IsZero()
    {
        Assert.Equal(0.0, Diversity.Entropy([42]));
        Assert.Equal(0.0, Diversity.Entropy([0, 42, 0]));
    }

    [Fact]
    public void Entropy_AllZeroOrEmptyRegion_IsUndefined()
    {
        Assert.Null(Diversity.Entropy([0, 0]));
        var matrix = RegionIndustryMatrix.FromRows(["a", "empty"], ["x", "y"], [[1, 3], [0, 0]]);
        Assert.Null(Diversity.Entropy(matrix)[1]);
    }

    [Fact]
    public void Entropy_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => Diversity.Entropy([]));
        Assert.Throws<ArgumentException>(() => Diversity.Entropy([1, -1]));
        Assert.Throws<ArgumentException>(() => Diversity.Entropy([1, double.NaN]));
        Assert.Throws<ArgumentNullException>(() => Diversity.Entropy((double[])null!));
    }
}
