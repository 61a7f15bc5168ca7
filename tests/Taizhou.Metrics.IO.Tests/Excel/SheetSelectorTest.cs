using System;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Excel;

public class SheetSelectorTest
{
    [Fact]
    public void Parse_Name_ChoosesByName()
    {
        var selector = SheetSelector.Parse("工业");
        Assert.Equal("工业", selector.Name);
        Assert.Null(selector.Index);
        Assert.Equal("工业", selector.ToString());
    }

    [Theory]
    [InlineData("#1", 0)]
    [InlineData("#2", 1)]
    [InlineData("#12", 11)]
    public void Parse_HashAndPosition_IsOneBasedPositionAndZeroBasedIndex(string text, int index)
    {
        var selector = SheetSelector.Parse(text);
        Assert.Equal(index, selector.Index);
        Assert.Null(selector.Name);
        Assert.Equal(SheetSelector.ByIndex(index), selector);
        Assert.Equal(text, selector.ToString());
    }

    [Theory]
    [InlineData("#")]
    [InlineData("#A")]
    [InlineData("#2a")]
    [InlineData("2")]
    public void Parse_NotHashAndDigits_IsAName(string text)
    {
        Assert.Equal(text, SheetSelector.Parse(text).Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("#0")]
    [InlineData("#99999999999")]
    public void Parse_EmptyOrPositionZeroOrTooLarge_Throws(string text)
    {
        Assert.Throws<FormatException>(() => SheetSelector.Parse(text));
        Assert.False(SheetSelector.TryParse(text, out _));
    }

    [Fact]
    public void Default_IsTheFirstSheet()
    {
        SheetSelector selector = default;
        Assert.Equal(SheetSelector.First, selector);
        Assert.Equal(0, selector.Index);
        Assert.Equal("#1", selector.ToString());
        Assert.Equal(SheetSelector.Parse("#1"), selector);
    }

    [Fact]
    public void ByIndex_Negative_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => SheetSelector.ByIndex(-1));
    }

    [Fact]
    public void ByName_Empty_Throws()
    {
        Assert.Throws<ArgumentException>(() => SheetSelector.ByName(string.Empty));
        Assert.Throws<ArgumentNullException>(() => SheetSelector.ByName(null!));
    }

    [Fact]
    public void ByName_CanNameASheetThatLooksLikeAPosition()
    {
        var selector = SheetSelector.ByName("#2");
        Assert.Equal("#2", selector.Name);
        Assert.NotEqual(SheetSelector.Parse("#2"), selector);
    }

    [Fact]
    public void Equality_ByNameIsCaseSensitiveAsAValue()
    {
        Assert.True(SheetSelector.ByName("Data") == SheetSelector.Parse("Data"));
        Assert.True(SheetSelector.ByName("Data") != SheetSelector.ByName("data"));
    }
}
