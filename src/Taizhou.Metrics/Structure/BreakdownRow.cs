using System;
using System.Collections.Generic;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// One row of a published breakdown table (a cluster of a city, a sector of GDP, a county): its current level and
/// either its previous level or its growth rate as printed, plus any published share, contribution and contribution
/// rate to be checked, and optionally its own breakdown into sub-parts.
/// </summary>
/// <remarks>
/// <para>
/// Percentages are held as printed, as <see cref="PublishedValue"/>s in percent (26.7 for 26.7 %, 9.1 for 9.1 points):
/// they carry the precision of the table. The analysis turns them into fractions.
/// </para>
/// <para>
/// A row published as "current level + growth" (the usual form of a Chinese release) has a comparable-basis previous
/// level of current / (1 + growth) (同口径): see <see cref="PreviousLevel"/>.
/// </para>
/// </remarks>
public sealed class BreakdownRow
{
    private readonly PublishedValue? realGrowthPercent;

    /// <summary>Creates a row.</summary>
    /// <param name="name">The name of the part, not empty.</param>
    /// <param name="current">The level in the current period, as printed.</param>
    /// <param name="previous">The level in the base period, as printed; or null when the growth is given instead.</param>
    /// <param name="growthPercent">The growth on the base period in percent, as printed; or null when the previous level is given.</param>
    /// <param name="children">The row's own breakdown into sub-parts, or null.</param>
    /// <exception cref="ArgumentException">The name is empty, neither the previous level nor the growth is given, or the growth is −100 % or below.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The previous level implied by the current level and the growth, current / (1 + growth), is beyond the range of a
    /// decimal (a growth of −99.99999… % on a large level); the message names the row.
    /// </exception>
    public BreakdownRow(string name, PublishedValue current, PublishedValue? previous = null, PublishedValue? growthPercent = null, IReadOnlyList<BreakdownRow>? children = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (previous is null && growthPercent is null)
        {
            throw new ArgumentException($"Row '{name}' needs its previous level or its growth rate.", nameof(previous));
        }

        if (growthPercent is { } g && g.Value <= -100m)
        {
            throw new ArgumentException($"Row '{name}' has a growth of {g} %: a level cannot fall by 100 % or more and stay a level.", nameof(growthPercent));
        }

        Name = name;
        Current = current;
        Previous = previous;
        GrowthPercent = growthPercent;
        Children = children ?? [];
        try
        {
            PreviousLevel = previous?.Value ?? (current.Value / (1m + (growthPercent!.Value.Value / 100m)));
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(
                nameof(growthPercent),
                growthPercent,
                $"Row '{name}': {current} at a growth of {growthPercent} % implies a previous level beyond the range of a decimal (±7.9e28).");
        }
    }

    /// <summary>Gets the name of the part.</summary>
    public string Name { get; }

    /// <summary>Gets the current level as printed.</summary>
    public PublishedValue Current { get; }

    /// <summary>Gets the previous level as printed, or null.</summary>
    public PublishedValue? Previous { get; }

    /// <summary>Gets the published growth in percent, or null.</summary>
    public PublishedValue? GrowthPercent { get; }

    /// <summary>
    /// Gets the row's nested breakdown, RE-BASED ON THIS ROW (empty when there is none): each child's share, 拉动 and
    /// 贡献率 are measured against this row's level and change, so the children's 贡献率 add up to 100 of this row's
    /// change. For sub-items measured against the grand total instead (工业 under 第二产业 in a yearbook), see
    /// <see cref="Parent"/>.
    /// </summary>
    public IReadOnlyList<BreakdownRow> Children { get; }

    /// <summary>
    /// Gets or initialises the name of the row this row is a sub-item of, on the grand total's base (分项, 口径同总计:
    /// 工业 and 建筑业 under 第二产业), or null for a top-level row.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A sub-item's share, 拉动 and 贡献率 are measured against the GRAND total, as its parent's are: 工业's 贡献率 is
    /// Δ工业 / ΔGDP, not Δ工业 / Δ第二产业. The sub-item sits in the same list as its parent, is left out of the top-level
    /// sums (Σ 贡献率 = 100 over the top-level rows, its parent among them) and of the remainder, and is reported in
    /// <see cref="BreakdownAnalysis.SubItems"/>. When the parent says so (<see cref="SubItemsExhaust"/>) the sub-items'
    /// levels, shares, 拉动 and 贡献率 must add up to the parent's within rounding.
    /// </para>
    /// <para>
    /// One level: the parent must be a top-level row of the same list, else the analysis throws
    /// <see cref="ArgumentException"/> naming it. This is not <see cref="Children"/>, a nested breakdown re-based on its
    /// parent; a row may have both.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentException">The name is empty or is the row's own name.</exception>
    public string? Parent
    {
        get;
        init => field = SubItems.CheckParent(Name, value, nameof(value));
    }

    /// <summary>
    /// Gets or initialises whether the sub-items that name this row as their <see cref="Parent"/> exhaust it
    /// (工业 + 建筑业 = 第二产业), so that their levels, shares, 拉动 and 贡献率 must add up to this row's within rounding;
    /// false (the default) when the table prints only some of them.
    /// </summary>
    public bool SubItemsExhaust { get; init; }

    /// <summary>Gets or initialises the published growth at comparable prices (real growth, 可比价) in percent, or null.</summary>
    /// <exception cref="ArgumentException">The real growth is −100 % or below.</exception>
    public PublishedValue? RealGrowthPercent
    {
        get => realGrowthPercent;
        init => realGrowthPercent = value is { } v && v.Value <= -100m
            ? throw new ArgumentException($"Row '{Name}' has a real growth of {v} %.", nameof(value))
            : value;
    }

    /// <summary>Gets or initialises the published share of the total (占比) in percent, to be checked, or null.</summary>
    public PublishedValue? SharePercent { get; init; }

    /// <summary>Gets or initialises the published contribution in percentage points (拉动), to be checked, or null.</summary>
    public PublishedValue? ContributionPoints { get; init; }

    /// <summary>Gets or initialises the published contribution rate (贡献率) in percent, to be checked, or null.</summary>
    public PublishedValue? ContributionRatePercent { get; init; }

    /// <summary>
    /// Gets the previous level used by the analysis: the published one, or the comparable base current / (1 + growth)
    /// when only the growth is published.
    /// </summary>
    public decimal PreviousLevel { get; }

    /// <summary>Gets whether the previous level is derived from the growth rather than published.</summary>
    public bool PreviousIsDerived => Previous is null;

    /// <summary>
    /// Returns a one-line summary: <c>A: 20 → 30 (growth +50.0%)</c>, the previous level marked <c>(derived)</c> and
    /// rounded to two decimals when it comes from the published growth, and the published growth in percent when there
    /// is one (<c>B: 80 (derived) → 95 (growth +18.75%)</c>). Invariant culture.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string previous = Previous is { } p ? p.ToString() : Rounding.Format(PreviousLevel, 2) + " (derived)";
        string growth = GrowthPercent is { } g
            ? (g.Value > 0m ? "+" : string.Empty) + g + "%"
            : Rates.Growth.Rate(Current.Value, PreviousLevel).ToString();
        return string.Create(Rounding.InvariantText, $"{Name}: {previous} → {Current} (growth {growth})");
    }
}
