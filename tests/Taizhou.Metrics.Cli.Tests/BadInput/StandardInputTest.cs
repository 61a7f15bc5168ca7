using System.IO;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "Standard input": what <c>-</c> as a file cannot do.</summary>
public class StandardInputTest
{
    [Fact]
    public void StandardInputTwice_ExitsTwoSayingOneOfThemMustBeAFile()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        int code = CliApp.Run(["project", "--input", "-", "--share-of", "-", "--share", "50", "--target", "2020:5"], output, error, () => new MemoryStream("period,value\n2015,1\n"u8.ToArray()));

        Expect.Exit(2, (code, output.ToString(), error.ToString()), "--input and --share-of cannot both be standard input (-).");
    }

    [Fact]
    public void StandardInputWithAnAmbiguousHeader_ExitsTwoNamingStandardInput()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        int code = CliApp.Run(["contrib", "--input", "-"], output, error, () => new MemoryStream("part;current,previous\n"u8.ToArray()));

        Expect.Exit(2, (code, output.ToString(), error.ToString()), "taizhou-metrics: -: line 1: the header holds ',' and ';'");
    }

    [Fact]
    public void PanelFromStandardInputRefused_ExitsTwoNamingItAndLeavesNoCopy()
    {
        using var s = new Scratch();
        var run = PanelFromStandardInput(s, "ent_id,cluster,period,ytd_output\n1,0,202402,1\n1,0,202401,2\n"u8.ToArray());

        Expect.Exit(2, run, "taizhou-metrics: -: row 2 (line 3), enterprise 1: period 202401 comes after period 202402");
        Assert.Empty(Directory.EnumerateFileSystemEntries(s.Folder));   // neither the copy nor the output folder
    }

    [Fact]
    public void PanelFromEmptyStandardInput_ExitsTwoSayingItIsEmpty()
    {
        using var s = new Scratch();
        var run = PanelFromStandardInput(s, []);

        Expect.Exit(2, run, "taizhou-metrics: -: the file is empty; expected a header row.");
        Assert.Empty(Directory.EnumerateFileSystemEntries(s.Folder));
    }

    private static (int ExitCode, string Output, string Error) PanelFromStandardInput(Scratch s, byte[] stdin)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(["panel", "--input", "-", "--output", s.PathOf("out")], output, error, () => new MemoryStream(stdin));
        return (code, output.ToString(), error.ToString());
    }
}
