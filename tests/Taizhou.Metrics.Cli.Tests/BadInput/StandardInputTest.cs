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
}
