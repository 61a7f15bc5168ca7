using System.Collections.Generic;
using System.IO;

namespace Taizhou.Metrics.Cli;

/// <summary>The command-line application, runnable in-process with its own output writers.</summary>
internal static class CliApp
{
    /// <summary>Runs the tool.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code: 0 done, 1 a check failed, 2 bad input or usage.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        error.WriteLine("taizhou-metrics: no commands yet");
        return args.Count == 0 ? 2 : 2;
    }
}
