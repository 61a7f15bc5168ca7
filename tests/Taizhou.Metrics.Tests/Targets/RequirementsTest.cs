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
    public void AnnualGrowth_PartYearLevelAgainstAnnualTarget_Throws()
    {
        // 1042.27 億元 in 2018年1-6月 to 5000 by 2021 would read as (5000 / 1042.27)^(1/3.5) − 1 = +56.5 % a year.
        var h1 = ReportingPeriod.YearToDate(2018, 6);
        var target = new ValueTarget("clusters", Y2021, 5000m);

        var ex = Assert.Throws<ArgumentException>(() => Requirements.AnnualGrowth(1042.27m, h1, target));
        Assert.Equal("latestPeriod", ex.ParamName);
        Assert.Contains("2018年1-6月", ex.Message, StringComparison.Ordinal);
        Assert.Contains("FullYearEstimate", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Requirements.ForShare(300m, 1042.27m, GrowthRate.FromFraction(0.1), h1, new ShareTarget("s", Y2021, 0.7)));
        Assert.Throws<ArgumentException>(() => Requirements.Combined(300m, 1042.27m, GrowthRate.FromFraction(0.1), h1, target, new ShareTarget("s", Y2021, 0.7)));
        Assert.Throws<ArgumentException>(() => Requirements.RestOfTotal(5000m, new ShareTarget("s", Y2021, 0.7), 400m, h1));
    }

    [Fact]
    public void AnnualGrowth_FromFullYearEstimate_CountsYearsFromTheEstimatedYear()
    {
        // Run rate 1042.27 × 12 / 6 = 2084.54 for 2018; (5000 / 2084.54)^(1/3) − 1 = 0.33892… (by hand: ln 2.398611 = 0.874891,
        // / 3 = 0.291630, e^0.29 × e^0.00163 = 1.336427 × 1.001631 = 1.338607).
        var estimate = FullYear.FromRunRate(ReportingPeriod.YearToDate(2018, 6), 1042.27m);
        var r = Requirements.AnnualGrowth(estimate, new ValueTarget("clusters", Y2021, 5000m));

        Assert.Equal(3.0, r.Years);
        Assert.Equal(0.338607, r.Rate.GetFraction(), 5);
        Assert.Equal("+33.9%", r.Rate.ToString());
        Assert.Equal(ReportingPeriod.CalendarYear(2018), r.From);
    }

    [Fact]
    public void CumulativeLevel_AgainstTheSameMonthsOfALaterYear_IsAllowed()
    {
        // 1-6月 to 1-6月: like for like, 3 years.
        var r = Requirements.AnnualGrowth(1042.27m, ReportingPeriod.YearToDate(2018, 6), new ValueTarget("h1", ReportingPeriod.YearToDate(2021, 6), 2000m));
        Assert.Equal(3.0, r.Years);
        Assert.Equal(4.0, Requirements.AnnualGrowth(3000m, ReportingPeriod.YearToDate(2017, 12), new ValueTarget("fy", Y2021, 5000m)).Years);
    }

    [Fact]
    public void FullYearOverloads_UseTheEstimatesAndTheirYear()
    {
        var part = FullYear.FromRunRate(ReportingPeriod.YearToDate(2018, 6), 300m);
        var total = FullYear.FromRunRate(ReportingPeriod.YearToDate(2018, 6), 1000m);
        var share = new ShareTarget("s", Y2021, 0.7);

        var r = Requirements.ForShare(part, total, GrowthRate.FromFraction(0.05), share);
        Assert.Equal(600m, r.PartLatest);
        Assert.Equal(2000m, r.TotalLatest);
        Assert.Equal(3.0, r.Years);
        var c = Requirements.Combined(part, total, GrowthRate.FromFraction(0.05), new ValueTarget("v", Y2021, 2000m), share);
        Assert.Equal(3.0, c.Share.Years);
        var ceiling = Requirements.RestOfTotal(5000m, share, FullYear.FromRunRate(ReportingPeriod.YearToDate(2017, 6), 700m));
        Assert.Equal(4.0, ceiling.Years);

        var otherYear = FullYear.FromRunRate(ReportingPeriod.YearToDate(2017, 6), 1000m);
        Assert.Throws<ArgumentException>(() => Requirements.ForShare(part, otherYear, GrowthRate.FromFraction(0.05), share));
    }

    [Fact]
    public void AnnualGrowth_3600To5000By2021_MatchesVector()
    {
        var c = VectorFile.Case(File, "cluster_output_target_2021_synthetic");
        var r = Requirements.AnnualGrowth(3600m, Y2017, new ValueTarget("clusters", Y2021, 5000m));

        Assert.Equal(4.0, r.Years);
        Assert.Equal(c.GetProperty("expected").GetProperty("required_CAGR").GetDouble(), r.Rate.GetFraction(), 7);
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
        Assert.Equal(e.GetProperty("required_CAGR").GetDouble(), r.RequiredGrowth.GetFraction(), 7);
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
        Assert.Equal(Math.Sqrt(55.125 / 30.0) - 1.0, r.RequiredPartGrowth.GetFraction(), 12);
        Assert.Equal(Math.Sqrt(55.125 / 70.0) - 1.0, r.RestGrowth.GetFraction(), 12);
        Assert.Equal(r.RequiredPartGrowth.GetFraction() - r.RestGrowth.GetFraction(), r.Differential!.Value, 15);
    }

    [Fact]
    public void RestOfTotal_SeventyPercentOf5000_LeavesTheRestAtMost2142_9()
    {
        // 5000 / 0.7 = 7142.857; rest ≤ 2142.857; from 3182.0 in 2017 over 4 years: (2142.857 / 3182.0)^(1/4) − 1 = −0.09418
        var c = Requirements.RestOfTotal(5000m, new ShareTarget("70 %", Y2021, 0.7), 3182.0m, Y2017);

        Assert.Equal(7142.857142857, (double)c.TotalAtTarget, 6);
        Assert.Equal(2142.857142857, (double)c.MaximumRest, 6);
        Assert.Equal(Math.Pow(2142.857142857143 / 3182.0, 0.25) - 1.0, c.MaximumRestGrowth.GetFraction(), 9);
        Assert.True(c.MaximumRestGrowth.GetFraction() < 0.0);
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
