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

    /// <summary>Returns a one-line summary: <c>第二产业: 贡献率 53.8 %, 拉动 7.9 points</c> (a missing figure is left out). Invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        string rate = RatePercent is { } r ? "贡献率 " + r + " %" : string.Empty;
        string pull = Points is { } p ? "拉动 " + p + " points" : string.Empty;
        return Name + ": " + rate + (rate.Length > 0 && pull.Length > 0 ? ", " : string.Empty) + pull;
    }
}
