namespace Taizhou.Metrics.Published;

/// <summary>The comparable-basis (同口徑) base and restatement implied by two published levels and a published growth rate.</summary>
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
}
