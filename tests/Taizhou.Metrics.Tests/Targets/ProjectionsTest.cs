using System;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Targets;
using Xunit;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary>Projections; expected values from targets_projection_average_growth.json (cluster_output_target_2021_synthetic).</summary>
public class ProjectionsTest
{
    [Fact]
    public void ConstantGrowth_SixPercentFourYears_MatchesVector()
    {
        // 3600 × 1.06^4 = 4544.917056
        decimal projected = Projections.ConstantGrowth(3600m, GrowthRate.FromFraction(0.06), 4);
        Assert.Equal(4544.917056, (double)projected, 6);
        Assert.Equal(455.082944, 5000.0 - (double)projected, 6); // shortfall_at_trend
    }

    [Fact]
    public void RequiredGrowth_3600To5000InFourYears_MatchesVector() =>
        Assert.Equal(0.0855926, Projections.RequiredGrowth(3600m, 5000m, 4).GetFraction(), 7);

    [Fact]
    public void RequiredGrowth_ZeroBase_IsUndefined() =>
        Assert.Equal(GrowthUndefinedReason.ZeroBase, Projections.RequiredGrowth(0m, 100m, 3).Reason);

    [Fact]
    public void ConstantGrowth_UndefinedRate_Throws() =>
        Assert.Throws<ArgumentException>(() => Projections.ConstantGrowth(1m, GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase), 1));

    [Fact]
    public void ConstantGrowth_ZeroYears_IsTheStart() =>
        Assert.Equal(123.45m, Projections.ConstantGrowth(123.45m, GrowthRate.FromFraction(0.5), 0));
}
