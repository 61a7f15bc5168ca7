using System;
using Taizhou.Metrics.Enterprises;
using Xunit;

namespace Taizhou.Metrics.Tests.Enterprises;

/// <summary>Tests for <see cref="IndustryCode"/>: GB/T 4754-2017 class parsing, sections and prefixes.</summary>
public class IndustryCodeTest
{
    [Theory]
    [InlineData("3670", "36", "367", 'C')]
    [InlineData("C3670", "36", "367", 'C')]
    [InlineData(" 2710 ", "27", "271", 'C')]
    [InlineData("5621", "56", "562", 'G')]
    [InlineData("0111", "01", "011", 'A')]
    [InlineData("9700", "97", "970", 'T')]
    public void Parse_ValidClass(string text, string division, string group, char section)
    {
        var code = IndustryCode.Parse(text);

        Assert.Equal(division, code.Division);
        Assert.Equal(group, code.Group);
        Assert.Equal(section, code.Section);
        Assert.Equal(text.Trim().TrimStart('C'), code.Code);
    }

    [Theory]
    [InlineData("36", "division or group")]
    [InlineData("367", "division or group")]
    [InlineData("36700", "four digits")]
    [InlineData("abcd", "four digits")]
    [InlineData("", "four digits")]
    [InlineData("9810", "no division 98")]
    [InlineData("0010", "no division 00")]
    [InlineData("3605", "third digit cannot be 0")]
    [InlineData("A3670", "section C, not A")]
    public void Parse_NotAClass_SaysWhy(string text, string why)
    {
        var ex = Assert.Throws<FormatException>(() => IndustryCode.Parse(text));

        Assert.Contains(why, ex.Message, StringComparison.Ordinal);
        Assert.False(IndustryCode.TryParse(text, out _));
    }

    [Fact]
    public void IsUnder_TwoThreeOrFourDigits()
    {
        var code = IndustryCode.Parse("3670");

        Assert.True(code.IsUnder("36"));
        Assert.True(code.IsUnder("367"));
        Assert.True(code.IsUnder("3670"));
        Assert.False(code.IsUnder("37"));
        Assert.Throws<ArgumentException>(() => code.IsUnder("3"));
        Assert.Throws<ArgumentException>(() => code.IsUnder("98"));
    }

    [Fact]
    public void Equality_AndOrder()
    {
        Assert.Equal(IndustryCode.Parse("C3670"), IndustryCode.Parse("3670"));
        Assert.True(IndustryCode.Parse("2710") < IndustryCode.Parse("3670"));
        Assert.Equal("3670", IndustryCode.Parse("3670").ToString());
    }
}
