using System;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>
/// The assertions every row of docs/bad-input.md shares: the exit code or exception type, the key part of the message
/// (the line, column or option it names), and none of what must never reach a user: "Unhandled exception", a stack
/// trace, a U+FFFD replacement character.
/// </summary>
internal static class Expect
{
    /// <summary>Asserts the tool's exit code and that standard error says each of <paramref name="says"/>.</summary>
    public static void Exit(int code, (int ExitCode, string Output, string Error) run, params string[] says)
    {
        Assert.True(run.ExitCode == code, $"exit code {run.ExitCode}, expected {code}; standard error: {run.Error}");
        foreach (string s in says)
        {
            Assert.Contains(s, run.Error, StringComparison.Ordinal);
        }

        Clean(run.Output, run.Error);
    }

    /// <summary>Asserts that a library call throws exactly <typeparamref name="TException"/> with a message saying each of <paramref name="says"/>.</summary>
    public static TException Throws<TException>(Func<object?> call, params string[] says)
        where TException : Exception
    {
        var ex = Assert.Throws<TException>(call);
        foreach (string s in says)
        {
            Assert.Contains(s, ex.Message, StringComparison.Ordinal);
        }

        Clean(ex.Message);
        return ex;
    }

    /// <summary>Asserts that no text holds "Unhandled exception", a stack trace line or U+FFFD.</summary>
    public static void Clean(params string[] texts)
    {
        foreach (string text in texts)
        {
            Assert.DoesNotContain("Unhandled exception", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("   at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain('\uFFFD', text);
        }
    }
}
