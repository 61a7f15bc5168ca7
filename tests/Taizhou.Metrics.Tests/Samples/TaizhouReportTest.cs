using System;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Samples;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Samples;

/// <summary>
/// The report derived from the seed. Expected values: ../shared/seed/FIGURES.md ("Derived" paragraph) and the hand
/// calculations in the comments.
/// </summary>
public class TaizhouReportTest
{
    private static readonly TaizhouReport Report = TaizhouReport.Compute(TaizhouSample.Instance);

    [Fact]
    public void ImpliedClusterBase_Is1042_27Over1_267()
    {
        // 1042.27 / 1.267 = 822.628255722178... → 822.63 (FIGURES.md)
        Assert.Equal(822.63m, Math.Round(Report.ImpliedClusterBase.Value, 2));
        Assert.Equal(MetricUnit.YiYuan, Report.ImpliedClusterBase.Unit);
    }

    [Fact]
    public void ClusterIncrease_IsOutputMinusImpliedBase()
    {
        // 1042.27 − 822.6283 = 219.6417 → 219.64 (FIGURES.md)
        Assert.Equal(219.64m, Math.Round(Report.ClusterIncrease.Value, 2));
        Assert.Equal(Report.ClusterOutput.Value, Report.ImpliedClusterBase.Value + Report.ClusterIncrease.Value);
    }

    [Fact]
    public void ImpliedCityBase_IsIncreaseOverNinePointOnePoints()
    {
        // 219.64174 / 0.091 = 2413.6455 → 2413.6 (FIGURES.md)
        Assert.Equal(2413.6m, Math.Round(Report.ImpliedCityBase.Value, 1));
    }

    [Fact]
    public void FullYear_FromHalfYear_IsRunRateAndSaysSo()
    {
        Assert.Equal(FullYearMethod.RunRate, Report.FullYearEstimate.Method);
        Assert.Equal(2084.54m, Report.FullYearEstimate.Value); // 1042.27 × 12 / 6
        Assert.Equal(ReportingPeriod.CalendarYear(2018), Report.FullYearEstimate.Year);
        Assert.Contains("12 / 6", Report.FullYearEstimate.Assumption, StringComparison.Ordinal);
    }

    [Fact]
    public void RequiredGrowth_To5000In2021_IsCubeRootOfTheRatio()
    {
        // (5000 / 2084.54)^(1/3) − 1: 5000 / 2084.54 = 2.398610; cube root 1.338608 → 33.86 %
        Assert.Equal(3, Report.YearsToTarget);
        Assert.Equal(Math.Cbrt(5000.0 / 2084.54) - 1.0, Report.RequiredGrowth.GetFraction(), 12);
        Assert.Equal(0.3386, Report.RequiredGrowth.GetFraction(), 4);
    }

    [Fact]
    public void ProjectionAtCurrentGrowth_FallsShortOfTheTarget()
    {
        // 2084.54 × 1.267³ = 2084.54 × 2.033901163 = 4239.748 → gap −760.25
        Assert.Equal(4239.748, (double)Report.ProjectedAtCurrentGrowth.Value, 3);
        Assert.Equal(-760.252, (double)Report.ProjectedGap.Value, 3);
        Assert.False(Report.OnTrack);
    }

    [Fact]
    public void ShareTarget_ImpliesTotalOf7142_9()
    {
        // 5000 / 0.7 = 7142.857
        Assert.Equal(7142.9m, Math.Round(Report.ShareTargetImpliedTotal.Value, 1));
    }

    [Fact]
    public void Periods_AreJanuaryToJune2018AndAYearEarlier()
    {
        Assert.Equal("2018年1-6月", Report.Period.ToString(PeriodNotation.Chinese));
        Assert.Equal("2017年1-6月", Report.BasePeriod.ToString(PeriodNotation.Chinese));
    }

    [Fact]
    public void RestOfEconomy_ShareTargetRequiresItToShrink()
    {
        // rest H1 2017 = 2413.6455 − 822.6283 = 1591.0173; full year ×2 = 3182.0346;
        // under 70 % with the clusters at 5000: rest ≤ 2142.857 in 2021: (2142.857 / 3182.0346)^(1/4) − 1 = −0.0940
        double restH1 = (1042.27 / 1.267 * 0.267 / 0.091) - (1042.27 / 1.267);
        Assert.Equal(restH1, (double)Report.RestOfEconomyBase.Value, 6);
        Assert.Equal(restH1 * 2, (double)Report.RestOfEconomyFullYearEstimate.Value, 6);
        Assert.Equal(2142.857142857, (double)Report.RestCeiling.MaximumRest, 6);
        Assert.Equal(Math.Pow(2142.857142857143 / (restH1 * 2), 0.25) - 1.0, Report.RestCeiling.MaximumRestGrowth.GetFraction(), 9);
        Assert.Equal(-0.094, Report.RestCeiling.MaximumRestGrowth.GetFraction(), 3);
    }

    [Fact]
    public void Bounds_MatchFiguresMd()
    {
        Assert.Equal(822.30, Math.Round(Report.ImpliedClusterBaseBounds.Lower, 2));
        Assert.Equal(822.96, Math.Round(Report.ImpliedClusterBaseBounds.Upper, 2));
        Assert.Equal(2396.9, Math.Round(Report.ImpliedCityBaseBounds.Lower, 1));
        Assert.Equal(2430.6, Math.Round(Report.ImpliedCityBaseBounds.Upper, 1));
        Assert.True(Report.ClusterIncreaseBounds.Contains((double)Report.ClusterIncrease.Value));
    }

    [Fact]
    public void Compute_NullSample_Throws() =>
        Assert.Throws<ArgumentNullException>(() => TaizhouReport.Compute(null!));
}
