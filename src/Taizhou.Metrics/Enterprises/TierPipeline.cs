using System.Collections.Immutable;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Enterprises;

/// <summary>The pipeline of a band tier: firms below it in a year, sorted by the annual growth each needs to reach it by the target year.</summary>
public sealed class TierPipeline
{
    internal TierPipeline(TierRule rule, int year, int targetYear, Amount threshold, bool thresholdInclusive, ImmutableArray<PipelineCandidate> candidates)
    {
        Rule = rule;
        Year = year;
        TargetYear = targetYear;
        Threshold = threshold;
        ThresholdInclusive = thresholdInclusive;
        Candidates = candidates;
    }

    /// <summary>Gets the tier rule.</summary>
    public TierRule Rule { get; }

    /// <summary>Gets the base year.</summary>
    public int Year { get; }

    /// <summary>Gets the target year.</summary>
    public int TargetYear { get; }

    /// <summary>Gets the number of years of growth, target year − year.</summary>
    public int Years => TargetYear - Year;

    /// <summary>Gets the lower bound of the tier's band in the target year.</summary>
    public Amount Threshold { get; }

    /// <summary>Gets whether reaching the threshold exactly is enough (false: the required growth is the least rate the firm must exceed).</summary>
    public bool ThresholdInclusive { get; }

    /// <summary>Gets the candidates: defined required growth ascending, then undefined ones; ties by id.</summary>
    public ImmutableArray<PipelineCandidate> Candidates { get; }

    /// <summary>Returns a one-line summary: <c>above-size 2018 → 2020: 2 candidates below the threshold 20000000 元</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        Published.Rounding.InvariantText,
        $"{Rule.Code} {Year} → {TargetYear}: {Candidates.Length} candidate{(Candidates.Length == 1 ? string.Empty : "s")} below the threshold {Threshold}");
}
