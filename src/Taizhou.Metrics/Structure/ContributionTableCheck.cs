using System.Collections.Generic;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The check of one period of a contribution table without levels: the period's label, the total's growth as printed,
/// the growth the rows imply, and every identity checked (<see cref="TableCheck"/>), consistent or not.
/// </summary>
/// <remarks>
/// Findings are in the printed units (percent, points), as for <see cref="Breakdown.Check"/>; their figures are
/// <c>implied_total_growth</c>, <c>total_growth</c>, <c>pull</c>, <c>sum_of_rates</c> and <c>sum_of_contributions</c>, and
/// for sub-items that exhaust their parent <c>sub_items_contribution_rate</c> and <c>sub_items_contribution_pp</c>.
/// A finding names its period through the check that holds it (<see cref="Period"/>).
/// </remarks>
public sealed class ContributionTableCheck
{
    internal ContributionTableCheck(string? period, PublishedValue? totalGrowthPercent, ImpliedTotalGrowth impliedTotalGrowth, TableCheck check)
    {
        Period = period;
        TotalGrowthPercent = totalGrowthPercent;
        ImpliedTotalGrowth = impliedTotalGrowth;
        Check = check;
    }

    /// <summary>Gets the period's label, or null for a table checked without one.</summary>
    public string? Period { get; }

    /// <summary>Gets the total's growth in percent as printed, or null when the table does not print it.</summary>
    public PublishedValue? TotalGrowthPercent { get; }

    /// <summary>Gets the total's growth implied by the rows (fractions), with its bounds or the rows that disagree.</summary>
    public ImpliedTotalGrowth ImpliedTotalGrowth { get; }

    /// <summary>Gets every identity checked, in the order: implied growth, printed growth, each row's pull, the sums, the sub-items' sums.</summary>
    public TableCheck Check { get; }

    /// <summary>Gets every identity checked (the findings of <see cref="Check"/>).</summary>
    public IReadOnlyList<TableCheckFinding> Findings => Check.Findings;

    /// <summary>Gets the identities that break beyond rounding.</summary>
    public IEnumerable<TableCheckFinding> Broken => Check.Broken;

    /// <summary>Gets whether every identity holds within rounding (also true when there was nothing to check).</summary>
    public bool Passed => Check.Passed;

    /// <summary>
    /// Returns a one-line summary: <c>1990: Table check: 8 identities, 2 broken; implied total growth 7.50% [7.44%, 7.55%] from 4 rows</c>.
    /// </summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString() => (Period is null ? string.Empty : Period + ": ") + Check + "; " + ImpliedTotalGrowth;
}
