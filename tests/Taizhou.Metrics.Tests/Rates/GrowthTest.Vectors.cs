using System;
using System.Linq;
using System.Text.Json;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Tests.Vectors;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Rates;

/// <summary>
/// The reference vectors in <c>Vectors/</c>: REAT 3.0.3 (<c>reat_growth_rates.json</c>), pandas 1.5.3
/// (<c>pandas_pct_change_resample.json</c>) and the target arithmetic (<c>targets_projection_average_growth.json</c>).
/// Where a peer's output is a defect or a convention this library does not follow, the test says why it differs.
/// </summary>
public partial class GrowthTest
{
    private const string Reat = "reat_growth_rates.json";
    private const string Pandas = "pandas_pct_change_resample.json";
    private const string Targets = "targets_projection_average_growth.json";

    private static decimal Number(JsonElement element) =>
        VectorFile.Decimal(element) ?? throw new InvalidOperationException($"Expected a number, got {element.GetRawText()}.");

    private static double Double(JsonElement parent, string name) => parent.GetProperty(name).GetDouble();

    private static TimeSeries MonthlyFromVector(JsonElement values, int year, int month) =>
        Monthly(year, month, [.. VectorFile.Decimals(values)]);

    [Fact]
    public void Vector_Reat_FK2013RegionA_RateAndFactor()
    {
        // REAT growth() on Farhauer/Kröll (2013) region A; tolerance_abs 1e-9 from the file.
        var c = VectorFile.Case(Reat, "FK2013_regionA");
        var v1 = VectorFile.Decimals(c.GetProperty("inputs").GetProperty("v1"));
        var v2 = VectorFile.Decimals(c.GetProperty("inputs").GetProperty("v2"));
        double[] rate = c.GetProperty("expected").GetProperty("rate").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        double[] factor = c.GetProperty("expected").GetProperty("factor").EnumerateArray().Select(e => e.GetDouble()).ToArray();
        double tolerance = Double(c, "tolerance_abs");

        Assert.Equal(4, v1.Count);
        for (int i = 0; i < v1.Count; i++)
        {
            var growth = Growth.Rate(v2[i], v1[i]);
            Assert.Equal(rate[i], growth.GetFraction(), tolerance);
            Assert.Equal(factor[i], growth.GetFactor(), tolerance);
        }
    }

    [Fact]
    public void Vector_Reat_ThreePeriods_CagrIsNotTheArithmeticMeanOfPeriodRates()
    {
        // Period rates 10 %, 20 %, 10 %: their arithmetic mean (REAT's default) is 13.33 %, the CAGR 13.24 %.
        var c = VectorFile.Case(Reat, "three_period_geometric_vs_arithmetic");
        decimal v0 = Number(c.GetProperty("inputs").GetProperty("v0"));
        decimal[] path = [.. VectorFile.Decimals(c.GetProperty("inputs").GetProperty("v_path")).Select(v => v!.Value)];
        double geometric = Double(c.GetProperty("expected"), "geometric_mean_rate_CAGR");
        double arithmetic = Double(c.GetProperty("expected"), "arithmetic_mean_of_period_rates");
        double tolerance = Double(c, "tolerance_abs");

        Assert.Equal(geometric, Growth.AverageAnnual(v0, path, AverageGrowthMethod.Geometric).GetFraction(), tolerance);
        Assert.Equal(geometric, Growth.Cagr(v0, path[^1], path.Length).GetFraction(), tolerance);

        // The arithmetic mean of the year-on-year rates of the annual series 2000..2003 is the other number.
        var series = Series(
            SeriesKind.Flow,
            [(ReportingPeriod.CalendarYear(2000), v0), .. path.Select((v, i) => (ReportingPeriod.CalendarYear(2001 + i), (decimal?)v))]);
        double mean = Growth.YearOnYear(series).Skip(1).Average(g => g.Rate.GetFraction());
        Assert.Equal(arithmetic, mean, tolerance);
        Assert.NotEqual(arithmetic, Growth.Cagr(v0, path[^1], path.Length).GetFraction(), 5e-4); // 13.33 % vs 13.24 %
    }

    [Fact]
    public void Vector_Reat_TimePeriods_CagrIs8Point148Percent_NotReatsDoubleDivision()
    {
        // REAT's growth(100, 160, time.periods = 6) divides the factor by 6 and then the rate by 6 again:
        // ((160 / 100) / 6 − 1) / 6 = −0.1222, a fall for a value that rose 60 %. The compound rate is
        // 1.6^(1/6) − 1 = 8.148 %; the linear average would be 10 %. The library gives the compound rate.
        var c = VectorFile.EdgeCase(Reat, "REAT_time_periods_double_division");
        var inputs = c.GetProperty("inputs");

        var cagr = Growth.Cagr(Number(inputs.GetProperty("v1")), Number(inputs.GetProperty("v2")), Double(inputs, "time.periods"));

        Assert.Equal(Double(c, "correct_CAGR"), cagr.GetFraction(), 1e-12);
        Assert.NotEqual(Double(c, "peer_output_REAT"), cagr.GetFraction(), 1e-3);
        Assert.NotEqual(Double(c, "correct_linear_average"), cagr.GetFraction(), 1e-3);
    }

    [Fact]
    public void Vector_Reat_ZeroBase_IsUndefined_NotInf()
    {
        // REAT returns Inf for 0 → 10; the library returns no number and says why.
        var inputs = VectorFile.EdgeCase(Reat, "zero_base").GetProperty("inputs");
        decimal v1 = Number(inputs.GetProperty("v1")), v2 = Number(inputs.GetProperty("v2"));

        AssertUndefined(GrowthUndefinedReason.ZeroBase, Growth.Rate(v2, v1));
        AssertUndefined(GrowthUndefinedReason.ZeroBase, Growth.Rate(v1, v1)); // EconGeo's 0 → 0 = 0 is not followed either
        AssertUndefined(GrowthUndefinedReason.ZeroBase, Growth.Cagr(v1, v2, 1));
        AssertUndefined(GrowthUndefinedReason.ZeroBase, Growth.Log(v2, v1));
    }

    [Fact]
    public void Vector_Reat_NegativeBase_IsUndefined_NotMinus150Percent()
    {
        // REAT gives (5 − (−10)) / (−10) = −1.5 although the value rose (扭虧為盈); the library gives no rate by
        // default and +150 % only when AbsoluteBase is asked for, as the vector's note recommends.
        var c = VectorFile.EdgeCase(Reat, "negative_base");
        var inputs = c.GetProperty("inputs");
        decimal v1 = Number(inputs.GetProperty("v1")), v2 = Number(inputs.GetProperty("v2"));

        AssertUndefined(GrowthUndefinedReason.NegativeBase, Growth.Rate(v2, v1));
        var absolute = Growth.Rate(v2, v1, NegativeBasePolicy.AbsoluteBase);
        Assert.Equal(-Double(c, "peer_output_REAT"), absolute.GetFraction(), Exact);
    }

    [Fact]
    public void Vector_Pandas_PctChange_MatchesFillMethodNone_NotPad()
    {
        // pandas pct_change with fill_method='pad' (the default before 2.1) forward-fills the missing February with
        // January's 100, so it reports a 0 % change for a month that has no figure and compares March with January.
        // The library follows fill_method=None: a missing month has no rate, and neither has the month after it.
        // Where pandas gives inf (zero base) or −1.5 (negative base, sign inverted) the library gives an undefined
        // rate with its reason; every finite fill_method=None number is matched.
        var c = VectorFile.Case(Pandas, "pct_change_NaN_zero_negative");
        var values = c.GetProperty("inputs").GetProperty("monthly_from_2020-01");
        var series = MonthlyFromVector(values, 2020, 1);
        var input = VectorFile.Decimals(values);
        var none = c.GetProperty("expected").GetProperty("pct_change_fill_method_None").EnumerateArray().ToArray();
        var pad = c.GetProperty("expected").GetProperty("pct_change_fill_method_pad_(pandas<2.1_default)").EnumerateArray().ToArray();

        var growths = Growth.PeriodOnPeriod(series);

        Assert.Equal(none.Length, growths.Count);
        for (int i = 0; i < none.Length; i++)
        {
            var rate = growths[i].Rate;
            switch (none[i].ValueKind)
            {
                case JsonValueKind.Null:
                    Assert.Equal(input[i] is null ? GrowthUndefinedReason.MissingCurrent : GrowthUndefinedReason.MissingBase, rate.Reason);
                    break;
                case JsonValueKind.String:
                    Assert.Equal("inf", none[i].GetString());
                    AssertUndefined(GrowthUndefinedReason.ZeroBase, rate);
                    break;
                default:
                    if (input[i - 1] < 0m)
                    {
                        AssertUndefined(GrowthUndefinedReason.NegativeBase, rate);
                    }
                    else
                    {
                        Assert.Equal(none[i].GetDouble(), rate.GetFraction(), 1e-12);
                    }

                    break;
            }
        }

        // The invented figures of 'pad': 0 % for the missing February, +10 % for March against January.
        Assert.Equal(0.0, pad[1].GetDouble());
        AssertUndefined(GrowthUndefinedReason.MissingCurrent, growths[1].Rate);
        Assert.Equal(0.1, pad[2].GetDouble());
        AssertUndefined(GrowthUndefinedReason.MissingBase, growths[2].Rate);
    }

    [Fact]
    public void Vector_Pandas_YoyPeriods12_MatchesPctChange12()
    {
        // On a gap-free monthly index, pandas' positional pct_change(12) and the calendar year-on-year agree. The
        // vector prints six decimals: tolerance 5e-7.
        var c = VectorFile.Case(Pandas, "yoy_periods_12");
        var series = MonthlyFromVector(c.GetProperty("inputs").GetProperty("monthly_from_2020-01"), 2020, 1);
        double[] expected = c.GetProperty("expected").GetProperty("pct_change(12)_2021").EnumerateArray().Select(e => e.GetDouble()).ToArray();

        var growths = Growth.YearOnYear(series);

        Assert.All(growths.Take(12), g => AssertUndefined(GrowthUndefinedReason.MissingBase, g.Rate));
        for (int m = 1; m <= 12; m++)
        {
            var g = growths.Single(x => x.Period == M(2021, m));
            Assert.Equal(M(2020, m), g.BasePeriod);
            Assert.Equal(expected[m - 1], g.Rate.GetFraction(), 5e-7);
        }
    }

    [Fact]
    public void Vector_Pandas_PositionalVsCalendarShift_LibraryIsCalendarAware()
    {
        // pandas' positional pct_change compares April with February across the missing March (+100 %);
        // with freq='M' it is calendar-aware and gives NaN. The library matches freq='M'.
        var c = VectorFile.Case(Pandas, "positional_vs_calendar_shift");
        var periods = VectorFile.Strings(c.GetProperty("inputs").GetProperty("periods")).Select(ReportingPeriod.Parse).ToArray();
        var values = VectorFile.Decimals(c.GetProperty("inputs").GetProperty("values"));
        var calendar = VectorFile.Decimals(c.GetProperty("expected").GetProperty("pct_change_freq_M"));
        var positional = VectorFile.Decimals(c.GetProperty("expected").GetProperty("pct_change_positional"));
        var series = TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, periods, values);

        var growths = Growth.PeriodOnPeriod(series);

        for (int i = 0; i < periods.Length; i++)
        {
            Assert.Equal(calendar[i] is decimal d ? (double?)d : null, growths[i].Rate.ValueOrNull);
        }

        Assert.Equal(1m, positional[2]);
        AssertUndefined(GrowthUndefinedReason.MissingBase, growths[2].Rate);
    }

    [Fact]
    public void Vector_Targets_RequiredCagrOf2021Target()
    {
        // (5000 / 3600)^(1/4) − 1 = 0.0855926; the vector prints seven decimals: tolerance 5e-8.
        var c = VectorFile.Case(Targets, "cluster_output_target_2021_synthetic");
        var inputs = c.GetProperty("inputs");
        decimal start = Number(inputs.GetProperty("base_value_100m_yuan"));
        decimal end = Number(inputs.GetProperty("target_value"));
        int baseYear = inputs.GetProperty("base_year").GetInt32(), targetYear = inputs.GetProperty("target_year").GetInt32();
        var expected = c.GetProperty("expected").GetProperty("required_CAGR");
        double tolerance = VectorFile.HalfUnitOfLastDigit(expected);

        Assert.Equal(5e-8, tolerance, 1e-20);
        Assert.Equal(expected.GetDouble(), Growth.Cagr(start, end, targetYear - baseYear).GetFraction(), tolerance);

        var series = Series(
            SeriesKind.Flow,
            (ReportingPeriod.CalendarYear(baseYear), start),
            (ReportingPeriod.CalendarYear(targetYear), end));
        Assert.Equal(expected.GetDouble(), Growth.Cagr(series, ReportingPeriod.CalendarYear(baseYear), ReportingPeriod.CalendarYear(targetYear)).GetFraction(), tolerance);
    }

    [Theory]
    [InlineData("doubling_翻一番", 1.0)]
    [InlineData("quadrupling_翻两番", 2.0)]
    public void Vector_Targets_Doubling(string id, double doublings)
    {
        var c = VectorFile.Case(Targets, id);
        double years = Double(c.GetProperty("inputs"), "years");
        var expected = c.GetProperty("expected").GetProperty("required_CAGR");

        var rate = Growth.FromDoublings(doublings, years);

        Assert.Equal(expected.GetDouble(), rate.GetFraction(), VectorFile.HalfUnitOfLastDigit(expected));
        Assert.Equal(doublings, Growth.Doublings(rate, years), 1e-12);
    }

    [Fact]
    public void Vector_Targets_LevelMethodVsCumulativeMethod()
    {
        // 水平法 (level, geometric) 0.09856054 and 累計法 (cumulative, equation) 0.10176193; eight decimals: 5e-9.
        var c = VectorFile.Case(Targets, "average_growth_level_vs_cumulative_method");
        decimal y0 = Number(c.GetProperty("inputs").GetProperty("y0"));
        decimal[] levels = [.. VectorFile.Decimals(c.GetProperty("inputs").GetProperty("y1_to_y5")).Select(v => v!.Value)];
        var level = c.GetProperty("expected").GetProperty("水平法_geometric");
        var cumulative = c.GetProperty("expected").GetProperty("累计法_equation_method");

        Assert.Equal(level.GetDouble(), Growth.AverageAnnual(y0, levels, AverageGrowthMethod.Geometric).GetFraction(), VectorFile.HalfUnitOfLastDigit(level));
        Assert.Equal(cumulative.GetDouble(), Growth.AverageAnnual(y0, levels, AverageGrowthMethod.Cumulative).GetFraction(), VectorFile.HalfUnitOfLastDigit(cumulative));
    }

    [Fact]
    public void Vector_Targets_AnnualisedRates()
    {
        // BEA percent change at annual rate: 1.015^4 − 1 and 1.005^12 − 1; eight decimals: 5e-9.
        var c = VectorFile.Case(Targets, "annualised_rates");
        var inputs = c.GetProperty("inputs");
        var fromQuarterly = c.GetProperty("expected").GetProperty("SAAR_from_quarterly");
        var fromMonthly = c.GetProperty("expected").GetProperty("annualised_from_monthly");

        var quarterly = Growth.Annualize(GrowthRate.FromFraction(Double(inputs, "quarter_on_quarter_growth")), 3);
        var monthly = Growth.Annualize(GrowthRate.FromFraction(Double(inputs, "month_on_month_growth")), 1);

        Assert.Equal(fromQuarterly.GetDouble(), quarterly.GetFraction(), VectorFile.HalfUnitOfLastDigit(fromQuarterly));
        Assert.Equal(fromMonthly.GetDouble(), monthly.GetFraction(), VectorFile.HalfUnitOfLastDigit(fromMonthly));
    }

    [Fact]
    public void Vector_Targets_ZeroBase_RequiredGrowthIsUndefined()
    {
        // The vector's required_CAGR is null ("undefined for non-positive base"): the library says ZeroBase.
        var c = VectorFile.Case(Targets, "negative_or_zero_base_required_growth");
        var inputs = c.GetProperty("inputs");
        Assert.Equal(JsonValueKind.Null, c.GetProperty("expected").GetProperty("required_CAGR").ValueKind);

        var rate = Growth.Cagr(Number(inputs.GetProperty("base")), Number(inputs.GetProperty("target")), Double(inputs, "years"));

        AssertUndefined(GrowthUndefinedReason.ZeroBase, rate);
        AssertUndefined(GrowthUndefinedReason.NegativeBase, Growth.Cagr(-Number(inputs.GetProperty("target")), Number(inputs.GetProperty("target")), Double(inputs, "years")));
    }
}
