using System;
using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Published;

/// <summary>
/// One part of a total as it was (or was not) published: a cluster's output for the year its report covers, with the
/// qualifier printed (超1100亿 for automobiles in 2019), or a part with no published figure (the general aviation
/// cluster, no statistics). Summed by <see cref="PartialTotal"/>.
/// </summary>
public sealed class TotalComponent
{
    private TotalComponent(string name, ReportingPeriod? period, PublishedValue? value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name;
        Period = period;
        Value = value;
    }

    /// <summary>Gets the part's name.</summary>
    public string Name { get; }

    /// <summary>Gets the period the published figure covers, or null for a missing part.</summary>
    public ReportingPeriod? Period { get; }

    /// <summary>Gets the published figure with its qualifier, or null when the part was not published.</summary>
    public PublishedValue? Value { get; }

    /// <summary>Gets whether the part has a published figure.</summary>
    public bool IsReported => Value is not null;

    /// <summary>Creates a part with a published figure.</summary>
    /// <param name="name">The part's name.</param>
    /// <param name="period">The period the figure covers (it may differ from the total's: the parts of a total are often published for different years).</param>
    /// <param name="value">The figure as printed, with its qualifier.</param>
    /// <returns>The part.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static TotalComponent Reported(string name, ReportingPeriod period, PublishedValue value) => new(name, period, value);

    /// <summary>Creates a part with no published figure (未公布).</summary>
    /// <param name="name">The part's name.</param>
    /// <returns>The part.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    public static TotalComponent Missing(string name) => new(name, null, null);

    /// <summary>Returns <c>auto 2019: 超1100</c> or <c>aviation: not published</c>.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString() => Value is { } v ? $"{Name} {Period}: {v}" : $"{Name}: not published";
}
