using System;
using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Targets;

/// <summary>The validation the value, share and count targets share.</summary>
internal static class TargetChecks
{
    /// <summary>Throws when a stated base period does not end before the target period (parameter <c>basePeriod</c>).</summary>
    public static void RequireBaseBefore(ReportingPeriod? basePeriod, ReportingPeriod period)
    {
        if (basePeriod is { } b && b.End.CompareTo(period.End) >= 0)
        {
            throw new ArgumentException($"The base period {b} must end before the target period {period}.", nameof(basePeriod));
        }
    }
}
