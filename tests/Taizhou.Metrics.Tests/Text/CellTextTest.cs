using System;
using Taizhou.Metrics.Text;
using Xunit;

namespace Taizhou.Metrics.Tests.Text;

/// <summary>Text from a file in a message: escaped, at most 80 characters.</summary>
public class CellTextTest
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a\r\nb", "a\\u000d\\u000ab")]
    [InlineData("\u001B[31mred", "\\u001b[31mred")]
    [InlineData("\u2028\u2066\u0085\u202E\uFEFF", "\\u2028\\u2066\\u0085\\u202e\\ufeff")]
    [InlineData("台州 𠀀", "台州 𠀀")]
    [InlineData("a\u009bb\u007f", "a\\u009bb\\u007f")]
    public void Shorten_EscapesControlCharacters(string text, string expected) => Assert.Equal(expected, CellText.Shorten(text));

    [Fact]
    public void Shorten_ShowsALoneSurrogateAsItsCodeUnit_NotAsAReplacementCharacter() =>
        Assert.Equal("a\\ud800b\\udc00", CellText.Shorten("a\ud800b\udc00"));

    [Fact]
    public void Shorten_KeepsAtMost80Characters()
    {
        Assert.Equal(new string('é', 80) + "…", CellText.Shorten(new string('é', 200)));
        Assert.Equal(new string('é', 80), CellText.Shorten(new string('é', 80)));
    }

    [Fact]
    public void Shorten_CountsASurrogatePairAsOneCharacter_AndNeverSplitsIt()
    {
        string text = string.Concat(System.Linq.Enumerable.Repeat("😀", 100));
        string shortened = CellText.Shorten(text);
        Assert.Equal(string.Concat(System.Linq.Enumerable.Repeat("😀", 80)) + "…", shortened);
    }

    [Fact]
    public void Quote_QuotesAndGivesTheLengthOfACutCell()
    {
        Assert.Equal("'abc'", CellText.Quote("abc"));
        Assert.Equal("'" + new string('9', 80) + "…' (1,000 characters)", CellText.Quote(new string('9', 1000)));
    }

    [Fact]
    public void LibraryParseMessages_QuoteAtMost80CharactersEscaped()
    {
        // A 2,000-character cell with a terminal escape: the library's own messages cut and escape it too.
        string text = "\u001b[31m2018" + new string('x', 2000);
        var period = Assert.Throws<FormatException>(() => Taizhou.Metrics.Periods.ReportingPeriod.Parse(text));
        var number = Assert.Throws<FormatException>(() => Taizhou.Metrics.Published.PublishedValue.Parse(text));
        var code = Assert.Throws<FormatException>(() => Taizhou.Metrics.Enterprises.IndustryCode.Parse(text));
        foreach (var ex in new[] { period, number, code })
        {
            Assert.DoesNotContain('\u001b', ex.Message);
            Assert.Contains("'\\u001b[31m2018xxx", ex.Message, StringComparison.Ordinal);
            Assert.Contains("(2,009 characters)", ex.Message, StringComparison.Ordinal);
            Assert.True(ex.Message.Length < 400, ex.Message);
        }
    }
}
