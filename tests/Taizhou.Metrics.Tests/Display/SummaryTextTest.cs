using Taizhou.Metrics.Panels;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Display;

/// <summary>One-line summaries and tables of the other results (growth, target gaps, table checks). Expected text by hand.</summary>
public class SummaryTextTest
{
    [Fact]
    public void PeriodGrowth_ToString_NamesBothPeriodsAndTheRate()
    {
        var june = ReportingPeriod.Month(2018, 6);
        var lastJune = ReportingPeriod.Month(2017, 6);
        Assert.Equal("2018-06 vs 2017-06: +26.7%", new PeriodGrowth(june, lastJune, GrowthRate.FromPercent(26.7m)).ToString());
        Assert.Equal("2018-06 vs 2017-06: undefined (zero base)", new PeriodGrowth(june, lastJune, GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase)).ToString());
    }

    [Fact]
    public void TargetGap_ToString_GivesProjectedTargetGapAndVerdict()
    {
        // 100 → 110 → 121 at +10 % a year reaches 146.41 in 2020 against 150: gap −3.59, −3.59 / 150 = −2.4 %.
        var projection = Project.ConstantGrowth(
            TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [ReportingPeriod.CalendarYear(2016), ReportingPeriod.CalendarYear(2017), ReportingPeriod.CalendarYear(2018)], [100m, 110m, 121m]),
            ReportingPeriod.CalendarYear(2020));
        var gap = TargetGap.Of(projection, new ValueTarget("output", ReportingPeriod.CalendarYear(2020), 150m));
        Assert.Equal("output 2020: projected 146.41 against 150, gap -3.59 (-2.4%), off track", gap.ToString());
    }

    [Fact]
    public void TableCheck_PrintsASummaryAndOneLinePerIdentity()
    {
        // A's growth: published 50 within [49.5, 50.5], derived within [49, 51]: they meet, break 0. B's share: published
        // [29.5, 30.5] against derived [24, 25]: 29.5 − 25 = 4.5 apart.
        var check = new TableCheck(
        [
            new TableCheckFinding("A", "growth", "current / previous - 1", new BoundedEstimate(50, Interval.Between(49.5, 50.5)), new BoundedEstimate(50, Interval.Between(49, 51))),
            new TableCheckFinding("B", "share", "part / total", new BoundedEstimate(30, Interval.Between(29.5, 30.5)), new BoundedEstimate(25, Interval.Between(24, 25))),
        ]);

        Assert.Equal("Table check: 2 identities, 1 broken", check.ToString());
        string expected = """
            Table check: 2 identities, 1 broken
            row  figure  published  derived  lower  upper  break  status
            ---  ------  ---------  -------  -----  -----  -----  ------
            A    growth         50       50     49     51      0  ok
            B    share          30       25     24     25    4.5  BROKEN

            """;
        Assert.Equal(expected, check.ToTextTable());
        Assert.Contains("| B | share | 30 | 25 | 24 | 25 | 4.5 | BROKEN |\n", check.ToMarkdown(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void TableCheck_WithNoBreak_SaysAllConsistent()
    {
        var check = new TableCheck([new TableCheckFinding("A", "growth", "g", new BoundedEstimate(50, Interval.Between(49.5, 50.5)), new BoundedEstimate(50, Interval.Between(49, 51)))]);
        Assert.Equal("Table check: 1 identity, all consistent", check.ToString());
    }

    [Fact]
    public void RestCeiling_ToString_GivesTheCeilingAndItsGrowth()
    {
        // A part of 1000 at a 62.5 % share allows a total of 1600, so a rest of at most 600; from 480 over 3 years that is
        // (600 / 480)^(1/3) − 1 = 1.25^(1/3) − 1 = 0.0772 → +7.7 % a year.
        var ceiling = Requirements.RestOfTotal(1000m, new ShareTarget("clusters", ReportingPeriod.CalendarYear(2021), 0.625), 480m, ReportingPeriod.CalendarYear(2018));
        Assert.Equal("rest at most 600 for a share of 62.5% (from 480: +7.7% a year over 3 years)", ceiling.ToString());
    }

    [Fact]
    public void PanelMetrics_ToString_GivesTheShape()
    {
        // Firms 7 and 9 in clusters 0 and 2 (so clusters 0..2), reports 2023-11, 2023-12 and 2024-01: three months.
        var panel = EnterprisePanel.Create([7, 7, 9], [0, 0, 2], [202311, 202401, 202312], [5.0, 1.0, 3.0]);
        Assert.Equal("Panel metrics: 3 rows, 3 clusters, 3 months from 2023-11, with each firm's growth", PanelCalculator.Compute(panel, true).ToString());
        Assert.Equal("Panel metrics: 3 rows, 3 clusters, 3 months from 2023-11", PanelCalculator.Compute(panel, false).ToString());
    }

    [Fact]
    public void ScenarioOutcome_ToString_GivesTheLevelAtTheTargetAndTheGap()
    {
        // 100 in 2018 at +10 % a year: 110 in 2019, 121 in 2020, against 150: gap −29, −29 / 150 = −19.3 %.
        var scenario = new Scenario("steady", GrowthRate.FromPercent(10m));
        var outcome = Scenarios.Project(100m, ReportingPeriod.CalendarYear(2018), new ValueTarget("output", ReportingPeriod.CalendarYear(2020), 150m), [scenario])[0];
        Assert.Equal("steady: +10.0% a year", scenario.ToString());
        Assert.Equal("steady (+10.0% a year): 121.00 in 2020, gap -29.00 (-19.3%), off track", outcome.ToString());
    }

    [Fact]
    public void ShareAndCombinedRequirements_ToString_SayWhatIsNeeded()
    {
        // Run rates: part 300 × 2 = 600, total 1000 × 2 = 2000 for 2018. The total at +5 % a year: 2000 × 1.05³ = 2315.25
        // in 2021; 70 % of it is 1620.675 → 1620.68; (1620.675 / 600)^(1/3) − 1 = 2.701125^(1/3) − 1 = 0.3927 → +39.3 %.
        // The value target 2000 needs more: (2000 / 600)^(1/3) − 1 = 3.3333^(1/3) − 1 = 0.4938 → +49.4 %, so it binds.
        var part = FullYear.FromRunRate(ReportingPeriod.YearToDate(2018, 6), 300m);
        var total = FullYear.FromRunRate(ReportingPeriod.YearToDate(2018, 6), 1000m);
        var share = new ShareTarget("clusters", ReportingPeriod.CalendarYear(2021), 0.7);

        Assert.Equal(
            "clusters: 70.0% of the total by 2021 needs 1620.68 of 2315.25, +39.3% a year (total +5.0% a year)",
            Requirements.ForShare(part, total, GrowthRate.FromFraction(0.05), share).ToString());
        Assert.Equal(
            "value target binds: 2000.00 by 2021, +49.4% a year",
            Requirements.Combined(part, total, GrowthRate.FromFraction(0.05), new ValueTarget("v", ReportingPeriod.CalendarYear(2021), 2000m), share).ToString());
    }
}
