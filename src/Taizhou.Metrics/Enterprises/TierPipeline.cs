using System.Collections.Immutable;
using System.Globalization;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Enterprises;

/// <summary>The pipeline of a band tier: firms below it in a year, sorted by the annual growth each needs to reach it by the target year.</summary>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class TierPipeline : ITabular
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

    /// <summary>
    /// Returns the candidates as an aligned plain-text table: <see cref="ToString()"/> on the first line, then one line per candidate: id, name, cluster, current value, shortfall to the threshold and the annual growth required to reach it by the target year.
    /// Invariant culture, figures rounded 四舍五入.
    /// </summary>
    /// <returns>The table; lines end with '\n'.</returns>
    public string ToTextTable() => ToTable().ToText();

    /// <summary>Returns the candidates as a Markdown table (the same cells as <see cref="ToTextTable"/>), the summary as a paragraph above.</summary>
    /// <returns>The Markdown; lines end with '\n'.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    TextTable ITabular.ToTable() => ToTable();

    internal TextTable ToTable()
    {
        var table = new TextTable(ToString(), ("id", false), ("name", false), ("cluster", false), ("current", true), ("shortfall", true), ("required growth", true));
        foreach (var c in Candidates)
        {
            table.Add(c.Enterprise.Id, c.Enterprise.Name, c.Cluster.Code, Published.Rounding.Format(c.Current.Value, 2), Published.Rounding.Format(c.Shortfall.Value, 2), c.RequiredGrowth.ToString());
        }

        return table;
    }
}
