using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Tests.Published;
using Xunit;

namespace Taizhou.Metrics.Tests.Targets;

public class TotalAgainstTargetTest
{
    private static readonly ValueTarget OverFiveThousand = new("seven-cluster output", ReportingPeriod.CalendarYear(2021), 5000m, strict: true, ReportingPeriod.CalendarYear(2017));

    [Fact]
    public void SevenClusters2021_NotEvaluable_WithTheLowerBoundTheReportingClustersGive()
    {
        var check = TotalAgainstTarget.Of(OverFiveThousand, PartialTotal.Of(PartialTotalTest.SevenClusters()));

        // The five reporting clusters give over 2612.5 亿元 (see PartialTotalTest), short of 5000, and two clusters
        // are missing: the target can be neither confirmed nor refuted. 2612.5 / 5000 = 0.5225.
        Assert.Equal(PlanVerdict.NotEvaluable, check.Verdict);
        Assert.Equal(["aviation", "toilets"], check.Missing);
        Assert.Equal(0.5225, check.LowerBoundAttainment, 1e-12);
        Assert.Equal(3, check.Periods.Length);
        Assert.Equal(
            "seven-cluster output: over 5000 by 2021; not evaluable: over 2612.5 (from 5 of 7 parts, 2019-2021; missing: aviation, toilets)",
            check.ToString());
    }

    [Fact]
    public void LowerBoundAboveTheTarget_IsMetEvenWithPartsMissing()
    {
        var y = ReportingPeriod.CalendarYear(2021);
        var total = PartialTotal.Of([
            TotalComponent.Reported("a", y, PublishedValue.Of(3000m, FigureQualifier.Over)),
            TotalComponent.Reported("b", y, PublishedValue.Of(2000m, FigureQualifier.Over)),
            TotalComponent.Missing("c"),
        ]);

        // Over 3000 + over 2000 = over 5000: every value is above 5000, met whatever c is.
        Assert.Equal(PlanVerdict.Met, TotalAgainstTarget.Of(OverFiveThousand, total).Verdict);
    }

    [Fact]
    public void CompleteTotals_AreMissedOrUndetermined()
    {
        var y = ReportingPeriod.CalendarYear(2021);
        var low = PartialTotal.Of([TotalComponent.Reported("a", y, PublishedValue.Of(4000m, FigureQualifier.About))]);
        var near = PartialTotal.Of([TotalComponent.Reported("a", y, PublishedValue.Of(5000m, FigureQualifier.About))]);

        // 约4000: [3800, 4200], below 5000: missed. 约5000: [4750, 5250] straddles: undetermined.
        Assert.Equal(PlanVerdict.Missed, TotalAgainstTarget.Of(OverFiveThousand, low).Verdict);
        Assert.Equal(PlanVerdict.Undetermined, TotalAgainstTarget.Of(OverFiveThousand, near).Verdict);
    }
}
