using System;
using System.Globalization;
using Taizhou.Metrics.Rates;
using Xunit;

namespace Taizhou.Metrics.Tests.Rates;

public class GrowthRateTest
{
    public static TheoryData<GrowthUndefinedReason> UndefinedReasons =>
    [
        GrowthUndefinedReason.ZeroBase,
        GrowthUndefinedReason.NegativeBase,
        GrowthUndefinedReason.MissingCurrent,
        GrowthUndefinedReason.MissingBase,
        GrowthUndefinedReason.NonPositiveEnd,
    ];

    [Fact]
    public void FromFraction_KeepsTheFraction()
    {
        var rate = GrowthRate.FromFraction(0.267);

        Assert.True(rate.IsDefined);
        Assert.Equal(GrowthUndefinedReason.None, rate.Reason);
        Assert.Equal(0.267, rate.GetFraction());
        Assert.Equal(0.267, rate.ValueOrNull);
        Assert.Equal(26.7, rate.GetPercent(), 1e-12);
        Assert.Equal(1.267, rate.GetFactor(), 1e-15);
        Assert.True(rate.TryGetValue(out double fraction));
        Assert.Equal(0.267, fraction);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void FromFraction_NonFinite_Throws(double fraction)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => GrowthRate.FromFraction(fraction));
        Assert.Equal("fraction", e.ParamName);
    }

    [Fact]
    public void FromPercent_Double_DividesByOneHundred()
    {
        // 26.7 % as printed in the release is the fraction 0.267.
        Assert.Equal(0.267, GrowthRate.FromPercent(26.7).GetFraction(), 1e-15);
        Assert.Equal(-0.035, GrowthRate.FromPercent(-3.5).GetFraction(), 1e-15);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void FromPercent_NonFinite_Throws(double percent)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => GrowthRate.FromPercent(percent));
        Assert.Equal("percent", e.ParamName);
    }

    [Fact]
    public void FromPercent_Decimal_IsTheNearestDoubleToTheFraction()
    {
        // 26.7m / 100 = 0.267 exactly in decimal; the nearest double is the literal 0.267.
        Assert.Equal(0.267, GrowthRate.FromPercent(26.7m).GetFraction());
        Assert.Equal(0.11, GrowthRate.FromPercent(11.0m).GetFraction());
    }

    [Theory]
    [MemberData(nameof(UndefinedReasons))]
    public void Undefined_KeepsItsReason(GrowthUndefinedReason reason)
    {
        var rate = GrowthRate.Undefined(reason);

        Assert.False(rate.IsDefined);
        Assert.Equal(reason, rate.Reason);
        Assert.Null(rate.ValueOrNull);
        Assert.False(rate.TryGetValue(out _));
    }

    [Theory]
    [InlineData(GrowthUndefinedReason.None)]
    [InlineData((GrowthUndefinedReason)42)]
    public void Undefined_WithoutARealReason_Throws(GrowthUndefinedReason reason)
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => GrowthRate.Undefined(reason));
        Assert.Equal("reason", e.ParamName);
    }

    [Fact]
    public void Value_OfUndefinedRate_ThrowsAndSaysWhy()
    {
        var rate = GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase);

        var e = Assert.Throws<InvalidOperationException>(() => rate.GetFraction());
        Assert.Contains("zero base", e.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => rate.GetPercent());
        Assert.Throws<InvalidOperationException>(() => rate.GetFactor());
    }

    [Fact]
    public void Undefined_Properties_AreNullNotThrown()
    {
        // Only the explicit Get… methods throw; every property of an undefined rate can be read (a notebook reads them all).
        var rate = GrowthRate.Undefined(GrowthUndefinedReason.NegativeBase);

        Assert.Null(rate.ValueOrNull);
        Assert.Null(rate.PercentOrNull);
        Assert.False(rate.IsDefined);
        Assert.Equal(GrowthUndefinedReason.NegativeBase, rate.Reason);
        Assert.Equal(26.7, GrowthRate.FromFraction(0.267).PercentOrNull!.Value, 1e-12);
    }

    [Fact]
    public void Default_IsADefinedZero()
    {
        var rate = default(GrowthRate);

        Assert.True(rate.IsDefined);
        Assert.Equal(0.0, rate.GetFraction());
        Assert.Equal(GrowthRate.FromFraction(0.0), rate);
    }

    [Theory]
    [InlineData(0.267, "+26.7%")]
    [InlineData(0.11, "+11.0%")]
    [InlineData(-0.0833333333333, "-8.3%")]
    [InlineData(1.0, "+100.0%")]
    [InlineData(0.0, "0.0%")]
    [InlineData(-0.0001, "0.0%")] // rounds to zero: no sign
    [InlineData(0.0855926, "+8.6%")]
    public void ToString_IsPercentWithOneDecimalAndSign(double fraction, string expected)
    {
        Assert.Equal(expected, GrowthRate.FromFraction(fraction).ToString());
    }

    [Fact]
    public void ToString_NegativeZero_HasNoSign()
    {
        Assert.Equal("0.0%", GrowthRate.FromFraction(-0.0).ToString());
    }

    [Theory]
    [InlineData(GrowthUndefinedReason.ZeroBase, "undefined (zero base)")]
    [InlineData(GrowthUndefinedReason.NegativeBase, "undefined (negative base)")]
    [InlineData(GrowthUndefinedReason.MissingCurrent, "undefined (current value missing)")]
    [InlineData(GrowthUndefinedReason.MissingBase, "undefined (base value missing)")]
    [InlineData(GrowthUndefinedReason.NonPositiveEnd, "undefined (end value not positive)")]
    public void ToString_OfUndefinedRate_SaysWhy(GrowthUndefinedReason reason, string expected)
    {
        var rate = GrowthRate.Undefined(reason);

        Assert.Equal(expected, rate.ToString());
        Assert.Equal(expected, rate.ToString("3", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("0", "+27%")]
    [InlineData("1", "+26.7%")]
    [InlineData("3", "+26.700%")]
    [InlineData(null, "+26.7%")]
    [InlineData("", "+26.7%")]
    public void ToString_FormatIsTheNumberOfDecimals(string? format, string expected)
    {
        Assert.Equal(expected, GrowthRate.FromFraction(0.267).ToString(format, CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("P")]
    [InlineData("-1")]
    [InlineData("16")]
    [InlineData("1.5")]
    public void ToString_UnknownFormat_Throws(string format)
    {
        Assert.Throws<FormatException>(() => GrowthRate.FromFraction(0.267).ToString(format, CultureInfo.InvariantCulture));
    }

    [Fact]
    public void ToString_IgnoresTheGivenCulture_AsEveryFigureOfTheLibrary()
    {
        Assert.Equal("+26.7%", GrowthRate.FromFraction(0.267).ToString("1", CultureInfo.GetCultureInfo("de-DE")));
    }

    [Fact]
    public void ToString_Parameterless_IsInvariantWhateverTheCurrentCulture()
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("fr-FR");
            Assert.Equal("+26.7%", GrowthRate.FromFraction(0.267).ToString());
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Interpolation_UsesTheSameFormat()
    {
        var rate = GrowthRate.FromFraction(-0.035);

        Assert.Equal("growth -3.5%", string.Create(CultureInfo.InvariantCulture, $"growth {rate}"));
        Assert.Equal("growth -3.50%", string.Create(CultureInfo.InvariantCulture, $"growth {rate:2}"));
    }

    [Fact]
    public void Equality_DefinedRates_CompareByValue()
    {
        var a = GrowthRate.FromFraction(0.267);
        var b = GrowthRate.FromPercent(26.7m);
        var c = GrowthRate.FromFraction(0.268);

        Assert.True(a == b);
        Assert.False(a != b);
        Assert.True(a.Equals(b));
        Assert.True(a.Equals((object)b));
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(a != c);
        Assert.False(a.Equals(c));
        Assert.False(a.Equals("+26.7%"));
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Equality_PositiveAndNegativeZero_AreEqualWithOneHash()
    {
        var plus = GrowthRate.FromFraction(0.0);
        var minus = GrowthRate.FromFraction(-0.0);

        Assert.Equal(plus, minus);
        Assert.Equal(plus.GetHashCode(), minus.GetHashCode());
    }

    [Fact]
    public void Equality_UndefinedRates_CompareByReason()
    {
        var zero1 = GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase);
        var zero2 = GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase);
        var negative = GrowthRate.Undefined(GrowthUndefinedReason.NegativeBase);

        Assert.Equal(zero1, zero2);
        Assert.Equal(zero1.GetHashCode(), zero2.GetHashCode());
        Assert.NotEqual(zero1, negative);
    }

    [Fact]
    public void Equality_UndefinedIsNeverEqualToTheDefinedZero()
    {
        // The undefined rate stores 0.0 internally; it must not compare equal to a real 0 % growth.
        var undefined = GrowthRate.Undefined(GrowthUndefinedReason.MissingBase);
        var zero = GrowthRate.FromFraction(0.0);

        Assert.NotEqual(zero, undefined);
        Assert.True(zero != undefined);
        Assert.NotEqual(default, undefined);
    }
}
