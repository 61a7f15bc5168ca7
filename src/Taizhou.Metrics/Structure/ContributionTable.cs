using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// Contribution tables without levels (三次产业贡献率 / 三次产业对经济增长的拉动): rows that print only a part's contribution
/// rate (贡献率, percent) and/or its pull (拉动, percentage points), with or without the total's growth G. Derives the
/// total's growth each row implies and checks every identity the printed figures allow, within their rounding, for one
/// period or for many.
/// </summary>
/// <remarks>
/// <para>The identities, all in the units printed (percent and points):</para>
/// <list type="bullet">
/// <item>G = 拉动 / 贡献率 × 100 for each row, and the intersection of those intervals over the rows (<see cref="ImpliedTotalGrowth"/>);</item>
/// <item>拉动 = 贡献率 × G / 100, with G as printed or, when it is not printed, with the G the other rows imply;</item>
/// <item>Σ 贡献率 = 100 and Σ 拉动 = G, when the caller says the parts exhaust the total.</item>
/// </list>
/// <para>
/// Bounds are exact: each formula is a product or a quotient of two printed figures, monotone in each over their
/// rounding box when the denominator's interval does not contain zero, so the corners of the box give the range. A
/// printed figure's interval contains zero only when it is printed as zero: a quotient by a figure printed as 0.0 has no
/// bound, and says so by being null. Results of the functions are fractions (0.077 = 7.7 %, 0.01405 = 1.405
/// points of the base total); the findings of a check are in the printed units, as <see cref="TableCheckFinding"/>'s are.
/// A table inconsistent as printed is reported, never "fixed".
/// </para>
/// </remarks>
public static class ContributionTable
{
    /// <summary>The row name of findings about the total's growth.</summary>
    public const string TotalName = "(total)";

    /// <summary>
    /// The total's growth implied by a part's pull and its contribution rate: G = 拉动 / 贡献率, as a fraction
    /// (5.3 points at 92.8 % imply 0.0571 = 5.71 %, between 5.654 % and 5.768 %).
    /// </summary>
    /// <param name="points">The pull (拉动) in points, as printed.</param>
    /// <param name="ratePercent">The contribution rate (贡献率) in percent, as printed.</param>
    /// <returns>
    /// The implied growth with its bounds; null when the rate is printed as zero (0.0, 0.00): its rounding interval then
    /// contains zero, so the row gives neither an estimate nor a bound.
    /// </returns>
    public static BoundedEstimate? TotalGrowth(PublishedValue points, PublishedValue ratePercent) =>
        Quotient(points, ratePercent);

    /// <summary>
    /// The contribution rate (贡献率) implied by a part's pull and the total's growth: 贡献率 = 拉动 / G, as a fraction of the
    /// total's change (3.6 points of 7.7 % growth: 0.4675 = 46.75 %).
    /// </summary>
    /// <param name="points">The pull (拉动) in points, as printed.</param>
    /// <param name="totalGrowthPercent">The total's growth in percent, as printed.</param>
    /// <returns>
    /// The implied rate with its bounds; null when the growth is printed as zero (a total that did not change, within
    /// rounding, has no contribution rates).
    /// </returns>
    public static BoundedEstimate? Rate(PublishedValue points, PublishedValue totalGrowthPercent) =>
        Quotient(points, totalGrowthPercent);

    /// <summary>
    /// The pull (拉动) implied by a part's contribution rate and the total's growth: 拉动 = 贡献率 × G, as a fraction of the
    /// total's base (28.1 % of 5.0 % growth: 0.01405 = 1.405 points, between 1.3838 and 1.4216 points).
    /// </summary>
    /// <param name="ratePercent">The contribution rate (贡献率) in percent, as printed.</param>
    /// <param name="totalGrowthPercent">The total's growth in percent, as printed.</param>
    /// <returns>The implied pull with its bounds; always bounded.</returns>
    public static BoundedEstimate Points(PublishedValue ratePercent, PublishedValue totalGrowthPercent)
    {
        var range = Product(ratePercent.Bounds, totalGrowthPercent.Bounds);
        return new BoundedEstimate((double)ratePercent.Value * (double)totalGrowthPercent.Value / 10000.0, Interval.Between(range.Lower / 10000.0, range.Upper / 10000.0));
    }

    /// <summary>
    /// The total's growth implied by each row that prints both a 贡献率 and a 拉动, and the intersection of their intervals
    /// (see <see cref="ImpliedTotalGrowth"/> for the rule that names the rows when it is empty).
    /// </summary>
    /// <param name="parts">The rows.</param>
    /// <returns>The implied growth.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or one of its rows is null.</exception>
    public static ImpliedTotalGrowth ImpliedTotalGrowth(IReadOnlyList<ContributionRow> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        var rows = new List<RowImpliedGrowth>();
        foreach (var row in parts)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(parts));
            if (row.Points is { } p && row.RatePercent is { } r)
            {
                rows.Add(new RowImpliedGrowth(row.Name, p, r, TotalGrowth(p, r)));
            }
        }

        return new ImpliedTotalGrowth(rows);
    }

    /// <summary>Checks one period of a contribution table; see <see cref="Check(IReadOnlyList{ContributionRow}, PublishedValue?, bool)"/>.</summary>
    /// <param name="period">The period.</param>
    /// <param name="partsExhaustTotal">Whether the parts add up to the total (the three sectors of GDP do; a list of the largest industries does not).</param>
    /// <returns>The check, named by the period's label.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static ContributionTableCheck Check(ContributionPeriod period, bool partsExhaustTotal)
    {
        ArgumentNullException.ThrowIfNull(period);
        return CheckCore(period.Label, period.Parts, period.TotalGrowthPercent, partsExhaustTotal);
    }

    /// <summary>
    /// Checks every period of a contribution table in one call, each as <see cref="Check(ContributionPeriod, bool)"/>
    /// does; every result, and so every finding, is named by its period's label.
    /// </summary>
    /// <param name="periods">The periods, with distinct labels.</param>
    /// <param name="partsExhaustTotal">Whether the parts add up to the total, in every period.</param>
    /// <returns>One check per period, in the order given.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> or one of its periods is null.</exception>
    /// <exception cref="ArgumentException">Two periods share a label; the message names it.</exception>
    public static IReadOnlyList<ContributionTableCheck> CheckPeriods(IReadOnlyList<ContributionPeriod> periods, bool partsExhaustTotal)
    {
        ArgumentNullException.ThrowIfNull(periods);
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (var period in periods)
        {
            ArgumentNullException.ThrowIfNull(period, nameof(periods));
            if (!labels.Add(period.Label))
            {
                throw new ArgumentException($"Two periods are labelled '{period.Label}'.", nameof(periods));
            }
        }

        return [.. periods.Select(p => Check(p, partsExhaustTotal))];
    }

    /// <summary>
    /// Checks one table of contribution rates and pulls without levels, each identity within the rounding of its printed
    /// figures: the intersection of the rows' implied growths (an empty one is a finding <c>implied_total_growth</c>
    /// naming the two rows that disagree); the printed growth against that intersection (<c>total_growth</c>); each
    /// row's 拉动 = 贡献率 × G (<c>pull</c>), with G as printed or else the intersection of the OTHER rows' implied
    /// growths (so that a row is checked against what the rest of the table says); and, when the parts exhaust the
    /// total, Σ 贡献率 = 100 (<c>sum_of_rates</c>) and Σ 拉动 = G (<c>sum_of_contributions</c>, with G as printed or
    /// else implied), over the top-level rows only. A sub-item on the grand total's base (<see cref="ContributionRow.Parent"/>,
    /// 工业 under 第二产业) implies G and has its pull checked like every row, is left out of the top-level sums, and, when
    /// its parent's <see cref="ContributionRow.SubItemsExhaust"/> is set, the sub-items' Σ 贡献率 and Σ 拉动 are checked
    /// against the parent's (<c>sub_items_contribution_rate</c>, <c>sub_items_contribution_pp</c>, named by the parent).
    /// </summary>
    /// <remarks>
    /// An identity whose derived side has no bound (every other row's 贡献率 contains zero, or the other rows disagree
    /// among themselves) is not reported: any printed figure is consistent with it. A row printed with a 贡献率 of 0.0 is
    /// still checked for its pull: 0.0 % of G is within [−0.05, 0.05] % of G.
    /// </remarks>
    /// <param name="parts">The rows, at least one, with distinct names.</param>
    /// <param name="totalGrowthPercent">The total's growth in percent as printed, or null when the table does not print it.</param>
    /// <param name="partsExhaustTotal">Whether the parts add up to the total.</param>
    /// <returns>The check, without a period label.</returns>
    /// <exception cref="ArgumentException">
    /// There are no rows, two rows share a name, a row's parent is not a top-level row of the table (the message names
    /// it), or a row says its sub-items exhaust it and has none.
    /// </exception>
    /// <exception cref="ArgumentNullException"><paramref name="parts"/> or one of its rows is null.</exception>
    public static ContributionTableCheck Check(IReadOnlyList<ContributionRow> parts, PublishedValue? totalGrowthPercent, bool partsExhaustTotal)
    {
        ContributionPeriod.Validate(parts, "The table", nameof(parts));
        return CheckCore(null, parts, totalGrowthPercent, partsExhaustTotal);
    }

    private static ContributionTableCheck CheckCore(string? label, IReadOnlyList<ContributionRow> parts, PublishedValue? g, bool exhaustive)
    {
        var implied = ImpliedTotalGrowth(parts);
        var findings = new List<TableCheckFinding>();

        if (implied.IsEmpty)
        {
            var a = implied.Rows.First(r => r.Row == implied.DisagreeingRows[0]);
            var b = implied.Rows.First(r => r.Row == implied.DisagreeingRows[1]);
            findings.Add(new TableCheckFinding(a.Row, "implied_total_growth", $"拉动 / 贡献率 × 100 of {a.Row} = 拉动 / 贡献率 × 100 of {b.Row}", InPercent(a.Growth!.Value), InPercent(b.Growth!.Value)));
        }

        if (g is { } printedGrowth && implied.Bounds is { } intersection)
        {
            findings.Add(new TableCheckFinding(TotalName, "total_growth", "G = 拉动 / 贡献率 × 100 of every row", Printed(printedGrowth), InPercent(intersection)));
        }

        foreach (var row in parts)
        {
            if (row.Points is not { } pull || row.RatePercent is not { } rate)
            {
                continue;
            }

            if (g is { } printed)
            {
                findings.Add(new TableCheckFinding(row.Name, "pull", "拉动 = 贡献率 × G / 100", Printed(pull), InPoints(Points(rate, printed))));
            }
            else if (new ImpliedTotalGrowth([.. implied.Rows.Where(r => r.Row != row.Name)]).Bounds is { } others)
            {
                var range = Product(rate.Bounds, others);
                var derived = new BoundedEstimate((double)rate.Value * others.Midpoint, Interval.Between(range.Lower, range.Upper));
                findings.Add(new TableCheckFinding(row.Name, "pull", "拉动 = 贡献率 × G / 100, G implied by the other rows", Printed(pull), derived));
            }
        }

        // Sub-items are on the grand total's base: their parent, not they, is in the top-level sums.
        var top = parts.Where(p => p.Parent is null).ToList();
        if (exhaustive)
        {
            const string scope = "(parts)";
            if (top.All(p => p.RatePercent is not null))
            {
                findings.Add(new TableCheckFinding(scope, "sum_of_rates", "Σ 贡献率 = 100", Sum(top.Select(p => p.RatePercent!.Value)), new BoundedEstimate(100.0, Interval.Exactly(100.0))));
            }

            if (top.All(p => p.Points is not null))
            {
                var sum = Sum(top.Select(p => p.Points!.Value));
                if (g is { } printed)
                {
                    findings.Add(new TableCheckFinding(scope, "sum_of_contributions", "Σ 拉动 = G", sum, Printed(printed)));
                }
                else if (implied.Bounds is { } both)
                {
                    findings.Add(new TableCheckFinding(scope, "sum_of_contributions", "Σ 拉动 = G implied by 拉动 / 贡献率", sum, InPercent(both)));
                }
            }
        }

        foreach (var parent in top.Where(p => p.SubItemsExhaust))
        {
            var items = parts.Where(p => p.Parent == parent.Name).ToList();
            if (SubItems.Sum(parent.Name, parent.RatePercent, [.. items.Select(i => (i.Name, i.RatePercent))], "sub_items_contribution_rate", "贡献率") is { } rates)
            {
                findings.Add(rates);
            }

            if (SubItems.Sum(parent.Name, parent.Points, [.. items.Select(i => (i.Name, i.Points))], "sub_items_contribution_pp", "拉动") is { } pulls)
            {
                findings.Add(pulls);
            }
        }

        return new ContributionTableCheck(label, g, implied, new TableCheck(findings));
    }

    // numerator / denominator: null when the denominator is printed as zero, the only case in which its rounding interval
    // [value − ½·10^−d, value + ½·10^−d] contains zero (a nonzero printed value is at least a whole unit away from it).
    private static BoundedEstimate? Quotient(PublishedValue numerator, PublishedValue denominator)
    {
        if (denominator.Value == 0m)
        {
            return null;
        }

        // The printed denominator's interval excludes zero, so the quotient is monotone over the box: its corners bound it.
        return Implied.Evaluate(static x => x[0] / x[1], [static x => x[1]], numerator, denominator);
    }

    private static Interval Product(Interval x, Interval y)
    {
        double[] corners = [x.Lower * y.Lower, x.Lower * y.Upper, x.Upper * y.Lower, x.Upper * y.Upper];
        return Interval.Between(corners.Min(), corners.Max());
    }

    private static BoundedEstimate Printed(PublishedValue value) => new((double)value.Value, value.Bounds);

    private static BoundedEstimate InPercent(BoundedEstimate fraction) =>
        new(fraction.Estimate * 100.0, Interval.Between(fraction.Bounds.Lower * 100.0, fraction.Bounds.Upper * 100.0));

    private static BoundedEstimate InPercent(Interval fraction) =>
        new(fraction.Midpoint * 100.0, Interval.Between(fraction.Lower * 100.0, fraction.Upper * 100.0));

    private static BoundedEstimate InPoints(BoundedEstimate fraction) => InPercent(fraction);

    // The sum and its interval in decimal, exact as printed, so that a sum touching the other side's interval at a
    // printed boundary (0.4 + 3.6 + 3.5 = 7.5 ± 0.15 against 7.7 ± 0.05) meets it rather than missing it by a rounding
    // error of the doubles.
    private static BoundedEstimate Sum(IEnumerable<PublishedValue> values)
    {
        decimal sum = 0m, half = 0m;
        foreach (var v in values)
        {
            sum += v.Value;
            half += v.HalfUnit;
        }

        return new BoundedEstimate((double)sum, Interval.Between((double)(sum - half), (double)(sum + half)));
    }
}
