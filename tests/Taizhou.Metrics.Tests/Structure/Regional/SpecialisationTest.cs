using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// Tests for <see cref="Specialisation"/>: hand calculations and laws here, the REAT vectors in
/// <c>SpecialisationTest.Vectors.cs</c>.
/// </summary>
public partial class SpecialisationTest
{
    /// <summary>Tolerance for a few divisions on doubles.</summary>
    private const double Tight = 1e-14;

    // 2 regions × 2 industries with power-of-two totals, so every quotient is exact in binary:
    // region totals 32 and 32, industry totals 16 and 48, E = 64.
    private static RegionIndustryMatrix Exact2x2() => RegionIndustryMatrix.FromRows(
        ["north", "south"],
        ["pumps", "moulds"],
        [[4, 28], [12, 20]]);

    [Fact]
    public void LocationQuotient_HandCalculation()
    {
        // (30 / 100) / (300 / 3000) = 0.3 / 0.1 = 3: the industry is three times as important in the region.
        Assert.Equal(3.0, Specialisation.LocationQuotient(30, 100, 300, 3000)!.Value, Tight);
    }

    [Fact]
    public void LocationQuotient_RegionIdenticalToNation_IsOne()
    {
        // A region that is a scaled copy of the nation has LQ = 1 in every industry.
        double[] nation = [1200, 340.5, 77, 5012.25];
        double[] region = [.. nation.Select(x => x / 7.0)];
        var lq = Specialisation.LocationQuotients(region, region.Sum(), nation, nation.Sum());

        Assert.All(lq, q => Assert.Equal(1.0, q!.Value, Tight));
    }

    [Fact]
    public void LocationQuotient_IndustryAbsentFromRegion_IsZero()
    {
        Assert.Equal(0.0, Specialisation.LocationQuotient(0, 10, 100, 1000));
    }

    [Fact]
    public void LocationQuotient_ZeroRegionTotal_IsUndefined()
    {
        // REAT gives NaN (0 / 0); the library gives no number.
        Assert.Null(Specialisation.LocationQuotient(0, 0, 100, 1000));
    }

    [Fact]
    public void LocationQuotient_IndustryAbsentFromNation_IsUndefined()
    {
        Assert.Null(Specialisation.LocationQuotient(0, 10, 0, 1000));
        Assert.Null(Specialisation.LocationQuotient(0, 0, 0, 0));
    }

    [Theory]
    [InlineData(-1, 10, 100, 1000, "regionIndustry")]
    [InlineData(1, -10, 100, 1000, "regionTotal")]
    [InlineData(1, 10, double.NaN, 1000, "nationIndustry")]
    [InlineData(1, 10, 100, double.PositiveInfinity, "nationTotal")]
    public void LocationQuotient_NegativeNaNOrInfinite_Throws(double eir, double er, double ei, double e, string param)
    {
        var ex = Assert.Throws<ArgumentException>(() => Specialisation.LocationQuotient(eir, er, ei, e));
        Assert.Equal(param, ex.ParamName);
    }

    [Theory]
    [InlineData(11, 10, 100, 1000, "regionIndustry")] // e_ri > e_r
    [InlineData(11, 20, 10, 1000, "regionIndustry")] // e_ri > E_i
    [InlineData(1, 2000, 100, 1000, "regionTotal")] // e_r > E
    [InlineData(1, 10, 2000, 1000, "nationIndustry")] // E_i > E
    public void LocationQuotient_PartLargerThanTotal_Throws(double eir, double er, double ei, double e, string param)
    {
        var ex = Assert.Throws<ArgumentException>(() => Specialisation.LocationQuotient(eir, er, ei, e));
        Assert.Equal(param, ex.ParamName);
        Assert.Contains("larger than its total", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocationQuotients_Profile_MessageNamesTheIndustry()
    {
        var ex = Assert.Throws<ArgumentException>(() => Specialisation.LocationQuotients([1, 50, 2], 60, [10, 40, 20], 100));
        Assert.Equal("regionByIndustry", ex.ParamName);
        Assert.Contains("regionByIndustry[1] (industry 1)", ex.Message, StringComparison.Ordinal);

        var negative = Assert.Throws<ArgumentException>(() => Specialisation.LocationQuotients([1, 2, -3], 60, [10, 40, 20], 100));
        Assert.Contains("regionByIndustry[2]", negative.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LocationQuotients_Profile_SumOfPartsAboveTotal_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Specialisation.LocationQuotients([5, 6], 10, [10, 40], 100));
        Assert.Equal("regionByIndustry", ex.ParamName);
        Assert.Throws<ArgumentException>(() => Specialisation.LocationQuotients([5, 5], 10, [60, 50], 100));
        Assert.Throws<ArgumentException>(() => Specialisation.LocationQuotients([5, 5], 200, [60, 40], 100));
    }

    [Fact]
    public void LocationQuotients_Profile_LengthMismatchOrEmpty_Throws()
    {
        Assert.Throws<ArgumentException>(() => Specialisation.LocationQuotients([1, 2], 10, [10, 20, 30], 100));
        Assert.Throws<ArgumentException>(() => Specialisation.LocationQuotients([], 10, [], 100));
        Assert.Throws<ArgumentNullException>(() => Specialisation.LocationQuotients(null!, 10, [1.0], 100));
    }

    [Fact]
    public void LocationQuotients_Profile_TotalsMayExceedTheListedIndustries()
    {
        // Unallocated employment: the region's total 20 against 10 listed; LQ = (4 / 20) / (10 / 100) = 2.
        var lq = Specialisation.LocationQuotients([4, 6], 20, [10, 60], 100);

        Assert.Equal(2.0, lq[0]!.Value, Tight);
        Assert.Equal(0.3 / 0.6, lq[1]!.Value, Tight);
    }

    [Fact]
    public void LocationQuotients_Profile_ZeroRegionTotalOrAbsentIndustry_IsNullEntry()
    {
        Assert.All(Specialisation.LocationQuotients([0, 0], 0, [10, 60], 100), q => Assert.Null(q));
        var lq = Specialisation.LocationQuotients([0, 5], 10, [0, 60], 100);
        Assert.Null(lq[0]);
        Assert.Equal(0.5 / 0.6, lq[1]!.Value, Tight);
    }

    [Fact]
    public void LocationQuotients_Matrix_HandCalculation()
    {
        // (4/32)/(16/64) = 0.5, (28/32)/(48/64) = 7/6, (12/32)/(16/64) = 1.5, (20/32)/(48/64) = 5/6.
        var lq = Specialisation.LocationQuotients(Exact2x2());

        Assert.Equal(0.5, lq[0][0]);
        Assert.Equal(7.0 / 6.0, lq[0][1]!.Value, Tight);
        Assert.Equal(1.5, lq[1][0]);
        Assert.Equal(5.0 / 6.0, lq[1][1]!.Value, Tight);
    }

    [Fact]
    public void LocationQuotients_Matrix_ShareWeightedMeanIsOne()
    {
        // Law: the nation is the size-weighted mean of its regions, Σ_r (e_r / E) · LQ_ri = 1 for every industry.
        var m = RegionIndustryMatrix.FromRows(["a", "b", "c"], ["x", "y", "z"], [[3, 1, 4], [1, 5, 9], [2, 6, 5.5]]);
        var lq = Specialisation.LocationQuotients(m);

        for (int i = 0; i < 3; i++)
        {
            double mean = Enumerable.Range(0, 3).Sum(r => m.RegionTotal(r) / m.Total * lq[r][i]!.Value);
            Assert.Equal(1.0, mean, Tight);
        }
    }

    [Fact]
    public void LocationQuotients_Matrix_EmptyRegionOrIndustry_IsNull()
    {
        var m = RegionIndustryMatrix.FromRows(["a", "b", "empty"], ["x", "none"], [[3, 0], [1, 0], [0, 0]]);
        var lq = Specialisation.LocationQuotients(m);

        Assert.All(lq[2], q => Assert.Null(q));
        Assert.Null(lq[0][1]);
        Assert.Null(lq[1][1]);
        Assert.Equal(1.0, lq[0][0]!.Value, Tight);
    }

    [Fact]
    public void IsSpecialised_Matrix_IsStrictlyAboveOne()
    {
        var binary = Specialisation.IsSpecialised(Exact2x2());

        Assert.Equal<bool?>([false, true], binary[0]);
        Assert.Equal<bool?>([true, false], binary[1]);
    }

    [Fact]
    public void IsSpecialised_Matrix_ThresholdIsStrict()
    {
        // LQ(south, pumps) is exactly 1.5: not above a threshold of 1.5.
        var binary = Specialisation.IsSpecialised(Exact2x2(), 1.5);
        Assert.All(binary.SelectMany(row => row), b => Assert.False(b));

        var lower = Specialisation.IsSpecialised(Exact2x2(), 1.1);
        Assert.Equal<bool?>([false, true], lower[0]);
    }

    [Fact]
    public void IsSpecialised_Scalar_LqOfExactlyOneIsNotASpecialisation()
    {
        // (10 / 100) / (100 / 1000) = 1 exactly; EconGeo's binary form would give 1 here.
        Assert.False(Specialisation.IsSpecialised(10, 100, 100, 1000));
        Assert.True(Specialisation.IsSpecialised(11, 100, 100, 1000));
        Assert.True(Specialisation.IsSpecialised(30, 100, 100, 1000, 2.5));
        Assert.False(Specialisation.IsSpecialised(20, 100, 100, 1000, 2.5));
        Assert.Null(Specialisation.IsSpecialised(0, 0, 100, 1000));
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void IsSpecialised_BadThreshold_Throws(double threshold)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Specialisation.IsSpecialised(1, 10, 10, 100, threshold));
        Assert.Throws<ArgumentOutOfRangeException>(() => Specialisation.IsSpecialised(Exact2x2(), threshold));
    }

    [Fact]
    public void Krugman_HandCalculation()
    {
        // Shares (0.25, 0.75) against (0.5, 0.5): |−0.25| + |0.25| = 0.5.
        Assert.Equal(0.5, Specialisation.Krugman([1, 3], [5, 5]));
    }

    [Fact]
    public void Krugman_IdenticalStructure_IsZero_DisjointIsTwo()
    {
        Assert.Equal(0.0, Specialisation.Krugman([1, 2, 3], [10, 20, 30])!.Value, Tight);
        Assert.Equal(2.0, Specialisation.Krugman([1, 0], [0, 7]));
    }

    [Fact]
    public void Krugman_IsTwiceHoover()
    {
        double[] a = [3, 1, 4, 1, 5, 9, 2, 6], b = [2, 7, 1, 8, 2, 8, 1, 8];
        Assert.Equal(2.0 * Inequality.Hoover(a, b)!.Value, Specialisation.Krugman(a, b)!.Value, Tight);
    }

    [Fact]
    public void Krugman_ZeroSum_IsUndefined()
    {
        Assert.Null(Specialisation.Krugman([0, 0], [1, 2]));
        Assert.Null(Specialisation.Krugman([1, 2], [[1, 1], [0, 0]]));
    }

    [Fact]
    public void Krugman_Comparisons_AgainstTheMeanProfile()
    {
        // Comparison shares (1, 0) and (0, 1) average to (0.5, 0.5); the region's (0.25, 0.75) differs by 0.5.
        Assert.Equal(0.5, Specialisation.Krugman([1, 3], [[2, 0], [0, 9]]));
    }

    [Fact]
    public void Krugman_Comparisons_BadInput_Throws()
    {
        Assert.Throws<ArgumentException>(() => Specialisation.Krugman([1, 3], Array.Empty<IReadOnlyList<double>>()));
        var ex = Assert.Throws<ArgumentException>(() => Specialisation.Krugman([1, 3], [[2, 0], [0, 9, 1]]));
        Assert.Contains("comparisonRegions[1]", ex.Message, StringComparison.Ordinal);
        var negative = Assert.Throws<ArgumentException>(() => Specialisation.Krugman([1, 3], [[2, 0], [0, -9]]));
        Assert.Contains("comparisonRegions[1][1]", negative.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Specialisation.Krugman([1, 3], [1.0, 2, 3]));
    }

    [Fact]
    public void Gini_RegionIdenticalToNation_IsZero()
    {
        Assert.Equal(0.0, Specialisation.Gini([1, 2, 3], [10, 20, 30])!.Value, Tight);
    }

    [Fact]
    public void Gini_HandCalculation()
    {
        // Region (1, 3), nation (4, 4): LQs 0.5 and 1.5, mean 1; G = Σ|LQ_i − LQ_j| / (2 n² mean) = 2 / 8 = 0.25.
        Assert.Equal(0.25, Specialisation.Gini([1, 3], [4, 4])!.Value, Tight);
    }

    [Fact]
    public void Gini_UndefinedCases_AreNull()
    {
        Assert.Null(Specialisation.Gini([0, 0], [4, 4]));
        Assert.Null(Specialisation.Gini([0, 3], [0, 4]));
    }

    [Fact]
    public void Gini_RegionLargerThanNation_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Specialisation.Gini([5, 3], [4, 4]));
        Assert.Contains("regionByIndustry[0] (industry 0)", ex.Message, StringComparison.Ordinal);
    }
}
