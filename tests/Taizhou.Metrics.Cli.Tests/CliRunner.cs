using System.IO;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>Runs the tool in-process and captures its exit code and output.</summary>
internal static class CliRunner
{
    public static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the tool with <paramref name="stdin"/> as its standard input (for <c>--input -</c>).</summary>
    public static (int ExitCode, string Output, string Error) RunWithInput(Stream stdin, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(args, output, error, () => stdin);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the tool with <paramref name="stdin"/>'s bytes as its standard input (for <c>--input -</c>).</summary>
    public static (int ExitCode, string Output, string Error) RunWithInput(byte[] stdin, params string[] args) =>
        RunWithInput(new MemoryStream(stdin), args);
}
