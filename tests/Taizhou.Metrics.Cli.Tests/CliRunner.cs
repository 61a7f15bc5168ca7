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
}
