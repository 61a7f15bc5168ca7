using System;
using System.Linq;

namespace Taizhou.Metrics.Cli;

internal static class Program
{
    private static int Main(string[] args)
    {
        bool verbose = args.Contains("--verbose", StringComparer.Ordinal);

        // An exception on another thread would end the process with the runtime's "Unhandled exception." and its own
        // exit code: report it as an internal error instead.
        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            CliApp.Fail(Console.Error, e.ExceptionObject as Exception ?? new InvalidOperationException(e.ExceptionObject?.ToString()), verbose);
            Console.Error.Flush();
            Environment.Exit(CliApp.InternalError);
        };

        try
        {
            return CliApp.Run(args, Console.Out, Console.Error);
        }
        catch (Exception ex)
        {
            // Building the commands or writing a parse error failed: still one line and exit code 3.
            return CliApp.Fail(Console.Error, ex, verbose);
        }
    }
}
