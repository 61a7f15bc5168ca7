using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

public static partial class Breakdown
{
    /// <summary>
    /// Checks every identity of a published breakdown table that its figures allow, each within the rounding of its
    /// inputs: a published growth against the two levels; a published share, contribution in points (拉动) and
    /// contribution rate (贡献率) against the levels; pull = total growth × contribution rate; and, when the parts exhaust
    /// the total, Σ shares = 100, Σ contributions = total growth and Σ rates = 100. A table inconsistent as printed is
    /// reported, never "fixed".
    /// </summary>
    /// <remarks>
    /// Each derived figure comes with the interval its inputs' rounding allows (see <see cref="Implied"/>); an identity
    /// breaks when that interval does not meet the published figure's rounding interval, and
    /// <see cref="TableCheckFinding.Break"/> is the gap. Rows with children are checked as tables of their own, re-based on
    /// the row. Sub-items on the grand total's base (<see cref="BreakdownRow.Parent"/>) are checked against the total like
    /// every part, are left out of the sums over the parts, and, when their parent's
    /// <see cref="BreakdownRow.SubItemsExhaust"/> is set, their levels, shares, 拉动 and 贡献率 must add up to the parent's
    /// (<c>sub_items_current</c>, <c>sub_items_previous</c>, <c>sub_items_share</c>, <c>sub_items_contribution_pp</c>,
    /// <c>sub_items_contribution_rate</c>, named by the parent).
    /// </remarks>
    /// <param name="parts">The parts.</param>
    /// <param name="total">The total row, or null when the total is the sum of the parts.</param>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Analyse(IReadOnlyList{BreakdownRow}, BreakdownRow)"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">As for <see cref="Analyse(IReadOnlyList{BreakdownRow}, BreakdownRow)"/>: the levels add up beyond the range of a decimal.</exception>
    public static TableCheck Check(IReadOnlyList<BreakdownRow> parts, BreakdownRow? total)
    {
        Analyse(parts, total); // validates the table
        var findings = new List<TableCheckFinding>();
        CheckTable(parts, total, findings);
        return new TableCheck(findings);
    }

    private static void CheckTable(IReadOnlyList<BreakdownRow> parts, BreakdownRow? total, List<TableCheckFinding> findings)
    {
        if (total is not null)
        {
            CheckOwnGrowth(total, findings);
        }

        // Sub-items on the grand total's base (Parent) are checked against the total, outside the top-level sums.
        var top = parts.Where(p => p.Parent is null).ToList();
        foreach (var row in parts)
        {
            CheckRow(row, top, total, findings);
        }

        foreach (var parent in top.Where(p => p.SubItemsExhaust))
        {
            var items = parts.Where(p => p.Parent == parent.Name).ToList();
            TableCheckFinding?[] sums =
            [
                SubItems.Sum(parent.Name, parent.Current, [.. items.Select(i => (i.Name, (PublishedValue?)i.Current))], "sub_items_current", "current"),
                SubItems.Sum(parent.Name, parent.Previous, [.. items.Select(i => (i.Name, i.Previous))], "sub_items_previous", "previous"),
                SubItems.Sum(parent.Name, parent.SharePercent, [.. items.Select(i => (i.Name, i.SharePercent))], "sub_items_share", "share"),
                SubItems.Sum(parent.Name, parent.ContributionPoints, [.. items.Select(i => (i.Name, i.ContributionPoints))], "sub_items_contribution_pp", "拉动"),
                SubItems.Sum(parent.Name, parent.ContributionRatePercent, [.. items.Select(i => (i.Name, i.ContributionRatePercent))], "sub_items_contribution_rate", "贡献率"),
            ];
            findings.AddRange(sums.OfType<TableCheckFinding>());
        }

        bool exhaustive = total is null || RemainderWithinRounding(top, total);
        if (!exhaustive)
        {
            return;
        }

        string scope = "(parts)";
        if (top.All(p => p.SharePercent is not null))
        {
            var sum = SumOf(top.Select(p => p.SharePercent!.Value));
            Add(findings, scope, "sum_of_shares", "Σ shares = 100", sum, new Box(), _ => 100.0);
        }

        if (top.All(p => p.ContributionPoints is not null))
        {
            var sum = SumOf(top.Select(p => p.ContributionPoints!.Value));
            var w = new Box();
            var growth = TotalGrowth(w, top, total);
            Add(findings, scope, "sum_of_contributions", "Σ 拉动 = total growth", sum, w, growth);
        }

        if (top.All(p => p.ContributionRatePercent is not null))
        {
            var sum = SumOf(top.Select(p => p.ContributionRatePercent!.Value));
            Add(findings, scope, "sum_of_rates", "Σ 贡献率 = 100", sum, new Box(), _ => 100.0);
        }
    }

    // One row's own identities: its growth, and its share, 拉动, 贡献率 and pull against the total (the total row, or Σ of
    // the top-level parts, of which a top-level row's own level is one term and a sub-item's is not).
    private static void CheckRow(BreakdownRow row, List<BreakdownRow> top, BreakdownRow? total, List<TableCheckFinding> findings)
    {
        CheckOwnGrowth(row, findings);
        var v = new Box();
        int x = v.Add(row.Current);
        Func<double[], double> prev = v.Previous(row, x);
        Func<double[], double> totalCurrent, totalPrevious;
        if (total is not null)
        {
            int tx = v.Add(total.Current);
            var tp = v.Previous(total, tx);
            totalCurrent = a => a[tx];
            totalPrevious = tp;
        }
        else if (row.Parent is null)
        {
            var others = top.Where(o => !ReferenceEquals(o, row)).ToList();
            int rx = v.AddCurrentSum(others);
            int rp = v.AddPreviousSum(others);
            totalCurrent = a => a[x] + a[rx];
            totalPrevious = a => prev(a) + a[rp];
        }
        else
        {
            int rx = v.AddCurrentSum(top);
            int rp = v.AddPreviousSum(top);
            totalCurrent = a => a[rx];
            totalPrevious = a => a[rp];
        }

        if (row.SharePercent is { } share)
        {
            Add(findings, row.Name, "share", "share = part / total × 100", share, v, a => a[x] / totalCurrent(a) * 100.0);
        }

        if (row.ContributionPoints is { } points)
        {
            Add(findings, row.Name, "contribution_pp", "拉动 = (part[t] − part[t−1]) / total[t−1] × 100", points, v, a => (a[x] - prev(a)) / totalPrevious(a) * 100.0);
        }

        if (row.ContributionRatePercent is { } rate)
        {
            Add(findings, row.Name, "contribution_rate", "贡献率 = (part[t] − part[t−1]) / (total[t] − total[t−1]) × 100", rate, v, a => (a[x] - prev(a)) / (totalCurrent(a) - totalPrevious(a)) * 100.0);
        }

        if (row.ContributionPoints is { } pull && row.ContributionRatePercent is { } r)
        {
            var w = new Box();
            int ri = w.Add(r);
            Func<double[], double> growth = TotalGrowth(w, top, total);
            Add(findings, row.Name, "pull", "拉动 = total growth × 贡献率 / 100", pull, w, a => growth(a) * a[ri] / 100.0);
        }

        if (row.Children.Count > 0)
        {
            CheckTable(row.Children, row, findings);
        }
    }

    private static void CheckOwnGrowth(BreakdownRow row, List<TableCheckFinding> findings)
    {
        if (row.Previous is { } p && row.GrowthPercent is { } g)
        {
            var v = new Box();
            int x = v.Add(row.Current);
            int pi = v.Add(p);
            Add(findings, row.Name, "growth", "growth = (current / previous − 1) × 100", g, v, a => ((a[x] / a[pi]) - 1.0) * 100.0);
        }
    }

    // The total's growth in percent as a function of new box variables: published when the total row has it, else
    // derived from the total's levels (or from the parts' when there is no total row).
    private static Func<double[], double> TotalGrowth(Box box, IReadOnlyList<BreakdownRow> parts, BreakdownRow? total)
    {
        if (total?.GrowthPercent is { } g)
        {
            int gi = box.Add(g);
            return a => a[gi];
        }

        if (total is not null)
        {
            int tx = box.Add(total.Current);
            int tp = box.Add(total.Previous!.Value);
            return a => ((a[tx] / a[tp]) - 1.0) * 100.0;
        }

        int cx = box.AddCurrentSum(parts);
        int cp = box.AddPreviousSum(parts);
        return a => ((a[cx] / a[cp]) - 1.0) * 100.0;
    }

    private static bool RemainderWithinRounding(IReadOnlyList<BreakdownRow> parts, BreakdownRow total)
    {
        var (sum, tolerance) = SumAndRounding(parts.Select(p => p.Current), total.Current);
        return Math.Abs(total.Current.Value - sum) <= tolerance;
    }

    private static Interval PreviousBounds(BreakdownRow row) => row.Previous is { } p
        ? p.Bounds
        : Implied.Base(row.Current, row.GrowthPercent!.Value).GetBounds();

    private static Interval Sum(IEnumerable<Interval> intervals)
    {
        double lower = 0.0, upper = 0.0;
        foreach (var i in intervals)
        {
            lower += i.Lower;
            upper += i.Upper;
        }

        return Interval.Between(lower, upper);
    }

    private static BoundedEstimate SumOf(IEnumerable<PublishedValue> values)
    {
        var list = values.ToList();
        return new BoundedEstimate(ExactSum(list), ExactBounds(list));

        // The interval in decimal too, so that a sum touching another interval at a printed boundary (7.5 ± 0.15 against
        // 7.7 ± 0.05) meets it instead of missing it by a rounding error of the doubles; in double beyond a decimal's range.
        static Interval ExactBounds(List<PublishedValue> list)
        {
            try
            {
                decimal sum = list.Sum(v => v.Value), half = list.Sum(v => v.HalfUnit);
                return Interval.Between((double)(sum - half), (double)(sum + half));
            }
            catch (OverflowException)
            {
                return Sum(list.Select(v => v.Bounds));
            }
        }

        // The sum in decimal, exact as published; figures adding up beyond a decimal's range (each valid on its own) are
        // summed in double, which holds them: the check then finds them inconsistent rather than failing.
        static double ExactSum(List<PublishedValue> list)
        {
            try
            {
                return (double)list.Sum(v => v.Value);
            }
            catch (OverflowException)
            {
                return list.Sum(v => (double)v.Value);
            }
        }
    }

    private static void Add(List<TableCheckFinding> findings, string row, string figure, string identity, PublishedValue published, Box box, Func<double[], double> formula) =>
        Add(findings, row, figure, identity, new BoundedEstimate((double)published.Value, published.Bounds), box, formula);

    private static void Add(List<TableCheckFinding> findings, string row, string figure, string identity, BoundedEstimate published, Box box, Func<double[], double> formula)
    {
        if (box.Evaluate(formula) is { } derived)
        {
            findings.Add(new TableCheckFinding(row, figure, identity, published, derived));
        }
    }

    /// <summary>The variables of a derived figure: estimates and rounding intervals.</summary>
    private sealed class Box
    {
        private readonly List<double> estimates = [];
        private readonly List<Interval> bounds = [];

        public int Add(PublishedValue value) => Add((double)value.Value, value.Bounds);

        public int Add(double estimate, Interval interval)
        {
            estimates.Add(estimate);
            bounds.Add(interval);
            return estimates.Count - 1;
        }

        /// <summary>Adds Σ of the rows' current levels, with the sum of their rounding intervals.</summary>
        public int AddCurrentSum(IReadOnlyList<BreakdownRow> rows) =>
            Add(rows.Sum(o => (double)o.Current.Value), Sum(rows.Select(o => o.Current.Bounds)));

        /// <summary>Adds Σ of the rows' previous levels (published or derived), with the sum of their rounding intervals.</summary>
        public int AddPreviousSum(IReadOnlyList<BreakdownRow> rows) =>
            Add(rows.Sum(o => (double)o.PreviousLevel), Sum(rows.Select(PreviousBounds)));

        public Func<double[], double> Previous(BreakdownRow row, int currentIndex)
        {
            if (row.Previous is { } p)
            {
                int pi = Add(p);
                return a => a[pi];
            }

            int gi = Add(row.GrowthPercent!.Value);
            return a => a[currentIndex] / (1.0 + (a[gi] / 100.0));
        }

        public BoundedEstimate? Evaluate(Func<double[], double> formula) =>
            Implied.EvaluateBox(formula, [.. estimates], [.. bounds], out _);
    }
}
