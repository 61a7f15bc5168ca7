using System;
using System.IO;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// The exit codes are a contract (README): 0 done, 1 a check failed, 2 bad input or usage, 3 an internal error (a bug
/// or the environment) with one line on standard error, the stack trace only with <c>--verbose</c>.
/// </summary>
public class ExitCodeTest
{
    [Fact]
    public void StandardOutputFails_WithVerbose_PrintsTheStackTrace()
    {
        using var error = new StringWriter();

        int code = CliApp.Run(["report", "--verbose"], new FullDiskWriter(), error);

        Assert.Equal(3, code);
        Assert.Contains("   at Taizhou.Metrics.Cli.Rendering.ReportText.Write", error.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error.ToString(), StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("contrib")]
    [InlineData("panel")]
    [InlineData("project")]
    [InlineData("tiers")]
    [InlineData("regional")]
    [InlineData("derive")]
    [InlineData("derive", "point-difference")]
    [InlineData("series")]
    public void Verbose_IsAnOptionOfEveryCommand(params string[] command)
    {
        var (code, output, _) = CliRunner.Run([.. command, "--help"]);
        Assert.Equal(0, code);
        Assert.Contains("--verbose", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Verbose_OnASuccessfulRun_ChangesNothing()
    {
        var plain = CliRunner.Run("report", "--format", "json");
        var verbose = CliRunner.Run("report", "--format", "json", "--verbose");
        Assert.Equal(0, verbose.ExitCode);
        Assert.Equal(plain.Output, verbose.Output);
        Assert.Equal(string.Empty, verbose.Error);
    }

    [Fact]
    public void Fail_MessageWithLineBreaksAndEscapes_IsOneSafeLine()
    {
        using var error = new StringWriter();

        int code = CliApp.Fail(error, new InvalidOperationException("first\nsecond \u001b[31mred"), verbose: false);

        Assert.Equal(3, code);
        Assert.Equal("taizhou-metrics: internal error: InvalidOperationException: first\\u000asecond \\u001b[31mred (--verbose shows where)" + Environment.NewLine, error.ToString());
    }

    [Fact]
    public void Fail_BadInput_IsTwo_AndUnwritableOutput_IsThree()
    {
        using var error = new StringWriter();
        Assert.Equal(2, CliApp.Fail(error, new Input.InputException("x.csv: line 2: bad"), verbose: true));
        Assert.Equal(3, CliApp.Fail(error, Output.OutputException.CannotWrite("out/a.csv", new UnauthorizedAccessException("Access denied")), verbose: false));
        Assert.Equal(
            "taizhou-metrics: x.csv: line 2: bad" + Environment.NewLine + "taizhou-metrics: cannot write out/a.csv: Access denied" + Environment.NewLine,
            error.ToString());
    }

    [Fact]
    public void UnknownOption_IsTwo()
    {
        var (code, _, error) = CliRunner.Run("report", "--colour");
        Assert.Equal(2, code);
        Assert.Contains("--colour", error, StringComparison.Ordinal);
    }
}
