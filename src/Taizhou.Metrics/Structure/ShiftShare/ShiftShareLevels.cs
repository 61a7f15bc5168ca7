using System;
using System.Collections.Generic;
using System.Globalization;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The validated input of one shift-share step: the industries' names and the region's and the reference area's
/// levels at the start and the end. Internal: the facade validates the caller's lists into this snapshot.
/// </summary>
internal sealed class ShiftShareLevels
{
    /// <summary>Wraps levels already validated by <see cref="Levels"/>; the caller checks the reference start total.</summary>
    internal ShiftShareLevels(string[] industries, double[] regionStart, double[] regionEnd, double[] referenceStart, double[] referenceEnd)
    {
        Industries = industries;
        RegionStart = regionStart;
        RegionEnd = regionEnd;
        ReferenceStart = referenceStart;
        ReferenceEnd = referenceEnd;
        foreach (double x in referenceStart)
        {
            ReferenceStartTotal += x;
        }

        foreach (double x in referenceEnd)
        {
            ReferenceEndTotal += x;
        }
    }

    public string[] Industries { get; }

    public double[] RegionStart { get; }

    public double[] RegionEnd { get; }

    public double[] ReferenceStart { get; }

    public double[] ReferenceEnd { get; }

    public int Count => Industries.Length;

    public double ReferenceStartTotal { get; }

    public double ReferenceEndTotal { get; }

    /// <summary>Industry names "1", "2", … as REAT uses when none are given.</summary>
    public static string[] DefaultNames(int count)
    {
        var names = new string[count];
        for (int i = 0; i < count; i++)
        {
            names[i] = (i + 1).ToString(CultureInfo.InvariantCulture);
        }

        return names;
    }

    /// <summary>Validates the industry names: at least one, none empty, no two equal (ordinal).</summary>
    public static string[] CheckIndustries(IReadOnlyList<string> industries, string paramName)
    {
        ArgumentNullException.ThrowIfNull(industries, paramName);
        if (industries.Count == 0)
        {
            throw new ArgumentException("A shift-share analysis needs at least one industry.", paramName);
        }

        var names = new string[industries.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < names.Length; i++)
        {
            string? name = industries[i];
            if (string.IsNullOrWhiteSpace(name))
            {
                throw new ArgumentException($"Industry {i} has no name.", paramName);
            }

            if (!seen.Add(name))
            {
                throw new ArgumentException($"Industry '{name}' appears twice.", paramName);
            }

            names[i] = name;
        }

        return names;
    }

    /// <summary>Validates one step's four level lists against the industry names.</summary>
    public static ShiftShareLevels Of(
        string[] industries,
        IReadOnlyList<double> regionStart,
        IReadOnlyList<double> regionEnd,
        IReadOnlyList<double> referenceStart,
        IReadOnlyList<double> referenceEnd)
    {
        var rs = Levels(industries, regionStart, nameof(regionStart), null);
        var re = Levels(industries, regionEnd, nameof(regionEnd), null);
        var ns = Levels(industries, referenceStart, nameof(referenceStart), null);
        var ne = Levels(industries, referenceEnd, nameof(referenceEnd), null);
        var levels = new ShiftShareLevels(industries, rs, re, ns, ne);
        if (!(levels.ReferenceStartTotal > 0.0))
        {
            throw new ArgumentException(
                "The reference area's levels at the start add up to zero: with nothing to grow from it has no growth rate, so no national share is defined.",
                nameof(referenceStart));
        }

        if (!double.IsFinite(levels.ReferenceEndTotal))
        {
            throw new ArgumentException("The reference area's levels at the end overflow when added.", nameof(referenceEnd));
        }

        return levels;
    }

    /// <summary>Validates one list of levels: as many as industries, each finite and non-negative.</summary>
    public static double[] Levels(string[] industries, IReadOnlyList<double> values, string paramName, string? where)
    {
        ArgumentNullException.ThrowIfNull(values, paramName);
        if (values.Count != industries.Length)
        {
            throw new ArgumentException(
                $"Expected {industries.Length} levels (one per industry){At(where)}, got {values.Count}.", paramName);
        }

        var result = new double[values.Count];
        for (int i = 0; i < result.Length; i++)
        {
            double v = values[i];
            if (!double.IsFinite(v) || v < 0.0)
            {
                throw new ArgumentException(
                    $"Industry '{industries[i]}' has the level {v.ToString(CultureInfo.InvariantCulture)}{At(where)}; levels must be finite and not negative.",
                    paramName);
            }

            result[i] = v;
        }

        return result;
    }

    private static string At(string? where) => where is null ? string.Empty : " " + where;
}
