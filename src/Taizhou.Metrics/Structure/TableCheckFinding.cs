using System;
using System.Globalization;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// One identity of a published table, checked within the rounding of its figures: the published figure's interval,
/// the interval of the same figure derived from the others, and the size of the break when they do not meet.
/// </summary>
/// <remarks>Figures are in the unit they are printed in: levels in their unit, rates and shares in percent, contributions in points.</remarks>
public sealed class TableCheckFinding
{
    internal TableCheckFinding(string row, string figure, string identity, BoundedEstimate published, BoundedEstimate derived)
    {
        Row = row;
        Figure = figure;
        Identity = identity;
        Published = published;
        Derived = derived;
        Break = published.GetBounds().DistanceTo(derived.GetBounds());
    }

    /// <summary>
    /// Gets the row the identity is about (a part's name, the total's name, "(parts)" for a sum over the top-level parts,
    /// or the parent's name for a sum over its sub-items).
    /// </summary>
    public string Row { get; }

    /// <summary>
    /// Gets the figure checked: <c>growth</c>, <c>share</c>, <c>contribution_pp</c>, <c>contribution_rate</c>, <c>pull</c>
    /// (points = total growth × rate), <c>sum_of_shares</c>, <c>sum_of_contributions</c> or <c>sum_of_rates</c>; for a
    /// table without levels (<see cref="ContributionTable"/>) also <c>implied_total_growth</c> (two rows' G = 拉动 / 贡献率
    /// disagree) and <c>total_growth</c> (the printed growth against the G the rows imply); for sub-items on the grand
    /// total's base that exhaust their parent (<see cref="BreakdownRow.Parent"/>, <see cref="ContributionRow.Parent"/>)
    /// <c>sub_items_current</c>, <c>sub_items_previous</c>, <c>sub_items_share</c>, <c>sub_items_contribution_pp</c> and
    /// <c>sub_items_contribution_rate</c> (Σ of the sub-items = the parent's figure; the row is the parent).
    /// </summary>
    public string Figure { get; }

    /// <summary>Gets the identity in words, with the formula; its Chinese terms in Simplified characters (<c>Σ 贡献率 = 100</c>).</summary>
    public string Identity { get; }

    /// <summary>Returns the identity with its Chinese terms in a script: <c>Σ 贡献率 = 100</c> (Simplified) or <c>Σ 貢獻率 = 100</c> (Traditional).</summary>
    /// <param name="script">The script.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The script is not defined.</exception>
    public string GetIdentity(ChineseScript script) => script switch
    {
        ChineseScript.Simplified => Identity,
        ChineseScript.Traditional => Identity.Replace("拉动", "拉動", StringComparison.Ordinal).Replace("贡献率", "貢獻率", StringComparison.Ordinal),
        _ => throw new ArgumentOutOfRangeException(nameof(script), script, "Unknown script."),
    };

    /// <summary>
    /// Gets the figure as published, with its rounding interval (for a sum of published figures, the sum and the sum
    /// of their intervals).
    /// </summary>
    public BoundedEstimate Published { get; }

    /// <summary>Gets the figure as derived from the other published figures, with bounds from their rounding.</summary>
    public BoundedEstimate Derived { get; }

    /// <summary>Gets the gap between the published figure's rounding interval and the derived interval; zero when they meet.</summary>
    public double Break { get; }

    /// <summary>Gets whether the identity breaks beyond rounding.</summary>
    public bool IsBroken => Break > 0.0;

    /// <summary>Returns a one-line description.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        // Each interpolation is its own string: the break is formatted invariantly too, not in the current culture.
        string verdict = IsBroken ? string.Create(Rounding.InvariantText, $", breaks by {Break:G3}") : ", consistent";
        return string.Create(
            Rounding.InvariantText,
            $"{Row}: {Figure} published {Published.Estimate:G6}, derived {Derived.Estimate:G6} {Derived.Bounds.ToString("G6", null)}{verdict}");
    }
}
