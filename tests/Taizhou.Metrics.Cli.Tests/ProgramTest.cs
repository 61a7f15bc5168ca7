using System;
using System.Diagnostics;
using System.IO;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// The tool as a process (<c>Program.Main</c>): its buffered standard output gives what the in-process runs give, and a
/// standard output that cannot be written is exit code 3 with one line, never "Unhandled exception".
/// </summary>
public class ProgramTest
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "taizhou-metrics.dll");

    [Fact]
    public void Process_PrintsWhatTheInProcessRunPrints()
    {
        var (code, output, error) = Run("report --format json");
        var inProcess = CliRunner.Run("report", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Equal(inProcess.Output, output);
    }

    [Fact]
    public void StandardOutputOnAFullDevice_ExitsThree_NamingStandardOutput()
    {
        Assert.SkipUnless(File.Exists("/dev/full"), "needs /dev/full (Linux)");

        var (code, _, error) = Run("report > /dev/full");

        Assert.Equal(3, code);
        Assert.StartsWith("taizhou-metrics: cannot write standard output: No space left on device", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.OrdinalIgnoreCase);
    }

    private static (int Code, string Output, string Error) Run(string arguments)
    {
        var start = new ProcessStartInfo("/bin/sh", ["-c", $"exec dotnet \"{Tool}\" {arguments}"])
        {
            RedirectStandardOutput = !arguments.Contains('>', StringComparison.Ordinal),
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = start.RedirectStandardOutput ? process.StandardOutput.ReadToEndAsync() : System.Threading.Tasks.Task.FromResult(string.Empty);
        string error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result, error);
    }
}
