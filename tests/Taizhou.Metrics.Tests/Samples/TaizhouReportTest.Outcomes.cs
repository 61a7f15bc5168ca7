using System;
using System.Linq;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Samples;
using Taizhou.Metrics.Targets;
using Xunit;

namespace Taizhou.Metrics.Tests.Samples;

/// <summary>
/// The 2021 verdict of the report, from the outcomes of ../shared/seed/OUTCOMES.md embedded in the sample as
/// published. Expected values by hand in the comments.
/// </summary>
public class TaizhouReportOutcomesTest
{
    private static readonly TaizhouReport Report = TaizhouReport.Compute(TaizhouSample.Instance);

    [Fact]
    public void ListedCompanies_66Of100_MissedBy34()
    {
        var v = Report.ListedCompaniesVerdict;

        Assert.Equal(PlanVerdict.Missed, v.Verdict);
        // 66 / 100.
        Assert.Equal(0.66, v.Attainment!.Value, 12);
        Assert.Equal(34.0, v.Shortfall!.Value, 12);
        // (100 / 52)^(1/4) − 1 = 1.1776037 − 1; (66 / 52)^(1/4) − 1 = 1.0614148 − 1.
        Assert.Equal(0.177604, v.RequiredGrowth.GetFraction(), 6);
        Assert.Equal(0.061415, v.AchievedGrowth.GetFraction(), 6);
    }

    [Fact]
    public void SevenClusters_NotEvaluable_WithTheLowerBoundOfTheFiveThatReported()
    {
        var v = Report.ClusterOutputVerdict;

        Assert.Equal(PlanVerdict.NotEvaluable, v.Verdict);
        // 1100 + 600 + 200 (over) + 200 × 0.95 + 550 × 0.95 = 2612.5, open below (the over figures exclude their bound).
        Assert.Equal(2612.5, v.Total.Range.Lower, 9);
        Assert.True(v.Total.Range.LowerOpen);
        Assert.False(v.Total.Range.IsBoundedAbove);
        Assert.Equal(["aviation", "toilets"], v.Missing);
        Assert.Equal([2019, 2020, 2021], v.Periods.Select(p => p.Year));
        Assert.Equal(5, TaizhouSample.Instance.ClusterOutcomes.Count(c => c.IsReported));
        Assert.Equal(FigureQualifier.Over, TaizhouSample.Instance.ClusterOutcomes[0].Value!.Value.Qualifier);
    }

    [Fact]
    public void OtherTierTargets_NotEvaluable_ValueAddedGrowth1Point4AboveThe2018Pace()
    {
        Assert.Equal(3, Report.TierVerdicts.Count);
        Assert.All(Report.TierVerdicts, v => Assert.Equal(PlanVerdict.NotEvaluable, v.Verdict));
        // +12.4 % (2021) − +11.0 % (January-June 2018).
        Assert.Equal(0.014, Report.ValueAddedGrowthAbove2018Pace, 12);
        Assert.Equal(1453.9m, TaizhouSample.Instance.AboveScaleValueAdded2021.Value);
    }
}
