using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// Aggregates over firms: comparable-basis (同口径) growth of a group beside the naive ratio of its two published
/// totals, with an exact entry/exit decomposition; and concentration of output within a cluster (CRk, HHI).
/// </summary>
/// <remarks>
/// Edge-case policy: caller bugs throw (null arguments, two firms with one id, a unit that does not fit the measure,
/// k below 1). Missing data is counted, never guessed: a firm-year with a value whose scope cannot be evaluated is
/// out of scope and counted in <see cref="ComparableAggregate.NotEvaluable"/>; a firm in scope without a value is left out and
/// counted in <see cref="ComparableAggregate.MissingValues"/>; a rate on a zero base is undefined; a share of an
/// empty or zero total is null.
/// </remarks>
public static class FirmAggregation
{
    /// <summary>
    /// The group's total of <paramref name="measure"/> in <paramref name="year"/> and the year before, on the naive and
    /// the comparable basis (同口径), with the entry/exit decomposition (see <see cref="ComparableAggregate"/> and
    /// <see cref="EntryExitDecomposition"/>).
    /// </summary>
    /// <remarks>
    /// A firm is in scope in a year when <paramref name="scope"/> qualifies it in that year (the version in effect then:
    /// 规上 at 2000 万元 from 2011) and it has a value of the measure; with no scope rule, every firm with a value is.
    /// The comparable set is the firms in scope in <paramref name="year"/> with a value in the year before, in scope
    /// then or not: last year's figure re-aggregated over this year's firms, as the statistics bureau computes growth.
    /// </remarks>
    /// <param name="enterprises">The group's firms (filter by cluster or county first); ids must be distinct.</param>
    /// <param name="measure">The measure to sum.</param>
    /// <param name="year">The current year t.</param>
    /// <param name="scope">The scope rule, such as <see cref="TierRules.AboveDesignatedSize"/>, or null for every firm.</param>
    /// <param name="unit">The unit of the sums: a money unit for output and revenue, <see cref="MetricUnit.Count"/> for employees.</param>
    /// <returns>The aggregate.</returns>
    /// <exception cref="ArgumentException">Two firms share an id, or <paramref name="unit"/> does not fit the measure.</exception>
    public static ComparableAggregate Comparable(IEnumerable<Enterprise> enterprises, EnterpriseMeasure measure, int year, TierRule? scope, MetricUnit unit)
    {
        ArgumentNullException.ThrowIfNull(enterprises);
        CheckUnit(measure, unit);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        decimal current = 0m, previous = 0m, compCurrent = 0m, compBase = 0m;
        decimal continuing = 0m, newEntrants = 0m, grownIn = 0m, fellOut = 0m, ceased = 0m;
        int nCurrent = 0, nPrevious = 0, nComparable = 0, notEvaluable = 0, missing = 0;
        int nContinuing = 0, nNew = 0, nGrownIn = 0, nFellOut = 0, nCeased = 0;
        foreach (var e in enterprises)
        {
            ArgumentNullException.ThrowIfNull(e, nameof(enterprises));
            if (!ids.Add(e.Id))
            {
                throw new ArgumentException($"Two enterprises have the id '{e.Id}'.", nameof(enterprises));
            }

            decimal? xt = Value(e, measure, year, unit);
            decimal? xp = Value(e, measure, year - 1, unit);
            bool inT = InScope(e, year, xt, scope, ref notEvaluable, ref missing);
            bool inP = InScope(e, year - 1, xp, scope, ref notEvaluable, ref missing);
            if (inT)
            {
                current += xt!.Value;
                nCurrent++;
                if (xp is decimal b)
                {
                    compCurrent += xt.Value;
                    compBase += b;
                    nComparable++;
                }
            }

            if (inP)
            {
                previous += xp!.Value;
                nPrevious++;
            }

            switch (inT, inP)
            {
                case (true, true):
                    continuing += xt!.Value - xp!.Value;
                    nContinuing++;
                    break;
                case (true, false) when xp is null:
                    newEntrants += xt!.Value;
                    nNew++;
                    break;
                case (true, false):
                    grownIn += xt!.Value;
                    nGrownIn++;
                    break;
                case (false, true) when xt is null:
                    ceased += xp!.Value;
                    nCeased++;
                    break;
                case (false, true):
                    fellOut += xp!.Value;
                    nFellOut++;
                    break;
            }
        }

        var decomposition = new EntryExitDecomposition(continuing, nContinuing, newEntrants, nNew, grownIn, nGrownIn, fellOut, nFellOut, ceased, nCeased);
        return new ComparableAggregate(measure, year, unit, scope, current, nCurrent, previous, nPrevious, compCurrent, compBase, nComparable, notEvaluable, missing, decomposition);
    }

    /// <summary>
    /// Concentration of output within a cluster in a year: the share of its <paramref name="k"/> largest firms (CRk)
    /// and the Herfindahl-Hirschman index of firm outputs (reusing <see cref="Structure.Concentration"/>).
    /// </summary>
    /// <remarks>
    /// CR_k = Σ of the k largest outputs / Σ outputs; HHI = Σ s_i², s_i = x_i / Σx, on the 0-1 scale. k is capped at the
    /// number of firms (<see cref="ClusterConcentration.K"/> says which k was used). No firm, or a zero total: null indices.
    /// </remarks>
    /// <param name="enterprises">The firms (of every cluster: the map picks the cluster's); ids must be distinct.</param>
    /// <param name="year">The year.</param>
    /// <param name="map">The cluster map.</param>
    /// <param name="cluster">The cluster.</param>
    /// <param name="k">The number of largest firms, at least 1.</param>
    /// <param name="unit">The money unit of the total.</param>
    /// <returns>The concentration.</returns>
    /// <exception cref="ArgumentException">Two firms share an id, <paramref name="unit"/> is not a money unit, or a firm's output is negative.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="k"/> is below 1.</exception>
    public static ClusterConcentration Concentration(IEnumerable<Enterprise> enterprises, int year, ClusterMap map, Cluster cluster, int k, MetricUnit unit)
    {
        ArgumentNullException.ThrowIfNull(map);
        ArgumentNullException.ThrowIfNull(cluster);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        CheckUnit(EnterpriseMeasure.Output, unit);
        var members = Programme.ByOutput(Programme.Present(enterprises, nameof(enterprises), year).Where(e => map.Assign(e).Cluster.Equals(cluster)), year);
        foreach (var m in members)
        {
            if (m.Output.Value < 0m)
            {
                throw new ArgumentException($"The output of {m.Firm} in {year} is negative ({m.Output}): concentration needs non-negative values.", nameof(enterprises));
            }
        }

        int used = Math.Min(k, members.Count);
        var top = Programme.Top(members, used);
        if (members.Count == 0)
        {
            return new ClusterConcentration(cluster, year, unit, 0m, 0, top, null, null, 0);
        }

        decimal[] outputs = [.. members.Select(m => m.Output.In(unit).Value)];
        double[] values = [.. outputs.Select(v => (double)v)];
        return new ClusterConcentration(cluster, year, unit, outputs.Sum(), used, top, Structure.Concentration.Ratio(values, used), Structure.Concentration.Herfindahl(values), members.Count);
    }

    private static bool InScope(Enterprise e, int year, decimal? value, TierRule? scope, ref int notEvaluable, ref int missing)
    {
        if (scope is null)
        {
            return value is not null;
        }

        switch (scope.Evaluate(e, year).Outcome)
        {
            case TierOutcome.Qualifies when value is null:
                missing++;
                return false;
            case TierOutcome.Qualifies:
                return true;
            case TierOutcome.NotEvaluable when value is not null:
                notEvaluable++;
                return false;
            default:
                return false;
        }
    }

    private static decimal? Value(Enterprise e, EnterpriseMeasure measure, int year, MetricUnit unit)
    {
        var series = e.AnnualSeries(measure);
        return series?.ValueAt(Periods.ReportingPeriod.CalendarYear(year)) is decimal v ? series.Unit.Convert(v, unit) : null;
    }

    private static void CheckUnit(EnterpriseMeasure measure, MetricUnit unit)
    {
        var expected = measure == EnterpriseMeasure.Employees ? UnitDimension.Count : UnitDimension.Money;
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown measure.");
        }

        if (unit.Dimension != expected)
        {
            throw new ArgumentException($"The {HighGrowthRule.Describe(measure)} is summed in a {expected.ToString().ToLowerInvariant()} unit; got {unit.EnglishName}.", nameof(unit));
        }
    }
}
