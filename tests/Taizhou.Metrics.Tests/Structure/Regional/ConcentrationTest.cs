using System;
using System.Linq;
using Taizhou.Metrics.Structure;
using Xunit;
using static Taizhou.Metrics.Tests.Structure.RegionalVectorData;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// Tests for <see cref="Concentration"/>: hand calculations, laws, and the concentration cases of
/// <c>reat_concentration_inequality.json</c> (REAT 3.0.3; tolerance_abs 1e-6, or half a unit of the last printed
/// decimal for documented figures).
/// </summary>
public class ConcentrationTest
{
    private const double Tight = 1e-14;

    [Fact]
    public void Herfindahl_HandCalculation()
    {
        // Shares 0.25, 0.25, 0.5: 0.0625 + 0.0625 + 0.25 = 0.375; normalised (0.375 − 1/3) / (2/3) = 0.0625;
        // equivalent number 1 / 0.375 = 8/3.
        double[] x = [1, 1, 2];

        Assert.Equal(0.375, Concentration.Herfindahl(x));
        Assert.Equal(0.0625, Concentration.HerfindahlNormalised(x)!.Value, Tight);
        Assert.Equal(8.0 / 3.0, Concentration.EquivalentNumber(x)!.Value, Tight);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(31)]
    public void Herfindahl_EqualShares_IsOneOverN_NormalisedZero_EquivalentN(int n)
    {
        double[] x = [.. Enumerable.Repeat(123.4, n)];

        Assert.Equal(1.0 / n, Concentration.Herfindahl(x)!.Value, Tight);
        Assert.Equal(n, Concentration.EquivalentNumber(x)!.Value, 1e-12);
        if (n > 1)
        {
            Assert.Equal(0.0, Concentration.HerfindahlNormalised(x)!.Value, Tight);
        }
    }

    [Fact]
    public void Herfindahl_Monopoly_IsOne()
    {
        Assert.Equal(1.0, Concentration.Herfindahl([0, 0, 9, 0]));
        Assert.Equal(1.0, Concentration.HerfindahlNormalised([0, 0, 9, 0]));
        Assert.Equal(1.0, Concentration.EquivalentNumber([0, 0, 9, 0]));
    }

    [Fact]
    public void Herfindahl_IsScaleInvariant()
    {
        double[] x = [3, 1, 4, 1, 5, 9, 2, 6];
        Assert.Equal(Concentration.Herfindahl(x)!.Value, Concentration.Herfindahl([.. x.Select(v => v * 1e4)])!.Value, Tight);
    }

    [Fact]
    public void Herfindahl_ZeroTotal_IsUndefined()
    {
        Assert.Null(Concentration.Herfindahl([0, 0, 0]));
        Assert.Null(Concentration.HerfindahlNormalised([0, 0, 0]));
        Assert.Null(Concentration.EquivalentNumber([0, 0, 0]));
    }

    [Fact]
    public void HerfindahlNormalised_SingleUnit_IsUndefined()
    {
        // (1 − 1/1) / (1 − 1/1) = 0 / 0: no number.
        Assert.Null(Concentration.HerfindahlNormalised([5]));
        Assert.Equal(1.0, Concentration.Herfindahl([5]));
    }

    [Fact]
    public void Herfindahl_EmptyOrNull_Throws()
    {
        Assert.Throws<ArgumentException>(() => Concentration.Herfindahl([]));
        Assert.Throws<ArgumentNullException>(() => Concentration.Herfindahl(null!));
    }

    [Fact]
    public void Ratio_HandCalculation()
    {
        // Sales 20, 50, 20, 10: CR1 = 0.5, CR2 = 0.7, CR3 = 0.9, CR4 = 1.
        double[] x = [20, 50, 20, 10];

        Assert.Equal(0.5, Concentration.Ratio(x, 1));
        Assert.Equal(0.7, Concentration.Ratio(x, 2)!.Value, Tight);
        Assert.Equal(0.9, Concentration.Ratio(x, 3)!.Value, Tight);
        Assert.Equal(1.0, Concentration.Ratio(x, 4));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(5)]
    public void Ratio_KOutOfRange_Throws(int k)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.Ratio([20, 50, 20, 10], k));
        Assert.Equal("k", ex.ParamName);
    }

    [Fact]
    public void Ratio_ZeroTotal_IsUndefined()
    {
        Assert.Null(Concentration.Ratio([0, 0], 1));
    }

    [Fact]
    public void Gini_IndustrySpreadAsTheRegions_IsZero()
    {
        // The industry is 10 % of every region: every LQ is 1.
        Assert.Equal(0.0, Concentration.Gini([2, 5, 13], [20, 50, 130])!.Value, Tight);
    }

    [Fact]
    public void Gini_HandCalculation()
    {
        // Industry (1, 3) in regions of (8, 8): LQs 0.5 and 1.5; G = Σ|LQ_i − LQ_j| / (2 n² mean) = 2 / 8 = 0.25.
        Assert.Equal(0.25, Concentration.Gini([1, 3], [8, 8])!.Value, Tight);
    }

    [Fact]
    public void Gini_ZeroIndustryOrEmptyRegion_IsUndefined()
    {
        Assert.Null(Concentration.Gini([0, 0], [8, 8]));
        Assert.Null(Concentration.Gini([0, 3], [0, 8]));
    }

    [Fact]
    public void Gini_IndustryLargerThanRegion_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Concentration.Gini([1, 9], [8, 8]));
        Assert.Equal("industryByRegion", ex.ParamName);
        Assert.Contains("industryByRegion[1] (region 1)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Krugman_HandCalculation_AndLengthMismatch()
    {
        Assert.Equal(0.5, Concentration.Krugman([1, 3], [5, 5]));
        Assert.Equal(0.5, Concentration.Krugman([1, 3], [[2, 0], [0, 9]]));
        Assert.Throws<ArgumentException>(() => Concentration.Krugman([1, 3], [5, 5, 5]));
    }

    [Fact]
    public void Vector_DoersamSales_HerfindahlNormalisedAndEquivalentNumber()
    {
        // herf(c(20, 50, 20, 10)) = 0.34, normalised 0.12, equivalent number 2.94117647059 (1e-6); documented to 2 decimals.
        const string Id = "herf_Doersam_sales";
        double[] x = Doubles(Inputs(ConcentrationFile, Id).GetProperty("x"));
        var expected = Expected(ConcentrationFile, Id);
        var documented = Documented(ConcentrationFile, Id);
        double tolerance = Tolerance(ConcentrationFile);

        Assert.Equal(expected.GetProperty("HHI").GetDouble(), Concentration.Herfindahl(x)!.Value, tolerance);
        Assert.Equal(expected.GetProperty("HHI_normalised").GetDouble(), Concentration.HerfindahlNormalised(x)!.Value, tolerance);
        Assert.Equal(expected.GetProperty("equivalent_number").GetDouble(), Concentration.EquivalentNumber(x)!.Value, tolerance);
        AssertDocumented(documented.GetProperty("equivalent_number"), Concentration.EquivalentNumber(x)!.Value);
    }

    [Fact]
    public void Vector_GermanLaenderGdp2015_Herfindahl()
    {
        // 16 Länder: HHI 0.125176299068 (1e-6), documented 0.125 (5e-4).
        const string Id = "herf_German_Laender_GDP_2015";
        double[] x = Doubles(Inputs(ConcentrationFile, Id).GetProperty("x"));

        double h = Concentration.Herfindahl(x)!.Value;

        AssertExpectedAndDocumented(ConcentrationFile, Id, "HHI", h);
    }

    [Fact]
    public void Vector_FK2013_ConcentrationGini()
    {
        // gini.conc(c(500, 500, 1000, 7000, 1000), c(20000, 15000, 20000, 40000, 5000)) = 0.406896551724 (1e-6);
        // documented 0.4068966 (5e-8).
        const string Id = "gini_conc_FK2013";
        var inputs = Inputs(ConcentrationFile, Id);

        double g = Concentration.Gini(Doubles(inputs.GetProperty("e_ij_by_region")), Doubles(inputs.GetProperty("e_j_region_totals")))!.Value;

        AssertExpectedAndDocumented(ConcentrationFile, Id, "G", g);
    }

    [Fact]
    public void Vector_FK2013_Krugman_AgainstMeanOfComparisonIndustries()
    {
        // krugman.conc2: the industry's regional distribution against the mean of four comparison industries',
        // 0.861932135776 (1e-6); documented 0.8619 (5e-5).
        const string Id = "krugman_conc2_FK2013";
        var inputs = Inputs(ConcentrationFile, Id);
        var comparisons = inputs.GetProperty("comparison_industries").EnumerateObject().Select(p => Doubles(p.Value)).ToArray();

        double k = Concentration.Krugman(Doubles(inputs.GetProperty("industry")), comparisons)!.Value;

        AssertExpectedAndDocumented(ConcentrationFile, Id, "K", k);
    }

    [Fact]
    public void Vector_Edge_HerfindahlWithNA_Throws_NotDroppedSilently()
    {
        // REAT drops the NA (na.rm = TRUE) and reports 0.34, as if the unit did not exist; a missing unit's share is
        // unknown, so the library refuses to guess and names the position. Dropping it is the caller's explicit
        // choice, and then the library matches REAT.
        var c = EdgeCase(ConcentrationFile, "herf_with_NA");
        double[] x = Doubles(c.GetProperty("inputs").GetProperty("x"));
        Assert.True(double.IsNaN(x[1]));

        var ex = Assert.Throws<ArgumentException>(() => Concentration.Herfindahl(x));
        Assert.Contains("values[1]", ex.Message, StringComparison.Ordinal);

        double dropped = Concentration.Herfindahl([.. x.Where(v => !double.IsNaN(v))])!.Value;
        Assert.Equal(c.GetProperty("peer_output_REAT").GetDouble(), dropped, Tolerance(ConcentrationFile));
    }

    [Fact]
    public void Vector_Edge_HerfindahlNegativeValue_Throws_WhereReatReturnsFive()
    {
        // REAT's herf(c(−5, 10)) = (−1)² + 2² = 5, an HHI above its maximum of 1; a negative size is a caller bug.
        var c = EdgeCase(ConcentrationFile, "herf_negative_value");
        double[] x = Doubles(c.GetProperty("inputs").GetProperty("x"));
        Assert.Equal(5.0, c.GetProperty("peer_output_REAT").GetDouble());

        var ex = Assert.Throws<ArgumentException>(() => Concentration.Herfindahl(x));
        Assert.Equal("values", ex.ParamName);
        Assert.Contains("values[0]", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Concentration.Ratio(x, 1));
    }

    [Theory]
    // EconGeo's locational.Gini example (man/locational.Gini.Rd; DiversityTest.EconGeoExample), by hand. Every region
    // holds 0.2 of the total, so the Lorenz curve of column i has steps of 0.2 on the x axis and G_K = ½ − area under
    // it, the trapezoids 0.2 · (C_{k−1} + C_k) / 2 over the shares sorted ascending.
    // I1 (0, 0, 0, 0, 100): area 0.1 → 0.4. I2 (0, 15, 20, 25, 40): C = .15, .35, .60, 1 → area 0.1 · 3.2 = 0.32 → 0.18.
    // I3 (0, 5, 10, 30, 55): C = .05, .15, .45, 1 → area 0.1 · 2.3 = 0.23 → 0.27.
    // I4 (0, 5, 5, 20, 70): C = .05, .10, .30, 1 → 0.1 · 1.9 = 0.19 → 0.31.
    // I5 (0, 0, 10, 40, 50): C = 0, .10, .50, 1 → 0.1 · 2.2 = 0.22 → 0.28.
    [InlineData(0, 0.4)]
    [InlineData(1, 0.18)]
    [InlineData(2, 0.27)]
    [InlineData(3, 0.31)]
    [InlineData(4, 0.28)]
    public void LocationalGini_Krugman_EconGeoExample(int industry, double expected)
    {
        var matrix = DiversityTest.EconGeoExample();
        double[] totals = [.. Enumerable.Range(0, matrix.Regions.Count).Select(matrix.RegionTotal)];

        var g = Concentration.Gini(matrix.IndustryValues(industry), totals, LocationalGiniMethod.Krugman);

        Assert.Equal(expected, g!.Value, 1e-12);
    }

    [Fact]
    public void LocationalGini_EqualRegions_KrugmanIsHalfTheQuotientGini()
    {
        // With regions of equal size the weighting makes no difference; only the scale does: the quotient Gini of
        // EconGeo's I1, LQs (5, 0, 0, 0, 0), is (n − 1) / n = 0.8, twice Krugman's 0.4.
        double[] totals = [100, 100, 100, 100, 100];
        double[] industry = [100, 0, 0, 0, 0];

        Assert.Equal(0.8, Concentration.Gini(industry, totals, LocationalGiniMethod.QuotientGini)!.Value, 1e-12);
        Assert.Equal(0.4, Concentration.Gini(industry, totals, LocationalGiniMethod.Krugman)!.Value, 1e-12);
        Assert.Equal(Concentration.Gini(industry, totals), Concentration.Gini(industry, totals, LocationalGiniMethod.QuotientGini));

        // I2 (docs/structure.md): LQs (0, 0.75, 1, 1.25, 2), mean 1, Σ_i Σ_j |x_i − x_j| = 2 · 9 = 18;
        // G = 18 / (2 · 25 · 1) = 0.36, twice Krugman's 0.18.
        double[] i2 = [0, 15, 20, 25, 40];
        Assert.Equal(0.36, Concentration.Gini(i2, totals, LocationalGiniMethod.QuotientGini)!.Value, 1e-12);
        Assert.Equal(0.18, Concentration.Gini(i2, totals, LocationalGiniMethod.Krugman)!.Value, 1e-12);
    }

    [Fact]
    public void LocationalGini_UnequalRegions_KrugmanWeighsRegionsBySize()
    {
        // The industry (10, 0) in regions of 10 and 90: LQs (10, 0). Unweighted: G = 0.5. Krugman: sorted, the
        // Lorenz curve runs (0, 0) → (0.9, 0) → (1, 1); the area under it is 0.1 · 1 / 2 = 0.05, so G_K = 0.45
        // (a size-weighted Gini of 0.9 on the 0-1 scale).
        Assert.Equal(0.5, Concentration.Gini([10, 0], [10, 90], LocationalGiniMethod.QuotientGini)!.Value, 1e-12);
        Assert.Equal(0.45, Concentration.Gini([10, 0], [10, 90], LocationalGiniMethod.Krugman)!.Value, 1e-12);
    }

    [Fact]
    public void LocationalGini_IndustrySpreadLikeTheRegions_IsZero()
    {
        Assert.Equal(0.0, Concentration.Gini([1, 3, 6], [10, 30, 60], LocationalGiniMethod.Krugman)!.Value, 1e-12);
    }

    [Fact]
    public void LocationalGini_Krugman_ZeroRegionIsSkipped_ZeroIndustryIsUndefined()
    {
        // A region with no activity adds a point already on the curve (EconGeo orders its NaN quotient last and gets
        // the same number); the quotient Gini cannot place it and is null.
        Assert.Equal(0.45, Concentration.Gini([10, 0, 0], [10, 90, 0], LocationalGiniMethod.Krugman)!.Value, 1e-12);
        Assert.Null(Concentration.Gini([10, 0, 0], [10, 90, 0], LocationalGiniMethod.QuotientGini));
        Assert.Null(Concentration.Gini([0, 0], [10, 90], LocationalGiniMethod.Krugman));
    }

    [Fact]
    public void LocationalGini_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => Concentration.Gini([20, 0], [10, 90], LocationalGiniMethod.Krugman));
        Assert.Throws<ArgumentException>(() => Concentration.Gini([1], [10, 90], LocationalGiniMethod.Krugman));
        Assert.Throws<ArgumentOutOfRangeException>(() => Concentration.Gini([1, 0], [10, 90], (LocationalGiniMethod)9));
    }
}
