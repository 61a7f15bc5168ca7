using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace Taizhou.Metrics.Fuzz;

/// <summary>
/// The SharpFuzz harness: one target per parser, chosen by the first argument (README.md says how to instrument and
/// run it with AFL++ or libFuzzer). A target throws <see cref="FuzzFailure"/> (or lets an unexpected exception escape)
/// only for a bug; every documented refusal of bad input is caught inside it.
/// </summary>
internal static class Program
{
    private const string Usage = """
        usage: Taizhou.Metrics.Fuzz TARGET              run under afl-fuzz, or under libfuzzer-dotnet (--target_arg=TARGET)
               Taizhou.Metrics.Fuzz TARGET FILE|DIR...   run the target once on each file (to replay a crash or check a corpus)
               Taizhou.Metrics.Fuzz TARGET --smoke N DIR run N seeded random mutations of the files of DIR, without a fuzzer
               Taizhou.Metrics.Fuzz --list               list the targets
        """;

    private static int Main(string[] args)
    {
        if (args is ["--list"])
        {
            foreach (var (name, target) in Targets.All)
            {
                Console.WriteLine($"{name,-12} {target.Description}");
            }

            return 0;
        }

        if (args.Length == 0 || !Targets.All.TryGetValue(args[0], out var chosen))
        {
            Console.Error.WriteLine(Usage);
            return 2;
        }

        switch (args[1..])
        {
            // libfuzzer-dotnet starts the harness with the variable that names its shared memory.
            case [] when Environment.GetEnvironmentVariable("__LIBFUZZER_SHM_ID") is not null:
                Fuzzer.LibFuzzer.Run(span => chosen.Run(span.ToArray()));
                return 0;
            case []:
                Fuzzer.Run(stream => chosen.Run(ReadAll(stream)));
                return 0;
            case ["--smoke", var count, var folder] when int.TryParse(count, out int n):
                return Smoke(chosen, n, folder);
            default:
                return Replay(chosen, args[1..]);
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>Runs the target on each file; reports each failure with its file.</summary>
    private static int Replay(Target target, string[] paths)
    {
        var files = paths.SelectMany<string, string>(p => Directory.Exists(p) ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal) : [p]).ToList();
        int failed = 0;
        foreach (string file in files)
        {
            failed += Try(target, File.ReadAllBytes(file), file) ? 0 : 1;
        }

        Console.WriteLine($"{files.Count - failed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    /// <summary>Runs seeded random mutations (<see cref="Mutator"/>) of the files of a folder, without a fuzzer.</summary>
    private static int Smoke(Target target, int count, string folder)
    {
        var seeds = Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        if (seeds.Count == 0)
        {
            Console.Error.WriteLine($"{folder}: no files");
            return 2;
        }

        var m = new Mutator(seed: 1);
        int failed = 0;
        for (int i = 0; i < count; i++)
        {
            byte[] input = m.MutateBytes(m.Pick(seeds), maxEdits: 4);
            failed += Try(target, input, $"mutation {i}: {Mutator.Show(input)}") ? 0 : 1;
        }

        Console.WriteLine($"{count - failed} passed, {failed} failed");
        return failed == 0 ? 0 : 1;
    }

    private static bool Try(Target target, byte[] input, string name)
    {
        try
        {
            target.Run(input);
            return true;
        }
#pragma warning disable CA1031 // A harness reports whatever the target throws.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Console.WriteLine($"FAILED {name}\n  {ex.GetType().Name}: {ex.Message}");
            return false;
        }
    }
}

/// <summary>A fuzzing target: a parser and the oracle its output must satisfy.</summary>
/// <param name="Description">What it runs, for <c>--list</c>.</param>
/// <param name="Run">Runs the parser on the input; throws only for a bug.</param>
internal sealed record Target(string Description, Action<byte[]> Run);

/// <summary>An input broke a parser's contract (the exception escapes to the fuzzer as a crash).</summary>
internal sealed class FuzzFailure : Exception
{
    /// <summary>Initializes a failure.</summary>
    public FuzzFailure()
    {
    }

    /// <summary>Initializes a failure with what broke.</summary>
    /// <param name="message">What broke.</param>
    public FuzzFailure(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a failure with what broke and its cause.</summary>
    /// <param name="message">What broke.</param>
    /// <param name="inner">The cause.</param>
    public FuzzFailure(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Throws when a condition of the contract does not hold.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="message">What broke.</param>
    public static void Unless(bool condition, Func<string> message)
    {
        if (!condition)
        {
            throw new FuzzFailure(message());
        }
    }
}
