using System;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>The Hachman index and the EconGeo cut of the binary LQ, on EconGeo's manual example and by hand.</summary>
public partial class SpecialisationTest
{
    [Fact]
    public void Hachman_EconGeoExample_HandCalculation()
    {
        // EconGeo's example (DiversityTest.EconGeoExample): every industry's national share S_i = 100 / 500 = 0.2, so
        // HI_r = 1 / Σ_i s_ri² / 0.2 = 0.2 / Σ s². R1: 0.2 / 1 = 1/5; R2: 0.2 / (.0225 + .0025 + .49 + .01) = 0.2 / .525
        // = 8/21; R3: 0.2 / .34 = 10/17; R4: 0.2 / .315 = 40/63; R5: 0.2 / .465 = 40/93.
        var hi = Specialisation.Hachman(DiversityTest.EconGeoExample());

        Assert.Equal(1.0 / 5, hi[0]!.Value, 1e-14);
        Assert.Equal(8.0 / 21, hi[1]!.Value, 1e-14);
        Assert.Equal(10.0 / 17, hi[2]!.Value, 1e-14);
        Assert.Equal(40.0 / 63, hi[3]!.Value, 1e-14);
        Assert.Equal(40.0 / 93, hi[4]!.Value, 1e-14);
    }

    [Fact]
    public void Hachman_Lists_HandCalculation()
    {
        // Region (30, 10), nation (100, 300): s = (0.75, 0.25), S = (0.25, 0.75);
        // Σ s² / S = 0.5625 / 0.25 + 0.0625 / 0.75 = 2.25 + 1/12 = 28/12; HI = 12/28 = 3/7.
        Assert.Equal(3.0 / 7, Specialisation.Hachman([30, 10], [100, 300])!.Value, 1e-14);
    }

    [Fact]
    public void Hachman_RegionShapedLikeTheNation_IsOne()
    {
        Assert.Equal(1.0, Specialisation.Hachman([2, 5, 13], [20, 50, 130])!.Value, 1e-14);
    }

    [Fact]
    public void Hachman_Matrix_UsesTheColumnSumsAsTheNation()
    {
        // Exact2x2: north (4, 28), industry totals (16, 48), E = 64: s = (1/8, 7/8), S = (1/4, 3/4);
        // Σ s² / S = (1/64) / (1/4) + (49/64) / (3/4) = 3/48 + 49/48 = 52/48; HI = 12/13.
        Assert.Equal(12.0 / 13, Specialisation.Hachman(Exact2x2())[0]!.Value, 1e-14);
    }

    [Fact]
    public void Hachman_IndustryAbsentEverywhere_AddsNothing()
    {
        // The third industry is 0 in the region and the nation: its LQ is undefined but its term s² / S is 0 in the
        // limit (EconGeo sets the LQ to 0); the index is that of the first two: 3/7.
        Assert.Equal(3.0 / 7, Specialisation.Hachman([30, 10, 0], [100, 300, 0])!.Value, 1e-14);
    }

    [Fact]
    public void Hachman_EmptyRegion_IsUndefined()
    {
        Assert.Null(Specialisation.Hachman([0, 0], [100, 300]));
        var matrix = RegionIndustryMatrix.FromRows(["a", "empty"], ["x", "y"], [[1, 3], [0, 0]]);
        Assert.Null(Specialisation.Hachman(matrix)[1]);
        Assert.Equal(1.0, Specialisation.Hachman(matrix)[0]!.Value, 1e-14);
    }

    [Fact]
    public void Hachman_PartAboveItsNationalTotal_Throws()
    {
        Assert.Throws<ArgumentException>(() => Specialisation.Hachman([30, 400], [100, 300]));
        Assert.Throws<ArgumentException>(() => Specialisation.Hachman([30], [100, 300]));
    }

    [Fact]
    public void IsSpecialised_LqExactlyOne_DependsOnTheCut()
    {
        // (20 / 100) / (100 / 500) = 0.2 / 0.2 = 1 exactly in doubles: not a specialisation with the strict cut,
        // one with EconGeo's (RCA(mat, binary = TRUE) leaves it at 1).
        Assert.False(Specialisation.IsSpecialised(20, 100, 100, 500));
        Assert.False(Specialisation.IsSpecialised(20, 100, 100, 500, 1.0, LocationQuotientCut.Above));
        Assert.True(Specialisation.IsSpecialised(20, 100, 100, 500, 1.0, LocationQuotientCut.AtLeast));
        Assert.False(Specialisation.IsSpecialised(19, 100, 100, 500, 1.0, LocationQuotientCut.AtLeast));
        Assert.Null(Specialisation.IsSpecialised(0, 0, 100, 500, 1.0, LocationQuotientCut.AtLeast));
    }

    [Fact]
    public void IsSpecialised_EconGeoExample_AtLeastCut_IsEconGeosBinaryRca()
    {
        // EconGeo's RCA(mat, binary = TRUE) on its example: 1 where e_ri ≥ 20 (LQ = e_ri / 20), else 0.
        var binary = Specialisation.IsSpecialised(DiversityTest.EconGeoExample(), 1.0, LocationQuotientCut.AtLeast);
        bool?[][] expected =
        [
            [true, false, false, false, false],
            [false, false, false, true, false],
            [false, true, false, true, true],
            [false, true, true, false, true],
            [false, true, true, false, false],
        ];
        for (int r = 0; r < expected.Length; r++)
        {
            Assert.Equal(expected[r], binary[r]);
        }

        Assert.False(Specialisation.IsSpecialised(DiversityTest.EconGeoExample())[2][1]);
    }

    [Fact]
    public void IsSpecialised_UndefinedCut_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Specialisation.IsSpecialised(20, 100, 100, 500, 1.0, (LocationQuotientCut)5));
        Assert.Throws<ArgumentOutOfRangeException>(() => Specialisation.IsSpecialised(Exact2x2(), 1.0, (LocationQuotientCut)5));
    }
}
