using System;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Targets;
using Xunit;

namespace Taizhou.Metrics.Tests.Targets;

public class ScenariosTest
{
    [Fact]
    public void Project_LowBaseHigh_PathsAndGaps()
    {
        // 2084.54 in 2018 to 5000 by 2021: at 20 % → 2084.54 × 1.728 = 3602.085; at 33.9 % → 5004.9 (meets); at 40 % → 5720.0
        var target = new ValueTarget("clusters", ReportingPeriod.CalendarYear(2021), 5000m);
        var outcomes = Scenarios.Project(2084.54m, ReportingPeriod.CalendarYear(2018), target,
            [new Scenario("low", GrowthRate.FromPercent(20m)), new Scenario("base", GrowthRate.FromPercent(33.9m)), new Scenario("high", GrowthRate.FromPercent(40m))]);

        Assert.Equal(["low", "base", "high"], outcomes.Select(o => o.Scenario.Name));
        var low = outcomes[0];
        Assert.Equal([2019, 2020, 2021], low.Path.Select(p => p.Key.Year));
        Assert.Equal(2084.54 * 1.2 * 1.2 * 1.2, (double)low.AtTarget, 9);
        Assert.Equal((2084.54 * 1.728) - 5000.0, (double)low.Gap, 9);
        Assert.False(low.OnTrack);
        Assert.Null(low.FirstReaching);
        Assert.True(outcomes[1].OnTrack);
        Assert.Equal(ReportingPeriod.CalendarYear(2021), outcomes[1].FirstReaching);
        // high: 2084.54 × 1.4² = 4085.7 in 2020, 5720.0 in 2021
        Assert.Equal(ReportingPeriod.CalendarYear(2021), outcomes[2].FirstReaching);
        Assert.Equal((double)(outcomes[2].Gap / 5000m), outcomes[2].GapShare, 15);
    }

    [Fact]
    public void Project_BadInput_Throws()
    {
        var target = new ValueTarget("t", ReportingPeriod.CalendarYear(2021), 1m);
        Assert.Throws<ArgumentException>(() => Scenarios.Project(1m, ReportingPeriod.CalendarYear(2018), target, []));
        Assert.Throws<ArgumentException>(() => Scenarios.Project(1m, ReportingPeriod.CalendarYear(2022), target, [new Scenario("a", GrowthRate.FromFraction(0.1))]));
        Assert.Throws<ArgumentException>(() => Scenarios.Project(1m, ReportingPeriod.Quarter(2018, 4), target, [new Scenario("a", GrowthRate.FromFraction(0.1))]));
        Assert.Throws<ArgumentException>(() => new Scenario("x", GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase)));
    }

    [Fact]
    public void Project_ScenarioAtExactlyTheRequiredGrowth_MeetsTheTarget()
    {
        // The required growth compounds back to the target in exact arithmetic; in doubles it lands a hair either
        // side of it, and an exact comparison missed about half of these.
        int missedByNoise = 0;
        for (int i = 1; i <= 300; i++)
        {
            decimal latest = 1000m + (i * 3.7m), level = 5000m + (i * 11.3m);
            var target = new ValueTarget("t", ReportingPeriod.CalendarYear(2021), level);
            var required = Requirements.AnnualGrowth(latest, ReportingPeriod.CalendarYear(2017), target).Rate;
            var outcome = Scenarios.Project(latest, ReportingPeriod.CalendarYear(2017), target, [new Scenario("required", required)])[0];
            missedByNoise += outcome.AtTarget < level ? 1 : 0;
            Assert.True(outcome.OnTrack, $"{latest} → {level}: {outcome.AtTarget}");
            Assert.Equal(ReportingPeriod.CalendarYear(2021), outcome.FirstReaching);
        }

        Assert.True(missedByNoise > 30, $"only {missedByNoise} of 300 paths fell below the target");
    }
}
