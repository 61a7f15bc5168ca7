using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "CSV structure": the one CSV policy every reader applies, and what a message quotes from a file.</summary>
public class CsvStructureTest
{
    [Fact]
    public void PanelCsvExtraField_ExitsTwoNamingTheLineAndTheSeparator()
    {
        // The example: 1,234.5 written with a thousands separator and no quotes.
        using var s = new Scratch();
        string path = s.Text("panel.csv", "ent_id,cluster,period,ytd_output\n1,0,202401,1,234.5\n");

        Expect.Exit(2, CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out")), $"{path}: row 1 (line 2): 5 fields, but the header has 4.", "must be quoted (\"1,234.5\")");
        Assert.False(Directory.Exists(s.PathOf("out")));
    }

    [Fact]
    public void SeriesExtraField_ExitsTwoNamingTheLine()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,1000\n2015,1,100\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2020:2000"), $"{path}: line 3: 3 fields, but the header has 2.");
    }

    [Fact]
    public void MissingField_ExitsTwoNamingTheLine()
    {
        using var s = new Scratch();
        string path = s.Text("t.csv", "part,previous,current\nA,20,30\nB,80\n");

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 3: 2 fields, but the header has 3.");
    }

    [Fact]
    public void UnclosedQuote_ExitsTwoNamingTheLineItOpensOn()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,1\n2015,2\n2016,\"3\n2017,4\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2020:5"), $"{path}: line 4: a quoted field opened on this line is not closed before the end of the file.");
    }

    [Fact]
    public void TextAfterClosingQuote_ExitsTwoNamingTheField()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,1\n2015,\"2\"x\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2020:5"), $"{path}: line 3: field 2 has text after its closing quote ('x')");
    }

    [Fact]
    public void NulCharacter_ExitsTwoNamingTheLine()
    {
        using var s = new Scratch();
        string path = s.Text("t.csv", "part,previous,current\nA,20,30\nB,8\00,90\n");

        var run = CliRunner.Run("contrib", "--input", path);

        Expect.Exit(2, run, $"{path}: line 3: a NUL character (U+0000)");
        Assert.DoesNotContain('\0', run.Error);
    }

    [Fact]
    public void LoneCarriageReturns_EndLines()
    {
        // Old Mac line ends: each CR ends a line, so the bad cell is on line 3.
        using var s = new Scratch();
        string good = s.Text("good.csv", "part,previous,current\rA,20,30\rB,80,90\r");
        string bad = s.Text("bad.csv", "part,previous,current\rA,20,30\rB,80,x\r");

        var run = CliRunner.Run("contrib", "--input", good, "--format", "json");
        var expected = CliRunner.Run("contrib", "--input", s.Text("lf.csv", "part,previous,current\nA,20,30\nB,80,90\n"), "--format", "json");

        Expect.Exit(0, run);
        Assert.Equal(expected.Output, run.Output);
        Expect.Exit(2, CliRunner.Run("contrib", "--input", bad), $"{bad}: line 3, column 'current': 'x' is not a number");
    }

    [Fact]
    public void TrailingBlankLines_AreIgnored()
    {
        using var s = new Scratch();
        string plain = s.Text("plain.csv", "period,value\n2014,100\n2015,110\n");
        string padded = s.Text("padded.csv", "period,value\n2014,100\n2015,110\n\n   \n,\n\r\n\n");

        var expected = CliRunner.Run("project", "--input", plain, "--target", "2020:500", "--format", "json");
        var run = CliRunner.Run("project", "--input", padded, "--target", "2020:500", "--format", "json");

        Expect.Exit(0, run);
        Assert.Equal(expected.Output.Replace("\"plain\"", "\"padded\"", StringComparison.Ordinal), run.Output);
    }

    [Fact]
    public void BlankLinesBeforeHeader_HeaderErrorsNameItsLine()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "\n\nperiod,amount\n2014,1\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2020:5"), $"{path}: line 3: missing column 'value'");
    }

    [Fact]
    public void QuotedLineBreak_LaterLinesAreCountedPhysically()
    {
        // The part name spans lines 2 and 3; the bad cell is on line 4.
        using var s = new Scratch();
        string path = s.Text("t.csv", "part,previous,current\n\"A\nB\",1,2\nC,1,x\n");

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 4, column 'current': 'x' is not a number");
    }

    [Fact]
    public void HeaderWithEmptyName_ExitsTwoNamingTheColumnNumber()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,,value\n2014,,1\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2020:5"), $"{path}: line 1: column 2 of the header has no name");
    }

    [Fact]
    public void HeaderWithRepeatedName_ExitsTwoNamingIt()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value,value\n2014,1,1\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2020:5"), $"{path}: line 1: column 'value' appears twice in the header.");
    }

    [Fact]
    public void HeaderInOtherCase_ExitsTwoListingTheColumns()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "Period,Value\n2014,1\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2020:5"), $"{path}: line 1: missing column 'period' (the columns are: Period, Value).");
    }

    [Fact]
    public void DelimiterAmbiguous_ExitsTwoNamingTheCandidates()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period;value,note\n2014;1,a\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2020:5"), $"{path}: line 1: the header holds ',' and ';': which one separates the columns? Give the delimiter (--delimiter , | tab | ;).");
    }

    [Fact]
    public void DelimiterGivenButNotTheFiles_ExitsTwoShowingTheOneColumn()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period;value\n2014;1\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2020:5", "--delimiter", ","), $"{path}: line 1: missing column 'period' (the columns are: period;value).");
    }

    [Fact]
    public void TabSeparatedReadAsComma_ExitsTwoShowingTheTabEscaped()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period\tvalue\n2014\t1\n");

        var run = CliRunner.Run("project", "--input", path, "--target", "2020:5", "--delimiter", "comma");

        Expect.Exit(2, run, $"{path}: line 1: missing column 'period' (the columns are: period\\u0009value).");
        Assert.DoesNotContain('\t', run.Error);
    }

    [Fact]
    public void NoHeaderRow_ExitsTwoShowingTheFirstRow()
    {
        using var s = new Scratch();
        string path = s.Text("panel.csv", "1,0,202401,5\n1,0,202402,6\n");

        Expect.Exit(2, CliRunner.Run("panel", "--input", path, "--output", s.PathOf("out")), $"{path}: line 1: no column 'ent_id'; the header has 1, 0, 202401, 5.");
    }

    [Fact]
    public void HeaderOnly_ExitsTwoSayingThereAreNoRows()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n\n\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2020:5"), $"{path}: no rows after the header.");
    }

    [Fact]
    public void EscapeSequenceInCell_IsEscapedInTheMessage()
    {
        // A cell that would clear the terminal and colour the rest red.
        using var s = new Scratch();
        string path = s.Text("t.csv", "part,previous,current\nA,20,\u001b[2J\u001b[31m30\n");

        var run = CliRunner.Run("contrib", "--input", path);

        Expect.Exit(2, run, $"{path}: line 2, column 'current': '\\u001b[2J\\u001b[31m30' is not a number");
        Assert.DoesNotContain('\u001b', run.Error);
    }

    [Fact]
    public void BidiOverrideInCell_IsEscapedInTheMessage()
    {
        // U+202E RIGHT-TO-LEFT OVERRIDE would show the rest of the line reversed.
        using var s = new Scratch();
        string path = s.Text("t.csv", "part,previous,current\nA,20,\u202e03\n");

        var run = CliRunner.Run("contrib", "--input", path);

        Expect.Exit(2, run, $"{path}: line 2, column 'current': '\\u202e03' is not a number");
        Assert.DoesNotContain('\u202e', run.Error);
    }

    [Fact]
    public void LongCell_IsCutInTheMessage()
    {
        using var s = new Scratch();
        string cell = new string('9', 9_990) + "abcdefghij";
        string path = s.Text("t.csv", $"part,previous,current\nA,20,{cell}\n");

        var run = CliRunner.Run("contrib", "--input", path);

        Expect.Exit(2, run, $"{path}: line 2, column 'current': '{new string('9', 80)}…' (10,000 characters) is not a number");
        Assert.True(run.Error.Length < 400, $"{run.Error.Length} characters");
    }

    [Fact]
    public void LongColumnName_IsCutInTheMissingColumnMessage()
    {
        // A header whose second name is 10,000 characters: the list of columns quotes at most 80 of each.
        using var s = new Scratch();
        string path = s.Text("s.csv", $"period,{new string('x', 10_000)}\n2014,1\n");

        var run = CliRunner.Run("project", "--input", path, "--target", "2020:5");

        Expect.Exit(2, run, $"{path}: line 1: missing column 'value'");
        Assert.True(run.Error.Length < 400, $"{run.Error.Length} characters");
    }

    [Fact]
    public void QuotedThousandsBadGroups_ExitsTwoQuotingTheCell()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,\"1,23.5\"\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2020:5"), $"{path}: line 2, column 'value': '1,23.5' is not a number.");
    }

    [Fact]
    public void PercentSignInCell_ExitsTwoSayingHowToWriteIt()
    {
        using var s = new Scratch();
        string path = s.Text("t.csv", "part,current,growth\nA,30,26.7%\n");

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 2, column 'growth': '26.7%' is not a number as printed (write it such as 1042.27 or 26.7: without % or thousands separators, at most 28 decimals, within ±7.9e28).");
    }

    [Fact]
    public void FullWidthDigits_ExitsTwoQuotingTheCell()
    {
        using var s = new Scratch();
        string path = s.Text("t.csv", "part,previous,current\nA,20,３０\n");

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: line 2, column 'current': '３０' is not a number");
    }

    [Fact]
    public void ExponentInSeriesValue_ExitsTwoQuotingTheCell()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,1e5\n2015,2e5\n");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--target", "2020:5"), $"{path}: line 2, column 'value': '1e5' is not a number.");
    }
}
