using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>A target share of a total by a target period: "70 % of above-scale industrial output by 2021" (占规上工业总产值70%).</summary>
public sealed class ShareTarget
{
    /// <summary>Creates a share target.</summary>
    /// <param name="name">What is targeted, for reports.</param>
    /// <param name="period">The target period.</param>
    /// <param name="share">The target share as a fraction, above 0 and at most 1 (0.70 for 70 %).</param>
    /// <param name="basePeriod">The period the target is set from (2017 for the 2018 programme's baseline), or null; it must end before <paramref name="period"/>.</param>
    /// <exception cref="ArgumentException">The name is empty, or the base period does not end before the target period.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The share is not in (0, 1].</exception>
    public ShareTarget(string name, ReportingPeriod period, double share, ReportingPeriod? basePeriod = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!(share > 0.0 && share <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(share), share, "A target share is a fraction above 0 and at most 1 (0.70 for 70 %).");
        }

        TargetChecks.RequireBaseBefore(basePeriod, period);

        Name = name;
        Period = period;
        BasePeriod = basePeriod;
        Share = share;
    }

    /// <summary>Gets what is targeted.</summary>
    public string Name { get; }

    /// <summary>Gets the period the target is set from, or null when not stated.</summary>
    public ReportingPeriod? BasePeriod { get; }

    /// <summary>Gets the target period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the target share as a fraction.</summary>
    public double Share { get; }

    /// <summary>Returns a short description.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Rounding.InvariantText, $"{Name}: {Share:P1} by {Period}");
}
