using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Panels;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Samples;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Tests.Enterprises;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Display;

/// <summary>
/// One-line summaries of the enterprise, restatement and reconciliation results and the Taizhou report's table (issue
/// 11). Expected text by hand from the inputs; figures exact to the printed decimals (rounded 四舍五入).
/// </summary>
public class ResultSummaryTest
{
    // F1 4 → 5, F2 2 → 3 (continuing), F3 new in 2018 with 1: 亿元 of output in the auto cluster.
    private static readonly Enterprise[] Three =
    [
        Firms.Make("F1", [(2017, 4m), (2018, 5m)], cluster: TaizhouClusters.Auto),
        Firms.Make("F2", [(2017, 2m), (2018, 3m)], cluster: TaizhouClusters.Auto),
        Firms.Make("F3", [(2018, 1m)], cluster: TaizhouClusters.Auto),
    ];

    [Fact]
    public void ComparableAggregate_ToString_GivesTotalsAndBothGrowths()
    {
        // 2018: 5 + 3 + 1 = 9 from 3 firms; 2017: 4 + 2 = 6 from 2. Comparable (F1, F2): 8 / 6 − 1 = 33.3 %; naive 9 / 6 − 1 = 50 %.
        var aggregate = FirmAggregation.Comparable(Three, EnterpriseMeasure.Output, 2018, null, MetricUnit.YiYuan);
        Assert.Equal("output 2018: 9.00 亿元 from 3 firms (2017: 6.00 亿元, 2 firms); comparable growth +33.3% (2 firms), naive +50.0%", aggregate.ToString());

        // Change 9 − 6 = 3: continuing (5 − 4) + (3 − 2) = 2, F3 enters with 1, nobody leaves.
        Assert.Equal("change +3.00: continuing +2.00 (2 firms), entrants +1.00 (1), exits 0.00 (0)", aggregate.Decomposition.ToString());
    }

    [Fact]
    public void ClusterConcentration_ToString_GivesTopShareAndHerfindahl()
    {
        // Top 2: (5 + 3) / 9 = 88.9 %; HHI (5² + 3² + 1²) / 9² = 35 / 81 = 0.432.
        var concentration = FirmAggregation.Concentration(Three, 2018, ClusterMap.TaizhouDefault, TaizhouClusters.Auto, 2, MetricUnit.YiYuan);
        Assert.Equal("auto 2018: 3 firms, total 9.00 亿元, top 2 hold 88.9%, HHI 0.432", concentration.ToString());
    }

    [Fact]
    public void ClusterLeaders_ToString_ListsTheRankedFirms()
    {
        var leaders = Assert.Single(Programme.Leaders(Three, 2018, ClusterMap.TaizhouDefault, 2), l => l.Cluster == TaizhouClusters.Auto);
        Assert.Equal("auto 2018: 2 leaders of 3 firms: 1. F1 firm F1 (5 亿元); 2. F2 firm F2 (3 亿元)", leaders.ToString());
    }

    [Fact]
    public void TierPipeline_ToString_GivesTheTierYearsAndCandidates()
    {
        // 规上 from 2011: revenue ≥ 2000 万元. F4 has 1500 万元 (a candidate: (2000 / 1500)^(1/2) − 1 = 15.5 % a year); F5 2500 is in.
        Enterprise[] firms =
        [
            Firms.Make("F4", [(2018, 1m)], revenueWan: [(2018, 1500m)]),
            Firms.Make("F5", [(2018, 2m)], revenueWan: [(2018, 2500m)]),
        ];
        var pipeline = Programme.Pipeline(firms, 2018, TierRules.AboveDesignatedSize, 2020, ClusterMap.TaizhouDefault);
        Assert.Equal("above_designated_size 2018 → 2020: 1 candidate below the threshold 2000 万元", pipeline.ToString());
        Assert.Equal("F4 firm F4 1500 万元: +15.5% a year", Assert.Single(pipeline.Candidates).ToString());
    }

    [Fact]
    public void ClusterMapAndTierRuleSet_ToString_CountWhatTheyHold()
    {
        var map = new ClusterMap([new ClusterRule("36", TaizhouClusters.Auto, "motor vehicles"), new ClusterRule("27", TaizhouClusters.Pharma, "medicine")], ClusterMap.OtherCluster);
        Assert.Equal("Cluster map: 3 clusters, 2 rules, 0 overrides, other = other", map.ToString());
        Assert.Equal("Tier rules (2): flagship, listed", new TierRuleSet([TierRules.Flagship, TierRules.Listed]).ToString());
    }

    [Fact]
    public void ComparableBasisRestatement_ToString_GivesTheBaseRestatementAndDisagreement()
    {
        // 120 / 1.15 = 104.348 → 104.35; 100 − 104.35 = −4.35 (previous − comparable base); levels 120 / 100 − 1 = 20 % against the published 15 %.
        var restatement = ComparableBasis.Restate(PublishedValue.Of(100m), PublishedValue.Of(120m), PublishedValue.Of(15m));
        Assert.Equal("100 → 120 at 15% (同口径): comparable base 104.35, restatement -4.35, level growth 20.0%, disagrees", restatement.ToString());
    }

    [Fact]
    public void ReconciledFlows_ToString_GivesThePeriodsAndDiscrepancies()
    {
        // Year to date 10, 21, 33 → months 10, 11, 12; March is published as 13: one discrepancy.
        var ytd = TimeSeries.FromValues(SeriesKind.Cumulative, MetricUnit.YiYuan, [ReportingPeriod.YearToDate(2018, 1), ReportingPeriod.YearToDate(2018, 2), ReportingPeriod.YearToDate(2018, 3)], [10m, 21m, 33m], "output");
        var published = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [ReportingPeriod.Month(2018, 3)], [13m], "output");
        Assert.Equal("Flows of output: 3 periods 2018-01..2018-03, 1 discrepancy with the published", ytd.ToFlow(published).ToString());
    }

    [Fact]
    public void BreakdownRow_ToString_GivesLevelsAndGrowth()
    {
        Assert.Equal("A: 20 → 30 (growth +50.0%)", new BreakdownRow("A", PublishedValue.Of(30m), previous: PublishedValue.Of(20m)).ToString());

        // Only the growth published: previous = 95 / 1.1875 = 80.
        Assert.Equal("B: 80.00 (derived) → 95 (growth +18.75%)", new BreakdownRow("B", PublishedValue.Of(95m), growthPercent: PublishedValue.Of(18.75m)).ToString());
    }

    [Fact]
    public void Projection_ToString_RoundsToTwoDecimals()
    {
        // 100 → 110 → 121 at +10 % a year: 2020 = 121 × 1.1² = 146.41 (the constant-growth method gives no interval).
        var projection = Project.ConstantGrowth(
            TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [ReportingPeriod.CalendarYear(2016), ReportingPeriod.CalendarYear(2017), ReportingPeriod.CalendarYear(2018)], [100m, 110m, 121m]),
            ReportingPeriod.CalendarYear(2020));
        Assert.Equal("ConstantGrowth from 2018 (121.00) to 2020: 146.41", projection.ToString());
    }

    [Fact]
    public void TaizhouReport_PrintsItsHeadlineFiguresAsATable()
    {
        // By hand from the published figures: base 1042.27 / 1.267 = 822.63, increase 219.64, city base 219.64 / 0.091 =
        // 2413.65, full year 2 × 1042.27 = 2084.54, required (5000 / 2084.54)^(1/3) − 1 = 33.9 %, 2021 at +26.7 %:
        // 2084.54 × 1.267³ = 4239.75, gap −760.25.
        var report = TaizhouReport.Compute(TaizhouSample.Instance);
        string summary = "Taizhou 2018-01..06: clusters 1042.27 亿元, +26.7%; 2021 target 5000.00 亿元 needs +33.9% a year, off track";
        Assert.Equal(summary, report.ToString());
        string expected = summary + "\n\n" + """
            | figure | value |
            | --- | ---: |
            | cluster output (七大千亿产业产值) 2018-01..06 | 1042.27 亿元 |
            | growth (同比) | +26.7% |
            | contribution to the city's growth (拉动), points | 9.1 |
            | implied cluster output 2017-01..06 | 822.63 亿元 |
            | increase | 219.64 亿元 |
            | implied city above-scale output (规上工业总产值) 2017-01..06 | 2413.65 亿元 |
            | full year 2018 estimate | 2084.54 亿元 |
            | target 2021 | 5000.00 亿元 |
            | required annual growth to 2021 | +33.9% |
            | 2021 at the current growth | 4239.75 亿元 |
            | gap to the target (off track) | -760.25 亿元 |

            """;
        Assert.Equal(expected, report.ToMarkdown());
        Assert.StartsWith(summary + "\nfigure", report.ToTextTable(), System.StringComparison.Ordinal);
        Assert.Contains("gap to the target (off track)", report.ToTextTable(), System.StringComparison.Ordinal);
    }

    [Fact]
    public void ClusterLeaders_PrintsOneLinePerLeader()
    {
        var leaders = Assert.Single(Programme.Leaders(Three, 2018, ClusterMap.TaizhouDefault, 2), l => l.Cluster == TaizhouClusters.Auto);
        string expected = """
            auto 2018: 2 leaders of 3 firms: 1. F1 firm F1 (5 亿元); 2. F2 firm F2 (3 亿元)
            rank  id  name         value
            ----  --  -------  ---------
               1  F1  firm F1  5.00 亿元
               2  F2  firm F2  3.00 亿元

            """;
        Assert.Equal(expected, leaders.ToTextTable());
    }

    [Fact]
    public void ClusterConcentration_Markdown_GivesEachTopFirmsShare()
    {
        // 5 / 9 = 55.6 %, 3 / 9 = 33.3 %.
        var concentration = FirmAggregation.Concentration(Three, 2018, ClusterMap.TaizhouDefault, TaizhouClusters.Auto, 2, MetricUnit.YiYuan);
        string expected = """
            auto 2018: 3 firms, total 9.00 亿元, top 2 hold 88.9%, HHI 0.432

            | rank | id | name | value | share % |
            | ---: | --- | --- | ---: | ---: |
            | 1 | F1 | firm F1 | 5.00 亿元 | 55.6 |
            | 2 | F2 | firm F2 | 3.00 亿元 | 33.3 |

            """;
        Assert.Equal(expected, concentration.ToMarkdown());
    }

    [Fact]
    public void TierPipeline_Markdown_GivesEachCandidatesShortfallAndRequiredGrowth()
    {
        // F4 (industry 3670, prefix 36 → auto) has 1500 万元: 500 short of 2000, (2000 / 1500)^(1/2) − 1 = 15.5 % a year.
        Enterprise[] firms =
        [
            Firms.Make("F4", [(2018, 1m)], revenueWan: [(2018, 1500m)]),
            Firms.Make("F5", [(2018, 2m)], revenueWan: [(2018, 2500m)]),
        ];
        var pipeline = Programme.Pipeline(firms, 2018, TierRules.AboveDesignatedSize, 2020, ClusterMap.TaizhouDefault);
        string expected = """
            above_designated_size 2018 → 2020: 1 candidate below the threshold 2000 万元

            | id | name | cluster | current | shortfall | required growth |
            | --- | --- | --- | ---: | ---: | ---: |
            | F4 | firm F4 | auto | 1500.00 | 500.00 | +15.5% |

            """;
        Assert.Equal(expected, pipeline.ToMarkdown());
    }

    [Fact]
    public void TierRuleSetAndClusterMap_Markdown_ListTheirRules()
    {
        string rules = """
            Tier rules (2): flagship, listed

            | code | name | 中文 |
            | --- | --- | --- |
            | flagship | flagship firm | 旗航企业 |
            | listed | listed firm | 上市企业 |

            """;
        Assert.Equal(rules, new TierRuleSet([TierRules.Flagship, TierRules.Listed]).ToMarkdown());

        var map = new ClusterMap([new ClusterRule("36", TaizhouClusters.Auto, "motor vehicles")], ClusterMap.OtherCluster).WithOverride("F9", TaizhouClusters.Pumps);
        string expected = """
            Cluster map: 3 clusters, 1 rules, 1 overrides, other = other

            | prefix / id | cluster | description |
            | --- | --- | --- |
            | 36 | auto | motor vehicles |
            | F9 | pumps | override |

            """;
        Assert.Equal(expected, map.ToMarkdown());
    }

    [Fact]
    public void TaizhouSample_AndItsFigures_PrintWhatTheyHold()
    {
        // From the sample's published figures (TaizhouSample): 3 headlines, 7 clusters, the 5000 亿元 target for 2021.
        var sample = TaizhouSample.Instance;
        Assert.Equal("Taizhou (台州) 2018-01..06 sample: 3 headlines, 7 clusters, target 5000.00 亿元 by 2021", sample.ToString());
        Assert.Equal("above-scale industrial value added (规上工业增加值) 2018-01..06: 529.00 亿元, +11.0%, rank 1", sample.Headlines[0].ToString());
        Assert.Equal("high-tech industry value added (高新技术产业增加值) 2018-01..06: +16.9%, rank 1", sample.Headlines[1].ToString());
        Assert.Equal("industrial platforms along the bay (万亩亿级临港产业大平台): 5 个", sample.OtherFigures[0].ToString());
        Assert.Equal("Flagship: 20 by 2021 (annual output of 50-100 亿元)", sample.TierTargets[1].ToString());
    }

    [Fact]
    public void PanelCell_ToString_GivesTheYearToDateTotalAndRatesInPercent()
    {
        // January 2023 → 2024: cluster 0 100 → 120, cluster 1 100 → 80; the total stays 200. Cluster 0 in 2024-01
        // (month index 12): year-on-year 120 / 100 − 1 = +20.0 %, share 120 / 200 = 60.0 %, 拉动 (120 − 100) / 200 = +10.0 points.
        var builder = new EnterprisePanelBuilder(4);
        builder.Add(1, 0, 202301, 100.0);
        builder.Add(1, 0, 202401, 120.0);
        builder.Add(2, 1, 202301, 100.0);
        builder.Add(2, 1, 202401, 80.0);
        var metrics = PanelCalculator.Compute(builder.Build(), includeEnterpriseYearOnYear: false);
        Assert.Equal("cluster 0 2024-01: year to date (1-N月累计) 120.00 yuan, yoy +20.0%, share 60.0%, contribution (拉动) +10.0 pt", metrics.Cluster(0, 12).ToString());
        Assert.Equal("total 2024-01: year to date (1-N月累计) 200.00 yuan, yoy 0.0%, share 100.0%, contribution (拉动) 0.0 pt", metrics.Total(12).ToString());
        Assert.Equal("total 2023-01: year to date (1-N月累计) 200.00 yuan, yoy n/a, share 100.0%, contribution (拉动) n/a", metrics.Total(0).ToString());
    }
}
