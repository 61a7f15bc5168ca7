using System;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "Options and usage": a command line the tool cannot run; exit 2, naming the option.</summary>
public class OptionsTest
{
    private static (int ExitCode, string Output, string Error) Project(Scratch s, params string[] more) =>
        CliRunner.Run(["project", "--input", s.Text("s.csv", "period,value\n2014,100\n2015,110\n2016,121\n"), .. more]);

    [Fact]
    public void NoCommand_ExitsTwoPointingToHelp()
    {
        Expect.Exit(2, CliRunner.Run(), "taizhou-metrics: Required command was not provided.", "Run 'taizhou-metrics --help' for usage.");
    }

    [Fact]
    public void UnknownCommand_ExitsTwoNamingIt()
    {
        Expect.Exit(2, CliRunner.Run("frobnicate"), "Unrecognized command or argument 'frobnicate'.");
    }

    [Fact]
    public void UnknownOption_ExitsTwoNamingIt()
    {
        Expect.Exit(2, CliRunner.Run("report", "--colour"), "Unrecognized command or argument '--colour'.");
    }

    [Fact]
    public void RequiredOptionMissing_ExitsTwoNamingIt()
    {
        Expect.Exit(2, CliRunner.Run("project", "--target", "2020:5"), "taizhou-metrics: Option '--input' is required.");
    }

    [Fact]
    public void OptionGivenTwice_ExitsTwoNamingIt()
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020:500", "--target", "2021:600"), "Option '--target' expects a single argument but 2 were provided.");
    }

    [Fact]
    public void FormatUnknown_ExitsTwoNamingTheOptionOnOneLine()
    {
        using var s = new Scratch();
        var run = Project(s, "--target", "2020:500", "--format", "xml");

        Expect.Exit(2, run, "--format", "'xml'");
        Assert.DoesNotContain("\\u000a", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void EncodingUnknown_ExitsTwoNamingTheOptionOnOneLine()
    {
        using var s = new Scratch();
        var run = Project(s, "--target", "2020:500", "--encoding", "latin1");

        Expect.Exit(2, run, "--encoding", "'latin1'");
        Assert.DoesNotContain("\\u000a", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void MethodUnknown_ExitsTwoNamingTheOptionOnOneLine()
    {
        using var s = new Scratch();
        var run = Project(s, "--target", "2020:500", "--method", "arima");

        Expect.Exit(2, run, "--method", "'arima'");
        Assert.DoesNotContain("\\u000a", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void LanguageUnknown_ExitsTwoNamingTheOptionOnOneLine()
    {
        var run = CliRunner.Run("report", "--lang", "fr");

        Expect.Exit(2, run, "--lang", "'fr'");
        Assert.DoesNotContain("\\u000a", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TargetSetUnknown_ExitsTwoNamingTheOptionOnOneLine()
    {
        using var s = new Scratch();
        var run = CliRunner.Run("tiers", "--input", s.Text("f.csv", "id\n"), "--year", "2021", "--targets", "2222");

        Expect.Exit(2, run, "--targets", "'2222'");
        Assert.DoesNotContain("\\u000a", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ConfidenceOutOfRange_ExitsTwoNamingIt()
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020:500", "--confidence", "1.5"), "taizhou-metrics: --confidence 1.5 must be between 0 and 1.");
    }

    [Fact]
    public void ConfidenceNotANumber_ExitsTwoNamingIt()
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020:500", "--confidence", "abc"), "Cannot parse argument 'abc' for option '--confidence'");
    }

    [Fact]
    public void ShareAbove100_ExitsTwoNamingIt()
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020:500", "--share-of", s.PathOf("s.csv"), "--share", "150"), "taizhou-metrics: --share 150 must be a percent above 0 and at most 100.");
    }

    [Fact]
    public void ShareWithoutTotal_ExitsTwoSayingTheyGoTogether()
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020:500", "--share", "50"), "taizhou-metrics: --share-of and --share go together");
    }

    [Fact]
    public void TargetWithoutLevel_ExitsTwoShowingTheForm()
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020"), "taizhou-metrics: --target '2020' is not PERIOD:LEVEL (for example 2021:5000).");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("abc")]
    [InlineData("NaN")]
    public void TargetLevelNotPositive_ExitsTwoQuotingIt(string level)
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", $"2020:{level}"), $"taizhou-metrics: --target '2020:{level}': the level '{level}' must be a positive number.");
    }

    [Fact]
    public void TargetPeriodInvalid_ExitsTwoQuotingIt()
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020年13月:5"), "taizhou-metrics: --target '2020年13月:5': '2020年13月' is not a period");
    }

    [Theory]
    [InlineData("base:x")]
    [InlineData("base")]
    [InlineData("base:-100")]
    public void ScenarioMalformed_ExitsTwoQuotingIt(string scenario)
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020:500", "--scenarios", scenario), $"taizhou-metrics: --scenarios: '{scenario}' is not NAME:PERCENT with a growth above -100 (for example base:8).");
    }

    [Fact]
    public void ScenarioRepeated_ExitsTwoNamingIt()
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020:500", "--scenarios", "a:1,a:2"), "taizhou-metrics: --scenarios: 'a' appears twice.");
    }

    [Fact]
    public void ScenariosEmpty_ExitsTwoAskingForOne()
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020:500", "--scenarios", ","), "taizhou-metrics: --scenarios: give at least one NAME:PERCENT pair.");
    }

    [Fact]
    public void AverageZero_ExitsTwoNamingTheOption()
    {
        using var s = new Scratch();
        var run = Project(s, "--target", "2020:500", "--average", "0");

        Expect.Exit(2, run, "--average");
    }

    [Fact]
    public void AverageLongerThanTheSeries_ExitsTwoSayingHowManyAreNeeded()
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020:500", "--average", "5"), "s.csv: Constant growth over 5 periods needs at least 6 observations", "has 3 from 2014 to 2016");
    }

    [Fact]
    public void UnitUnknown_ExitsTwoListingTheUnits()
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020:500", "--unit", "usd"), "taizhou-metrics: --unit 'usd' is not a unit (yi, wan, yuan, count, percent, index).");
    }

    [Fact]
    public void ChartOfOtherType_ExitsTwoNamingTheTypes()
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020:500", "--chart", s.PathOf("c.jpg")), "c.jpg': a chart is written as .png or .svg.");
        Assert.False(System.IO.File.Exists(s.PathOf("c.jpg")));
    }

    [Fact]
    public void ContribChartOfOtherType_ExitsTwoBeforeReadingTheInput()
    {
        // The extension is checked first: the input does not even exist.
        using var s = new Scratch();
        Expect.Exit(2, CliRunner.Run("contrib", "--input", s.PathOf("missing.csv"), "--chart", s.PathOf("c.gif")), "c.gif': a chart is written as .png or .svg.");
        Assert.False(System.IO.File.Exists(s.PathOf("c.gif")));
    }

    [Fact]
    public void ChartFontMissing_ExitsTwoNamingItAndWritesNoChart()
    {
        using var s = new Scratch();
        Expect.Exit(2, Project(s, "--target", "2020:500", "--chart", s.PathOf("c.png"), "--chart-font", s.PathOf("no-such.ttf")), "--chart-font '", "no-such.ttf': the file does not exist.");
        Assert.False(System.IO.File.Exists(s.PathOf("c.png")));
    }

    [Fact]
    public void ChartFontWithoutTheGlyphs_ExitsTwoListingThemAndWritesNoChart()
    {
        Assert.SkipUnless(System.IO.File.Exists(Charts.InstalledFonts.DejaVuSans), $"{Charts.InstalledFonts.DejaVuSans} is not installed (Debian package fonts-dejavu-core)");
        using var s = new Scratch();
        string csv = s.Text("b.csv", "part,previous,current\n汽车,20,30\n医药,80,90\n");

        var run = CliRunner.Run("contrib", "--input", csv, "--lang", "zh", "--chart", s.PathOf("c.svg"), "--chart-font", Charts.InstalledFonts.DejaVuSans);

        Expect.Exit(2, run, "has no glyph for", "拉", "empty boxes");
        Assert.False(System.IO.File.Exists(s.PathOf("c.svg")));
        Assert.Equal(string.Empty, run.Output);
    }

    [Fact]
    public void YearNotANumber_ExitsTwoNamingTheOption()
    {
        using var s = new Scratch();
        Expect.Exit(2, CliRunner.Run("tiers", "--input", s.Text("f.csv", "id\n"), "--year", "abc"), "Cannot parse argument 'abc' for option '--year'");
    }

    [Fact]
    public void VerboseOnBadInput_ExitsTwoWithoutAStackTrace()
    {
        // --verbose adds a stack trace to an internal error (exit 3) only; bad input stays one line.
        using var s = new Scratch();
        var run = CliRunner.Run("contrib", "--input", s.PathOf("missing.csv"), "--verbose");

        Expect.Exit(2, run, "missing.csv: cannot be read");
        Assert.Single(run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
