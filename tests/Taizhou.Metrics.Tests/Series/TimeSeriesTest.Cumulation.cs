using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Tests.Vectors;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Series;

/// <summary>De-cumulation (<see cref="TimeSeries.ToFlow"/>) and cumulation (<see cref="TimeSeries.ToCumulative"/>).</summary>
public partial class TimeSeriesTest
{
    private const string Decumulation = "cn_ytd_decumulation.json";

    [Fact]
    public void ToFlow_SyntheticTwoYears_MatchesVector()
    {
        // cn_ytd_decumulation.json, synthetic_two_years: YTD 30, 50, 75, 100 | 20, 45 (2020-02..05, 2021-02..03)
        // gives 30, 20, 25, 25 | 20, 25 with period lengths 2, 1, 1, 1 | 2, 1 (pandas groupby(year).diff().fillna(s)).
        var c = VectorFile.Case(Decumulation, "synthetic_two_years");
        var keys = VectorFile.Strings(c.GetProperty("inputs").GetProperty("periods"));
        var ytd = VectorFile.Decimals(c.GetProperty("inputs").GetProperty("ytd"));
        var discrete = VectorFile.Decimals(c.GetProperty("expected").GetProperty("discrete"));
        var lengths = c.GetProperty("expected").GetProperty("period_lengths_months").EnumerateArray().Select(e => e.GetInt32()).ToArray();

        var series = TimeSeries.FromValues(SeriesKind.Cumulative, MetricUnit.YiYuan, keys.Select(YtdKey).ToArray(), ytd);
        var flow = series.ToFlow();

        Assert.Equal(SeriesKind.Flow, flow.Kind);
        Assert.Equal(keys.Count, flow.Count);
        for (int i = 0; i < keys.Count; i++)
        {
            var o = flow.Observations[i];
            var key = YtdKey(keys[i]);
            Assert.Equal(discrete[i], o.Value);
            Assert.Equal(lengths[i], o.Period.MonthCount);
            Assert.Equal(key.Year, o.Period.Year);
            Assert.Equal(key.EndMonth, o.Period.EndMonth);
            Assert.Equal(lengths[i] == 1 ? PeriodKind.Month : PeriodKind.MonthSpan, o.Period.Kind);
        }
    }

    [Fact]
    public void ToFlow_JanuaryFebruary_StaysOneSpan()
    {
        // 1-2月 30 is one value for January-February together (1-2月合計), never split into January and February.
        var flow = Cumulative(2020, (2, 30m), (3, 50m)).ToFlow();
        Assert.Equal(2, flow.Count);
        Assert.Equal(Observation.Of(ReportingPeriod.JanuaryFebruary(2020), 30m), flow.Observations[0]);
        Assert.Equal(Observation.Of(ReportingPeriod.Month(2020, 3), 20m), flow.Observations[1]);
        Assert.False(flow.Contains(ReportingPeriod.Month(2020, 1)));
        Assert.False(flow.Contains(ReportingPeriod.Month(2020, 2)));
    }

    [Fact]
    public void ToFlow_JanuaryAlone_IsMonth()
    {
        var flow = Cumulative(2020, (1, 10m), (2, 30m)).ToFlow();
        Assert.Equal(Observation.Of(ReportingPeriod.Month(2020, 1), 10m), flow.Observations[0]);
        Assert.Equal(Observation.Of(ReportingPeriod.Month(2020, 2), 20m), flow.Observations[1]);
    }

    [Fact]
    public void ToFlow_MissingMonth_NextValueSpansGap()
    {
        // cn_ytd_decumulation.json, missing_month: 1-2月 30, 1-4月 75 (1-3月 not published) gives 30 for 1-2月 and
        // 45 for March-April together: the gap is not attributed to April alone.
        var c = VectorFile.Case(Decumulation, "missing_month");
        var keys = VectorFile.Strings(c.GetProperty("inputs").GetProperty("periods"));
        var ytd = VectorFile.Decimals(c.GetProperty("inputs").GetProperty("ytd"));
        var expected = c.GetProperty("expected").GetProperty("discrete");

        var flow = TimeSeries.FromValues(SeriesKind.Cumulative, MetricUnit.YiYuan, keys.Select(YtdKey).ToArray(), ytd).ToFlow();

        Assert.Equal(
            [
                Observation.Of(ReportingPeriod.MonthSpan(2020, 1, 2), VectorFile.Decimal(expected.GetProperty("2020-02"))!.Value),
                Observation.Of(ReportingPeriod.MonthSpan(2020, 3, 4), VectorFile.Decimal(expected.GetProperty("2020-03..04 (2 months combined)"))!.Value),
            ],
            flow.Observations);
        Assert.False(flow.Contains(ReportingPeriod.Month(2020, 4)));
    }

    [Fact]
    public void ToFlow_MissingValue_NextValueSpansGap()
    {
        // 1-3月 present but without a value: the same as absent; March-April = 75 − 30 = 45, no missing March left over.
        var flow = Cumulative(2020, (2, 30m), (3, null), (4, 75m)).ToFlow();
        Assert.Equal(
            [Observation.Of(ReportingPeriod.MonthSpan(2020, 1, 2), 30m), Observation.Of(ReportingPeriod.MonthSpan(2020, 3, 4), 45m)],
            flow.Observations);
    }

    [Fact]
    public void ToFlow_SeveralMissingValues_OneSpan()
    {
        // 1-3月 and 1-4月 missing, 1-5月 100: March-May = 100 − 30 = 70.
        var flow = Cumulative(2020, (2, 30m), (3, null), (4, null), (5, 100m)).ToFlow();
        Assert.Equal(
            [Observation.Of(ReportingPeriod.MonthSpan(2020, 1, 2), 30m), Observation.Of(ReportingPeriod.MonthSpan(2020, 3, 5), 70m)],
            flow.Observations);
    }

    [Fact]
    public void ToFlow_TrailingMissing_GivesMissingFlows()
    {
        // Nothing after 1-3月: April and May stay explicitly missing (never zero).
        var flow = Cumulative(2020, (2, 30m), (3, 50m), (4, null), (5, null)).ToFlow();
        Assert.Equal(
            [
                Observation.Of(ReportingPeriod.MonthSpan(2020, 1, 2), 30m),
                Observation.Of(ReportingPeriod.Month(2020, 3), 20m),
                Observation.Missing(ReportingPeriod.Month(2020, 4)),
                Observation.Missing(ReportingPeriod.Month(2020, 5)),
            ],
            flow.Observations);
    }

    [Fact]
    public void ToFlow_FirstOfYearMissing_NextValueStartsInJanuary()
    {
        // 1-2月 missing, 1-3月 50: the flow for January-March together is 50.
        var flow = Cumulative(2020, (2, null), (3, 50m), (4, 75m)).ToFlow();
        Assert.Equal(
            [Observation.Of(ReportingPeriod.MonthSpan(2020, 1, 3), 50m), Observation.Of(ReportingPeriod.Month(2020, 4), 25m)],
            flow.Observations);
    }

    [Fact]
    public void ToFlow_YearEndsWithMissing_NextYearRestarts()
    {
        // 2020年1-12月 missing; 2021年1-2月 20 must not be reduced by anything from 2020.
        var series = TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, [Obs("2020-01..11", 700m), Obs("2020-01..12", null), Obs("2021-01..02", 20m)]);
        Assert.Equal(
            [
                Observation.Of(ReportingPeriod.MonthSpan(2020, 1, 11), 700m),
                Observation.Missing(ReportingPeriod.Month(2020, 12)),
                Observation.Of(ReportingPeriod.JanuaryFebruary(2021), 20m),
            ],
            series.ToFlow().Observations);
    }

    [Fact]
    public void ToFlow_NbsProfit2021_DerivesNaiveMarch()
    {
        // cn_ytd_decumulation.json, NBS_profit_2021_Q1: 1-3月 18253.8 − 1-2月 11140.1 = 7113.7 億元 (naive March).
        // NBS published 7111.8 for March (sample and scope revisions); the library derives the naive difference,
        // and a caller who has the published figure must use it instead.
        var c = VectorFile.Case(Decumulation, "NBS_profit_2021_Q1");
        decimal janFeb = VectorFile.Decimal(c.GetProperty("inputs").GetProperty("ytd_JanFeb_100m_yuan"))!.Value;
        decimal janMar = VectorFile.Decimal(c.GetProperty("inputs").GetProperty("ytd_JanMar_100m_yuan"))!.Value;
        decimal naive = VectorFile.Decimal(c.GetProperty("expected").GetProperty("naive_March"))!.Value;
        decimal published = VectorFile.Decimal(c.GetProperty("expected").GetProperty("published_March"))!.Value;

        var flow = Cumulative(2021, (2, janFeb), (3, janMar)).ToFlow();

        Assert.Equal(7113.7m, naive);
        Assert.Equal(naive, flow.ValueAt(ReportingPeriod.Month(2021, 3)));
        Assert.Equal(janFeb, flow.ValueAt(ReportingPeriod.JanuaryFebruary(2021)));
        Assert.NotEqual(published, flow.ValueAt(ReportingPeriod.Month(2021, 3)));
    }

    [Fact]
    public void ToFlow_KeepsUnitAndName()
    {
        var flow = Cumulative(2020, (2, 30m)).WithName("pharma").ConvertTo(MetricUnit.WanYuan).ToFlow();
        Assert.Equal(MetricUnit.WanYuan, flow.Unit);
        Assert.Equal("pharma", flow.Name);
        Assert.Equal(300_000m, flow.ValueAt(ReportingPeriod.JanuaryFebruary(2020)));
    }

    [Theory]
    [InlineData(SeriesKind.Flow)]
    [InlineData(SeriesKind.Stock)]
    public void ToFlow_NotCumulative_ThrowsKindMismatch(SeriesKind kind)
    {
        var series = Monthly(kind, 2020, 1, 1m, 2m).WithName("sewing");
        var ex = Assert.Throws<SeriesKindMismatchException>(() => series.ToFlow());
        Assert.Equal(SeriesKind.Cumulative, ex.Expected);
        Assert.Equal(kind, ex.Actual);
        Assert.Contains("sewing", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToCumulative_SyntheticToYtd_MatchesVector()
    {
        // cn_ytd_decumulation.json, synthetic_to_ytd: monthly 10, 20, ..., 140 from 2020-01 gives YTD 10, 30, ..., 780
        // for 2020 and restarts at 130, 270 in 2021 (pandas groupby(year).cumsum()).
        var c = VectorFile.Case(Decumulation, "synthetic_to_ytd");
        var monthly = VectorFile.Decimals(c.GetProperty("inputs").GetProperty("monthly"));
        var start = ReportingPeriod.Parse(c.GetProperty("start").GetString()!);
        var expected = VectorFile.Decimals(c.GetProperty("expected").GetProperty("ytd"));

        var flow = Monthly(SeriesKind.Flow, start.Year, start.EndMonth, monthly.ToArray());
        var cumulative = flow.ToCumulative();

        Assert.Equal(SeriesKind.Cumulative, cumulative.Kind);
        Assert.Equal(expected.Count, cumulative.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            var month = MonthAt(start.Year, start.EndMonth + i);
            Assert.Equal(ReportingPeriod.YearToDate(month.Year, month.EndMonth), cumulative.Observations[i].Period);
            Assert.Equal(expected[i], cumulative.Observations[i].Value);
        }
    }

    [Fact]
    public void ToCumulative_JanuaryFebruarySpan_GivesOneToTwo()
    {
        var flows = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2020-01/02", 30m), Obs("2020-03", 20m), Obs("2020-04", 25m)]);
        Assert.Equal(
            [Obs("2020-01..02", 30m), Obs("2020-01..03", 50m), Obs("2020-01..04", 75m)],
            flows.ToCumulative().Observations);
    }

    [Fact]
    public void ToCumulative_MissingFlow_RestOfYearMissingNeverPartial()
    {
        // March missing: 1-3月 and 1-4月 cannot be known (30 + ? ), so both are missing; 2021 restarts.
        var flows = TimeSeries.Create(
            SeriesKind.Flow,
            MetricUnit.YiYuan,
            [Obs("2020-01/02", 30m), Obs("2020-03", null), Obs("2020-04", 25m), Obs("2021-01/02", 20m), Obs("2021-03", 25m)]);
        Assert.Equal(
            [Obs("2020-01..02", 30m), Obs("2020-01..03", null), Obs("2020-01..04", null), Obs("2021-01..02", 20m), Obs("2021-01..03", 45m)],
            flows.ToCumulative().Observations);
    }

    [Fact]
    public void ToCumulative_AbsentMonth_RestOfYearMissing()
    {
        // February absent between January and March.
        var flows = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2020-01", 10m), Obs("2020-03", 30m), Obs("2020-04", 40m)]);
        Assert.Equal(
            [Obs("2020-01..01", 10m), Obs("2020-01..03", null), Obs("2020-01..04", null)],
            flows.ToCumulative().Observations);
    }

    [Fact]
    public void ToCumulative_YearNotStartingInJanuary_Missing()
    {
        var flows = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2020-03", 30m), Obs("2020-04", 40m)]);
        Assert.All(flows.ToCumulative().Observations, o => Assert.True(o.IsMissing));
    }

    [Fact]
    public void ToCumulative_Quarters_GivesQuarterEndTotals()
    {
        // Q1..Q4 60, 150, 240, 330 -> 1-3月 60, 1-6月 210, 1-9月 450, 1-12月 780.
        var flows = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2020Q1", 60m), Obs("2020Q2", 150m), Obs("2020Q3", 240m), Obs("2020Q4", 330m)]);
        Assert.Equal(
            [Obs("2020-01..03", 60m), Obs("2020-01..06", 210m), Obs("2020-01..09", 450m), Obs("2020-01..12", 780m)],
            flows.ToCumulative().Observations);
    }

    [Fact]
    public void ToCumulative_NotFlow_ThrowsKindMismatch()
    {
        var ex = Assert.Throws<SeriesKindMismatchException>(() => Cumulative(2020, (2, 30m)).ToCumulative());
        Assert.Equal(SeriesKind.Flow, ex.Expected);
        Assert.Equal(SeriesKind.Cumulative, ex.Actual);
    }

    [Fact]
    public void CumulativeToFlowToCumulative_WithSpanAndGap_IsExact()
    {
        // 1-2月, 1-4月 (gap), 1-5月; then a new year: decimals with different scales come back exactly.
        var series = TimeSeries.Create(
            SeriesKind.Cumulative,
            MetricUnit.WanYuan,
            [Obs("2020-01..02", 11140.1m), Obs("2020-01..04", 18253.80m), Obs("2020-01..05", 18253.8m), Obs("2021-01..01", 0.001m), Obs("2021-01..12", 99999999.99m)]);
        Assert.Equal(series.Observations, series.ToFlow().ToCumulative().Observations);
    }

    [Fact]
    public void CumulativeToFlowToCumulative_RandomSeries_RoundTripExactly()
    {
        // Property: for any cumulative series without missing values, ToFlow().ToCumulative() is the series again,
        // and within each year the flows add up to the last cumulative value and tile January..last month.
        var random = new Random(20180814);
        for (int trial = 0; trial < 300; trial++)
        {
            var series = RandomCumulative(random);
            var flow = series.ToFlow();

            Assert.Equal(series.Observations, flow.ToCumulative().Observations);
            foreach (var year in series.Observations.GroupBy(o => o.Period.Year))
            {
                var flows = flow.Observations.Where(o => o.Period.Year == year.Key).ToList();
                Assert.Equal(year.Last().Value, flows.Sum(o => o.Value!.Value));
                int next = 1;
                foreach (var f in flows)
                {
                    Assert.Equal(next, f.Period.StartMonth);
                    Assert.NotEqual(PeriodKind.YearToDate, f.Period.Kind);
                    next = f.Period.EndMonth + 1;
                }

                Assert.Equal(year.Last().Period.EndMonth + 1, next);
            }
        }
    }

    [Fact]
    public void FlowToCumulativeToFlow_RandomSeries_RoundTripExactly()
    {
        // Property: flows that tile each year from January (months and spans, any sign) cumulate and de-cumulate back.
        var random = new Random(529);
        for (int trial = 0; trial < 300; trial++)
        {
            var observations = new List<Observation>();
            int firstYear = random.Next(1990, 2030);
            for (int year = firstYear, years = random.Next(1, 4); year < firstYear + years; year++)
            {
                int lastMonth = random.Next(1, 13);
                for (int start = 1; start <= lastMonth;)
                {
                    int end = Math.Min(lastMonth, start + (random.Next(4) == 0 ? random.Next(1, 4) : 0));
                    observations.Add(Observation.Of(ReportingPeriod.MonthSpan(year, start, end), RandomDecimal(random, allowNegative: true)));
                    start = end + 1;
                }
            }

            var flows = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, observations);
            Assert.Equal(flows.Observations, flows.ToCumulative().ToFlow().Observations);
        }
    }

    /// <summary>A cumulative series over 1 to 3 consecutive years, each with a random non-empty set of months and non-decreasing values.</summary>
    private static TimeSeries RandomCumulative(Random random)
    {
        var observations = new List<Observation>();
        int firstYear = random.Next(1990, 2030);
        int years = random.Next(1, 4);
        for (int year = firstYear; year < firstYear + years; year++)
        {
            decimal total = 0m;
            for (int month = 1; month <= 12; month++)
            {
                if (random.Next(3) == 0)
                {
                    continue;
                }

                total += RandomDecimal(random, allowNegative: false);
                observations.Add(Observation.Of(ReportingPeriod.YearToDate(year, month), total));
            }
        }

        return TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, observations);
    }

    private static readonly decimal[] PowersOfTen = [1m, 10m, 100m, 1000m, 10000m];

    /// <summary>A decimal with 0 to 4 decimal places and up to 10 integer digits.</summary>
    private static decimal RandomDecimal(Random random, bool allowNegative)
    {
        long mantissa = random.NextInt64(0, 100_000_000_000_000);
        if (allowNegative && random.Next(4) == 0)
        {
            mantissa = -mantissa;
        }

        // Dividing an integer by a power of ten is exact in decimal.
        return mantissa / PowersOfTen[random.Next(PowersOfTen.Length)];
    }
}
