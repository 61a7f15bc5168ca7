using System;
using System.Linq;
using System.Text.Json;
using Taizhou.Metrics.Structure;
using Xunit;
using static Taizhou.Metrics.Tests.Structure.RegionalVectorData;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// REAT 3.0.3 vectors for <see cref="Specialisation"/>: every case of <c>reat_location_quotient.json</c> except REAT's
/// "additive" LQ, which the library does not offer, and the specialisation cases of
/// <c>reat_concentration_inequality.json</c>. Tolerances: the file's tolerance_abs, or half a unit of the last printed
/// decimal for a figure documented in REAT's manual.
/// </summary>
public partial class SpecialisationTest
{
    [Fact]
    public void Vector_FK2013Scalar_LocationQuotient()
    {
        // locq(1714, 79006, 879213, 15593224) = 0.384762342301 (tolerance 1e-7); documented as 0.3847623 (5e-8).
        var inputs = Inputs(LocationQuotientFile, "FK2013_scalar");
        var expected = Expected(LocationQuotientFile, "FK2013_scalar");

        double lq = Specialisation.LocationQuotient(Number(inputs, "e_ij"), Number(inputs, "e_j"), Number(inputs, "e_i"), Number(inputs, "e"))!.Value;

        Assert.Equal(expected.GetProperty("LQ").GetDouble(), lq, Tolerance(LocationQuotientFile));
        AssertDocumented(expected.GetProperty("documented"), lq);
        Assert.False(Specialisation.IsSpecialised(Number(inputs, "e_ij"), Number(inputs, "e_j"), Number(inputs, "e_i"), Number(inputs, "e")));
    }

    [Fact]
    public void Vector_Goettingen2017_LocationQuotients_WithExplicitRegionalTotal()
    {
        // The regional total 69 403 is not the sum of the listed sections (67 283): the profile overload takes it
        // explicitly, as the vector's note asks. Tolerance 1e-7.
        var inputs = Inputs(LocationQuotientFile, "Goettingen_2017_WZ2008_sections");
        double[] expected = Doubles(Expected(LocationQuotientFile, "Goettingen_2017_WZ2008_sections").GetProperty("LQ"));
        double[] region = Doubles(inputs.GetProperty("e_ij"));
        double[] nation = Doubles(inputs.GetProperty("e_i"));
        Assert.NotEqual(region.Sum(), Number(inputs, "e_j"));

        var lq = Specialisation.LocationQuotients(region, Number(inputs, "e_j"), nation, Number(inputs, "e"));

        Assert.Equal(expected.Length, lq.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], lq[i]!.Value, Tolerance(LocationQuotientFile));
        }
    }

    [Fact]
    public void Vector_Goettingen2017_SpecialisationGini()
    {
        // gini.spec = 0.359852029495 (1e-7); documented 0.359852 (5e-7).
        var inputs = Inputs(LocationQuotientFile, "Goettingen_2017_WZ2008_sections");
        var expected = Expected(LocationQuotientFile, "Goettingen_2017_WZ2008_sections");

        double g = Specialisation.Gini(Doubles(inputs.GetProperty("e_ij")), Doubles(inputs.GetProperty("e_i")))!.Value;

        Assert.Equal(expected.GetProperty("gini_spec").GetDouble(), g, Tolerance(LocationQuotientFile));
        AssertDocumented(expected.GetProperty("gini_spec_documented"), g);
    }

    [Fact]
    public void Vector_Goettingen2017_KrugmanAgainstNation_UsesSharesOfTheListedSums()
    {
        // krugman.spec against the nation = 0.450846878362 (1e-7), documented 0.4508469 (5e-8). REAT's shares here
        // are of the listed sums (67 283 and 32 164 973), so the shares add up to one; with the published regional
        // total 69 403 the index would be 0.4477, and the unallocated 3 % would vanish from the comparison.
        var inputs = Inputs(LocationQuotientFile, "Goettingen_2017_WZ2008_sections");
        var expected = Expected(LocationQuotientFile, "Goettingen_2017_WZ2008_sections");

        double k = Specialisation.Krugman(Doubles(inputs.GetProperty("e_ij")), Doubles(inputs.GetProperty("e_i")))!.Value;

        Assert.Equal(expected.GetProperty("krugman_spec_vs_nation").GetDouble(), k, Tolerance(LocationQuotientFile));
        AssertDocumented(expected.GetProperty("krugman_spec_documented"), k);
    }

    [Fact]
    public void Vector_Edge_RegionIndustryExceedsRegionTotal_Throws_WhereReatReturnsNA()
    {
        // REAT returns NA for e_ij = 100 > e_j = 50; a part larger than its total is a caller bug, so the library
        // throws and names the argument instead of handing back a missing value.
        var c = EdgeCase(LocationQuotientFile, "region_industry_exceeds_region_total");
        var inputs = c.GetProperty("inputs");
        Assert.Equal(JsonValueKind.Null, c.GetProperty("peer_output_REAT").ValueKind);

        var ex = Assert.Throws<ArgumentException>(() =>
            Specialisation.LocationQuotient(Number(inputs, "e_ij"), Number(inputs, "e_j"), Number(inputs, "e_i"), Number(inputs, "e")));

        Assert.Equal("regionIndustry", ex.ParamName);
        Assert.Contains("100", ex.Message, StringComparison.Ordinal);
        Assert.Contains("50", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vector_Edge_ZeroEmployment_IsZero()
    {
        // An industry absent from the region has LQ = 0, as REAT: a fact, not an undefined value.
        var c = EdgeCase(LocationQuotientFile, "zero_employment");
        var inputs = c.GetProperty("inputs");

        double? lq = Specialisation.LocationQuotient(Number(inputs, "e_ij"), Number(inputs, "e_j"), Number(inputs, "e_i"), Number(inputs, "e"));

        Assert.Equal(c.GetProperty("expected").GetProperty("LQ").GetDouble(), lq);
    }

    [Fact]
    public void Vector_FK2013_SpecialisationGini()
    {
        // gini.spec(c(700, 600, 500, 10000, 40000), c(30000, 15000, 10000, 60000, 50000)) = 0.622222222222 (1e-6);
        // documented 0.6222222 (5e-8).
        const string Id = "gini_spec_FK2013";
        var inputs = Inputs(ConcentrationFile, Id);

        double g = Specialisation.Gini(Doubles(inputs.GetProperty("e_ij_by_industry")), Doubles(inputs.GetProperty("e_i_national")))!.Value;

        AssertExpectedAndDocumented(ConcentrationFile, Id, "G", g);
    }

    [Fact]
    public void Vector_FK2013Modified_Krugman_DisjointStructuresGiveTwo()
    {
        // krugman.spec of (20, 10, 70, 0, 0) and (0, 0, 0, 60, 40) = 2: the maximum, no industry in common.
        const string Id = "krugman_spec_FK2013_modified";
        var inputs = Inputs(ConcentrationFile, Id);

        double k = Specialisation.Krugman(Doubles(inputs.GetProperty("e_ij")), Doubles(inputs.GetProperty("e_il")))!.Value;

        Assert.Equal(Expected(ConcentrationFile, Id).GetProperty("K").GetDouble(), k, Tolerance(ConcentrationFile));
        Assert.Equal(Documented(ConcentrationFile, Id).GetProperty("K").GetDouble(), k, Tolerance(ConcentrationFile));
    }

    [Fact]
    public void Vector_FK2013_Krugman_AgainstMeanOfComparisonRegions()
    {
        // krugman.spec2: the region against the unweighted mean of the four Nordic comparison regions' shares,
        // 0.159501792269 (1e-6); documented 0.1595 (5e-5).
        const string Id = "krugman_spec2_FK2013";
        var inputs = Inputs(ConcentrationFile, Id);
        var comparisons = inputs.GetProperty("comparison_regions").EnumerateObject().Select(p => Doubles(p.Value)).ToArray();

        double k = Specialisation.Krugman(Doubles(inputs.GetProperty("region")), comparisons)!.Value;

        AssertExpectedAndDocumented(ConcentrationFile, Id, "K", k);
    }
}
