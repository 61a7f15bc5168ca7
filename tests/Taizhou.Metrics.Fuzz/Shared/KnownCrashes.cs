using System;

namespace Taizhou.Metrics.Fuzz;

/// <summary>
/// The crashes of the tool that random inputs found and that are not fixed yet, each pinned by a skipped test (named
/// here) that fails until its bug is fixed. The random-input tests and the fuzzing harness pass over these crashes,
/// matched by the exception and the frame it comes from, so that any other crash is still reported. Remove an entry
/// when its bug is fixed and its test unskipped.
/// </summary>
internal static class KnownCrashes
{
    private const string DecimalOverflow = "System.OverflowException: Value was either too large or too small for a Decimal.";

    private static readonly (string Exception, string Frame, string Test)[] Known =
    [
        (DecimalOverflow, "at Taizhou.Metrics.Published.PublishedValue.", "CliInputFuzzTest.NumberBeyondDecimal_IsRefusedAsBadInput"),
        (DecimalOverflow, "at Taizhou.Metrics.Targets.Project.ConstantGrowth(", "CliInputFuzzTest.LevelsFarApart_ProjectOrAreRefused_WithoutAStackTrace"),
        (DecimalOverflow, "at Taizhou.Metrics.Structure.Breakdown.", "CliInputFuzzTest.PartsAddingUpBeyondDecimal_AreRefusedAsBadInput"),
        (DecimalOverflow, "at Taizhou.Metrics.Units.MetricUnit.Convert(", "CliInputFuzzTest.MoneyBeyondDecimalInYuan_IsRefusedAsBadInput"),
        ("System.OverflowException: The ", "at Taizhou.Metrics.Cli.Commands.ProjectCommand.Run(", "CliInputFuzzTest.ProjectionBeyondDouble_IsRefusedWithTheCoresMessage"),
        ("System.OverflowException: Holt's recursions overflow a double", "at Taizhou.Metrics.Cli.Commands.ProjectCommand.Run(", "CliInputFuzzTest.ProjectionBeyondDouble_IsRefusedWithTheCoresMessage"),
        ("System.ArgumentException: .NET number values such as positive and negative infinity cannot be written as valid JSON.", "at Taizhou.Metrics.Cli.Rendering.ProjectJson.WriteProjection(", "CliInputFuzzTest.NonFiniteParameter_IsWrittenAsJson"),
    ];

    /// <summary>Names the skipped test of a known bug when the tool's standard error is its crash; null otherwise.</summary>
    /// <param name="error">The tool's standard error.</param>
    /// <returns>The test, as Class.Method, or null.</returns>
    public static string? Of(string error)
    {
        int at = error.IndexOf("Unhandled exception: ", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        string first = error[at..].Split('\n')[0];
        foreach (var (exception, frame, test) in Known)
        {
            if (first.Contains(exception, StringComparison.Ordinal) && error.Contains(frame, StringComparison.Ordinal))
            {
                return test;
            }
        }

        return null;
    }
}
