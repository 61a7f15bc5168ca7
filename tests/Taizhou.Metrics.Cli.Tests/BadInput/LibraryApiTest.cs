using System;
using System.Linq;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Panels;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>
/// docs/bad-input.md, "Library API": what the core refuses with a documented exception naming the operand, and the
/// facts of the data it returns as an explicit undefined value instead of NaN, zero or a wrong number.
/// </summary>
public class LibraryApiTest
{
    private static readonly ReportingPeriod Y2018 = ReportingPeriod.CalendarYear(2018);
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.CalendarYear(2021);

    private static TimeSeries Years(params decimal?[] values) =>
        TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [.. values.Select((_, i) => ReportingPeriod.CalendarYear(2010 + i))], values, "s");

    private static TimeSeries Months(SeriesKind kind, MetricUnit unit, string name, params decimal?[] values) =>
        TimeSeries.FromValues(kind, unit, [.. values.Select((_, i) => kind == SeriesKind.Cumulative ? ReportingPeriod.YearToDate(2018, i + 1) : ReportingPeriod.Month(2018, i + 1))], values, name);

    [Fact]
    public void LibPeriodParseMonth13_ThrowsFormatExceptionQuotingIt()
    {
        Expect.Throws<FormatException>(() => ReportingPeriod.Parse("2018年13月"), "'2018年13月' is not a reporting period: month 13 is out of range");
    }

    [Fact]
    public void LibPeriodParseNull_ThrowsArgumentNullNamingText()
    {
        Assert.Equal("text", Expect.Throws<ArgumentNullException>(() => ReportingPeriod.Parse(null!)).ParamName);
    }

    [Fact]
    public void LibPeriodMonth13_ThrowsOutOfRangeNamingMonth()
    {
        var ex = Expect.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Month(2018, 13), "A month is 1 to 12.");
        Assert.Equal("month", ex.ParamName);
        Assert.Equal(13, ex.ActualValue);
    }

    [Fact]
    public void LibPeriodYear10000_ThrowsOutOfRangeNamingYear()
    {
        var ex = Expect.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.CalendarYear(10000), "A year is 1 to 9999.");
        Assert.Equal("year", ex.ParamName);
    }

    [Fact]
    public void LibPeriodBeforeYear1_ThrowsInvalidOperation()
    {
        Expect.Throws<InvalidOperationException>(() => ReportingPeriod.CalendarYear(1).Previous(), "Period 0001 has no previous period within years 1 to 9999.");
    }

    [Fact]
    public void LibAmountConversionBeyondDecimal_ThrowsNamingTheAmount()
    {
        // 8e20 億元 is 8e28 元, just beyond decimal.MaxValue (7.92e28).
        Expect.Throws<ArgumentOutOfRangeException>(() => Amount.FromYiYuan(800_000_000_000_000_000_000m).In(MetricUnit.Yuan), "800000000000000000000 亿元 in 元 is beyond the range of a decimal (±7.9e28).");
    }

    [Fact]
    public void LibAmountSumBeyondDecimal_ThrowsNamingBothAmounts()
    {
        Expect.Throws<ArgumentOutOfRangeException>(() => Amount.FromYuan(decimal.MaxValue) + Amount.FromYuan(1m), "The sum of 79228162514264337593543950335 元 and 1 元 is beyond the range of a decimal");
    }

    [Fact]
    public void LibAmountWanPlusYi_ThrowsUnitMismatchNamingBoth()
    {
        Expect.Throws<UnitMismatchException>(() => Amount.FromWanYuan(1m) + Amount.FromYiYuan(1m), "Cannot combine 1 万元 with 1 亿元: convert one with In() first.");
    }

    [Fact]
    public void LibAmountCompareWanWithYi_ThrowsUnitMismatch()
    {
        Expect.Throws<UnitMismatchException>(() => Amount.FromWanYuan(1m) < Amount.FromYiYuan(1m), "Cannot combine 1 万元 with 1 亿元");
    }

    [Fact]
    public void LibAmountOfCount_ThrowsArgumentNamingTheUnit()
    {
        var ex = Expect.Throws<ArgumentException>(() => Amount.Of(5m, MetricUnit.Count), "An amount needs a money unit (元, 万元, 亿元); got count.");
        Assert.Equal("unit", ex.ParamName);
    }

    [Fact]
    public void LibUnitParseUnknown_ThrowsFormatExceptionListingUnits()
    {
        Expect.Throws<FormatException>(() => MetricUnit.Parse("usd"), "'usd' is not a unit; expected yuan, wan, yi");
    }

    [Fact]
    public void LibUnitConvertCountToYuan_ThrowsUnitMismatch()
    {
        Expect.Throws<UnitMismatchException>(() => MetricUnit.Count.Convert(1m, MetricUnit.Yuan), "Cannot convert count (个) to yuan (元): they measure different things.");
    }

    [Fact]
    public void LibSeriesAddWanToYi_ThrowsUnitMismatchNamingBoth()
    {
        var yi = Months(SeriesKind.Flow, MetricUnit.YiYuan, "yi", 1m, 2m);
        var wan = Months(SeriesKind.Flow, MetricUnit.WanYuan, "wan", 1m, 2m);

        Expect.Throws<UnitMismatchException>(() => yi.Add(wan), "the units differ (万元 vs 亿元); convert one with ConvertTo first.", "wan (Flow, 万元", "yi (Flow, 亿元");
    }

    [Fact]
    public void LibSeriesAddCumulativeToMonthly_ThrowsKindMismatch()
    {
        var monthly = Months(SeriesKind.Flow, MetricUnit.YiYuan, "monthly", 1m, 2m);
        var cumulative = Months(SeriesKind.Cumulative, MetricUnit.YiYuan, "cum", 1m, 3m);

        Expect.Throws<SeriesKindMismatchException>(() => monthly.Add(cumulative), "the kinds differ", "monthly (Flow", "cum (Cumulative");
    }

    [Fact]
    public void LibSeriesFallingYearToDate_ThrowsNamingBothPeriods()
    {
        Expect.Throws<ArgumentException>(() => Months(SeriesKind.Cumulative, MetricUnit.YiYuan, "fall", 3m, 1m), "The cumulative value for 2018-01..02 (1) is below that for 2018-01..01 (3) of series 'fall': a year-to-date total cannot fall within a year.");
    }

    [Fact]
    public void LibSeriesDuplicatePeriod_ThrowsNamingIt()
    {
        var may = ReportingPeriod.Month(2018, 5);
        Expect.Throws<ArgumentException>(() => TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [may, may], [1m, 2m], "dup"), "Period 2018-05 appears twice");
    }

    [Fact]
    public void LibSeriesMixedFrequencies_ThrowsNamingBothPeriods()
    {
        Expect.Throws<ArgumentException>(() => TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [Y2018, ReportingPeriod.Quarter(2019, 1)], [1m, 2m], "mix"), "2018 (Year)", "2019Q1 (Quarter)");
    }

    [Fact]
    public void LibSeriesEmpty_ProjectionThrowsSayingThereAreNoValues()
    {
        var empty = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, [], "empty");

        Expect.Throws<ArgumentException>(() => Project.ConstantGrowth(empty, Y2021), "'empty' has no values to project from.");
    }

    [Fact]
    public void LibObservationMissing_ThrowsNamingThePeriod()
    {
        Expect.Throws<InvalidOperationException>(() => Observation.Missing(ReportingPeriod.Month(2018, 3)).GetValueOrThrow(), "The value for 2018-03 is missing.");
    }

    [Fact]
    public void LibSeriesConvertBeyondDecimal_ThrowsNamingThePeriod()
    {
        var big = Months(SeriesKind.Flow, MetricUnit.YiYuan, "big", decimal.MaxValue);

        Expect.Throws<ArgumentOutOfRangeException>(() => big.ConvertTo(MetricUnit.Yuan), "The value of series 'big' for 2018-01 (79228162514264337593543950335 亿元) in 元 is beyond the range of a decimal");
    }

    [Fact]
    public void LibSeriesQuarterTotalBeyondDecimal_ThrowsNamingThePeriod()
    {
        var big = Months(SeriesKind.Flow, MetricUnit.Yuan, "big", decimal.MaxValue, decimal.MaxValue, 1m);

        Expect.Throws<InvalidOperationException>(() => big.Aggregate(PeriodKind.Quarter), "The total of series 'big' for 2018Q1 is beyond the range of a decimal (±7.9e28).");
    }

    [Fact]
    public void LibGrowthFromZeroBase_IsUndefinedWithItsReason()
    {
        var rate = Growth.Rate(10m, 0m);

        Assert.False(rate.IsDefined);
        Assert.Equal(GrowthUndefinedReason.ZeroBase, rate.Reason);
        Assert.Null(rate.ValueOrNull);
        Expect.Throws<InvalidOperationException>(() => rate.GetFraction(), "The growth rate is undefined: zero base.");
    }

    [Fact]
    public void LibGrowthFromNegativeBase_IsUndefinedWithItsReason()
    {
        var rate = Growth.Rate(10m, -5m);

        Assert.False(rate.IsDefined);
        Assert.Equal(GrowthUndefinedReason.NegativeBase, rate.Reason);
        Assert.Equal("undefined (negative base)", rate.ToString());
    }

    [Fact]
    public void LibGrowthWithMissingCurrent_IsUndefinedWithItsReason()
    {
        var rate = Growth.Rate(null, 5m);

        Assert.Equal(GrowthUndefinedReason.MissingCurrent, rate.Reason);
        Assert.Null(rate.ValueOrNull);
    }

    [Fact]
    public void LibGrowthRateNaN_ThrowsOutOfRangeNamingTheFraction()
    {
        var ex = Expect.Throws<ArgumentOutOfRangeException>(() => GrowthRate.FromFraction(double.NaN), "A growth rate must be finite; use Undefined for a rate that cannot be computed.");
        Assert.Equal("fraction", ex.ParamName);
    }

    [Fact]
    public void LibGrowthRateInfinite_ThrowsOutOfRangeNamingThePercent()
    {
        var ex = Expect.Throws<ArgumentOutOfRangeException>(() => GrowthRate.FromPercent(double.PositiveInfinity), "A growth rate must be finite.");
        Assert.Equal("percent", ex.ParamName);
    }

    [Fact]
    public void LibCagrOverNaNYears_ThrowsOutOfRangeNamingYears()
    {
        var ex = Expect.Throws<ArgumentOutOfRangeException>(() => Growth.Cagr(1m, 2m, double.NaN), "The number of years must be positive and finite.");
        Assert.Equal("years", ex.ParamName);
    }

    [Fact]
    public void LibCagrFromZero_IsUndefinedWithItsReason()
    {
        Assert.Equal(GrowthUndefinedReason.ZeroBase, Growth.Cagr(0m, 2m, 3).Reason);
    }

    [Fact]
    public void LibImpliedBaseAtMinus100_ThrowsNamingTheRate()
    {
        Expect.Throws<ArgumentException>(() => Growth.ImpliedBase(5m, GrowthRate.FromPercent(-100m)), "No base is implied by a rate of -100.0%.");
    }

    [Fact]
    public void LibImpliedBaseBeyondDecimal_ThrowsNamingBoth()
    {
        Expect.Throws<ArgumentOutOfRangeException>(() => Growth.ImpliedBase(decimal.MaxValue, GrowthRate.FromPercent(-50m)), "79228162514264337593543950335 at a growth of -50.0% implies a base beyond the range of a decimal (±7.9e28).");
    }

    [Fact]
    public void LibTargetBeforeItsBase_ThrowsNamingBothPeriods()
    {
        Expect.Throws<ArgumentException>(() => new ValueTarget("t", ReportingPeriod.CalendarYear(2015), 5m, basePeriod: Y2018), "The base period 2018 must end before the target period 2015.");
    }

    [Fact]
    public void LibTargetLevelNotPositive_ThrowsOutOfRangeNamingLevel()
    {
        var ex = Expect.Throws<ArgumentOutOfRangeException>(() => new ValueTarget("t", Y2021, -5m), "A target level must be positive.");
        Assert.Equal("level", ex.ParamName);
    }

    [Fact]
    public void LibShareTargetAbove100Percent_ThrowsOutOfRangeNamingShare()
    {
        var ex = Expect.Throws<ArgumentOutOfRangeException>(() => new ShareTarget("s", Y2021, 1.01), "A target share is a fraction above 0 and at most 1 (0.70 for 70 %).");
        Assert.Equal("share", ex.ParamName);
    }

    [Fact]
    public void LibShareTargetNaN_ThrowsOutOfRangeNamingShare()
    {
        Assert.Equal("share", Expect.Throws<ArgumentOutOfRangeException>(() => new ShareTarget("s", Y2021, double.NaN)).ParamName);
    }

    [Fact]
    public void LibPartYearLevelAgainstAnnualTarget_ThrowsSayingEstimateTheYear()
    {
        // 1042.27 億元 for 1-6月 2018 to 5000 in 2021 would ask +56.5 % a year; the full-year estimate asks +33.9 %.
        Expect.Throws<ArgumentException>(
            () => Requirements.AnnualGrowth(1042.27m, ReportingPeriod.YearToDate(2018, 6), new ValueTarget("t", Y2021, 5000m)),
            "The latest level is for 2018年1-6月 (2018-01..06), part of a year, but the target is for 2021",
            "Estimate the full year first");
    }

    [Fact]
    public void LibPartYearLevelAgainstOtherMonthsTarget_ThrowsNamingBoth()
    {
        // 1-6月 against 1-9月 of a later year: half a year's output against three quarters'. Before: +64.1 % a year.
        Expect.Throws<ArgumentException>(
            () => Requirements.AnnualGrowth(100m, ReportingPeriod.YearToDate(2018, 6), new ValueTarget("t", ReportingPeriod.YearToDate(2021, 9), 500m)),
            "2018-01..06",
            "2021-01..09");
    }

    [Fact]
    public void LibAnnualLevelAgainstPartYearTarget_ThrowsNamingBoth()
    {
        // A whole year's output against a target for 1-6月. Before: +90.4 % a year over 2.5 years.
        Expect.Throws<ArgumentException>(
            () => Requirements.AnnualGrowth(100m, Y2018, new ValueTarget("t", ReportingPeriod.YearToDate(2021, 6), 500m)),
            "2018",
            "2021-01..06");
    }

    [Fact]
    public void LibTargetNotAfterTheLatest_ThrowsNamingBoth()
    {
        Expect.Throws<ArgumentException>(() => Requirements.AnnualGrowth(100m, Y2021, new ValueTarget("t", ReportingPeriod.CalendarYear(2020), 500m)), "The target period 2020 must end after 2021.");
    }

    [Fact]
    public void LibProjectionConfidenceNaN_ThrowsOutOfRangeNamingIt()
    {
        var ex = Expect.Throws<ArgumentOutOfRangeException>(() => Project.ConstantGrowth(Years(1m, 2m), Y2021, ConstantGrowthBasis.Latest, double.NaN), "The confidence level must be strictly between 0 and 1");
        Assert.Equal("confidence", ex.ParamName);
    }

    [Fact]
    public void LibProjectionBeyondDouble_ThrowsNamingTheHorizon()
    {
        // ×1000 a year from 1000 in 2011: 1e308 is passed a century later.
        var ex = Expect.Throws<ArgumentOutOfRangeException>(() => Project.ConstantGrowth(Years(1m, 1000m), ReportingPeriod.CalendarYear(9999), ConstantGrowthBasis.Latest, 0.95), "overflows a double: shorten the horizon.");
        Assert.Equal("horizon", ex.ParamName);
    }

    [Fact]
    public void LibProjectionHorizonOfAnotherKind_ThrowsNamingBoth()
    {
        var ex = Expect.Throws<ArgumentException>(() => Project.ConstantGrowth(Years(1m, 2m), ReportingPeriod.Month(2020, 1)), "The horizon 2020-01 (Month) must be of the same kind as the series' last actual period 2011 (Year)");
        Assert.Equal("horizon", ex.ParamName);
    }

    [Fact]
    public void LibHoltWithMissingValueInside_ThrowsNamingThePeriod()
    {
        Expect.Throws<ArgumentException>(() => Project.Holt(Years(5m, 6m, null, 8m, 9m, 10m, 11m), Y2021, null, false, 0.95), "The value for 2012 of series 's' is missing", "Holt fitted needs every period");
    }

    [Fact]
    public void LibDampedHoltTooShort_ThrowsSayingHowManyAreNeeded()
    {
        Expect.Throws<ArgumentException>(() => Project.Holt(Years(5m, 6m, 7m, 8m, 9m), Y2021, null, true, 0.95), "Damped Holt fitted needs at least 6 observations", "has 5 from 2010 to 2014");
    }

    [Fact]
    public void LibHoltPhiAboveOne_ThrowsOutOfRangeNamingPhi()
    {
        Assert.Equal("phi", Expect.Throws<ArgumentOutOfRangeException>(() => HoltParameters.Damped(0.5, 0.1, 1.5, 1, 1), "The damping parameter φ must be above 0 and at most 1.").ParamName);
    }

    [Fact]
    public void LibHoltAlphaNaN_ThrowsOutOfRangeNamingAlpha()
    {
        Assert.Equal("alpha", Expect.Throws<ArgumentOutOfRangeException>(() => HoltParameters.Of(double.NaN, 0.1, 1, 1), "The level smoothing parameter α must be between 0 and 1.").ParamName);
    }

    [Fact]
    public void LibHoltInitialLevelInfinite_ThrowsOutOfRangeNamingIt()
    {
        Assert.Equal("initialLevel", Expect.Throws<ArgumentOutOfRangeException>(() => HoltParameters.Of(0.5, 0.5, double.PositiveInfinity, 1), "The initial level must be finite.").ParamName);
    }

    [Fact]
    public void LibScenarioAtMinus100_ThrowsNamingIt()
    {
        Expect.Throws<ArgumentException>(() => new Scenario("s", GrowthRate.FromPercent(-100m)), "Scenario 's' needs a defined growth above −100 %; got -100.0%.");
    }

    [Fact]
    public void LibScenarioBeyondDecimal_ThrowsNamingScenarioAndYear()
    {
        // 1e28 doubling a year passes 7.9e28 in 2023 (8e28).
        Expect.Throws<ArgumentOutOfRangeException>(
            () => Scenarios.Project(1e28m, ReportingPeriod.CalendarYear(2020), new ValueTarget("t", ReportingPeriod.CalendarYear(2100), 5m), [new Scenario("x", GrowthRate.FromPercent(100m))]),
            "Scenario 'x' (+100.0% a year from 10000000000000000000000000000) leaves the range of a decimal (±7.9e28) in 2023, before the target period 2100.");
    }

    [Fact]
    public void LibBreakdownWithoutParts_ThrowsNamingParts()
    {
        Assert.Equal("parts", Expect.Throws<ArgumentException>(() => Breakdown.Analyse([], null), "A breakdown needs at least one part.").ParamName);
    }

    [Fact]
    public void LibPublishedValueWith29Decimals_ThrowsSayingTheLimit()
    {
        Expect.Throws<FormatException>(() => PublishedValue.Parse("0.12345678901234567890123456789"), "'0.12345678901234567890123456789' is not a number as printed", "with at most 28 decimals");
    }

    [Fact]
    public void LibPublishedValueWithMoreDecimalsThanPrecision_ThrowsNamingIt()
    {
        Assert.Equal("decimals", Expect.Throws<ArgumentOutOfRangeException>(() => PublishedValue.Of(1.25m, 1), "1.25 has more than 1 decimals.").ParamName);
    }

    [Fact]
    public void LibRoundingTo29Decimals_ThrowsOutOfRangeNamingDecimals()
    {
        Assert.Equal("decimals", Expect.Throws<ArgumentOutOfRangeException>(() => Rounding.HalfAwayFromZero(1.5m, 29), "A number of decimals from 0 to 28.").ParamName);
    }

    [Fact]
    public void LibFullYearFromNonCumulativePeriod_ThrowsNamingIt()
    {
        Expect.Throws<ArgumentException>(() => FullYear.FromRunRate(Y2018, 5m), "A full-year estimate starts from a cumulative period (1-N月); got 2018 (Year).");
    }

    [Fact]
    public void LibFisherValueBeyondDouble_ThrowsNamingTheComponent()
    {
        Expect.Throws<ArgumentException>(() => FisherComponent.FromPricesAndQuantities("a", [1e308, 1e308], [1e308, 1e308]), "Component 'a': the value (price × quantity) at period index 0 is Infinity");
    }

    [Fact]
    public void LibConcentrationOfNaN_ThrowsSayingTheValuesMustBeFinite()
    {
        Expect.Throws<ArgumentException>(() => Concentration.Herfindahl([0.5, double.NaN]), "NaN");
    }

    [Fact]
    public void LibIndustryCodeUnknown_ThrowsFormatExceptionSayingWhy()
    {
        Expect.Throws<FormatException>(() => IndustryCode.Parse("9999"), "'9999' is not a GB/T 4754-2017 industry class: there is no division 99 (divisions run from 01 to 97).");
    }

    [Fact]
    public void LibPanelFallingYearToDate_ThrowsNamingRowAndEnterprise()
    {
        var ex = Expect.Throws<PanelDataException>(() => EnterprisePanel.Create([7, 7], [0, 0], [202401, 202402], [5, 4]), "year-to-date output falls from 5 in 202401 to 4 in 202402");
        Assert.Equal(PanelDataError.FallingYearToDate, ex.Error);
        Assert.Equal(1, ex.RowIndex);
        Assert.Equal(7, ex.EnterpriseId);
    }
}
