using System;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// One row of a published contribution table without levels (三次产业贡献率 / 拉动): a part's contribution rate (贡献率)
/// in percent and/or its pull (拉动) in percentage points, as printed.
/// </summary>
/// <remarks>
/// <para>
/// Figures are held as printed, as <see cref="PublishedValue"/>s (28.1 for 28.1 %, 1.4 for 1.4 points), so that their
/// rounding intervals carry the table's precision. A row with levels belongs in a <see cref="BreakdownRow"/> and
/// <see cref="Breakdown.Check(System.Collections.Generic.IReadOnlyList{BreakdownRow}, BreakdownRow)"/>.
/// </para>
/// <para>Both figures may be negative (a part that fell while the total grew); a rate of 0.0 is allowed (see <see cref="ContributionTable.TotalGrowth"/>).</para>
/// </remarks>
public sealed class ContributionRow
{
    /// <summary>Creates a row.</summary>
    /// <param name="name">The part's name, not empty.</param>
    /// <param name="ratePercent">The contribution rate (贡献率) in percent as printed, or null.</param>
    /// <param name="points">The pull (拉动) in percentage points as printed, or null.</param>
    /// <exception cref="ArgumentException">The name is empty, or neither figure is given; the message names the row.</exception>
    public ContributionRow(string name, PublishedValue? ratePercent, PublishedValue? points)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (ratePercent is null && points is null)
        {
            throw new ArgumentException($"Row '{name}' needs its contribution rate (贡献率), its pull (拉动), or both.", nameof(ratePercent));
        }

        Name = name;
        RatePercent = ratePercent;
        Points = points;
    }

    /// <summary>Gets the part's name.</summary>
    public string Name { get; }

    /// <summary>Gets the contribution rate (贡献率) in percent as printed, or null.</summary>
    public PublishedValue? RatePercent { get; }

    /// <summary>Gets the pull (拉动) in percentage points as printed, or null.</summary>
    public PublishedValue? Points { get; }

    /// <summary>
    /// Gets or initialises the name of the row this row is a sub-item of, on the grand total's base (分项, 口径同总计:
    /// 工业 under 第二产业), or null for a top-level row.
    /// </summary>
    /// <remarks>
    /// <para>
    /// A sub-item's 贡献率 and 拉动 are measured against the GRAND total's change, as the parent's are, so it implies the
    /// same G = 拉动 / 贡献率 and is checked as every row is; it is left out of the top-level Σ 贡献率 = 100 and
    /// Σ 拉动 = G (its parent is in them), and when the parent says so (<see cref="SubItemsExhaust"/>) the sub-items'
    /// 贡献率 and 拉动 add up to the parent's. One level: the parent must be a top-level row of the same table or period,
    /// else the check throws <see cref="ArgumentException"/> naming it.
    /// </para>
    /// <para>
    /// This is not the nested breakdown of <see cref="BreakdownRow.Children"/>, whose children are re-based on their
    /// parent (a child's 贡献率 is its share of the parent's change, and the children's add up to 100).
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
    /// (工业 + 建筑业 = 第二产业), so that their 贡献率 and 拉动 must add up to this row's within rounding; false (the
    /// default) when the table prints only some of them (福建统计年鉴 prints 工业 alone under 第二产业).
    /// </summary>
    public bool SubItemsExhaust { get; init; }

    /// <summary>
    /// Returns a one-line summary: <c>第二产业: 贡献率 53.8 %, 拉动 7.9 points</c> (a missing figure is left out), a sub-item
    /// with its parent: <c>工业 (of 第二产业): 贡献率 47.4 %, 拉动 6.7 points</c>. Invariant culture.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string rate = RatePercent is { } r ? "贡献率 " + r + " %" : string.Empty;
        string pull = Points is { } p ? "拉动 " + p + " points" : string.Empty;
        return Name + (Parent is null ? string.Empty : " (of " + Parent + ")") + ": " + rate + (rate.Length > 0 && pull.Length > 0 ? ", " : string.Empty) + pull;
    }
}
