using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The total's growth implied by a contribution table without levels: each row's G = 拉动 / 贡献率 with its bounds, and the
/// intersection of those intervals over the rows that bound it — or, when the intersection is empty, the two rows that
/// disagree and the gap between them.
/// </summary>
/// <remarks>
/// <para>Growths are fractions (0.077 = 7.7 %).</para>
/// <para>
/// <b>Which rows disagree.</b> Intervals on a line have an empty intersection exactly when two of them are disjoint
/// (Helly's theorem in one dimension). Let a be the bounded row with the highest lower bound and b the one with the
/// lowest upper bound: the intersection is empty exactly when lower(a) &gt; upper(b), and then a and b are disjoint with
/// the largest gap of any pair, lower(a) − upper(b). <see cref="DisagreeingRows"/> names a and b (a first) and
/// <see cref="Gap"/> is that gap: the smallest set of rows that explains the break on its own. Ties go to the earlier
/// row in table order.
/// </para>
/// <para>
/// Rows without both figures, and rows whose 贡献率 is printed as zero, its interval containing zero (<see cref="RowImpliedGrowth.IsBounded"/> false),
/// take no part in the intersection; <see cref="UnboundedRows"/> names the latter.
/// </para>
/// </remarks>
public sealed class ImpliedTotalGrowth
{
    internal ImpliedTotalGrowth(IReadOnlyList<RowImpliedGrowth> rows)
    {
        Rows = rows;
        var bounded = rows.Where(r => r.IsBounded).ToList();
        UnboundedRows = [.. rows.Where(r => !r.IsBounded).Select(r => r.Row)];
        if (bounded.Count == 0)
        {
            DisagreeingRows = [];
            return;
        }

        RowImpliedGrowth a = bounded[0], b = bounded[0];
        foreach (var row in bounded)
        {
            if (row.Growth!.Value.Bounds.Lower > a.Growth!.Value.Bounds.Lower)
            {
                a = row;
            }

            if (row.Growth!.Value.Bounds.Upper < b.Growth!.Value.Bounds.Upper)
            {
                b = row;
            }
        }

        double lower = a.Growth!.Value.Bounds.Lower, upper = b.Growth!.Value.Bounds.Upper;
        if (lower > upper)
        {
            DisagreeingRows = [a.Row, b.Row];
            Gap = lower - upper;
        }
        else
        {
            DisagreeingRows = [];
            Bounds = Interval.Between(lower, upper);
        }
    }

    /// <summary>Gets the growth implied by each row that prints both a 贡献率 and a 拉动, in table order.</summary>
    public IReadOnlyList<RowImpliedGrowth> Rows { get; }

    /// <summary>
    /// Gets the intersection of the bounded rows' intervals: the values of the total's growth every row allows; null
    /// when no row bounds it or when the rows disagree (<see cref="IsEmpty"/>).
    /// </summary>
    public Interval? Bounds { get; }

    /// <summary>Gets the midpoint of <see cref="Bounds"/> as the estimate of the total's growth, or null when there are no bounds.</summary>
    public double? Estimate => Bounds?.Midpoint;

    /// <summary>Gets whether the rows' intervals have no value in common: the table is inconsistent as printed.</summary>
    public bool IsEmpty => DisagreeingRows.Count > 0;

    /// <summary>Gets the two rows whose intervals are furthest apart when the intersection is empty (see remarks); empty otherwise.</summary>
    public IReadOnlyList<string> DisagreeingRows { get; }

    /// <summary>Gets the gap between the two disagreeing rows' intervals, as a fraction; zero when the intersection is not empty.</summary>
    public double Gap { get; }

    /// <summary>Gets the rows that print both figures but bound nothing: their 贡献率 is printed as zero, so its interval contains zero.</summary>
    public IReadOnlyList<string> UnboundedRows { get; }

    /// <summary>
    /// Returns a one-line summary: <c>implied total growth 7.50% [7.44%, 7.55%] from 3 rows</c>,
    /// <c>implied total growth: rows disagree (A, B by 0.20 points)</c> or <c>implied total growth: no row bounds it</c>.
    /// </summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        if (Bounds is { } b)
        {
            int n = Rows.Count(r => r.IsBounded);
            return "implied total growth " + RowImpliedGrowth.Percent(b.Midpoint) + " [" + RowImpliedGrowth.Percent(b.Lower) + ", " + RowImpliedGrowth.Percent(b.Upper) + "] from "
                + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + (n == 1 ? " row" : " rows");
        }

        return IsEmpty
            ? "implied total growth: rows disagree (" + string.Join(", ", DisagreeingRows) + " by " + Rounding.FormatFigure(Gap * 100.0, "G3") + " points)"
            : "implied total growth: no row bounds it";
    }
}
