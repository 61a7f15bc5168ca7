namespace Taizhou.Metrics.Published;

/// <summary>The comparable-basis (同口径) base and restatement implied by two published levels and a published growth rate.</summary>
public sealed class ComparableBasisRestatement
{
    internal ComparableBasisRestatement(PublishedValue previous, PublishedValue current, PublishedValue growthPercent, BoundedEstimate comparableBase, BoundedEstimate restatement, BoundedEstimate levelGrowthPercent)
    {
        PublishedPrevious = previous;
        Current = current;
        GrowthPercent = growthPercent;
        ComparableBase = comparableBase;
        Restatement = restatement;
        LevelGrowthPercent = levelGrowthPercent;
    }

    /// <summary>Gets last year's published level.</summary>
    public PublishedValue PublishedPrevious { get; }

    /// <summary>Gets this year's published level.</summary>
    public PublishedValue Current { get; }

    /// <summary>Gets the published growth in percent.</summary>
    public PublishedValue GrowthPercent { get; }

    /// <summary>Gets the comparable base, current / (1 + growth), in the unit of the levels.</summary>
    public BoundedEstimate ComparableBase { get; }

    /// <summary>Gets the restatement, published previous level − comparable base, in the unit of the levels.</summary>
    public BoundedEstimate Restatement { get; }

    /// <summary>Gets the growth the two published levels give, in percent: (current / previous − 1) × 100.</summary>
    public BoundedEstimate LevelGrowthPercent { get; }

    /// <summary>Gets whether the growth from the levels and the published growth disagree beyond rounding (a restatement is needed).</summary>
    public bool Disagrees => !LevelGrowthPercent.Bounds.Intersects(GrowthPercent.Bounds);

    /// <summary>
    /// Returns a one-line summary: <c>100 → 120 at 15% (同口径): comparable base 104.35, restatement -4.35, level growth 20.0%</c>,
    /// with <c>, disagrees</c> when the levels' growth cannot be the published one. Invariant culture, rounded 四舍五入.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        Rounding.InvariantText,
        $"{PublishedPrevious} → {Current} at {GrowthPercent}% (同口径): comparable base {Rounding.Format(ComparableBase.Estimate, 2)}, restatement {Rounding.Format(Restatement.Estimate, 2)}, level growth {Rounding.Format(LevelGrowthPercent.Estimate, 1)}%{(Disagrees ? ", disagrees" : string.Empty)}");
}
