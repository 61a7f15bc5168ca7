using System;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// The one rule for whether a computed level meets a target level: within a relative tolerance of 1e-9, so that a
/// level computed in floating point that is exactly the target in exact arithmetic (a flat series at its target, a
/// scenario at exactly the required growth) meets it, and one that is exactly the target does not exceed it.
/// </summary>
/// <remarks>
/// 1e-9 of the target is far below the precision of any published figure (10 digits) and far above the error of
/// double arithmetic on the library's paths (about 1e-15 relative per operation): 2000 projected as
/// 1999.9999999999998 meets "at least 2000"; 1999.99 does not. For a strict ("over") target the estimate must exceed
/// the level by more than the tolerance.
/// </remarks>
internal static class TargetComparison
{
    /// <summary>The relative tolerance: 1e-9 of the larger magnitude.</summary>
    internal const double RelativeTolerance = 1e-9;

    /// <summary>Returns whether <paramref name="estimate"/> meets <paramref name="level"/>: at least it (or over it when strict), within the tolerance.</summary>
    internal static bool Meets(double estimate, double level, bool strict)
    {
        double tolerance = RelativeTolerance * Math.Max(Math.Abs(level), Math.Abs(estimate));
        return strict ? estimate > level + tolerance : estimate >= level - tolerance;
    }
}
