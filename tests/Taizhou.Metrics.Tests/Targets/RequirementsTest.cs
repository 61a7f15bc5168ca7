using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Tests.Vectors;
using Xunit;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary>Requirements of targets; vector cases from targets_projection_average_growth.json and hand calculations.</summary>
public class RequirementsTest
{
    private const string File = "targets_projection_average_growth.json";
    private static readonly ReportingPeriod Y2017 = ReportingPeriod.CalendarYear(2017);
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.CalendarYear(2021);

    [Fact]
    public void AnnualGrowth_3600To5000By2021_MatchesVector()
    {
        var c = VectorFile.Case(File, "cluster_output_target_2021_synthetic");
        var r = Requirements.AnnualGrowth(3600m, Y2017, new ValueTarget("clusters", Y2021, 5000m));

        Assert.Equal(4.0, r.Years);
        Assert.Equal(c.GetProperty("expected").GetProperty("required_CAGR").GetDouble(), r.Rate.Value, 7);
    }

    [Theory]
    [InlineData("cluster_share_target_70pct_synthetic", TargetConstraint.Value)]
    [InlineData("cluster_share_target_70pct_binding_synthetic", TargetConstraint.Share)]
    public void Combined_ShareAndValueTargets_BindingMatchesVector(string id, TargetConstraint binding)
    {
        var c = VectorFile.Case(File, id);
        var i = c.GetProperty("inputs");
        var e = c.GetProperty("expected");
        var r = Requirements.Combined(
            VectorFile.Decimal(i.GetProperty("cluster_base"))!.Value,
            VectorFile.Decimal(i.GetProperty("above_scale_total_base"))!.Value,
            GrowthRate.FromFraction(i.GetProperty("above_scale_total_growth").GetDouble()),
            Y2017,
            new ValueTarget("output", Y2021, VectorFile.Decimal(i.GetProperty("absolute_target"))!.Value),
            new ShareTarget("share", Y2021, i.GetProperty("share_target").GetDouble()));

        Assert.Equal(e.GetProperty("projected_total").GetDouble(), (double)r.Share.ProjectedTotal, 5);
        Assert.Equal(e.GetProperty("cluster_needed_for_share").GetDouble(), (double)r.Share.PartNeeded, 5);
        Assert.Equal(e.GetProperty("binding_requirement").GetDouble(), (double)r.BindingLevel, 5);
        Assert.Equal(binding, r.Binding);
        Assert.Equal(e.GetProperty("binding_constraint").GetString(), binding == TargetConstraint.Value ? "absolute" : "share");
        Assert.Equal(e.GetProperty("required_CAGR").GetDouble(), r.RequiredGrowth.Value, 7);
        Assert.Equal(e.GetProperty("base_share").GetDouble(), r.Share.BaseShare!.Value, 8);
    }

    [Fact]
    public void ForShare_GivesTheDifferentialAgainstTheRest()
    {
        // part 30 of 100, total +5 %/yr for 2 years: total 110.25, part needed 0.5 × 110.25 = 55.125
        // part growth sqrt(55.125 / 30) − 1 = 0.35554; rest 70 → 55.125: sqrt(55.125 / 70) − 1 = −0.11259
        var r = Requirements.ForShare(30m, 100m, GrowthRate.FromFraction(0.05), ReportingPeriod.CalendarYear(2019), new ShareTarget("half", Y2021, 0.5));

        Assert.Equal(110.25, (double)r.ProjectedTotal, 10);
        Assert.Equal(55.125, (double)r.PartNeeded, 10);
        Assert.Equal(Math.Sqrt(55.125 / 30.0) - 1.0, r.RequiredPartGrowth.Value, 12);
        Assert.Equal(Math.Sqrt(55.125 / 70.0) - 1.0, r.RestGrowth.Value, 12);
        Assert.Equal(r.RequiredPartGrowth.Value - r.RestGrowth.Value, r.Differential!.Value, 15);
    }

    [Fact]
    public void RestOfTotal_SeventyPercentOf5000_LeavesTheRestAtMost2142_9()
    {
        // 5000 / 0.7 = 7142.857; rest ≤ 2142.857; from 3182.0 in 2017 over 4 years: (2142.857 / 3182.0)^(1/4) − 1 = −0.09418
        var c = Requirements.RestOfTotal(5000m, new ShareTarget("70 %", Y2021, 0.7), 3182.0m, Y2017);

        Assert.Equal(7142.857142857, (double)c.TotalAtTarget, 6);
        Assert.Equal(2142.857142857, (double)c.MaximumRest, 6);
        Assert.Equal(Math.Pow(2142.857142857143 / 3182.0, 0.25) - 1.0, c.MaximumRestGrowth.Value, 9);
        Assert.True(c.MaximumRestGrowth.Value < 0.0);
    }

    [Fact]
    public void YearsBetween_CountsBetweenLastMonths()
    {
        Assert.Equal(3.0, Requirements.YearsBetween(ReportingPeriod.CalendarYear(2018), Y2021));
        Assert.Equal(3.5, Requirements.YearsBetween(ReportingPeriod.YearToDate(2018, 6), Y2021));
        Assert.Throws<ArgumentException>(() => Requirements.YearsBetween(Y2021, Y2017));
    }

    [Fact]
    public void Combined_TargetsForDifferentYears_Throw() =>
        Assert.Throws<ArgumentException>(() => Requirements.Combined(1m, 2m, GrowthRate.FromFraction(0.1), Y2017, new ValueTarget("v", Y2021, 5m), new ShareTarget("s", ReportingPeriod.CalendarYear(2022), 0.5)));
}
