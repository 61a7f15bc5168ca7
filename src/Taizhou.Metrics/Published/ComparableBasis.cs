using System;

namespace Taizhou.Metrics.Published;

/// <summary>
/// Comparable-basis (同口径) arithmetic: when a published growth rate and the two published levels disagree, the growth
/// was computed on a restated base (last year's figure re-aggregated over this year's set of enterprises).
/// </summary>
public static class ComparableBasis
{
    /// <summary>
    /// Derives the comparable base current / (1 + growth) and the restatement, published previous level minus the
    /// comparable base, each with bounds from the rounding of the figures.
    /// </summary>
    /// <remarks>
    /// A positive restatement means last year's published level was larger than the base the growth was computed on
    /// (typically firms that left the above-designated-size scope). The levels and the growth agree as printed when
    /// <see cref="ComparableBasisRestatement.Disagrees"/> is false.
    /// </remarks>
    /// <param name="previous">Last year's published level.</param>
    /// <param name="current">This year's published level.</param>
    /// <param name="growthPercent">The published growth in percent (on a comparable basis).</param>
    /// <returns>The restatement.</returns>
    /// <exception cref="ArgumentException">The growth is −100 % or below, or the previous level is not positive.</exception>
    public static ComparableBasisRestatement Restate(PublishedValue previous, PublishedValue current, PublishedValue growthPercent)
    {
        if (growthPercent.Value - growthPercent.HalfUnit <= -100m)
        {
            throw new ArgumentException($"A growth of {growthPercent} % implies no base.", nameof(growthPercent));
        }

        if (previous.Value - previous.HalfUnit <= 0m)
        {
            throw new ArgumentException($"The previous level {previous} must be positive to compare growth rates.", nameof(previous));
        }

        var comparableBase = Implied.Base(current, growthPercent);
        var restatement = Implied.Evaluate(static x => x[0] - (x[1] / (1.0 + (x[2] / 100.0))), previous, current, growthPercent);
        var levelGrowth = Implied.Evaluate(static x => ((x[1] / x[0]) - 1.0) * 100.0, previous, current);
        return new ComparableBasisRestatement(previous, current, growthPercent, comparableBase, restatement, levelGrowth);
    }
}
