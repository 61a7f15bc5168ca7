using System;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// The shift-share projection (REAT's <c>shiftp</c>) on the example of REAT's manual page (Spiekermann and Wegener
/// 2008: three regions, two industries, 2000 → 2006, national prognosis for 2010). The manual prints no output, so the
/// expected values are computed by hand in exact fractions, following REAT's definition
/// prog_i = (n_i,2010 / n_i,2006) · e_i,2006 · RS, RS = Gerfin's "Regional share" of 2000–2006.
/// </summary>
public partial class ShiftShareTest
{
    /// <summary>A product of three ratios of integers: a few ulps.</summary>
    private const double ProjectionTolerance = 1e-9;

    private static readonly double[] Nation2000 = [3700, 6300];
    private static readonly double[] Nation2006 = [2900, 9100];
    private static readonly double[] Nation2010 = [2500, 12500];

    [Theory]
    // Region 1: r = (29/37, 13/9); X = (1400 · 29/37 + 3600 · 13/9) / 5000 = 233/185; RS = (5400/5000) / X = 999/1165.
    // prog = 1000 · 2500/2900 · 999/1165 = 739.23338759805…, 4400 · 12500/9100 · 999/1165 = 5182.7571570061….
    [InlineData(new double[] { 1400, 3600 }, new double[] { 1000, 4400 }, 999.0 / 1165, 739.2333875980464, 5182.757157006084)]
    // Region 2: X = (1200 · 29/37 + 1800 · 13/9) / 3000 = 1310/1110 = 131/111; RS = (4800/3000) / X = 888/655.
    [InlineData(new double[] { 1200, 1800 }, new double[] { 1100, 3700 }, 888.0 / 655, 1285.6014740721243, 6890.361546850097)]
    // Region 3: X = (1100 · 29/37 + 900 · 13/9) / 2000 = 40/37; RS = (1800/2000) / X = 333/400 = 0.8325.
    [InlineData(new double[] { 1100, 900 }, new double[] { 800, 1000 }, 0.8325, 574.1379310344828, 1143.543956043956)]
    public void Projection_ReatManualExample_HandCalculation(double[] region2000, double[] region2006, double regionalShift, double first, double second)
    {
        var result = ShiftShare.Projection(region2000, region2006, Nation2000, Nation2006, Nation2010);

        Assert.Equal(regionalShift, result.Past.RegionalShift!.Value, ProjectionTolerance);
        Assert.Equal(first, result.Levels[0]!.Value, ProjectionTolerance);
        Assert.Equal(second, result.Levels[1]!.Value, ProjectionTolerance);
        Assert.Equal(first + second, result.Total!.Value, ProjectionTolerance);
        Assert.Equal(["1", "2"], result.Industries);
    }

    [Fact]
    public void Projection_PastIsTheGerfinAnalysis()
    {
        var projection = ShiftShare.Projection(Names, E0, E1, N0, N1, [1210, 1430]);
        var gerfin = ShiftShare.Gerfin(Names, E0, E1, N0, N1);

        Assert.Equal(gerfin.IndustryMix, projection.Past.IndustryMix);
        Assert.Equal(gerfin.RegionalShift, projection.Past.RegionalShift);
        Assert.Equal(gerfin.NetTotalShift, projection.Past.NetTotalShift);
        Assert.Equal(Names, projection.Industries);
    }

    [Fact]
    public void Projection_HandCalculation_NamedIndustries()
    {
        // E: (100, 50) → (120, 45); N: (1000, 1000) → (1100, 1300) → (1210, 1430), each industry +10 % to t3.
        // X = (100 · 1.1 + 50 · 1.3) / 150 = 175/150; RS = (165/150) / (175/150) = 33/35.
        // prog = 120 · 1.1 · 33/35 = 124.457142857…, 45 · 1.1 · 33/35 = 46.6714285714…; total 171.128571428….
        var result = ShiftShare.Projection(Names, E0, E1, N0, N1, [1210, 1430]);

        Assert.Equal(33.0 / 35, result.Past.RegionalShift!.Value, Tight);
        Assert.Equal(120 * 1.1 * 33 / 35, result.Levels[0]!.Value, Tight);
        Assert.Equal(45 * 1.1 * 33 / 35, result.Levels[1]!.Value, Tight);
        Assert.Equal(171.12857142857142, result.Total!.Value, 1e-9);
        Assert.Equal("Shift-share projection (2 industries): RS 0.942857, total 171.129", result.ToString());
    }

    [Fact]
    public void Projection_ReferenceIndustryZeroAtT2_UsesTheReferenceTotalsFactor()
    {
        // Machinery's reference level is 0 in t2 while the region still has 5 (REAT: e_i3 / 0 = Inf); the library grows
        // it with the reference total's factor N3 / N2 = 2400 / 1200 = 2, as ShiftShare does with a zero reference base.
        // Past: E (100, 0) → (110, 5); N (1000, 100) → (1200, 0): X = 100 · 1.2 / 100 = 1.2, RS = 1.15 / 1.2 = 23/24.
        // prog: textiles 110 · (2000 / 1200) · 23/24 = 175.694…; machinery 5 · 2 · 23/24 = 9.58333….
        var result = ShiftShare.Projection(Names, [100, 0], [110, 5], [1000, 100], [1200, 0], [2000, 400]);

        Assert.Equal(23.0 / 24, result.Past.RegionalShift!.Value, Tight);
        Assert.Equal(110.0 * 2000 / 1200 * 23 / 24, result.Levels[0]!.Value, Tight);
        Assert.Equal(5.0 * 2 * 23 / 24, result.Levels[1]!.Value, Tight);
    }

    [Fact]
    public void Projection_RegionEmptyAtT1_LevelsAreUndefined()
    {
        // E₀ = 0: the Gerfin indices, and with them the regional factor, are undefined: no number, never NaN.
        var result = ShiftShare.Projection(Names, [0, 0], [10, 5], N0, N1, [1210, 1430]);

        Assert.Null(result.Past.RegionalShift);
        Assert.All(result.Levels, Assert.Null);
        Assert.Null(result.Total);
        Assert.Equal("Shift-share projection (2 industries): RS undefined, total undefined", result.ToString());
    }

    [Fact]
    public void Projection_ReferenceTotalZeroAtT2_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => ShiftShare.Projection(Names, E0, E1, N0, [0, 0], [10, 10]));
        Assert.Equal("referenceEnd", e.ParamName);
    }

    [Fact]
    public void Projection_ProjectedLevelsOfWrongLengthOrNegative_Throw()
    {
        Assert.Equal("referenceProjected", Assert.Throws<ArgumentException>(() => ShiftShare.Projection(Names, E0, E1, N0, N1, [1])).ParamName);
        Assert.Equal("referenceProjected", Assert.Throws<ArgumentException>(() => ShiftShare.Projection(Names, E0, E1, N0, N1, [1, -1])).ParamName);
        Assert.Throws<ArgumentNullException>(() => ShiftShare.Projection(Names, E0, E1, N0, N1, null!));
    }
}
