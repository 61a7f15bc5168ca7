using System;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// One version of a tier rule: the criterion in effect over a range of calendar years, with its source (the
/// 规上 threshold was 500 万元 in 2007-2010 and 2000 万元 from 2011).
/// </summary>
public sealed class TierRuleVersion
{
    /// <summary>Creates a version.</summary>
    /// <param name="fromYear">The first year in effect, inclusive, or null for no start.</param>
    /// <param name="toYear">The last year in effect, inclusive, or null for no end.</param>
    /// <param name="criterion">The criterion.</param>
    /// <param name="source">Where the criterion comes from, in words.</param>
    /// <exception cref="ArgumentException"><paramref name="toYear"/> is before <paramref name="fromYear"/>, or the source is empty.</exception>
    public TierRuleVersion(int? fromYear, int? toYear, TierCriterion criterion, string source)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        if (fromYear is int f && toYear is int t && t < f)
        {
            throw new ArgumentException($"The version ends in {t}, before it starts in {f}.", nameof(toYear));
        }

        FromYear = fromYear;
        ToYear = toYear;
        Criterion = criterion;
        Source = source;
    }

    /// <summary>Gets the first year in effect, or null.</summary>
    public int? FromYear { get; }

    /// <summary>Gets the last year in effect, or null.</summary>
    public int? ToYear { get; }

    /// <summary>Gets the criterion.</summary>
    public TierCriterion Criterion { get; }

    /// <summary>Gets the source.</summary>
    public string Source { get; }

    /// <summary>Returns whether the version is in effect in a year.</summary>
    /// <param name="year">The year.</param>
    /// <returns><see langword="true"/> when <see cref="FromYear"/> ≤ year ≤ <see cref="ToYear"/> (open ends unbounded).</returns>
    public bool IsInEffect(int year) => (FromYear is not int f || year >= f) && (ToYear is not int t || year <= t);

    /// <summary>Returns the years and the criterion, such as <c>2011-: revenue ≥ 2000 万元</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{FromYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""}-{ToYear?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? ""}: {Criterion}";

    internal bool Overlaps(TierRuleVersion other) =>
        (FromYear ?? int.MinValue) <= (other.ToYear ?? int.MaxValue) && (other.FromYear ?? int.MinValue) <= (ToYear ?? int.MaxValue);
}
