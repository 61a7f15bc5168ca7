using System;
using System.Text.Json;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Tests.Vectors;
using Xunit;
using static Taizhou.Metrics.Tests.Targets.AnnualSeries;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary>
/// Constant-growth projections against targets_projection_average_growth.json (derived from the definitions; the
/// tolerance is half a unit in the last printed digit) and hand calculations.
/// </summary>
public partial class ProjectTest
{
    private const string TargetsFile = "targets_projection_average_growth.json";

    [Fact]
    public void ConstantGrowth_LatestSixPercent_ProjectsTheVectorsTrendLevel()
    {
        // cluster_output_target_2021_synthetic: 3600 in 2017 at a 6 % trend gives 4544.917056 in 2021, 455.082944
        // short of 5000, so the target is not reached. 2016 is 3600 / 1.06, so the latest growth is 6 %.
        var c = VectorFile.Case(TargetsFile, "cluster_output_target_2021_synthetic");
        var inputs = c.GetProperty("inputs");
        var expected = c.GetProperty("expected");
        decimal baseValue = VectorFile.Decimal(inputs.GetProperty("base_value_100m_yuan"))!.Value;
        decimal trend = VectorFile.Decimal(inputs.GetProperty("trend_growth"))!.Value;
        int baseYear = inputs.GetProperty("base_year").GetInt32(), targetYear = inputs.GetProperty("target_year").GetInt32();
        double target = inputs.GetProperty("target_value").GetDouble();

        var projection = Project.ConstantGrowth(Annual(baseYear - 1, baseValue / (1m + trend), baseValue), Year(targetYear));

        var projected = expected.GetProperty("projected_at_trend");
        var shortfall = expected.GetProperty("shortfall_at_trend");
        var point = projection.At(Year(targetYear));
        AssertClose(projected.GetDouble(), point.Estimate, VectorFile.HalfUnitOfLastDigit(projected), "projected_at_trend");
        AssertClose(shortfall.GetDouble(), target - point.Estimate, VectorFile.HalfUnitOfLastDigit(shortfall), "shortfall_at_trend");
        Assert.Equal(expected.GetProperty("target_reached").GetBoolean(), projection.FirstReaching(target) is not null);
        Assert.Null(projection.FirstReaching(target)); // not within the horizon
        AssertClose((double)trend, projection.Parameter("growth"), 1e-15, "growth");
        Assert.Equal(ProjectionMethod.ConstantGrowth, projection.Method);
        Assert.Equal(Year(baseYear), projection.LastActualPeriod);
        Assert.Equal(baseValue, projection.LastActualValue);
        Assert.Equal(targetYear - baseYear, projection.Path.Length);
    }

    [Fact]
    public void ConstantGrowth_AverageOfLastFourYears_IsGeometricAndProjectsTheSameTrendLevel()
    {
        // 2013 is 3600 / 1.06^4, the years between vary: the geometric average over the four growths is still 6 %.
        var c = VectorFile.Case(TargetsFile, "cluster_output_target_2021_synthetic");
        var projected = c.GetProperty("expected").GetProperty("projected_at_trend");
        decimal start = 3600m / (1.06m * 1.06m * 1.06m * 1.06m);

        var projection = Project.ConstantGrowth(Annual(2013, start, 2950m, 3100m, 3380m, 3600m), Year(2021), ConstantGrowthBasis.AverageOfLast(4));

        AssertClose(projected.GetDouble(), projection.At(Year(2021)).Estimate, VectorFile.HalfUnitOfLastDigit(projected), "projected_at_trend");
        AssertClose(0.06, projection.Parameter("growth"), 1e-15, "growth");
        Assert.Equal(4, projection.Parameter("periods"));
        Assert.Equal(5, projection.Fit.Observations);
        Assert.Equal(3, projection.Fit.DegreesOfFreedom);
    }

    [Fact]
    public void ConstantGrowth_AverageOfFiveYears_IsTheLevelMethodRate()
    {
        // average_growth_level_vs_cumulative_method: 水平法 (160 / 100)^(1/5) − 1 = 0.09856054.
        var c = VectorFile.Case(TargetsFile, "average_growth_level_vs_cumulative_method");
        decimal y0 = VectorFile.Decimal(c.GetProperty("inputs").GetProperty("y0"))!.Value;
        var levels = VectorFile.Decimals(c.GetProperty("inputs").GetProperty("y1_to_y5"));
        var expected = c.GetProperty("expected").GetProperty("水平法_geometric");
        decimal[] values = new decimal[levels.Count + 1];
        values[0] = y0;
        for (int i = 0; i < levels.Count; i++)
        {
            values[i + 1] = levels[i]!.Value;
        }

        var projection = Project.ConstantGrowth(Annual(2013, values), Year(2019), ConstantGrowthBasis.AverageOfLast(5));

        AssertClose(expected.GetDouble(), projection.Parameter("growth"), VectorFile.HalfUnitOfLastDigit(expected), "水平法");
        AssertClose(160 * (1 + projection.Parameter("growth")), projection.Path[0].Estimate, 1e-9, "2019");
    }

    [Fact]
    public void ConstantGrowth_Latest_HasNoIntervalsAndNoProbability()
    {
        var projection = Project.ConstantGrowth(Annual(2017, 100m, 110m), Year(2021));

        AssertClose(121.0, projection.Path[0].Estimate, 1e-9, "2019");
        AssertClose(133.1, projection.Path[1].Estimate, 1e-9, "2020");
        AssertClose(146.41, projection.Path[2].Estimate, 1e-9, "2021");
        Assert.All(projection.Path, p => Assert.Null(p.Interval));
        Assert.False(projection.HasIntervals);
        Assert.Null(projection.ConfidenceLevel);
        Assert.Null(projection.ProbabilityOfReaching(Year(2020), 140));
        Assert.Null(projection.Fit.ResidualStandardError);
        Assert.Null(projection.Fit.RSquared);
        Assert.Equal(0, projection.Fit.DegreesOfFreedom);
        Assert.DoesNotContain(projection.Parameters, p => p.Name == "logGrowthSd");
    }

    [Fact]
    public void ConstantGrowth_TwoGrowthRates_IntervalMatchesHandCalculation()
    {
        // 100 → 110 → 132: growths 10 % and 20 %; r̄ = ln(1.32) / 2, s = |ln 1.2 − ln 1.1| / √2 (1 degree of freedom).
        // h = 2: estimate 132 × 1.32 = 174.24; s_2 = s √(2 + 4/2) = 2 s; interval 174.24 × exp(± t(0.975, 1) × 2 s).
        // h = 1: s_1 = s √(1 + 1/2).
        var projection = Project.ConstantGrowth(Annual(2016, 100m, 110m, 132m), Year(2020), ConstantGrowthBasis.AverageOfLast(2));

        double s = Math.Abs(Math.Log(1.2) - Math.Log(1.1)) / Math.Sqrt(2);
        AssertClose(s, projection.Fit.ResidualStandardError!.Value, 1e-14, "s");
        AssertClose(s, projection.Parameter("logGrowthSd"), 1e-14, "logGrowthSd");
        var p2 = projection.At(Year(2020));
        AssertClose(174.24, p2.Estimate, 1e-9, "estimate 2020");
        AssertClose(174.24 * Math.Exp(-T975With1Df * 2 * s), p2.Interval!.Value.Lower, 1e-6, "lower 2020");
        AssertClose(174.24 * Math.Exp(T975With1Df * 2 * s), p2.Interval!.Value.Upper, 1e-6, "upper 2020");
        var p1 = projection.At(Year(2019));
        AssertClose(2 * T975With1Df * s * Math.Sqrt(1.5), Math.Log(p1.Interval!.Value.Upper / p1.Interval!.Value.Lower), 1e-9, "log width 2019");

        AssertClose(0.5, projection.ProbabilityOfReaching(Year(2020), 174.24)!.Value, 1e-12, "P at the estimate");
        AssertClose(0.025, projection.ProbabilityOfReaching(Year(2020), p2.Interval!.Value.Upper)!.Value, 1e-9, "P at the upper bound");
    }

    [Fact]
    public void ConstantGrowth_UsesOnlyTheLastKPlusOnePeriods()
    {
        // An earlier gap and a non-positive value do not matter when they are outside the window.
        var series = Taizhou.Metrics.Series.TimeSeries.FromValues(
            Taizhou.Metrics.Series.SeriesKind.Flow,
            Taizhou.Metrics.Units.MetricUnit.YiYuan,
            [Year(2010), Year(2012), Year(2013), Year(2014)],
            [-5m, 100m, 110m, 121m]);

        var projection = Project.ConstantGrowth(series, Year(2015), ConstantGrowthBasis.AverageOfLast(2));

        AssertClose(0.1, projection.Parameter("growth"), 1e-14, "growth");
        AssertClose(0.0, projection.Fit.ResidualStandardError!.Value, 1e-14, "s");
    }

    [Fact]
    public void ConstantGrowth_FallToAlmostNothing_HasAFiniteLogGrowthAndAPositivePath()
    {
        // 2690 → 1e-13: g = 1e-13 / 2690 − 1 is −1 in a double, so ln(1 + g) was −∞ and the path all zeros.
        // ln(1e-13 / 2690) = −13 ln 10 − ln 2690 = −29.933607 − 7.897296 = −37.830903 (by hand).
        var projection = Project.ConstantGrowth(Annual(2019, 2690m, 0.0000000000001m), Year(2022));

        double mean = projection.Parameter("logGrowthMean");
        Assert.Equal(-37.830903, mean, 5);
        Assert.All(projection.Path, p => Assert.True(p.Estimate > 0.0 && double.IsFinite(p.Estimate), $"{p}"));
        // 2021: 1e-13 × e^(−37.830903) = 1e-13 × 3.7175e-17 = 3.7175e-30.
        Assert.Equal(3.7175e-30, projection.Path[0].Estimate, 1e-33);
    }

    [Fact]
    public void ConstantGrowth_OverTwoPeriods_FallToAlmostNothing_HasFiniteIntervals()
    {
        var projection = Project.ConstantGrowth(Annual(2018, 2690m, 1m, 0.0000000000001m), Year(2021), ConstantGrowthBasis.AverageOfLast(2));
        Assert.True(double.IsFinite(projection.Parameter("logGrowthMean")));
        Assert.True(double.IsFinite(projection.Parameter("logGrowthSd")));
        Assert.All(projection.Path, p =>
        {
            Assert.True(double.IsFinite(p.Estimate));
            Assert.True(p.Interval!.Value.Lower >= 0.0);
        });
    }
}
