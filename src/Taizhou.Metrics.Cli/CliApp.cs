using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System;
using Taizhou.Metrics.Cli.Commands;
using Taizhou.Metrics.Cli.Input;
using Taizhou.Metrics.Cli.Output;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Text;

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
    /// Exit code: an internal error, a bug or the environment (an output that cannot be written: permission denied,
    /// disk full, a folder in the way). Never a verdict on the input.
    /// </summary>
    public const int InternalError = 3;

    /// <summary>
    /// Runs the tool. A command's work throws what it cannot do: bad input (an <see cref="InputException"/>, an
    /// <see cref="InputFormatException"/> from a text file, a <see cref="PanelFormatException"/> from a panel file) and
    /// anything else (an output that cannot be written, a bug) alike reach <see cref="Fail"/>, which tells them apart.
    /// </summary>
    /// <param name="args">The arguments.</param>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="input">Opens standard input, read when a command's input is <c>-</c>; null for the console's.</param>
    /// <returns>The exit code: 0 done, 1 a check failed, 2 bad input or usage, 3 an internal error.</returns>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error, Func<Stream>? input = null)
    {
        var stdin = input ?? Console.OpenStandardInput;
        var verbose = new Option<bool>("--verbose")
        {
            Description = "On an internal error (exit code 3), also print the stack trace.",
            Recursive = true,
        };
        var root = new RootCommand("taizhou-metrics: regional industrial metrics (Taizhou.Metrics). Rates are fractions in JSON (0.267 = 26.7 %). Exit codes: 0 done, 1 a check failed, 2 bad input or usage, 3 an internal error.")
        {
            ReportCommand.Create(output),
            ContribCommand.Create(output, error, stdin),
            PanelCommand.Create(output, error, stdin),
            ProjectCommand.Create(output, stdin),
            TiersCommand.Create(output, stdin),
            RegionalCommand.Create(output, stdin),
            DeriveCommand.Create(output, error),
            SeriesCommand.Create(output, stdin),
            DisaggCommand.Create(output, stdin),
            PlanCommand.Create(output, stdin),
        };
        root.Options.Add(verbose);

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                // One line: System.CommandLine lists allowed values on lines of their own, and does not name the option.
                string message = string.Join(' ', e.Message.Split(['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                string? option = e.SymbolResult switch
                {
                    System.CommandLine.Parsing.OptionResult o => o.Option.Name,
                    System.CommandLine.Parsing.ArgumentResult { Parent: System.CommandLine.Parsing.OptionResult o } => o.Option.Name,
                    _ => null,
                };
                string prefix = option is not null && !message.Contains(option, StringComparison.Ordinal) ? option + ": " : string.Empty;
                error.WriteLine($"taizhou-metrics: {prefix}{CellText.Escape(message)}");
            }

            error.WriteLine("Run 'taizhou-metrics --help' for usage.");
            return BadInput;
        }

        try
        {
            // Without the default handler an exception in an action comes here instead of being printed as
            // "Unhandled exception: ..." with exit code 1, which other programs would read as "a check failed".
            return parse.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            return Fail(error, ex, parse.GetValue(verbose));
        }
    }

    /// <summary>
    /// Reports an exception on standard error in one line and gives its exit code: <see cref="BadInput"/> for bad input,
    /// <see cref="InternalError"/> for an output that cannot be written or anything else (a bug); the stack trace
    /// follows only when <paramref name="verbose"/>.
    /// </summary>
    /// <param name="error">Standard error.</param>
    /// <param name="exception">The exception.</param>
    /// <param name="verbose">Whether to print the stack trace of an internal error.</param>
    /// <returns>The exit code.</returns>
    public static int Fail(TextWriter error, Exception exception, bool verbose)
    {
        switch (exception)
        {
            case InputException or InputFormatException or PanelFormatException:
                error.WriteLine($"taizhou-metrics: {CellText.Escape(exception.Message)}");
                return BadInput;
            case OutputException:
                error.WriteLine($"taizhou-metrics: {CellText.Escape(exception.Message)}");
                break;
            default:
                error.WriteLine($"taizhou-metrics: internal error: {exception.GetType().Name}: {CellText.Escape(exception.Message)}{(verbose ? string.Empty : " (--verbose shows where)")}");
                break;
        }

        if (verbose)
        {
            error.WriteLine(exception.ToString());
        }

        return InternalError;
    }
}
