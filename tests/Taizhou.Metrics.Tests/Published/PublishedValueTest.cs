using System;
using Taizhou.Metrics.Published;
using Xunit;

namespace Taizhou.Metrics.Tests.Published;

public partial class PublishedValueTest
{
    [Theory]
    [InlineData("1042.27", 2, 0.005)]
    [InlineData("26.7", 1, 0.05)]
    [InlineData("529.0", 1, 0.05)]
    [InlineData("5000", 0, 0.5)]
    [InlineData("-0.125", 3, 0.0005)]
    public void Parse_TakesPrecisionFromTheDigitsPrinted(string text, int decimals, double halfUnit)
    {
        var value = PublishedValue.Parse(text);

        Assert.Equal(decimals, value.Decimals);
        Assert.Equal((decimal)halfUnit, value.HalfUnit);
        Assert.Equal(text, value.ToString());
    }

    [Fact]
    public void Bounds_AreHalfAUnitEitherSide()
    {
        // 26.7 % stands for [26.65, 26.75]; 1042.27 for [1042.265, 1042.275]
        Assert.Equal(Interval.Between(26.65, 26.75), PublishedValue.Of(26.7m).Bounds);
        Assert.Equal(Interval.Between(1042.265, 1042.275), PublishedValue.Of(1042.27m).Bounds);
    }

    [Fact]
    public void Of_Decimal_UsesItsScale()
    {
        Assert.Equal(2, PublishedValue.Of(1042.27m).Decimals);
        Assert.Equal(1, PublishedValue.Of(529.0m).Decimals);
        Assert.Equal(0, PublishedValue.Of(5000m).Decimals);
    }

    [Fact]
    public void Of_ExplicitDecimals_WidensTheBounds()
    {
        // "26.70" printed with two decimals although the value is 26.7
        var value = PublishedValue.Of(26.7m, 2);
        Assert.Equal(0.005m, value.HalfUnit);
        Assert.Equal("26.70", value.ToString());
    }

    [Fact]
    public void Of_FewerDecimalsThanTheValue_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PublishedValue.Of(1042.27m, 1));

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("1,042.27")]
    [InlineData("26.7%")]
    public void Parse_NotANumber_QuotesTheInput(string text)
    {
        var ex = Assert.Throws<FormatException>(() => PublishedValue.Parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Equality_IncludesPrecision()
    {
        Assert.Equal(PublishedValue.Parse("26.7"), PublishedValue.Of(26.7m));
        Assert.NotEqual(PublishedValue.Parse("26.70"), PublishedValue.Parse("26.7"));
    }

    [Fact]
    public void ExceedsBeyondRounding_OnlyWhenTheIntervalsDoNotMeet()
    {
        // 60.2 stands for [60.15, 60.25], 60.0 for [59.95, 60.05]: beyond rounding. 60.1 [60.05, 60.15] meets 60.0's upper end.
        Assert.True(PublishedValue.Of(60.2m).ExceedsBeyondRounding(PublishedValue.Of(60.0m)));
        Assert.False(PublishedValue.Of(60.1m).ExceedsBeyondRounding(PublishedValue.Of(60.0m)));
        Assert.False(PublishedValue.Of(59m).ExceedsBeyondRounding(PublishedValue.Of(60m)));
        Assert.True(PublishedValue.Of(61m).ExceedsBeyondRounding(PublishedValue.Of(60.0m)));   // [60.5, 61.5] vs [59.95, 60.05]
    }
}
