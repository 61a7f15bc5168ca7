using System;
using System.IO;
using System.Linq;
using System.Text;
using Taizhou.Metrics.Cli.Output;

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

        // Standard output through a 64 KiB buffer, flushed once at the end: Console.Out flushes every write through a
        // small buffer, a system call every few hundred bytes (most of the time of a large JSON document).
        var output = new StreamWriter(new StandardOutputStream(Console.OpenStandardOutput()), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
        int code;
        try
        {
            code = CliApp.Run(args, output, Console.Error);
        }
        catch (Exception ex)
        {
            // Building the commands or writing a parse error failed: still one line and exit code 3.
            code = CliApp.Fail(Console.Error, ex, verbose);
        }

        try
        {
            output.Flush();
        }
        catch (OutputException ex)
        {
            return CliApp.Fail(Console.Error, ex, verbose);
        }

        return code;
    }
}
