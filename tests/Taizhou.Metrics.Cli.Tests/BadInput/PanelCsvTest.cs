using System;
using System.IO;
using System.Text;
using Taizhou.Metrics.IO;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "Panel CSV" (<c>panel</c>): cells, the panel's rules on its rows, and its shape.</summary>
public class PanelCsvTest
{
    private const string Header = "ent_id,cluster,period,ytd_output\n";

    private static (int ExitCode, string Output, string Error) Panel(Scratch s, string rows) =>
        CliRunner.Run("panel", "--input", s.Text("p.csv", Header + rows), "--output", s.PathOf("out"));

    [Fact]
    public void PanelIdNotAnInteger_ExitsTwoNamingRowAndLine()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "1,0,202401,1\nA1,0,202402,2\n"), "p.csv: row 2 (line 3), column 'ent_id': 'A1' is not a 32-bit integer.");
    }

    [Fact]
    public void PanelIdBeyondInt32_ExitsTwoNamingRowAndLine()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "3000000000,0,202401,1\n"), "p.csv: row 1 (line 2), column 'ent_id': '3000000000' is not a 32-bit integer.");
    }

    [Fact]
    public void PanelClusterNegative_ExitsTwoNamingRowAndEnterprise()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "1,-1,202401,1\n"), "p.csv: row 1 (line 2), enterprise 1: cluster -1 is not 0 to 4095.");
    }

    [Fact]
    public void PanelClusterTooLarge_ExitsTwoNamingRowAndEnterprise()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "7,5000,202401,1\n"), "p.csv: row 1 (line 2), enterprise 7: cluster 5000 is not 0 to 4095.");
    }

    [Fact]
    public void PanelMonth13_ExitsTwoNamingRowAndEnterprise()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "1,0,202412,1\n1,0,202413,2\n"), "p.csv: row 2 (line 3), enterprise 1: period 202413 is not a yyyymm month (year 1000 to 9999, month 01 to 12).");
    }

    [Fact]
    public void PanelIsoPeriod_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "1,0,2024-01,1\n"), "p.csv: row 1 (line 2), column 'period': '2024-01' is not a 32-bit integer.");
    }

    [Fact]
    public void PanelOutputNaN_ExitsTwoNamingRowAndEnterprise()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "1,0,202401,NaN\n"), "p.csv: row 1 (line 2), enterprise 1: year-to-date output NaN is negative or not a finite number.");
    }

    [Theory]
    [InlineData("Infinity")]
    [InlineData("-Infinity")]
    [InlineData("1e400")]
    public void PanelOutputInfinite_ExitsTwoNamingRowAndEnterprise(string cell)
    {
        // 1e400 is beyond a double: it parses as infinity, and is refused as such.
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, $"1,0,202401,{cell}\n"), "p.csv: row 1 (line 2), enterprise 1: year-to-date output ", "Infinity is negative or not a finite number.");
    }

    [Fact]
    public void PanelOutputNegative_ExitsTwoNamingRowAndEnterprise()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "1,0,202401,-5\n"), "p.csv: row 1 (line 2), enterprise 1: year-to-date output -5 is negative or not a finite number.");
    }

    [Fact]
    public void PanelOutputEmpty_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "1,0,202401,\n"), "p.csv: row 1 (line 2), column 'ytd_output': '' is not a number.");
    }

    [Fact]
    public void PanelUnsortedRows_ExitsTwoNamingBothPeriods()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "1,0,202402,1\n1,0,202401,2\n"), "p.csv: row 2 (line 3), enterprise 1: period 202401 comes after period 202402; rows must be sorted by (ent_id, period)");
    }

    [Fact]
    public void PanelDuplicateRow_ExitsTwoNamingBothRows()
    {
        // Rows 1 and 2 (lines 2 and 3) are for the same firm and month. Every row number in the message is the
        // file's 1-based data row, as in the message's start.
        using var s = new Scratch();
        var run = Panel(s, "1,0,202401,1\n1,0,202401,2\n");

        Expect.Exit(2, run, "p.csv: row 2 (line 3), enterprise 1: period 202401 appears twice");
        Assert.DoesNotContain("rows 0 and 1", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void PanelFallingYearToDate_ExitsTwoNamingBothMonths()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "1,0,202401,5\n1,0,202402,4\n"), "p.csv: row 2 (line 3), enterprise 1: year-to-date output falls from 5 in 202401 to 4 in 202402; within a calendar year it cannot fall.");
    }

    [Fact]
    public void PanelYearToDateRestartsInJanuary_IsAccepted()
    {
        // 1-12月 of 2023 is 5, 1-1月 of 2024 is 4: a new year starts a new running total.
        using var s = new Scratch();
        var run = Panel(s, "1,0,202312,5\n1,0,202401,4\n");

        Expect.Exit(0, run);
        Assert.Contains("2 rows, 1 enterprises, 1 clusters, 2 months (2023-12 to 2024-01)", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void PanelSpanning1000To9999_ExitsTwoNamingTheSpan()
    {
        // 108,000 months would take a metrics table of (clusters + 1) × months cells: refused before it is allocated.
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "1,0,100001,5\n1,0,999912,6\n"), "p.csv: The panel's periods run from 100001 to 999912, 108000 months; a panel spans at most 1200 months (100 years)");
    }

    [Fact]
    public void PanelHeaderOnly_ExitsTwoSayingThereAreNoRows()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, ""), "p.csv: The panel has no rows.");
    }

    [Fact]
    public void PanelMissingColumn_ExitsTwoNamingItAndTheHeader()
    {
        using var s = new Scratch();
        var run = CliRunner.Run("panel", "--input", s.Text("p.csv", "ent_id,cluster,month,ytd_output\n1,0,202401,1\n"), "--output", s.PathOf("out"));

        Expect.Exit(2, run, "p.csv: line 1: no column 'period'; the header has ent_id, cluster, month, ytd_output. Expected ent_id,cluster,period,ytd_output.");
    }

    [Fact]
    public void PanelLongColumnName_IsCutInTheMessage()
    {
        using var s = new Scratch();
        var run = CliRunner.Run("panel", "--input", s.Text("p.csv", $"ent_id,cluster,{new string('x', 10_000)},ytd_output\n1,0,202401,1\n"), "--output", s.PathOf("out"));

        Expect.Exit(2, run, "p.csv: line 1: no column 'period'");
        Assert.True(run.Error.Length < 600, $"{run.Error.Length} characters");
    }

    [Fact]
    public void PanelBadRowInALaterPart_IsNamedAsOnOneThread()
    {
        // Read in parts of 64 bytes on every core, the first bad row is still the one reported, with its line.
        using var s = new Scratch();
        var text = new StringBuilder(Header);
        for (int id = 1; id <= 400; id++)
        {
            text.Append(id).Append(id == 300 ? ",0,202401,x\n" : ",0,202401,1\n");
        }

        string path = s.Text("p.csv", text.ToString());

        var inParts = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null, 64, InputEncoding.Detect));
        var oneThread = Assert.Throws<PanelFormatException>(() => PanelReader.ReadCsv(path, null, int.MaxValue, InputEncoding.Detect));

        Assert.Equal($"{path}: row 300 (line 301), column 'ytd_output': 'x' is not a number.", inParts.Message);
        Assert.Equal(oneThread.Message, inParts.Message);
        Assert.Equal(300, inParts.RowNumber);
    }

    [Fact]
    public void PanelDelimiterGivenButNotTheFiles_ExitsTwoNamingLineOneAndTheFilesDelimiter()
    {
        using var s = new Scratch();
        var run = CliRunner.Run("panel", "--input", s.Text("p.csv", Header + "1,0,202401,1\n"), "--output", s.PathOf("out"), "--delimiter", ";");
        Expect.Exit(2, run, "p.csv: line 1: no column 'ent_id'; the header has ent_id,cluster,period,ytd_output.", "It is read with the delimiter ';', but holds ',': give --delimiter , or leave it out to detect it.");
        Assert.False(Directory.Exists(s.PathOf("out")));
    }

    [Fact]
    public void PanelDelimiterAmbiguous_ExitsTwoNamingTheCandidates()
    {
        using var s = new Scratch();
        var run = CliRunner.Run("panel", "--input", s.Text("p.csv", "ent_id,cluster;period,ytd_output\n1,0,202401,1\n"), "--output", s.PathOf("out"));
        Expect.Exit(2, run, "p.csv: line 1: the header holds ',' and ';': which one separates the columns? Give the delimiter (--delimiter , | tab | ;).");
    }

    [Fact]
    public void PanelRowWithAnotherDelimiter_ExitsTwoNamingTheLine()
    {
        using var s = new Scratch();
        Expect.Exit(2, Panel(s, "1,0,202401,5\n1;0;202402;6\n"), "p.csv: row 2 (line 3): 1 fields, but the header has 4.");
    }
}
