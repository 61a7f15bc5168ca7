using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using Taizhou.Metrics.Cli.Commands;
using Taizhou.Metrics.Cli.Input;
using Taizhou.Metrics.IO;

namespace Taizhou.Metrics.Cli;

/// <summary>The command-line application, runnable in-process with its own output writers.</summary>
internal static class CliApp
{
    /// <summary>Exit code: the command did its work.</summary>
    public const int Done = 0;

    /// <summary>Exit code: a check the command ran failed.</summary>
    public const int CheckFailed = 1;

    /// <summary>Exit code: bad input or usage.</summary>
    public const int BadInput = 2;

    /// <summary>
    /// Runs the work of a command: bad input (an <see cref="InputException"/>, an <see cref="InputFormatException"/> from
    /// a text file, or a <see cref="PanelFormatException"/> from a panel file) is written to standard error and gives <see cref="BadInput"/>.
    /// </summary>
    /// <param name="error">Standard error.</param>
    /// <param name="work">The command's work, returning its exit code.</param>
    /// <returns>The exit code.</returns>
    public static int Guard(TextWriter error, Func<int> work)
    {
        try
        {
            return work();
        }
        catch (Exception ex) when (ex is InputException or InputFormatException or PanelFormatException)
        {
            error.WriteLine($"taizhou-metrics: {ex.Message}");
            return BadInput;
        }
    }

    /// <summary>Runs the tool.</summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <returns>The exit code: 0 done, 1 a check failed, 2 bad input or usage.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("taizhou-metrics: regional industrial metrics (Taizhou.Metrics). Rates are fractions in JSON (0.267 = 26.7 %).")
        {
            ReportCommand.Create(output),
            ContribCommand.Create(output, error),
            PanelCommand.Create(output, error),
            ProjectCommand.Create(output, error),
            TiersCommand.Create(output, error),
        };

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine($"taizhou-metrics: {e.Message}");
            }

            error.WriteLine("Run 'taizhou-metrics --help' for usage.");
            return BadInput;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}
