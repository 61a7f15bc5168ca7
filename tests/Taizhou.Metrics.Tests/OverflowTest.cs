using System;
using System.Globalization;
using System.Linq;
using NodaTime;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests;

/// <summary>
/// Syntactically valid numbers at the edges of decimal and double (levels near 7.9e28, growth of −99.999…%, 29
/// decimals, 1e-28, a horizon of 9999-12) give documented exceptions that name the operand, never the runtime's
/// "Value was either too large or too small for a Decimal.", and never NaN or an infinity.
/// </summary>
public class OverflowTest
{
    private const string RuntimeMessage = "Value was either too large or too small";
    private static readonly decimal Huge = decimal.Parse("79000000000000000000000000000", CultureInfo.InvariantCulture);
    private static readonly decimal Tiny = decimal.Parse("0.0000000000000000000000000001", CultureInfo.InvariantCulture);

    private static BreakdownRow Row(string name, string current, string? previous = null, string? growth = null) =>
        new(name, PublishedValue.Parse(current), previous is null ? null : PublishedValue.Parse(previous), growth is null ? null : PublishedValue.Parse(growth));

    private static void Named<T>(Action action, params string[] mentions)
        where T : Exception
    {
        var ex = Assert.ThrowsAny<T>(action);
        Assert.DoesNotContain(RuntimeMessage, ex.Message, StringComparison.Ordinal);
        foreach (string m in mentions)
        {
            Assert.Contains(m, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Breakdown_LevelsAddingUpBeyondDecimal_NameTheRow()
    {
        Named<ArgumentOutOfRangeException>(() => Breakdown.Analyse([Row("a", "50000000000000000000000000000", "1"), Row("b", "50000000000000000000000000000", "1")]), "'b'");
        Named<ArgumentOutOfRangeException>(() => Breakdown.Check([Row("a", "1", "1"), Row("b", "1", "1")], Row("all", "79000000000000000000000000000", "79000000000000000000000000000")), "'all'");
    }

    [Fact]
    public void BreakdownRow_GrowthOfAlmostMinus100_OnAHugeLevel_NamesTheRow() =>
        Named<ArgumentOutOfRangeException>(() => Row("cluster", "79000000000000000000000000000", growth: "-99.99999999999999999999"), "'cluster'", "-99.99999999999999999999");

    [Fact]
    public void Breakdown_GrowthOfAlmostMinus100_OnASmallLevel_StillAnalyses()
    {
        var analysis = Breakdown.Analyse([Row("a", "1000", growth: "-99.9999999999"), Row("b", "1", "1")]);
        Assert.All(analysis.Parts, p => Assert.True(p.ContributionPoints is null || double.IsFinite(p.ContributionPoints.Value)));
    }

    [Fact]
    public void PublishedValue_TwentyNineDecimals_IsAFormatError()
    {
        Named<FormatException>(() => PublishedValue.Parse("0.12345678901234567890123456789"), "0.12345678901234567890123456789");
        Assert.False(PublishedValue.TryParse("0.12345678901234567890123456789", out _));
        Assert.Equal(28, PublishedValue.Parse("0.1234567890123456789012345678").Decimals);
    }

    [Fact]
    public void Tiers_HugeOutput_ClassifiesWithoutOverflow()
    {
        // 7.9e28 億元 is beyond a decimal in 元: it compares above every threshold instead of overflowing.
        var output = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Observation.Of(ReportingPeriod.CalendarYear(2017), 1m), Observation.Of(ReportingPeriod.CalendarYear(2018), Huge)]);
        var firm = new Enterprise("f1", "huge", IndustryCode.Parse("3670"), "椒江區", new LocalDate(2000, 1, 1), output, output, null, null, null);
        var progress = Programme.Progress([firm], 2018, TierRules.Default, ClusterMap.TaizhouDefault, []);
        Assert.Equal(1, progress.Find(TierRules.AircraftCarrier.Code)!.Count);
        Assert.Single(Programme.Leaders([firm], 2018, ClusterMap.TaizhouDefault, 3).SelectMany(l => l.Leaders));
        Named<ArgumentOutOfRangeException>(() => Amount.FromYiYuan(Huge).In(MetricUnit.Yuan), "79000000000000000000000000000", "亿元");
        Named<ArgumentOutOfRangeException>(() => Amount.FromYiYuan(Huge).Add(Amount.FromYiYuan(Huge)), "79000000000000000000000000000 亿元");
        Named<ArgumentOutOfRangeException>(() => Amount.FromYiYuan(-Huge).Subtract(Amount.FromYiYuan(Huge)), "-79000000000000000000000000000 亿元");
    }

    [Fact]
    public void Projections_FromATinyLastValue_HaveNoNaNOrInfinity()
    {
        var series = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, Enumerable.Range(2010, 8).Select(y => Observation.Of(ReportingPeriod.CalendarYear(y), y == 2017 ? Tiny : 1000m)));
        var horizon = ReportingPeriod.CalendarYear(2030);
        foreach (var projection in new[] { Project.ConstantGrowth(series, horizon), Project.LogLinear(series, horizon), Project.Holt(series, horizon) })
        {
            Assert.All(projection.Path, p =>
            {
                Assert.True(double.IsFinite(p.Estimate), $"{projection.Method} {p}");
                Assert.True(p.Interval is not { } i || (double.IsFinite(i.Lower) && double.IsFinite(i.Upper)));
            });
            var gap = TargetGap.Of(projection, new ValueTarget("t", horizon, 5000m));
            Assert.True(double.IsFinite(gap.Gap) && double.IsFinite(gap.GapShare));
            Assert.True(gap.Probability is not double pr || (pr >= 0.0 && pr <= 1.0));
        }

        // With dispersion the interval overflows before 2030: a documented error for the horizon, naming the period.
        Named<ArgumentOutOfRangeException>(() => Project.ConstantGrowth(series, horizon, ConstantGrowthBasis.AverageOfLast(3)), "horizon");
    }

    [Fact]
    public void MonthlyProjection_To9999_12_NamesTheHorizon()
    {
        var monthly = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, Enumerable.Range(1, 12).Select(m => Observation.Of(ReportingPeriod.Month(2018, m), 100m + m)));
        var horizon = ReportingPeriod.Month(9999, 12);
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Project.LogLinear(monthly, horizon));
        Assert.Equal("horizon", ex.ParamName);
        Named<ArgumentOutOfRangeException>(() => Scenarios.Project(100m, ReportingPeriod.Month(2018, 12), new ValueTarget("t", horizon, 5000m), [new Scenario("fast", GrowthRate.FromFraction(0.1))]), "'fast'", "9999-12");
    }

    [Fact]
    public void Growth_ExtremeOperands_NameThem()
    {
        Named<ArgumentOutOfRangeException>(() => Growth.Cagr(Tiny, Huge, 0.001), "0.001");
        Named<ArgumentOutOfRangeException>(() => Growth.FromDoublings(1e6, 1), "1000000");
        Named<ArgumentOutOfRangeException>(() => Growth.ImpliedBase(Huge, GrowthRate.FromFraction(-0.9999999)), "79000000000000000000000000000");
        Named<ArgumentOutOfRangeException>(() => Contributions.ImpliedBaseTotal(Huge, 1e-20), "1E-20");
        Named<ArgumentOutOfRangeException>(() => Breakdown.AggregateGrowth([(Huge, GrowthRate.FromFraction(-0.99999999999999))]), "Part 1");
        Named<ArgumentOutOfRangeException>(() => Projections.ConstantGrowth(Huge, GrowthRate.FromFraction(10), 100), "100 years");
        Named<ArgumentOutOfRangeException>(() => FullYear.FromRunRate(ReportingPeriod.YearToDate(2018, 1), Huge), "2018-01..01");
        Named<ArgumentOutOfRangeException>(() => Growth.Annualize(GrowthRate.FromFraction(1e300), 1), "1 months");
        Named<ArgumentOutOfRangeException>(() => Growth.AverageAnnual(1m, [Huge, Huge], AverageGrowthMethod.Cumulative), "levels");
        Assert.True(double.IsFinite(Growth.Rate(Huge, Tiny).GetFraction()));
        Assert.True(double.IsFinite(Contributions.PercentagePoints(Tiny, Huge, Tiny)!.Value));
        Assert.True(double.IsFinite(Contributions.Rate(-Huge, Huge, Tiny, Huge)!.Value));
    }

    [Fact]
    public void Series_SumsBeyondDecimal_NameThePeriod()
    {
        static TimeSeries Flow(params decimal[] values) =>
            TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, values.Select((v, i) => Observation.Of(ReportingPeriod.Month(2018, i + 1), v)));

        // Every refusal names the period as the series prints it (ISO-style), whatever the operation.
        Named<InvalidOperationException>(() => Flow(Huge, Huge).ToCumulative(), "for 2018-01..02 ");
        Named<ArgumentOutOfRangeException>(() => Flow(Huge).Add(Flow(Huge)), "2018-01");
        Named<ArgumentOutOfRangeException>(() => Flow(Huge).ConvertTo(MetricUnit.Yuan), "2018-01");
        Named<InvalidOperationException>(() => Flow(Huge, Huge, Huge).Aggregate(PeriodKind.Quarter), "for 2018Q1 ");
        var cumulative = TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, [Observation.Of(ReportingPeriod.YearToDate(2018, 1), -Huge), Observation.Of(ReportingPeriod.YearToDate(2018, 2), Huge)]);
        Named<InvalidOperationException>(() => cumulative.ToFlow(), "for 2018-02 ");
    }

    [Theory]
    [InlineData("ar-SA")]
    [InlineData("de-DE")]
    public void Series_SumsBeyondDecimal_PrintTheValuesInvariant(string culture)
    {
        static TimeSeries Flow(decimal value) =>
            TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Observation.Of(ReportingPeriod.Month(2018, 1), value)]);

        var saved = CultureInfo.CurrentCulture;
        try
        {
            // ar-SA writes a minus sign as U+061C and '-', de-DE a decimal comma: messages print figures as the library does.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Named<ArgumentOutOfRangeException>(() => Flow(-Huge).Add(Flow(-Huge)), "(-79000000000000000000000000000 and -79000000000000000000000000000)");
            Named<ArgumentOutOfRangeException>(() => Flow(800000000000000000000.5m).ConvertTo(MetricUnit.Yuan), "(800000000000000000000.5 亿元)");
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
