namespace Taizhou.Metrics.Enterprises;

/// <summary>What a <see cref="TierCriterion"/> tests.</summary>
public enum TierCriterionKind
{
    /// <summary>A money measure (output or revenue) in the year lies in an <see cref="AmountBand"/>.</summary>
    Band = 0,

    /// <summary>The firm is listed on or before 31 December of the year.</summary>
    Listed = 1,

    /// <summary>The firm's NBS size class in the year is a given class.</summary>
    SizeClass = 2,

    /// <summary>The firm is a high-growth enterprise over the window ending in the year.</summary>
    HighGrowth = 3,

    /// <summary>The firm is a high-growth enterprise and at most a given number of years old at the end of the year (瞪羚, gazelle).</summary>
    Gazelle = 4,
}
