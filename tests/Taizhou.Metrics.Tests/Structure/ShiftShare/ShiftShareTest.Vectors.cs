using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Tests.Vectors;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// REAT 3.0.3's <c>shift()</c> and <c>shiftd()</c> on Farhauer/Kröll (2013), from <c>reat_shift_share.json</c>, with the
/// file's <c>tolerance_abs</c> (1e-9; the expected values are printed to 12 significant digits, so within 5e-12).
/// Where REAT returns NaN or ±Inf (a zero base in the region) the library differs on purpose and the test says why.
/// </summary>
public partial class ShiftShareTest
{
    private const string Reat = "reat_shift_share.json";

    private static double ReatTolerance => VectorFile.Load(Reat).GetProperty("tolerance_abs").GetDouble();

    private static (double[] E0, double[] E1, double[] N0, double[] N1) Inputs(JsonElement c)
    {
        var inputs = c.GetProperty("inputs");
        return (VectorFile.Doubles(inputs.GetProperty("e_ij_t")), VectorFile.Doubles(inputs.GetProperty("e_ij_t1")), VectorFile.Doubles(inputs.GetProperty("e_i_t")), VectorFile.Doubles(inputs.GetProperty("e_i_t1")));
    }

    private static double Expected(JsonElement c, string name) => c.GetProperty("expected").GetProperty(name).GetDouble();

    private static JsonElement ZeroBaseIndustryCase() =>
        VectorFile.Load(Reat).GetProperty("edge_cases").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "zero_base_industry");

    [Theory]
    [InlineData("FK2013_regionA_Dunn")]
    [InlineData("FK2013_regionB_Dunn")]
    [InlineData("FK2013_regionC_Dunn")]
    public void Vector_Reat_Dunn(string id)
    {
        var c = VectorFile.Case(Reat, id);
        Assert.Equal("Dunn", c.GetProperty("method").GetString());
        var (e0, e1, n0, n1) = Inputs(c);
        double tolerance = ReatTolerance;

        var total = ShiftShare.Dunn(e0, e1, n0, n1).Total;

        Assert.Equal(Expected(c, "Growth (t1-t)"), total.ActualChange, tolerance);
        Assert.Equal(Expected(c, "National share"), total.NationalShare, tolerance);
        Assert.Equal(Expected(c, "Industrial mix"), total.IndustryMix, tolerance);
        Assert.Equal(Expected(c, "Regional share"), total.RegionalShift, tolerance);
        Assert.Equal(Expected(c, "Net total shift"), total.NetTotalShift, tolerance);
    }

    [Theory]
    [InlineData("FK2013_regionA_Esteban")]
    [InlineData("FK2013_regionB_Esteban")]
    [InlineData("FK2013_regionC_Esteban")]
    public void Vector_Reat_EstebanMarquillas(string id)
    {
        // REAT's "Regional share" under Esteban is the competitive effect at the homothetic level.
        var c = VectorFile.Case(Reat, id);
        Assert.Equal("Esteban", c.GetProperty("method").GetString());
        var (e0, e1, n0, n1) = Inputs(c);
        double tolerance = ReatTolerance;

        var total = ShiftShare.EstebanMarquillas(e0, e1, n0, n1).Total;

        Assert.Equal(Expected(c, "Growth (t1-t)"), total.ActualChange, tolerance);
        Assert.Equal(Expected(c, "National share"), total.NationalShare, tolerance);
        Assert.Equal(Expected(c, "Industrial mix"), total.IndustryMix, tolerance);
        Assert.Equal(Expected(c, "Regional share"), total.CompetitiveEffect, tolerance);
        Assert.Equal(Expected(c, "Allocation effect"), total.AllocationEffect, tolerance);
    }

    [Theory]
    [InlineData("FK2013_regionA_Gerfin")]
    [InlineData("FK2013_regionB_Gerfin")]
    [InlineData("FK2013_regionC_Gerfin")]
    public void Vector_Reat_Gerfin(string id)
    {
        var c = VectorFile.Case(Reat, id);
        Assert.Equal("Gerfin", c.GetProperty("method").GetString());
        var (e0, e1, n0, n1) = Inputs(c);
        double tolerance = ReatTolerance;

        var result = ShiftShare.Gerfin(e0, e1, n0, n1);

        Assert.Equal(Expected(c, "Industrial mix"), result.IndustryMix!.Value, tolerance);
        Assert.Equal(Expected(c, "Regional share"), result.RegionalShift!.Value, tolerance);
        Assert.Equal(Expected(c, "Net total shift"), result.NetTotalShift!.Value, tolerance);
    }

    [Fact]
    public void Vector_Reat_EveryCaseIsCovered()
    {
        // Guards against a case added to the file but not to the theories above.
        var ids = VectorFile.Load(Reat).GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetString()!).ToHashSet();
        string[] covered =
        [
            "FK2013_regionA_Dunn", "FK2013_regionB_Dunn", "FK2013_regionC_Dunn",
            "FK2013_regionA_Esteban", "FK2013_regionB_Esteban", "FK2013_regionC_Esteban",
            "FK2013_regionA_Gerfin", "FK2013_regionB_Gerfin", "FK2013_regionC_Gerfin",
        ];
        Assert.Equal(covered.ToHashSet(), ids);
    }

    [Fact]
    public void Vector_Reat_DynamicDunn_2000To2002()
    {
        // REAT shiftd(shift.method = "Dunn") on region A over 2000–2002: per year and summed.
        var c = VectorFile.Load(Reat).GetProperty("dynamic_case");
        var inputs = c.GetProperty("inputs");
        IReadOnlyList<IReadOnlyList<double>> region = inputs.GetProperty("e_ij").EnumerateArray().Select(VectorFile.Doubles).ToArray();
        IReadOnlyList<IReadOnlyList<double>> reference = inputs.GetProperty("e_i").EnumerateArray().Select(VectorFile.Doubles).ToArray();
        var expected = c.GetProperty("expected");
        Assert.Equal(
            ["Growth (t1-t)", "National share", "Industrial mix", "Regional share", "Net total shift"],
            VectorFile.Strings(expected.GetProperty("components_names")));
        double tolerance = ReatTolerance;
        ReportingPeriod[] years = [ReportingPeriod.CalendarYear(2000), ReportingPeriod.CalendarYear(2001), ReportingPeriod.CalendarYear(2002)];

        var result = ShiftShare.Dynamic(["1", "2", "3", "4"], years, region, reference);

        Assert.Equal(2, result.Steps.Count);
        AssertReatRow(VectorFile.Doubles(expected.GetProperty("year1")), result.Steps[0].Total, tolerance);
        AssertReatRow(VectorFile.Doubles(expected.GetProperty("year2")), result.Steps[1].Total, tolerance);
        AssertReatRow(VectorFile.Doubles(expected.GetProperty("total_sum_of_years")), result.Total, tolerance);
        Assert.Equal(years, result.Periods);
    }

    [Fact]
    public void Vector_Reat_ZeroBaseIndustry_Dunn_RegionalShiftIs5_NotNaN()
    {
        // REAT: RS = Σ e₀ (e₁ / e₀ − rᵢ) is 0 × (5/0 − 1.1) = NaN for the industry new to the region, so its
        // components (0.5 − 0.5 + NaN) no longer add up to the growth of 5. The library multiplies out,
        // RS = Σ (e₁ − e₀ rᵢ) = 5 + 0, as the vector recommends: 0.5 − 0.5 + 5 = 5. Where REAT is finite (Δ, NS, IM,
        // NTS) the library agrees with it.
        var c = ZeroBaseIndustryCase();
        var (e0, e1, n0, n1) = Inputs(c);
        var reat = c.GetProperty("peer_output_REAT_Dunn");
        double tolerance = ReatTolerance;

        var result = ShiftShare.Dunn(e0, e1, n0, n1);
        var total = result.Total;

        Assert.Equal("NaN", reat.GetProperty("Regional share").GetString());
        Assert.Equal(c.GetProperty("recommended_expected").GetProperty("Regional share").GetDouble(), total.RegionalShift, tolerance);
        Assert.Equal(reat.GetProperty("Growth (t1-t)").GetDouble(), total.ActualChange, tolerance);
        Assert.Equal(reat.GetProperty("National share").GetDouble(), total.NationalShare, tolerance);
        Assert.Equal(reat.GetProperty("Industrial mix").GetDouble(), total.IndustryMix, tolerance);
        Assert.Equal(reat.GetProperty("Net total shift").GetDouble(), total.NetTotalShift, tolerance);
        Assert.Equal(total.ActualChange, total.NationalShare + total.IndustryMix + total.RegionalShift, tolerance);

        // Per industry: the new industry's whole change is regional; NS = IM = 0 there.
        AssertComponents(5, 0, 0, 5, result.Industries[0].Components, tolerance);
        AssertComponents(0, 0.5, -0.5, 0, result.Industries[1].Components, tolerance);
    }

    [Fact]
    public void Vector_Reat_ZeroBaseIndustry_EstebanMarquillas_FiniteNotPlusMinusInf()
    {
        // REAT: C = e′ (5/0 − 1.1) = +Inf and A = (0 − e′)(5/0 − 1.1) = −Inf. The library assigns the new industry's
        // whole regional shift (5) to the competitive effect and none to allocation: C = 5 + 0, A = 0 + 0, so that
        // NS + IM + C + A = 0.5 − 0.5 + 5 + 0 = 5, the growth.
        var c = ZeroBaseIndustryCase();
        var (e0, e1, n0, n1) = Inputs(c);
        var reat = c.GetProperty("peer_output_REAT_Esteban");
        double tolerance = ReatTolerance;

        var result = ShiftShare.EstebanMarquillas(e0, e1, n0, n1);

        Assert.Equal("Inf", reat.GetProperty("Regional share").GetString());
        Assert.Equal("-Inf", reat.GetProperty("Allocation effect").GetString());
        Assert.Equal(5.0, result.Total.CompetitiveEffect, tolerance);
        Assert.Equal(0.0, result.Total.AllocationEffect, tolerance);
        Assert.Equal(5.0, result.Industries[0].Components.CompetitiveEffect, tolerance);
        Assert.Equal(5.0, result.Industries[0].HomotheticLevel, tolerance); // 10 × 100 / 200
        Assert.Equal(0.0, result.Industries[0].Components.AllocationEffect);
        var t = result.Total;
        Assert.Equal(t.ActualChange, t.NationalShare + t.IndustryMix + t.CompetitiveEffect + t.AllocationEffect, tolerance);
    }

    private static void AssertReatRow(double[] row, ShiftShareComponents actual, double tolerance)
    {
        Assert.Equal(row[0], actual.ActualChange, tolerance);
        Assert.Equal(row[1], actual.NationalShare, tolerance);
        Assert.Equal(row[2], actual.IndustryMix, tolerance);
        Assert.Equal(row[3], actual.RegionalShift, tolerance);
        Assert.Equal(row[4], actual.NetTotalShift, tolerance);
    }
}
