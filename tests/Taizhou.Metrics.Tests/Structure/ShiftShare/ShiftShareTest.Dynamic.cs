using System.Collections.Generic;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>The dynamic (year-by-year) variant: hand calculations and its relation to the classic analysis.</summary>
public partial class ShiftShareTest
{
    private static readonly ReportingPeriod[] Years2018To2020 =
        [ReportingPeriod.CalendarYear(2018), ReportingPeriod.CalendarYear(2019), ReportingPeriod.CalendarYear(2020)];

    [Fact]
    public void Dynamic_TwoPeriods_IsTheClassicAnalysis()
    {
        var dynamic = ShiftShare.Dynamic(Names, [Years2018To2020[0], Years2018To2020[1]], [E0, E1], [N0, N1]);
        var classic = ShiftShare.Dunn(Names, E0, E1, N0, N1);

        Assert.Single(dynamic.Steps);
        Assert.Equal(classic.Total, dynamic.Total);
        Assert.Equal(classic.Industries[0].Components, dynamic.IndustryTotals[0]);
        Assert.Equal(classic.Industries[1].Components, dynamic.IndustryTotals[1]);
        Assert.Equal(Names, dynamic.Industries);
    }

    [Fact]
    public void Dynamic_HandCalculation_IndustryLeavesAndReturns()
    {
        // Machinery vanishes from the region in 2019 and comes back in 2020 (REAT: NaN in the second step).
        // Region: (100, 50) → (120, 0) → (130, 30); reference: (1000, 1000) → (1100, 1300) → (1210, 1300).
        // Step 1 (R = 1.2): textiles NS 20, IM −10, RS 10; machinery NS 10, IM 5, RS 0 − 65 = −65.
        // Step 2 (N 2400 → 2510, R − 1 = 110/2400): textiles r = 1.1: NS = 120 × 110/2400 = 5.5, IM = 12 − 5.5 = 6.5,
        // RS = 130 − 132 = −2; machinery e₀ = 0: NS = IM = 0, RS = 30.
        // Totals: Δ = 160 − 150 = 10; NS = 35.5; IM = 1.5; RS = −27.
        IReadOnlyList<IReadOnlyList<double>> region = [[100.0, 50.0], [120.0, 0.0], [130.0, 30.0]];
        IReadOnlyList<IReadOnlyList<double>> reference = [[1000.0, 1000.0], [1100.0, 1300.0], [1210.0, 1300.0]];

        var result = ShiftShare.Dynamic(Names, Years2018To2020, region, reference);

        AssertComponents(-50, 10, 5, -65, result.Steps[0].Industries[1].Components, Tight);
        AssertComponents(10, 5.5, 6.5, -2, result.Steps[1].Industries[0].Components, Tight);
        AssertComponents(30, 0, 0, 30, result.Steps[1].Industries[1].Components, Tight);
        AssertComponents(30, 25.5, -3.5, 8, result.IndustryTotals[0], Tight);
        AssertComponents(-20, 10, 5, -35, result.IndustryTotals[1], Tight);
        AssertComponents(10, 35.5, 1.5, -27, result.Total, Tight);
        Assert.Equal("Dynamic shift-share 2018–2020, 2 steps: Δ 10 = NS 35.5 + IM 1.5 + RS -27", result.ToString());
    }
}
