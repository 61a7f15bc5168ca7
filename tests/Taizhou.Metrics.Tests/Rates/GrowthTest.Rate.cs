using System;
using Taizhou.Metrics.Rates;
using Xunit;

namespace Taizhou.Metrics.Tests.Rates;

public partial class GrowthTest
{
    [Fact]
    public void Rate_Increase_IsChangeOverBase()
    {
        // (110 − 100) / 100 = 0.1; decimal arithmetic then one rounding gives the double 0.1 exactly.
        Assert.Equal(0.1, Growth.Rate(110m, 100m).GetFraction());
    }

    [Fact]
    public void Rate_IsComputedInDecimal()
    {
        // In double (0.3 − 0.1) / 0.1 = 1.9999999999999998; in decimal it is exactly 2.
        Assert.Equal(2.0, Growth.Rate(0.3m, 0.1m).GetFraction());
    }

    [Fact]
    public void Rate_SevenClusters_Jan_Jun2018()
    {
        // 1042.27 億元 against the implied 822.63 億元: 219.64 / 822.63 = 0.266997313494523...
        var rate = Growth.Rate(1042.27m, 822.63m);

        AssertRate(0.2669973134945237, rate, Exact);
        Assert.Equal("+26.7%", rate.ToString());
    }

    [Theory]
    [InlineData(90, 100, -0.1)]
    [InlineData(0, 100, -1.0)]
    [InlineData(100, 100, 0.0)]
    public void Rate_FallOrNoChange_IsDefined(int current, int baseValue, double expected)
    {
        Assert.Equal(expected, Growth.Rate(current, baseValue).GetFraction());
    }

    [Fact]
    public void Rate_NegativeCurrentFromPositiveBase_IsDefined()
    {
        // Only the base decides whether a rate exists: 10 → −5 is (−5 − 10) / 10 = −150 % (盈轉虧).
        Assert.Equal(-1.5, Growth.Rate(-5m, 10m).GetFraction());
    }

    [Theory]
    [InlineData(10)]
    [InlineData(0)]
    [InlineData(-10)]
    public void Rate_ZeroBase_IsUndefined(int current)
    {
        // 0 → 0 too: EconGeo's growth_mat turns that NaN into 0; this library gives no number.
        AssertUndefined(GrowthUndefinedReason.ZeroBase, Growth.Rate(current, 0m));
    }

    [Fact]
    public void Rate_NegativeBase_IsUndefined()
    {
        AssertUndefined(GrowthUndefinedReason.NegativeBase, Growth.Rate(5m, -10m));
        AssertUndefined(GrowthUndefinedReason.NegativeBase, Growth.Rate(5m, -10m, NegativeBasePolicy.Undefined));
    }

    [Theory]
    [InlineData(5, -10, 1.5)] // (5 − (−10)) / 10: a rise shows as a rise
    [InlineData(-20, -10, -1.0)] // a deeper loss is a fall
    [InlineData(-5, -10, 0.5)] // a smaller loss is a rise
    public void Rate_NegativeBase_AbsoluteBase_DividesByMagnitude(int current, int baseValue, double expected)
    {
        Assert.Equal(expected, Growth.Rate(current, baseValue, NegativeBasePolicy.AbsoluteBase).GetFraction());
    }

    [Fact]
    public void Rate_AbsoluteBase_ChangesNothingElse()
    {
        Assert.Equal(Growth.Rate(110m, 100m), Growth.Rate(110m, 100m, NegativeBasePolicy.AbsoluteBase));
        AssertUndefined(GrowthUndefinedReason.ZeroBase, Growth.Rate(10m, 0m, NegativeBasePolicy.AbsoluteBase));
        AssertUndefined(GrowthUndefinedReason.MissingBase, Growth.Rate(10m, null, NegativeBasePolicy.AbsoluteBase));
    }

    [Fact]
    public void Rate_Missing_IsUndefinedWithTheMissingSide()
    {
        AssertUndefined(GrowthUndefinedReason.MissingCurrent, Growth.Rate(null, 100m));
        AssertUndefined(GrowthUndefinedReason.MissingBase, Growth.Rate(100m, null));

        // Missing is checked before the base's sign, so a missing current value is reported even over a zero base.
        AssertUndefined(GrowthUndefinedReason.MissingCurrent, Growth.Rate(null, 0m));
        AssertUndefined(GrowthUndefinedReason.MissingCurrent, Growth.Rate(null, null));
    }

    [Fact]
    public void Rate_HugeQuotient_FallsBackToDouble()
    {
        // 7.9e28 / 1e-10 overflows decimal; the rate is still the double quotient, not an exception.
        var rate = Growth.Rate(decimal.MaxValue, 0.0000000001m);

        AssertRate((double)decimal.MaxValue / 1e-10, rate, 1e28);
    }

    [Fact]
    public void Rate_ExtremeDecimals_DoNotOverflow()
    {
        // decimal.MinValue − 1 overflows in decimal: (−7.92e28 − 1) / 1 is −7.92e28 as a double.
        AssertRate((double)decimal.MinValue, Growth.Rate(decimal.MinValue, 1m), 1e14);

        // decimal.MaxValue − (−1) under AbsoluteBase: 7.92e28 / 1.
        AssertRate((double)decimal.MaxValue, Growth.Rate(decimal.MaxValue, -1m, NegativeBasePolicy.AbsoluteBase), 1e14);
    }

    [Theory]
    [InlineData(111.0, 0.11)] // 上年同期 = 100: index 111.0 is +11.0 %
    [InlineData(100.0, 0.0)]
    [InlineData(96.5, -0.035)]
    [InlineData(0.0, -1.0)]
    public void FromIndex_PreviousYearIs100(double index, double expected)
    {
        Assert.Equal(expected, Growth.FromIndex((decimal)index).GetFraction(), Exact);
    }

    [Fact]
    public void FromIndex_WithBasis_DividesByTheBasis()
    {
        // 105 on a basis of 50 is 2.1 times the basis: +110 %.
        Assert.Equal(1.1, Growth.FromIndex(105m, 50m).GetFraction());
        Assert.Equal(Growth.FromIndex(111m), Growth.FromIndex(111m, 100m));
    }

    [Fact]
    public void FromIndex_Missing_IsMissingCurrent()
    {
        AssertUndefined(GrowthUndefinedReason.MissingCurrent, Growth.FromIndex(null));
        AssertUndefined(GrowthUndefinedReason.MissingCurrent, Growth.FromIndex(null, 50m));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void FromIndex_NonPositiveBasis_Throws(int basis)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Growth.FromIndex(111m, basis));
        Assert.Equal("basis", e.ParamName);
    }

    [Fact]
    public void FromTimesIncrease_GrewTwoTimes_Tripled()
    {
        // "增長 2 倍": the increase is twice the base, so the value tripled: rate 2.0, factor 3.
        var rate = Growth.FromTimesIncrease(2.0);

        Assert.Equal(2.0, rate.GetFraction());
        Assert.Equal(3.0, rate.GetFactor());
    }

    [Fact]
    public void FromMultiple_ThreeTimesAsMuch_IsPlus200Percent()
    {
        // "是 … 的 3 倍": three times as much is +200 %; the same value as "增長 2 倍".
        Assert.Equal(2.0, Growth.FromMultiple(3.0).GetFraction());
        Assert.Equal(Growth.FromTimesIncrease(2.0), Growth.FromMultiple(3.0));
        Assert.Equal(-0.5, Growth.FromMultiple(0.5).GetFraction());
    }

    [Fact]
    public void FromTimesIncreaseAndMultiple_NonFinite_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.FromTimesIncrease(double.NaN));
        Assert.Throws<ArgumentOutOfRangeException>(() => Growth.FromMultiple(double.PositiveInfinity));
    }

    [Fact]
    public void Log_IsNaturalLogOfTheRatio()
    {
        // ln(150 / 100) = ln 1.5 = 0.405465108108164...
        AssertRate(0.4054651081081644, Growth.Log(150m, 100m), Tight);
        AssertRate(0.0, Growth.Log(100m, 100m), 0.0);

        // ln 0.5 = −ln 2 = −0.693147180559945...
        AssertRate(-0.6931471805599453, Growth.Log(50m, 100m), Tight);
    }

    [Fact]
    public void Log_EdgeCases_AreUndefinedWithReason()
    {
        AssertUndefined(GrowthUndefinedReason.ZeroBase, Growth.Log(10m, 0m));
        AssertUndefined(GrowthUndefinedReason.NegativeBase, Growth.Log(10m, -10m));
        AssertUndefined(GrowthUndefinedReason.NonPositiveEnd, Growth.Log(0m, 10m));
        AssertUndefined(GrowthUndefinedReason.NonPositiveEnd, Growth.Log(-5m, 10m));
        AssertUndefined(GrowthUndefinedReason.MissingCurrent, Growth.Log(null, 10m));
        AssertUndefined(GrowthUndefinedReason.MissingBase, Growth.Log(10m, null));
    }

    [Fact]
    public void ImpliedBase_SevenClusters_Is822Point63()
    {
        // 1042.27 / 1.267 = 822.628255722178374112...; rounded to the cent 822.63 億元 (FIGURES.md).
        decimal implied = Growth.ImpliedBase(1042.27m, GrowthRate.FromPercent(26.7m));

        Assert.Equal(822.63m, Math.Round(implied, 2));
        Assert.True(Math.Abs(implied - 822.6282557221783741m) < 1e-9m, $"Got {implied}.");
    }

    [Fact]
    public void ImpliedBase_PublishedRounding_BracketsTheBase()
    {
        // 26.7 % is rounded: the rate lies in [26.65 %, 26.75 %), so the base lies in
        // (1042.27 / 1.2675, 1042.27 / 1.2665] = (822.3037..., 822.9530...].
        decimal low = Growth.ImpliedBase(1042.27m, GrowthRate.FromPercent(26.75m));
        decimal high = Growth.ImpliedBase(1042.27m, GrowthRate.FromPercent(26.65m));

        Assert.Equal(822.30m, Math.Round(low, 2));
        Assert.Equal(822.95m, Math.Round(high, 2));
    }

    [Fact]
    public void ImpliedBase_ZeroGrowth_IsTheCurrentLevel()
    {
        Assert.Equal(100m, Growth.ImpliedBase(100m, GrowthRate.FromFraction(0.0)));
        Assert.Equal(200m, Growth.ImpliedBase(100m, GrowthRate.FromFraction(-0.5)));
    }

    [Theory]
    [InlineData(-1.0)]
    [InlineData(-1.5)]
    public void ImpliedBase_RateAtOrBelowMinus100Percent_Throws(double fraction)
    {
        var e = Assert.Throws<ArgumentException>(() => Growth.ImpliedBase(100m, GrowthRate.FromFraction(fraction)));
        Assert.Equal("rate", e.ParamName);
    }

    [Fact]
    public void ImpliedBase_UndefinedRate_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Growth.ImpliedBase(100m, GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase)));
        Assert.Equal("rate", e.ParamName);
        Assert.Contains("zero base", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    // ln(1e-13 / 2690) = −37.830903; ln(7.9e28 / 1e-28) = ln 7.9 + 56 ln 10 = 2.066863 + 128.944765 = 131.011628 (by hand).
    [InlineData("2690", "0.0000000000001", -37.830903)]
    [InlineData("0.0000000000000000000000000001", "79000000000000000000000000000", 131.011628)]
    [InlineData("100", "101", 0.00995033)]
    public void Log_ExtremeRatios_IsFinite(string baseValue, string current, double expected)
    {
        var inv = System.Globalization.CultureInfo.InvariantCulture;
        var rate = Growth.Log(decimal.Parse(current, inv), decimal.Parse(baseValue, inv));
        Assert.Equal(expected, rate.GetFraction(), 5);
    }
}
