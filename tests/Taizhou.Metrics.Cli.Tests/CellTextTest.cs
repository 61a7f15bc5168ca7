using Taizhou.Metrics.Cli.Rendering;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary><see cref="CellText"/>: user text quoted for a terminal; expected strings written out by hand.</summary>
public class CellTextTest
{
    [Fact]
    public void Quote_PlainText_IsQuotedAsIs()
    {
        Assert.Equal("'汽車及零部件 A'", CellText.Quote("汽車及零部件 A"));
        Assert.Equal("''", CellText.Quote(null));
    }

    [Fact]
    public void Quote_TerminalEscapeSequence_IsEscaped()
    {
        // ESC [ 2 J clears the screen; a cell must not do that to whoever reads the error.
        Assert.Equal("'\\u001B[2Jx\\u0007\\u000D\\u000A'", CellText.Quote("\u001b[2Jx\a\r\n"));
        Assert.Equal("'a\\u009Bb\\u007F'", CellText.Quote("a\u009bb\u007f"));
    }

    [Fact]
    public void Quote_BidirectionalOverride_IsEscaped()
    {
        Assert.Equal("'abc\\u202Etxt.exe'", CellText.Quote("abc\u202etxt.exe"));
    }

    [Fact]
    public void Quote_LongText_ShowsEightyCharactersAndAnEllipsis()
    {
        string text = new string('x', 79) + "yz";
        Assert.Equal("'" + new string('x', 79) + "y…'", CellText.Quote(text));
        Assert.Equal("'" + new string('x', 80) + "'", CellText.Quote(new string('x', 80)));
    }

    [Fact]
    public void Quote_CountsCharactersNotUtf16Units_AndNeverSplitsASurrogatePair()
    {
        // U+20000 (𠀀) is two UTF-16 units and one character.
        string text = string.Concat(System.Linq.Enumerable.Repeat("\U00020000", 81));
        string quoted = CellText.Quote(text);
        Assert.Equal("'" + string.Concat(System.Linq.Enumerable.Repeat("\U00020000", 80)) + "…'", quoted);
        Assert.Equal("'a\\uD800b'", CellText.Quote("a\ud800b"));
    }

    [Fact]
    public void Escape_LeavesTheLengthAndEscapesControls()
    {
        string text = new string('x', 200) + "\u001b";
        Assert.Equal(new string('x', 200) + "\\u001B", CellText.Escape(text));
        string plain = text[..200];
        Assert.Same(plain, CellText.Escape(plain));
    }
}
