using System;
using System.Linq;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "Series tables" (<c>project</c>): periods, values and the shape of a series.</summary>
public class SeriesTableTest
{
    private static (int ExitCode, string Output, string Error) Project(string path, params string[] more) =>
        CliRunner.Run(["project", "--input", path, "--target", "2020:500", .. more]);

    [Fact]
    public void SeriesDuplicateOnLine3OfAHugeFile_ExitsTwoWithoutReadingTheRest()
    {
        // 4 MB of bytes that are not UTF-8 after the duplicate: were they read first, that would be the error.
        using var s = new Scratch();
        string path = s.Bytes("s.csv", [.. "period,value\n2014,1000\n2014,1100\n"u8, .. Enumerable.Repeat((byte)0xFF, 4 << 20)]);

        Expect.Exit(2, Project(path), $"{path}: line 3, column 'period': 2014 already appears on line 2.");
    }

    [Fact]
    public void SeriesSamePeriodInTwoNotations_IsADuplicate()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2014年,110\n");

        Expect.Exit(2, Project(path), $"{path}: line 3, column 'period': 2014 already appears on line 2.");
    }

    [Fact]
    public void SeriesCumulativePeriod_ExitsTwoAskingForFullPeriods()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2017年1-6月,100\n2018年1-6月,110\n");

        Expect.Exit(2, Project(path), $"{path}: line 2, column 'period': 2017-01..06 is a cumulative (1-N月) period; give full-period values");
    }

    [Fact]
    public void SeriesMixedFrequencies_ExitsTwoNamingTheLine()
    {
        // A year on line 2, a quarter on line 3: one frequency per file, and the message says where it changes.
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2014Q1,25\n2015,110\n");

        Expect.Exit(2, Project(path), $"{path}: line 3, column 'period'", "2014Q1");
    }

    [Fact]
    public void SeriesGap_ExitsTwoNamingTheMissingPeriod()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2016,121\n");

        Expect.Exit(2, Project(path), $"{path}: ", "has no observation for 2015", "needs every period");
    }

    [Fact]
    public void SeriesEmptyValueInside_ExitsTwoNamingThePeriod()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2015,\n2016,121\n");

        Expect.Exit(2, Project(path), $"{path}: The value for 2015 of series 's' is missing", "needs every period");
    }

    [Fact]
    public void SeriesEmptyLastValue_ProjectsFromTheLastValueGiven()
    {
        // 100 → 110 is +10 %; the empty 2016 is missing, so the path starts from 2015: 110 × 1.1^5 = 177.16.
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2015,110\n2016,\n");

        var run = Project(path);

        Expect.Exit(0, run);
        Assert.Contains("2015 (actual)           110.00", run.Output, StringComparison.Ordinal);
        Assert.Contains("2020                    177.16", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("NaN")]
    [InlineData("nan")]
    public void SeriesNaN_ExitsTwoQuotingTheCell(string cell)
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", $"period,value\n2014,100\n2015,{cell}\n");

        Expect.Exit(2, Project(path), $"{path}: line 3, column 'value': '{cell}' is not a number.");
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("∞")]
    [InlineData("-∞")]
    public void SeriesInfinity_ExitsTwoQuotingTheCell(string cell)
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", $"period,value\n2014,100\n2015,{cell}\n");

        Expect.Exit(2, Project(path), $"{path}: line 3, column 'value': '{cell}' is not a number.");
    }

    [Fact]
    public void SeriesZeroValue_ExitsTwoNamingThePeriod()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2015,0\n");

        Expect.Exit(2, Project(path), $"{path}: The value for 2015 of series 's' is 0: Constant growth works on logarithms and needs positive values.");
    }

    [Fact]
    public void SeriesNegativeValue_ExitsTwoNamingThePeriod()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2015,-10\n");

        Expect.Exit(2, Project(path), $"{path}: The value for 2015 of series 's' is -10: Constant growth works on logarithms and needs positive values.");
    }

    [Fact]
    public void SeriesOneRow_ExitsTwoSayingHowManyAreNeeded()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n");

        Expect.Exit(2, Project(path), $"{path}: Constant growth from the latest growth needs at least 2 observations", "has 1 from 2014 to 2014");
    }

    [Fact]
    public void SeriesTooShortForLogLinear_ExitsTwoSayingHowManyAreNeeded()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2015,110\n");

        Expect.Exit(2, Project(path, "--method", "loglinear"), $"{path}: A log-linear trend needs at least 3 observations", "has 2 from 2014 to 2015");
    }

    [Fact]
    public void SeriesTooShortForHolt_ExitsTwoSayingHowManyAreNeeded()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2015,110\n2016,121\n");

        Expect.Exit(2, Project(path, "--method", "holt"), $"{path}: Holt fitted needs at least 5 observations", "has 3 from 2014 to 2016");
    }

    [Fact]
    public void SeriesTooShortForDampedHolt_ExitsTwoSayingHowManyAreNeeded()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2015,110\n2016,121\n2017,133\n2018,146\n");

        Expect.Exit(2, Project(path, "--method", "holt", "--damped"), $"{path}: Damped Holt fitted needs at least 6 observations", "has 5 from 2014 to 2018");
    }

    [Fact]
    public void SeriesUnsortedRows_GiveTheSortedResult()
    {
        using var s = new Scratch();
        string sorted = s.Text("sorted.csv", "period,value\n2014,100\n2015,110\n2016,121\n");
        string shuffled = s.Text("shuffled.csv", "period,value\n2016,121\n2014,100\n2015,110\n");

        var expected = Project(sorted, "--format", "json");
        var run = Project(shuffled, "--format", "json");

        Expect.Exit(0, run);
        Assert.Equal(expected.Output.Replace("\"sorted\"", "\"shuffled\"", StringComparison.Ordinal), run.Output);
    }

    [Fact]
    public void SeriesLongPeriodCell_IsCutInTheMessage()
    {
        // A 10,000-character period: the message quotes 80 characters of it, as for every other cell.
        using var s = new Scratch();
        string path = s.Text("s.csv", $"period,value\n{new string('x', 10_000)},1\n");

        var run = Project(path);

        Expect.Exit(2, run, $"{path}: line 2, column 'period': '{new string('x', 80)}…' (10,000 characters)");
        Assert.True(run.Error.Length < 600, $"{run.Error.Length} characters");
    }

    [Fact]
    public void SeriesValueBeyondDecimal_ExitsTwoQuotingTheCell()
    {
        // One more than decimal.MaxValue (79228162514264337593543950335).
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100\n2015,79228162514264337593543950336\n");

        Expect.Exit(2, Project(path), $"{path}: line 3, column 'value': '79228162514264337593543950336' is not a number.");
    }

    [Fact]
    public void SeriesValueWithUnit_ExitsTwoQuotingTheCell()
    {
        using var s = new Scratch();
        string path = s.Text("s.csv", "period,value\n2014,100億元\n");

        Expect.Exit(2, Project(path), $"{path}: line 2, column 'value': '100億元' is not a number.");
    }

    [Fact]
    public void ShareOfTotalEndingEarlier_ExitsTwoNamingBothPeriods()
    {
        // The part runs to 2016, the total of --share-of to 2015.
        using var s = new Scratch();
        string part = s.Text("part.csv", "period,value\n2014,100\n2015,110\n2016,121\n");
        string total = s.Text("total.csv", "period,value\n2014,200\n2015,220\n");

        Expect.Exit(2, Project(part, "--share-of", total, "--share", "50"), $"{total}: the total's last value is for 2015, the part's for 2016; project them from the same period.");
    }

    [Fact]
    public void ShareOfTotalBelowThePart_ExitsTwoNamingBoth()
    {
        using var s = new Scratch();
        string part = s.Text("part.csv", "period,value\n2014,100\n2015,110\n2016,121\n");
        string total = s.Text("total.csv", "period,value\n2014,150\n2015,160\n2016,100\n");

        Expect.Exit(2, Project(part, "--share-of", total, "--share", "50"), $"{total}: the part (121) is larger than the total (100) in 2016.");
    }
}
