using System;
using Taizhou.Metrics.Published;
using Xunit;

namespace Taizhou.Metrics.Tests.Published;

/// <summary>Qualified figures (超, 约, 近) as reports print them: parsing, ranges, equality, text.</summary>
public partial class PublishedValueTest
{
    [Theory]
    [InlineData("超1100亿", 1100, FigureQualifier.Over, "亿")]
    [InlineData("约200亿", 200, FigureQualifier.About, "亿")]
    [InlineData("550亿左右", 550, FigureQualifier.About, "亿")]
    [InlineData("近100", 100, FigureQualifier.JustUnder, "")]
    [InlineData("逾600", 600, FigureQualifier.Over, "")]
    [InlineData("超过5000", 5000, FigureQualifier.Over, "")]
    [InlineData("突破1000亿元", 1000, FigureQualifier.Over, "亿元")]
    [InlineData("大约12.5%", 12.5, FigureQualifier.About, "%")]
    [InlineData("600多亿", 600, FigureQualifier.Over, "亿")]
    [InlineData("600余亿", 600, FigureQualifier.Over, "亿")]
    [InlineData("100家以上", 100, FigureQualifier.Over, "家")]
    [InlineData("约550左右", 550, FigureQualifier.About, "")]
    [InlineData("1453.9", 1453.9, FigureQualifier.None, "")]
    [InlineData("66家", 66, FigureQualifier.None, "家")]
    [InlineData(" 超 1100 亿 ", 1100, FigureQualifier.Over, "亿")]
    public void ParseQualified_ReadsQualifierNumberAndUnit(string text, double value, FigureQualifier qualifier, string unit)
    {
        var figure = PublishedValue.ParseQualified(text, out string printedUnit);

        Assert.Equal((decimal)value, figure.Value);
        Assert.Equal(qualifier, figure.Qualifier);
        Assert.Equal(unit, printedUnit);
    }

    [Fact]
    public void ParseQualified_KeepsThePrintedPrecision()
    {
        var figure = PublishedValue.ParseQualified("约1453.90亿", out _);

        Assert.Equal(2, figure.Decimals);
        Assert.Equal(FigureQualifier.About, figure.Qualifier);
    }

    [Theory]
    [InlineData("")]
    [InlineData("超")]
    [InlineData("约亿")]
    [InlineData("超100左右")]
    [InlineData("近600多")]
    [InlineData("超约100")]
    [InlineData("1,100")]
    [InlineData("100美元")]
    public void ParseQualified_NotAFigure_QuotesTheInput(string text)
    {
        var ex = Assert.Throws<FormatException>(() => PublishedValue.ParseQualified(text, out _));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.False(PublishedValue.TryParseQualified(text, out _, out string unit));
        Assert.Equal(string.Empty, unit);
    }

    [Theory]
    [InlineData("超1100")]
    [InlineData("约200")]
    [InlineData("66家")]
    public void Parse_StillAcceptsPlainNumbersOnly(string text)
    {
        // Tables read cells through Parse / TryParse: a bound must not pass for a number there.
        Assert.False(PublishedValue.TryParse(text, out _));
    }

    [Fact]
    public void Range_Over_IsOpenAndUnboundedAbove()
    {
        var range = PublishedValue.Of(1100m, FigureQualifier.Over).Range();

        Assert.Equal(1100.0, range.Lower);
        Assert.True(range.LowerOpen);
        Assert.False(range.IsBoundedAbove);
        Assert.False(range.Contains(1100.0));
        Assert.True(range.Contains(1100.01));
        Assert.Equal("(1100, ∞)", range.ToString());
    }

    [Fact]
    public void Range_Over_WithACeiling_StopsThere()
    {
        // 超1100 with a practical ceiling of 10 %: (1100, 1100 + 110] = (1100, 1210].
        var range = PublishedValue.Of(1100m, FigureQualifier.Over).Range(new QualifierTolerance(overCeiling: 0.1));

        Assert.Equal("(1100, 1210]", range.ToString());
    }

    [Theory]
    // 约200: 200 ± 5 % = [190, 210]; 约550: 550 ± 27.5 = [522.5, 577.5].
    [InlineData(200, 190, 210)]
    [InlineData(550, 522.5, 577.5)]
    public void Range_About_IsFivePercentEitherSideByDefault(double printed, double lower, double upper)
    {
        var range = PublishedValue.Of((decimal)printed, FigureQualifier.About).Range();

        Assert.Equal(lower, range.Lower, 1e-9);
        Assert.Equal(upper, range.Upper, 1e-9);
        Assert.False(range.LowerOpen);
        Assert.False(range.UpperOpen);
    }

    [Fact]
    public void Range_About_IsNeverNarrowerThanTheRounding()
    {
        // 约0.3 printed with one decimal: 5 % is 0.015, less than the half unit 0.05, so [0.25, 0.35].
        var range = PublishedValue.Of(0.3m, FigureQualifier.About).Range();

        Assert.Equal(0.25, range.Lower, 1e-12);
        Assert.Equal(0.35, range.Upper, 1e-12);
    }

    [Fact]
    public void Range_About_TakesAConfiguredTolerance()
    {
        // ±10 %: 约200 is [180, 220].
        var range = PublishedValue.Of(200m, FigureQualifier.About).Range(new QualifierTolerance(about: 0.10));

        Assert.Equal(180.0, range.Lower, 1e-9);
        Assert.Equal(220.0, range.Upper, 1e-9);
    }

    [Fact]
    public void Range_JustUnder_ExcludesTheFigure()
    {
        // 近100: [95, 100).
        var range = PublishedValue.Of(100m, FigureQualifier.JustUnder).Range();

        Assert.Equal(95.0, range.Lower, 1e-9);
        Assert.Equal(100.0, range.Upper);
        Assert.True(range.UpperOpen);
        Assert.False(range.Contains(100.0));
        Assert.True(range.IsBelow(100.0));
    }

    [Fact]
    public void Range_Plain_IsTheRoundingInterval()
    {
        var range = PublishedValue.Of(1042.27m).Range();

        Assert.Equal(1042.265, range.Lower, 1e-9);
        Assert.Equal(1042.275, range.Upper, 1e-9);
        Assert.Equal(PublishedValue.Of(1042.27m).Bounds.Lower, range.Lower);
    }

    [Fact]
    public void Equality_IncludesTheQualifier()
    {
        Assert.NotEqual(PublishedValue.Of(1100m, FigureQualifier.Over), PublishedValue.Of(1100m));
        Assert.Equal(PublishedValue.Of(1100m, FigureQualifier.Over), PublishedValue.Of(1100m).WithQualifier(FigureQualifier.Over));
        Assert.Equal(PublishedValue.Of(1100m, FigureQualifier.None), PublishedValue.Of(1100m));
    }

    [Theory]
    [InlineData("超1100亿", "超1100")]
    [InlineData("550亿左右", "约550")]
    [InlineData("近100", "近100")]
    [InlineData("1453.9", "1453.9")]
    public void ToString_PrintsTheQualifierWord(string text, string expected) =>
        Assert.Equal(expected, PublishedValue.ParseQualified(text, out _).ToString());

    [Fact]
    public void WithQualifier_Undefined_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PublishedValue.Of(1m).WithQualifier((FigureQualifier)9));

    [Theory]
    [InlineData(-0.01, 0.05)]
    [InlineData(1.0, 0.05)]
    [InlineData(0.05, -0.1)]
    public void QualifierTolerance_OutOfRange_Throws(double about, double justUnder) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new QualifierTolerance(about, justUnder));
}
