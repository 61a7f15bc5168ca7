using System;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Tests.Vectors;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Series;

/// <summary>Changing frequency with <see cref="TimeSeries.Aggregate"/>: flows sum, stocks take the last month, missing stays missing.</summary>
public partial class TimeSeriesTest
{
    private const string Pandas = "pandas_pct_change_resample.json";

    private static TimeSeries MonthlyFromVector(string caseId, SeriesKind kind)
    {
        var c = VectorFile.Case(Pandas, caseId);
        var values = VectorFile.Decimals(c.GetProperty("inputs").GetProperty("monthly_from_2020-01"));
        return Monthly(kind, 2020, 1, values.ToArray());
    }

    [Fact]
    public void Aggregate_Quarter_FlowsSum_MatchesPandasResample()
    {
        // pandas_pct_change_resample.json, resample: monthly 10..240 from 2020-01, resample('Q').sum() = 60, 150, ..., 690.
        var expected = VectorFile.Decimals(VectorFile.Case(Pandas, "resample").GetProperty("expected").GetProperty("Q_sum"));
        var quarters = MonthlyFromVector("resample", SeriesKind.Flow).Aggregate(PeriodKind.Quarter);

        Assert.Equal(SeriesKind.Flow, quarters.Kind);
        Assert.Equal(
            ReportingPeriod.Range(ReportingPeriod.Quarter(2020, 1), ReportingPeriod.Quarter(2021, 4)),
            quarters.Periods.ToArray());
        Assert.Equal(expected, quarters.Observations.Select(o => o.Value).ToArray());
    }

    [Fact]
    public void Aggregate_Year_FlowsSum_MatchesPandasResample()
    {
        // pandas resample('A').sum() = 780, 2220.
        var expected = VectorFile.Decimals(VectorFile.Case(Pandas, "resample").GetProperty("expected").GetProperty("A_sum"));
        var years = MonthlyFromVector("resample", SeriesKind.Flow).Aggregate(PeriodKind.Year);

        Assert.Equal([ReportingPeriod.CalendarYear(2020), ReportingPeriod.CalendarYear(2021)], years.Periods.ToArray());
        Assert.Equal(expected, years.Observations.Select(o => o.Value).ToArray());
    }

    [Fact]
    public void Aggregate_Half_FlowsSum()
    {
        // By hand: 10+20+...+60 = 210, 70+...+120 = 570, 130+...+180 = 930, 190+...+240 = 1290.
        var halves = MonthlyFromVector("resample", SeriesKind.Flow).Aggregate(PeriodKind.HalfYear);
        Assert.Equal(
            [Obs("2020H1", 210m), Obs("2020H2", 570m), Obs("2021H1", 930m), Obs("2021H2", 1290m)],
            halves.Observations);
    }

    [Fact]
    public void Aggregate_AllMissingQuarter_IsMissingNotPandasZero()
    {
        // pandas_pct_change_resample.json, resample_all_missing_quarter: pandas' default sum of an all-missing bin is
        // 0 (a silent zero). The library returns missing for Q2, as pandas does only with min_count=1.
        var c = VectorFile.Case(Pandas, "resample_all_missing_quarter");
        var pandasDefault = VectorFile.Decimals(c.GetProperty("expected").GetProperty("Q_sum_default"));
        var expected = VectorFile.Decimals(c.GetProperty("expected").GetProperty("Q_sum_min_count_1"));

        var quarters = MonthlyFromVector("resample_all_missing_quarter", SeriesKind.Flow).Aggregate(PeriodKind.Quarter);

        Assert.Equal(expected, quarters.Observations.Select(o => o.Value).ToArray());
        Assert.Equal(0m, pandasDefault[1]);
        Assert.True(quarters.Observations[1].IsMissing);
        Assert.Equal(ReportingPeriod.Quarter(2020, 2), quarters.Observations[1].Period);
    }

    [Fact]
    public void Aggregate_OneMonthMissing_QuarterMissingNotPartialSum()
    {
        // February missing: Q1 is not 1 + 3 = 4, it is missing; Q2 = 4 + 5 + 6 = 15.
        var quarters = Monthly(SeriesKind.Flow, 2020, 1, 1m, null, 3m, 4m, 5m, 6m).Aggregate(PeriodKind.Quarter);
        Assert.Equal([Obs("2020Q1", null), Obs("2020Q2", 15m)], quarters.Observations);
    }

    [Fact]
    public void Aggregate_AbsentMonths_TargetsMissing()
    {
        // Only May to July: Q2 lacks April, Q3 lacks August and September; both missing, never a partial sum.
        var quarters = Monthly(SeriesKind.Flow, 2020, 5, 5m, 6m, 7m).Aggregate(PeriodKind.Quarter);
        Assert.Equal([Obs("2020Q2", null), Obs("2020Q3", null)], quarters.Observations);
    }

    [Fact]
    public void Aggregate_GapOfWholeQuarter_EmitsMissingQuarter()
    {
        // 2020Q1 months, then nothing until 2020Q3: Q2 appears as missing between them.
        var flows = TimeSeries.Create(
            SeriesKind.Flow,
            MetricUnit.YiYuan,
            [Obs("2020-01", 1m), Obs("2020-02", 2m), Obs("2020-03", 3m), Obs("2020-07", 7m), Obs("2020-08", 8m), Obs("2020-09", 9m)]);
        Assert.Equal(
            [Obs("2020Q1", 6m), Obs("2020Q2", null), Obs("2020Q3", 24m)],
            flows.Aggregate(PeriodKind.Quarter).Observations);
    }

    [Fact]
    public void Aggregate_JanuaryFebruarySpan_SumsIntoFirstQuarter()
    {
        // 1-2月合計 30 + March 20 = Q1 50.
        var flows = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2020-01/02", 30m), Obs("2020-03", 20m)]);
        Assert.Equal([Obs("2020Q1", 50m)], flows.Aggregate(PeriodKind.Quarter).Observations);
    }

    [Fact]
    public void Aggregate_SpanAcrossQuarterEnd_BothQuartersMissing()
    {
        // A March-April span cannot be split between Q1 and Q2; the half-year is still 30 + 45 + 25 + 25 = 125.
        var flows = TimeSeries.Create(
            SeriesKind.Flow,
            MetricUnit.YiYuan,
            [Obs("2020-01/02", 30m), Obs("2020-03/04", 45m), Obs("2020-05", 25m), Obs("2020-06", 25m)]);
        Assert.Equal([Obs("2020Q1", null), Obs("2020Q2", null)], flows.Aggregate(PeriodKind.Quarter).Observations);
        Assert.Equal([Obs("2020H1", 125m)], flows.Aggregate(PeriodKind.HalfYear).Observations);
    }

    [Fact]
    public void Aggregate_QuartersToYear_Sums()
    {
        // 60 + 150 + 240 + 330 = 780.
        var flows = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2020Q1", 60m), Obs("2020Q2", 150m), Obs("2020Q3", 240m), Obs("2020Q4", 330m)]);
        Assert.Equal([Obs("2020", 780m)], flows.Aggregate(PeriodKind.Year).Observations);
        Assert.Equal([Obs("2020H1", 210m), Obs("2020H2", 570m)], flows.Aggregate(PeriodKind.HalfYear).Observations);
    }

    [Fact]
    public void Aggregate_Cumulative_DecumulatesThenSums()
    {
        // YTD 1-2月 30, 1-3月 50, 1-4月 75, 1-5月 100, 1-6月 130 -> flows 30 (Jan-Feb), 20, 25, 25, 30
        // -> Q1 = 30 + 20 = 50 (= 1-3月), Q2 = 25 + 25 + 30 = 80 (= 130 − 50).
        var quarters = Cumulative(2020, (2, 30m), (3, 50m), (4, 75m), (5, 100m), (6, 130m)).Aggregate(PeriodKind.Quarter);
        Assert.Equal(SeriesKind.Flow, quarters.Kind);
        Assert.Equal([Obs("2020Q1", 50m), Obs("2020Q2", 80m)], quarters.Observations);
    }

    [Fact]
    public void Aggregate_CumulativeWithGapInsideQuarter_StillSums()
    {
        // 1-3月 not published: the March-April span lies across Q1/Q2, so both are missing, but H1 = 1-6月 = 130.
        var cumulative = Cumulative(2020, (2, 30m), (4, 75m), (5, 100m), (6, 130m));
        Assert.Equal([Obs("2020Q1", null), Obs("2020Q2", null)], cumulative.Aggregate(PeriodKind.Quarter).Observations);
        Assert.Equal([Obs("2020H1", 130m)], cumulative.Aggregate(PeriodKind.HalfYear).Observations);
    }

    [Fact]
    public void Aggregate_Stock_TakesLastMonth()
    {
        // Enterprises at the end of each month: 100, 102, 105 | 104, 110, 111 -> Q1 105, Q2 111, H1 111.
        var stock = Monthly(SeriesKind.Stock, 2020, 1, 100m, 102m, 105m, 104m, 110m, 111m);
        Assert.Equal([Obs("2020Q1", 105m), Obs("2020Q2", 111m)], stock.Aggregate(PeriodKind.Quarter).Observations);
        Assert.Equal([Obs("2020H1", 111m)], stock.Aggregate(PeriodKind.HalfYear).Observations);
        Assert.Equal(SeriesKind.Stock, stock.Aggregate(PeriodKind.Quarter).Kind);
    }

    [Fact]
    public void Aggregate_StockLastMonthMissing_Missing()
    {
        // March missing: Q1 is missing even though January and February have values (never February's value).
        var stock = Monthly(SeriesKind.Stock, 2020, 1, 100m, 102m, null, 104m, 110m);
        Assert.Equal([Obs("2020Q1", null), Obs("2020Q2", null)], stock.Aggregate(PeriodKind.Quarter).Observations);
    }

    [Fact]
    public void Aggregate_StockQuartersToYear_TakesFourthQuarter()
    {
        var stock = TimeSeries.Create(SeriesKind.Stock, MetricUnit.Count, [Obs("2020Q1", 1m), Obs("2020Q2", 2m), Obs("2020Q3", 3m), Obs("2020Q4", 4m)]);
        Assert.Equal([Obs("2020", 4m)], stock.Aggregate(PeriodKind.Year).Observations);
    }

    [Fact]
    public void Aggregate_KeepsUnitAndName()
    {
        var quarters = Monthly(SeriesKind.Flow, 2020, 1, 1m, 2m, 3m).ConvertTo(MetricUnit.WanYuan).WithName("toilets").Aggregate(PeriodKind.Quarter);
        Assert.Equal(MetricUnit.WanYuan, quarters.Unit);
        Assert.Equal("toilets", quarters.Name);
        Assert.Equal(60_000m, quarters.ValueAt(ReportingPeriod.Quarter(2020, 1)));
    }

    [Fact]
    public void Aggregate_Empty_IsEmpty()
    {
        Assert.Equal(0, TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, []).Aggregate(PeriodKind.Year).Count);
    }

    [Theory]
    [InlineData(PeriodKind.Month)]
    [InlineData(PeriodKind.YearToDate)]
    [InlineData(PeriodKind.MonthSpan)]
    public void Aggregate_TargetNotQuarterHalfOrYear_Throws(PeriodKind target)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => Monthly(SeriesKind.Flow, 2020, 1, 1m).Aggregate(target));
        Assert.Equal("target", ex.ParamName);
    }

    [Fact]
    public void Aggregate_TargetNotCoarser_Throws()
    {
        var quarters = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2020Q1", 60m)]);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => quarters.Aggregate(PeriodKind.Quarter)).ParamName);
        var years = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [Obs("2020", 780m)]);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => years.Aggregate(PeriodKind.HalfYear)).ParamName);
    }
}
