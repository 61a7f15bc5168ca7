using System;
using System.Linq;
using System.Text.Json;
using Taizhou.Metrics.Structure;
using Xunit;
using static Taizhou.Metrics.Tests.Structure.RegionalVectorData;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// Tests for <see cref="Inequality"/>: hand calculations, laws, and the inequality cases of
/// <c>reat_concentration_inequality.json</c> (REAT 3.0.3; tolerance_abs 1e-6, or half a unit of the last printed
/// decimal for documented figures).
/// </summary>
public class InequalityTest
{
    private const double Tight = 1e-14;

    [Fact]
    public void Gini_HandCalculation()
    {
        // (1, 2, 3, 4): Σ_i Σ_j |x_i − x_j| = 20, 2 n² mean = 2 · 16 · 2.5 = 80, G = 0.25; normalised 0.25 · 4/3.
        Assert.Equal(0.25, Inequality.Gini([4, 1, 3, 2])!.Value, Tight);
        Assert.Equal(1.0 / 3.0, Inequality.GiniNormalised([4, 1, 3, 2])!.Value, Tight);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(9)]
    public void Gini_EqualValues_IsZero(int n)
    {
        // Exactly 0 for the plain form (the weights Σ(2k − n − 1) cancel); the weighted trapezoid sum rounds (1e-14).
        double[] x = [.. Enumerable.Repeat(0.1, n)];
        Assert.Equal(0.0, Inequality.Gini(x));
        Assert.Equal(0.0, Inequality.Gini(x, [.. Enumerable.Range(1, n).Select(i => (double)i)])!.Value, Tight);
    }

    [Fact]
    public void Gini_OneUnitHoldsEverything_IsNMinusOneOverN_NormalisedOne()
    {
        Assert.Equal(2.0 / 3.0, Inequality.Gini([0, 0, 7])!.Value, Tight);
        Assert.Equal(1.0, Inequality.GiniNormalised([0, 0, 7])!.Value, Tight);
    }

    [Fact]
    public void Gini_IsScaleAndOrderInvariant()
    {
        double[] x = [3, 1, 4, 1, 5, 9, 2, 6];
        double g = Inequality.Gini(x)!.Value;
        Assert.Equal(g, Inequality.Gini([.. x.Select(v => v * 1000)])!.Value, Tight);
        Assert.Equal(g, Inequality.Gini([.. x.Reverse()])!.Value, Tight);
    }

    [Fact]
    public void GiniNormalised_SingleValue_IsUndefined()
    {
        Assert.Equal(0.0, Inequality.Gini([5]));
        Assert.Null(Inequality.GiniNormalised([5]));
    }

    [Fact]
    public void Gini_Weighted_EqualsGiniOfTheExpandedData()
    {
        // (1, 3) with weights (1, 3) is the data (1, 3, 3, 3): Σ|x_i − x_j| = 12, 2 · 16 · 2.5 = 80, G = 0.15.
        Assert.Equal(0.15, Inequality.Gini([1, 3], [1, 3])!.Value, Tight);
        Assert.Equal(Inequality.Gini([1, 3, 3, 3])!.Value, Inequality.Gini([1, 3], [1, 3])!.Value, Tight);
    }

    [Fact]
    public void Gini_Weighted_UnitWeights_EqualsPlainGini()
    {
        double[] x = [3, 1, 4, 1, 5, 9, 2, 6];
        Assert.Equal(Inequality.Gini(x)!.Value, Inequality.Gini(x, [.. x.Select(_ => 1.0)])!.Value, 1e-15);
    }

    [Fact]
    public void Gini_Weighted_SortsValueAndWeightTogether_UnlikeReat()
    {
        // REAT's gini(x, weighting) sorts x but not the weights, so shuffled input pairs values with the wrong
        // weights; here the pairs move together and the order of the input does not matter.
        double[] x = [2500, 500, 15000, 1500, 7500, 4000];
        double[] w = [1600, 1000, 600, 1200, 200, 400];
        double[] sortedX = [500, 1500, 2500, 4000, 7500, 15000];
        double[] sortedW = [1000, 1200, 1600, 400, 200, 600];

        Assert.Equal(Inequality.Gini(sortedX, sortedW)!.Value, Inequality.Gini(x, w)!.Value, 1e-15);
    }

    [Fact]
    public void Gini_ZeroTotals_AreUndefined()
    {
        Assert.Null(Inequality.Gini([0, 0]));
        Assert.Null(Inequality.GiniNormalised([0, 0]));
        Assert.Null(Inequality.Gini([1, 2], [0, 0]));
        Assert.Null(Inequality.Gini([0, 0], [1, 2]));
    }

    [Fact]
    public void Gini_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => Inequality.Gini([]));
        Assert.Throws<ArgumentException>(() => Inequality.Gini([1, 2], [1]));
        var ex = Assert.Throws<ArgumentException>(() => Inequality.Gini([1, 2], [1, -1]));
        Assert.Equal("weights", ex.ParamName);
        Assert.Contains("weights[1]", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Inequality.Gini([1, double.PositiveInfinity]));
    }

    [Fact]
    public void Hoover_HandCalculation()
    {
        // Shares (0.25, 0.75) against (0.5, 0.5): ½ (0.25 + 0.25) = 0.25; a quarter of the total would have to move.
        Assert.Equal(0.25, Inequality.Hoover([1, 3], [7, 7]));
        Assert.Equal(0.25, Inequality.Hoover([1, 3]));
        Assert.Equal(2.0 / 3.0, Inequality.Hoover([0, 0, 5])!.Value, Tight);
    }

    [Fact]
    public void Hoover_Proportional_IsZero_ZeroSumIsUndefined()
    {
        Assert.Equal(0.0, Inequality.Hoover([2, 4, 6], [1, 2, 3])!.Value, Tight);
        Assert.Null(Inequality.Hoover([0, 0], [1, 2]));
        Assert.Null(Inequality.Hoover([1, 2], [0, 0]));
        Assert.Null(Inequality.Hoover([0, 0]));
    }

    [Fact]
    public void TheilT_HandCalculation()
    {
        // (1, 1, 2): mean 4/3, ratios 0.75, 0.75, 1.5: T = (2 · 0.75 ln 0.75 + 1.5 ln 1.5) / 3.
        double expected = ((2 * 0.75 * Math.Log(0.75)) + (1.5 * Math.Log(1.5))) / 3;
        Assert.Equal(expected, Inequality.TheilT([1, 1, 2])!.Value, Tight);
    }

    [Fact]
    public void TheilT_OneUnitHoldsEverything_IsLnN_ZerosAllowed()
    {
        Assert.Equal(Math.Log(4), Inequality.TheilT([0, 0, 0, 3])!.Value, Tight);
    }

    [Fact]
    public void TheilL_HandCalculation()
    {
        // (1, 1, 2): L = (2 ln(4/3) + ln(2/3)) / 3.
        double expected = ((2 * Math.Log(4.0 / 3.0)) + Math.Log(2.0 / 3.0)) / 3;
        Assert.Equal(expected, Inequality.TheilL([1, 1, 2])!.Value, Tight);
    }

    [Fact]
    public void Theil_EqualValues_IsZero()
    {
        double[] x = [0.3, 0.3, 0.3, 0.3, 0.3];
        Assert.Equal(0.0, Inequality.TheilT(x)!.Value, Tight);
        Assert.Equal(0.0, Inequality.TheilL(x)!.Value, Tight);
        Assert.Equal(0.0, Inequality.TheilT([1, 2, 3], [10, 20, 30])!.Value, Tight); // GDP per head equal
    }

    [Fact]
    public void TheilT_Weighted_EqualWeights_IsUnweighted()
    {
        double[] x = [3, 1, 4, 1, 5, 9, 2, 6];
        Assert.Equal(Inequality.TheilT(x)!.Value, Inequality.TheilT(x, [.. x.Select(_ => 2.5)])!.Value, 1e-14);
    }

    [Fact]
    public void TheilT_Weighted_HandCalculation()
    {
        // GDP shares (0.25, 0.75), population shares (0.5, 0.5): 0.25 ln 0.5 + 0.75 ln 1.5.
        double expected = (0.25 * Math.Log(0.5)) + (0.75 * Math.Log(1.5));
        Assert.Equal(expected, Inequality.TheilT([1, 3], [4, 4])!.Value, Tight);
    }

    [Fact]
    public void TheilT_Weighted_UndefinedCases_AreNull()
    {
        Assert.Null(Inequality.TheilT([1, 3], [4, 0])); // output without population: infinite
        Assert.Equal(0.0, Inequality.TheilT([0, 3], [0, 4])!.Value, Tight); // an empty unit adds nothing
        Assert.Null(Inequality.TheilT([0, 0], [4, 4]));
        Assert.Null(Inequality.TheilT([1, 3], [0, 0]));
    }

    [Fact]
    public void Theil_ZeroTotal_IsUndefined()
    {
        Assert.Null(Inequality.TheilT([0, 0]));
        Assert.Null(Inequality.TheilL([0, 0]));
    }

    [Fact]
    public void Vector_DoersamSales_GiniAndNormalised()
    {
        // gini(c(20, 50, 20, 10)) = 0.3, normalised 0.4 (1e-6); the same figures are documented.
        const string Id = "gini_Doersam_sales";
        double[] x = Doubles(Inputs(ConcentrationFile, Id).GetProperty("x"));
        var expected = Expected(ConcentrationFile, Id);

        Assert.Equal(expected.GetProperty("G").GetDouble(), Inequality.Gini(x)!.Value, Tolerance(ConcentrationFile));
        Assert.Equal(expected.GetProperty("G_normalised").GetDouble(), Inequality.GiniNormalised(x)!.Value, Tolerance(ConcentrationFile));
        Assert.Equal(Documented(ConcentrationFile, Id).GetProperty("G").GetDouble(), Inequality.Gini(x)!.Value, Tolerance(ConcentrationFile));
    }

    [Fact]
    public void Vector_IncomeClasses_WeightedGini()
    {
        // Six income classes with their frequencies: 0.527826086957 (1e-6), documented 0.5278 (5e-5). The vector
        // lists the classes in ascending order, the one case where REAT's unsorted weights are right.
        const string Id = "gini_weighted_income_classes";
        var inputs = Inputs(ConcentrationFile, Id);

        double g = Inequality.Gini(Doubles(inputs.GetProperty("x")), Doubles(inputs.GetProperty("weights")))!.Value;

        AssertExpectedAndDocumented(ConcentrationFile, Id, "G", g);
    }

    [Fact]
    public void Vector_GermanLaenderGdp2015_Gini()
    {
        // 0.500934845831 (1e-6), documented 0.5009 (5e-5).
        const string Id = "gini_German_Laender_GDP_2015";
        double g = Inequality.Gini(Doubles(Inputs(ConcentrationFile, Id).GetProperty("x")))!.Value;

        AssertExpectedAndDocumented(ConcentrationFile, Id, "G", g);
    }

    [Fact]
    public void Vector_GdpAgainstPopulation_Hoover()
    {
        // hoover(GDP, ref = population) of the 16 Länder = 0.0735899088867 (1e-6).
        const string Id = "hoover_GDP_vs_population";
        var inputs = Inputs(ConcentrationFile, Id);

        double h = Inequality.Hoover(Doubles(inputs.GetProperty("x")), Doubles(inputs.GetProperty("ref")))!.Value;

        Assert.Equal(Expected(ConcentrationFile, Id).GetProperty("HC").GetDouble(), h, Tolerance(ConcentrationFile));
    }

    [Fact]
    public void Vector_Stoermann_ReatTheilIsTheilL()
    {
        // REAT's theil() is mean(log(mean(x) / x)): Theil's L (mean log deviation), 0.232630161961 (1e-6),
        // documented 0.2326302 (5e-8). Theil's T of the same data is a different number (0.2502).
        const string Id = "theil_Stoermann";
        double[] x = Doubles(Inputs(ConcentrationFile, Id).GetProperty("x"));

        double l = Inequality.TheilL(x)!.Value;

        AssertExpectedAndDocumented(ConcentrationFile, Id, "T", l);
        Assert.Equal(((1.5 * Math.Log(0.5)) + (2.5 * Math.Log(2.5))) / 5, Inequality.TheilT(x)!.Value, Tight);
    }

    [Fact]
    public void Vector_Edge_GiniAllZero_IsUndefined_NotNaN()
    {
        // REAT gives NaN (0 / 0); the library gives null.
        var c = EdgeCase(ConcentrationFile, "gini_all_zero");
        Assert.Equal("NaN", c.GetProperty("peer_output_REAT").GetString());

        double[] x = Doubles(c.GetProperty("inputs").GetProperty("x"));

        Assert.Null(Inequality.Gini(x));
        Assert.Null(Inequality.GiniNormalised(x));
    }

    [Fact]
    public void Vector_Edge_TheilNonPositive_TheilLUndefined_TheilTDefined()
    {
        // REAT's theil(c(0, 10, 20)) is NA: ln(mean / 0) is infinite, so Theil L has no number here either (null).
        // Theil T is defined, a zero adding 0 · ln 0 = 0: mean 10, ratios 0, 1, 2, T = (1 · ln 1 + 2 · ln 2) / 3.
        var c = EdgeCase(ConcentrationFile, "theil_nonpositive");
        Assert.Equal(JsonValueKind.Null, c.GetProperty("peer_output_REAT").ValueKind);
        double[] x = Doubles(c.GetProperty("inputs").GetProperty("x"));

        Assert.Null(Inequality.TheilL(x));
        Assert.Equal(((1.0 * Math.Log(1.0)) + (2.0 * Math.Log(2.0))) / 3, Inequality.TheilT(x)!.Value, Tight);
        Assert.Throws<ArgumentException>(() => Inequality.TheilL([-1, 10, 20]));
    }
}
