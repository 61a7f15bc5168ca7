using System;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Serialization;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;
using Xunit;
using static Taizhou.Metrics.Tests.Targets.AnnualSeries;

namespace Taizhou.Metrics.Tests.Serialization;

/// <summary>JSON of series, breakdown analyses and projections.</summary>
public partial class MetricsJsonTest
{
    [Fact]
    public void TimeSeries_IsNameKindUnitAndObservations()
    {
        const string Expected =
            "{\"name\":\"规上工业产值\",\"kind\":\"cumulative\",\"unit\":\"yi\",\"observations\":["
            + "{\"period\":\"2018-01..01\",\"value\":160.5},"
            + "{\"period\":\"2018-01..02\",\"value\":null},"
            + "{\"period\":\"2018-01..03\",\"value\":520.25}]}";

        Assert.Equal(Expected, Json(Sample()));
    }

    [Fact]
    public void TimeSeries_RoundTrips()
    {
        foreach (var series in new[] { Sample(), Sample().WithName(null), Annual(2013, 3000m, 3350.5m, 3700m) })
        {
            var back = Back<TimeSeries>(Json(series));

            Assert.Equal(series.Kind, back.Kind);
            Assert.Equal(series.Unit, back.Unit);
            Assert.Equal(series.Name, back.Name);
            Assert.Equal(series.Observations, back.Observations);
        }
    }

    [Fact]
    public void TimeSeries_FallingCumulative_ReadsBack()
    {
        // Profit can fall within a year; a series created to allow it reads back.
        var profit = TimeSeries.Create(
            SeriesKind.Cumulative,
            MetricUnit.YiYuan,
            [Observation.Of(ReportingPeriod.YearToDate(2018, 1), 10m), Observation.Of(ReportingPeriod.YearToDate(2018, 2), 8m)],
            "profit",
            allowFallingCumulative: true);

        Assert.Equal(profit.Observations, Back<TimeSeries>(Json(profit)).Observations);
    }

    [Theory]
    [InlineData("{\"kind\":\"flow\",\"unit\":\"yi\",\"observations\":[{\"period\":\"2018\",\"value\":1},{\"period\":\"2018\",\"value\":2}]}", "2018")]
    [InlineData("{\"kind\":\"cumulative\",\"unit\":\"yi\",\"observations\":[{\"period\":\"2018-06\",\"value\":1}]}", "2018-06")]
    [InlineData("{\"kind\":\"monthly\",\"unit\":\"yi\",\"observations\":[]}", "'monthly'")]
    [InlineData("{\"kind\":\"flow\",\"unit\":\"yi\"}", "'observations'")]
    [InlineData("{\"kind\":\"flow\",\"unit\":\"yi\",\"observations\":[{\"period\":\"x\",\"value\":1}]}", "'x'")]
    public void TimeSeries_Invalid_IsAJsonExceptionNamingWhat(string json, string expected)
    {
        var e = Assert.Throws<JsonException>(() => Back<TimeSeries>(json));
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BreakdownAnalysis_ExactText()
    {
        // A 20 → 30, B 60 → 90; total 80 → 120 (+50 %). Shares 0.25 / 0.75 before and after (change 0); growth 0.5
        // each; points 10 / 80 = 0.125 and 30 / 80 = 0.375 (sum 0.5 = the total's growth); rates 10 / 40 = 0.25 and
        // 30 / 40 = 0.75 (sum 1). The total: change 40, share 1, points 40 / 80 = 0.5, rate 1.
        var a = Breakdown.Analyse([Levels("A", "20", "30"), Levels("B", "60", "90")]);

        const string Expected =
            "{\"parts\":["
            + "{\"part\":\"A\",\"kind\":\"part\",\"previous\":20,\"current\":30,\"previous_is_derived\":false,\"change\":10,"
            + "\"growth\":{\"fraction\":0.5},\"share\":0.25,\"previous_share\":0.25,\"share_change\":0,\"contribution_pp\":0.125,"
            + "\"contribution_rate\":0.25,\"real_growth\":null,\"real_contribution_pp\":null,\"children\":null},"
            + "{\"part\":\"B\",\"kind\":\"part\",\"previous\":60,\"current\":90,\"previous_is_derived\":false,\"change\":30,"
            + "\"growth\":{\"fraction\":0.5},\"share\":0.75,\"previous_share\":0.75,\"share_change\":0,\"contribution_pp\":0.375,"
            + "\"contribution_rate\":0.75,\"real_growth\":null,\"real_contribution_pp\":null,\"children\":null}],"
            + "\"other\":null,"
            + "\"total\":{\"part\":\"total\",\"kind\":\"total\",\"previous\":80,\"current\":120,\"previous_is_derived\":false,\"change\":40,"
            + "\"growth\":{\"fraction\":0.5},\"share\":1,\"previous_share\":1,\"share_change\":0,\"contribution_pp\":0.5,"
            + "\"contribution_rate\":1,\"real_growth\":null,\"real_contribution_pp\":null,\"children\":null},"
            + "\"sum_of_contribution_pp\":0.5,\"sum_of_contribution_rates\":1,\"sum_of_real_contribution_pp\":null,"
            + "\"real_residual\":null,\"parts_without_real_growth\":[]}";

        Assert.Equal(Expected, Json(a));
    }

    [Fact]
    public void BreakdownAnalysis_ZeroBasePart_WritesTheReason()
    {
        // A new part 0 → 5: growth undefined (zero base), still a contribution of 5 / 100 = 0.05.
        var a = Breakdown.Analyse([Levels("new", "0", "5"), Levels("old", "100", "100")]);

        string json = Json(a);

        Assert.Contains("\"part\":\"new\",\"kind\":\"part\",\"previous\":0,\"current\":5,\"previous_is_derived\":false,\"change\":5,\"growth\":{\"fraction\":null,\"undefined\":\"ZeroBase\"}", json, StringComparison.Ordinal);
        AssertSame(a, Back<BreakdownAnalysis>(json));
    }

    [Fact]
    public void BreakdownAnalysis_WithTotalRealGrowthAndChildren_RoundTrips()
    {
        // A total row (so an "other" part), a part published as level + growth (derived previous level), real growth
        // on a part and on the total (so a real residual), and a part with children.
        var child1 = new BreakdownRow("A1", P("12"), previous: P("10"));
        var child2 = new BreakdownRow("A2", P("20"), previous: P("18"));
        var a = new BreakdownRow("A", P("40"), previous: P("30"), children: [child1, child2]) { RealGrowthPercent = P("25.3") };
        var b = new BreakdownRow("B", P("66.6"), growthPercent: P("11.1"));
        var total = new BreakdownRow("city", P("130.4"), previous: P("100.2")) { RealGrowthPercent = P("22.1") };
        var analysis = Breakdown.Analyse([a, b], total);
        Assert.NotNull(analysis.RealResidual);
        Assert.NotNull(analysis.Parts[0].Children);

        string json = Json(analysis);
        var back = Back<BreakdownAnalysis>(json);

        AssertSame(analysis, back);
        Assert.Equal(json, Json(back));
    }

    [Fact]
    public void BreakdownAnalysis_SubItemsOnTheGrandTotalsBase_AreWrittenWithTheirParentAndRoundTrip()
    {
        // 第二产业 40 → 46 with 工业 30 → 34 under it (Parent); 第三产业 60 → 64; total 100 → 110. 工业's 拉动 is
        // 4 / 100 = 0.04 of the grand total's base; it is in sub_items only, not in parts.
        var analysis = Breakdown.Analyse([Levels("第二产业", "40", "46"), Levels("第三产业", "60", "64"), new BreakdownRow("工业", P("34"), previous: P("30")) { Parent = "第二产业" }]);

        string json = Json(analysis);
        var back = Back<BreakdownAnalysis>(json);

        Assert.Contains("\"sub_items\":[{\"part\":\"工业\",\"kind\":\"part\",\"parent\":\"第二产业\",\"previous\":30,\"current\":34,", json, StringComparison.Ordinal);
        Assert.Contains("\"contribution_pp\":0.04,", json, StringComparison.Ordinal);
        Assert.Equal(2, back.Parts.Count);
        var item = Assert.Single(back.SubItems);
        Assert.Equal("第二产业", item.Parent);
        Assert.Equal(0.04, item.ContributionPoints!.Value, 12);
        Assert.Equal(json, Json(back));
    }

    [Fact]
    public void BreakdownAnalysis_KindOutOfPlace_IsAJsonException()
    {
        string json = Json(Breakdown.Analyse([Levels("A", "20", "30")])).Replace("\"kind\":\"part\"", "\"kind\":\"total\"", StringComparison.Ordinal);

        var e = Assert.Throws<JsonException>(() => Back<BreakdownAnalysis>(json));
        Assert.Contains("'part' belongs", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Projection_ExactText()
    {
        // A projection put together by hand, so every number is exact in binary and the text is known.
        var projection = new Projection(
            ProjectionMethod.LogLinear,
            [new ProjectionParameter("a", 4.5, true), new ProjectionParameter("b", 0.125, true)],
            ReportingPeriod.CalendarYear(2018),
            110.50m,
            [new ProjectedPoint(ReportingPeriod.CalendarYear(2019), 1, 121.5, Interval.Between(100.25, 140.75))],
            [new PredictiveDistribution(4.75, 0.0625, 3, onLogScale: true)],
            0.95,
            new ProjectionFit(5, 3, 0.5, 0.875, null, onLogScale: true));

        const string Expected =
            "{\"method\":\"loglinear\",\"parameters\":[{\"name\":\"a\",\"value\":4.5,\"estimated\":true},{\"name\":\"b\",\"value\":0.125,\"estimated\":true}],"
            + "\"confidence\":0.95,\"fit\":{\"observations\":5,\"degrees_of_freedom\":3,\"sum_of_squared_errors\":0.5,\"r_squared\":0.875,"
            + "\"residual_standard_error\":null,\"log_scale\":true},\"last_actual_period\":\"2018\",\"last_actual_value\":110.50,"
            + "\"path\":[{\"period\":\"2019\",\"step\":1,\"estimate\":121.5,\"interval\":[100.25,140.75],"
            + "\"distribution\":{\"location\":4.75,\"scale\":0.0625,\"degrees_of_freedom\":3,\"log_scale\":true}}]}";

        Assert.Equal(Expected, Json(projection));
    }

    [Fact]
    public void Projection_EveryMethod_RoundTripsWithItsProbabilities()
    {
        var series = Annual(2013, 3000m, 3350m, 3700m, 4080m, 4420m, 4850m);
        Projection[] projections =
        [
            Project.ConstantGrowth(series, Year(2021)),
            Project.ConstantGrowth(series, Year(2021), ConstantGrowthBasis.AverageOfLast(4)),
            Project.LogLinear(series, Year(2021)),
            Project.Holt(series, Year(2021), HoltParameters.Of(0.8, 0.2, 3000, 350)),
            Project.Holt(series, Year(2021), damped: true),
        ];

        foreach (var p in projections)
        {
            string json = Json(p);
            var back = Back<Projection>(json);

            Assert.Equal(p.Method, back.Method);
            Assert.Equal(p.Parameters, back.Parameters);
            Assert.Equal(p.ConfidenceLevel, back.ConfidenceLevel);
            Assert.Equal(p.LastActualPeriod, back.LastActualPeriod);
            Assert.Equal(p.LastActualValue, back.LastActualValue);
            Assert.Equal(p.Path, back.Path);
            Assert.Equal(p.Fit.Observations, back.Fit.Observations);
            Assert.Equal(p.Fit.DegreesOfFreedom, back.Fit.DegreesOfFreedom);
            Assert.Equal(p.Fit.SumOfSquaredErrors, back.Fit.SumOfSquaredErrors);
            Assert.Equal(p.Fit.RSquared, back.Fit.RSquared);
            Assert.Equal(p.Fit.ResidualStandardError, back.Fit.ResidualStandardError);
            Assert.Equal(p.Fit.OnLogScale, back.Fit.OnLogScale);
            foreach (var point in p.Path)
            {
                Assert.Equal(p.ProbabilityOfReaching(point.Period, 6000), back.ProbabilityOfReaching(point.Period, 6000));
            }

            Assert.Equal(p.FirstReaching(6000), back.FirstReaching(6000));
            Assert.Equal(json, Json(back));
        }
    }

    [Fact]
    public void Projection_PathThatSkipsAPeriod_IsAJsonException()
    {
        string json = Json(Project.LogLinear(Annual(2013, 3000m, 3350m, 3700m, 4080m), Year(2019))).Replace("\"period\":\"2018\"", "\"period\":\"2020\"", StringComparison.Ordinal);

        var e = Assert.Throws<JsonException>(() => Back<Projection>(json));
        Assert.Contains("2018 belongs", e.Message, StringComparison.Ordinal);
    }

    private static PublishedValue P(string text) => PublishedValue.Parse(text);

    private static BreakdownRow Levels(string name, string previous, string current) => new(name, P(current), previous: P(previous));

    private static void AssertSame(BreakdownAnalysis expected, BreakdownAnalysis actual)
    {
        Assert.Equal(expected.Parts.Count, actual.Parts.Count);
        foreach (var (e, a) in expected.Parts.Zip(actual.Parts))
        {
            AssertSame(e, a);
        }

        Assert.Equal(expected.Remainder is null, actual.Remainder is null);
        if (expected.Remainder is { } r)
        {
            AssertSame(r, actual.Remainder!);
        }

        AssertSame(expected.Total, actual.Total);
        Assert.Equal(expected.SumOfContributionPoints, actual.SumOfContributionPoints);
        Assert.Equal(expected.SumOfContributionRates, actual.SumOfContributionRates);
        Assert.Equal(expected.SumOfRealContributionPoints, actual.SumOfRealContributionPoints);
        Assert.Equal(expected.RealResidual, actual.RealResidual);
        Assert.Equal(expected.PartsWithoutRealGrowth, actual.PartsWithoutRealGrowth);
    }

    private static void AssertSame(BreakdownPart expected, BreakdownPart actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.Kind, actual.Kind);
        Assert.Equal(expected.Previous, actual.Previous);
        Assert.Equal(expected.Current, actual.Current);
        Assert.Equal(expected.PreviousIsDerived, actual.PreviousIsDerived);
        Assert.Equal(expected.Change, actual.Change);
        Assert.Equal(expected.Share, actual.Share);
        Assert.Equal(expected.PreviousShare, actual.PreviousShare);
        Assert.Equal(expected.ShareChange, actual.ShareChange);
        Assert.Equal(expected.Growth, actual.Growth);
        Assert.Equal(expected.ContributionPoints, actual.ContributionPoints);
        Assert.Equal(expected.ContributionRate, actual.ContributionRate);
        Assert.Equal(expected.RealGrowth, actual.RealGrowth);
        Assert.Equal(expected.RealContributionPoints, actual.RealContributionPoints);
        Assert.Equal(expected.Children is null, actual.Children is null);
        if (expected.Children is { } c)
        {
            AssertSame(c, actual.Children!);
        }
    }
}
