using System;
using System.Collections.Generic;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// Argument checks shared by the regional indices: every message names the offending parameter, position and value,
/// since a negative, NaN or infinite figure, a part larger than its total or a length mismatch is a caller bug.
/// </summary>
internal static class RegionalInput
{
    /// <summary>Relative slack allowed when a floating-point sum of parts is compared with its total.</summary>
    private const double SumSlack = 1e-12;

    /// <summary>Checks a list of non-negative finite values and returns their sum.</summary>
    public static double NonNegativeSum(IReadOnlyList<double> values, string paramName, string item)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        if (values.Count == 0)
        {
            throw new ArgumentException($"{paramName} is empty: at least one {item} is needed.", paramName);
        }

        double sum = 0.0;
        for (int i = 0; i < values.Count; i++)
        {
            NonNegative(values[i], paramName, $"{paramName}[{i}] ({item} {i})");
            sum += values[i];
        }

        return sum;
    }

    /// <summary>Checks that one value is finite and not negative.</summary>
    public static void NonNegative(double value, string paramName, string what)
    {
        if (double.IsNaN(value))
        {
            throw new ArgumentException($"{what} is NaN; a missing figure cannot enter a structure index (drop or impute it first).", paramName);
        }

        if (double.IsInfinity(value))
        {
            throw new ArgumentException($"{what} is {value}; values must be finite.", paramName);
        }

        if (value < 0.0)
        {
            throw new ArgumentException($"{what} is {value}; values must not be negative.", paramName);
        }
    }

    /// <summary>
    /// Checks that the name of item <paramref name="index"/> is neither null nor blank and not in
    /// <paramref name="seen"/> (ordinal), and adds it there.
    /// </summary>
    public static string UniqueName(string? name, int index, HashSet<string> seen, string paramName, string item)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException($"The name of {item} {index} is null or blank.", paramName);
        }

        if (!seen.Add(name))
        {
            throw new ArgumentException($"The {item} '{name}' appears more than once.", paramName);
        }

        return name;
    }

    /// <summary>Checks that two lists have the same length.</summary>
    public static void SameLength(IReadOnlyList<double> first, string firstName, IReadOnlyList<double> second, string secondName, string item)
    {
        ArgumentNullException.ThrowIfNull(second, secondName);
        if (first.Count != second.Count)
        {
            throw new ArgumentException($"{firstName} has {first.Count} {item}s but {secondName} has {second.Count}; they must match one to one.", secondName);
        }
    }

    /// <summary>Checks that a part does not exceed its total (a sum is allowed a relative rounding slack of 1e-12).</summary>
    public static void PartOfTotal(double part, string partLabel, double total, string totalLabel, string paramName, bool isSum)
    {
        double limit = isSum ? total + (SumSlack * total) : total;
        if (part > limit)
        {
            throw new ArgumentException($"{partLabel} is {part}, larger than its total, {totalLabel}, {total}.", paramName);
        }
    }
}
