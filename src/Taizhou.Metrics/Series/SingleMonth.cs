using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Series;

/// <summary>
/// Single-month figures from cumulative releases (单月同比): the level of a month as the difference of two cumulative
/// levels, its comparable base a year earlier from the two cumulative growth rates, and its year-on-year growth, each
/// with the exact range the rounding of the printed figures allows.
/// </summary>
/// <remarks>
/// <para>With YTD[t] the cumulative level to month t and g[t] its cumulative growth (fractions), t−1 the previous release of the same year:</para>
/// <list type="bullet">
/// <item>level = YTD[t] − YTD[t−1];</item>
/// <item>comparable base = YTD[t] / (1 + g[t]) − YTD[t−1] / (1 + g[t−1]);</item>
/// <item>growth = level / comparable base − 1.</item>
/// </list>
/// <para>
/// The year's first release stands for itself: January's cumulative figure (1-1月) is January, with its own level
/// and growth; when the year's first release is 1-2月 (no separate January, the usual case), the figure is
/// January-February combined (1-2月合计), never a February. A release absent in between (1-3月 missing between 1-2月
/// and 1-4月) gives one figure for the months between (3-4月合计). Nothing is split or filled silently;
/// <see cref="SplitJanuaryFebruary(SingleMonthFigure, JanuaryFebruaryRule)"/> splits 1-2月 by a stated rule, marked
/// as estimated.
/// </para>
/// <para>
/// <b>Bounds.</b> Each printed figure stands for the interval its rounding allows (187636 for [187635.5, 187636.5],
/// 9.3 % for [9.25, 9.35]). The bounds are the exact minimum and maximum of each formula over that box, found at its
/// corners (<see cref="Implied.Evaluate(Func{double[], double}, IReadOnlyList{Func{double[], double}}, IReadOnlyList{PublishedValue})"/>).
/// The corners are exact because each formula is monotone in each input with the others held fixed. The level and
/// the base are linear in the levels; for positive levels the base falls as g[t] rises and rises with g[t−1]. Writing
/// A = YTD[t], B = YTD[t−1], p = 1 / (1 + g[t]), q = 1 / (1 + g[t−1]) and D = Ap − Bq for the base, the growth's
/// partial derivatives are B(p − q) / D² in A and A(q − p) / D² in B (signs that do not depend on the input varied),
/// and each growth moves only D, monotonically, so the ratio (A − B) / D is monotone in it. A function monotone in each
/// coordinate on a box takes its extremes at corners: move one coordinate at a time to the end that does not lower
/// (raise) it. When the comparable base can reach zero within the rounding (D's own corners span zero), the growth is
/// unbounded (<see cref="BoundedEstimate.IsUnbounded"/>).
/// </para>
/// <para>
/// The bounds are wide: a month's level is a difference of two large cumulative levels, and a tenth of a point of
/// cumulative growth moves the base by a tenth of a percent of the whole cumulative level. For 社会消费品零售总额 2023年5月
/// (1-4月 149833 亿元 +8.5 %, 1-5月 187636 亿元 +9.3 %) the month is 37803 亿元, +12.59 % on the comparable base
/// 33575.70, between +12.12 % and +13.07 %; NBS printed +12.7 % (its monthly rate comes from the month's own
/// matched sample, within the bounds).
/// </para>
/// </remarks>
public static class SingleMonth
{
    /// <summary>
    /// The single-month figures of a cumulative series: one per release, the year's first release standing for itself
    /// (see the remarks on <see cref="SingleMonth"/>).
    /// </summary>
    /// <param name="figures">The cumulative figures, in any order.</param>
    /// <returns>The single-month figures, in chronological order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is null.</exception>
    /// <exception cref="ArgumentException">A cumulative period appears twice; the message names it.</exception>
    public static IReadOnlyList<SingleMonthFigure> FromCumulative(IEnumerable<CumulativeFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var sorted = figures.OrderBy(f => f.Period).ToList();
        var result = new List<SingleMonthFigure>(sorted.Count);
        for (int i = 0; i < sorted.Count; i++)
        {
            var current = sorted[i];
            if (i > 0 && sorted[i - 1].Period == current.Period)
            {
                throw new ArgumentException($"The cumulative period {current.Period} appears twice.", nameof(figures));
            }

            result.Add(i > 0 && sorted[i - 1].Period.Year == current.Period.Year ? Between(sorted[i - 1], current) : First(current));
        }

        return result;
    }

    /// <summary>
    /// The figure of a year's first cumulative release, which stands for itself: January for 1-1月, January-February
    /// combined (1-2月合计) for 1-2月; level, base and growth are the cumulative ones, with their rounding.
    /// </summary>
    /// <param name="first">The year's first cumulative figure.</param>
    /// <returns>The figure for months 1 to the release's last month.</returns>
    public static SingleMonthFigure First(CumulativeFigure first)
    {
        var p = first.Period;
        var level = Implied.Evaluate(static x => x[0], first.Level);
        var period = ReportingPeriod.MonthSpan(p.Year, 1, p.EndMonth);
        if (first.GrowthPercent is not { } g)
        {
            return new SingleMonthFigure(period, p, level, null, GrowthRate.Undefined(GrowthUndefinedReason.MissingBase), null);
        }

        // The printed rate's rounding interval, divided by 100 in decimal: 9.3 % is [0.0925, 0.0935] exactly.
        var growth = new BoundedEstimate((double)(g.Value / 100m), Interval.Between((double)(g.Lower / 100m), (double)(g.Upper / 100m)));
        return new SingleMonthFigure(period, p, level, Implied.Base(first.Level, g), GrowthRate.FromPercent(g.Value), growth);
    }

    /// <summary>
    /// The single-month figure between two cumulative releases of one year: level YTD[t] − YTD[t−1], comparable base
    /// YTD[t] / (1 + g[t]) − YTD[t−1] / (1 + g[t−1]), growth level / base − 1, with exact bounds (see the remarks on
    /// <see cref="SingleMonth"/>).
    /// </summary>
    /// <remarks>
    /// The growth is undefined when either release prints no growth (MissingBase), or the comparable base as printed is
    /// zero (ZeroBase) or negative (NegativeBase); its bounds are unbounded when the base can reach zero within the
    /// rounding.
    /// </remarks>
    /// <param name="previous">The earlier release (1-4月).</param>
    /// <param name="current">The later release of the same year (1-5月).</param>
    /// <returns>The figure for the months after <paramref name="previous"/> up to <paramref name="current"/>'s last month.</returns>
    /// <exception cref="ArgumentException">The releases are of different years, or <paramref name="previous"/> does not end before <paramref name="current"/>.</exception>
    public static SingleMonthFigure Between(CumulativeFigure previous, CumulativeFigure current)
    {
        var p = current.Period;
        if (previous.Period.Year != p.Year || previous.Period.EndMonth >= p.EndMonth)
        {
            throw new ArgumentException($"The previous release must be of the same year and end before {p}; got {previous.Period}.", nameof(previous));
        }

        var period = ReportingPeriod.MonthSpan(p.Year, previous.Period.EndMonth + 1, p.EndMonth);
        var level = Implied.Evaluate(static x => x[0] - x[1], current.Level, previous.Level);
        if (current.GrowthPercent is not { } a || previous.GrowthPercent is not { } b)
        {
            return new SingleMonthFigure(period, p, level, null, GrowthRate.Undefined(GrowthUndefinedReason.MissingBase), null);
        }

        var comparableBase = Implied.Evaluate(Base, [GrowthFactor1, GrowthFactor3], current.Level, a, previous.Level, b);
        if (comparableBase.Estimate <= 0.0)
        {
            var reason = comparableBase.Estimate == 0.0 ? GrowthUndefinedReason.ZeroBase : GrowthUndefinedReason.NegativeBase;
            return new SingleMonthFigure(period, p, level, comparableBase, GrowthRate.Undefined(reason), null);
        }

        var growth = Implied.Evaluate(static x => ((x[0] - x[2]) / Base(x)) - 1.0, [GrowthFactor1, GrowthFactor3, Base], current.Level, a, previous.Level, b);
        return new SingleMonthFigure(period, p, level, comparableBase, GrowthRate.FromFraction(growth.Estimate), growth);
    }

    /// <summary>
    /// Splits a January-February combined figure (1-2月合计) into January and February by a stated rule, marked as
    /// estimated; the bounds carry the combined level's through the split.
    /// </summary>
    /// <param name="combined">The figure for January-February combined (its <see cref="SingleMonthFigure.Period"/> is 1-2月).</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The estimated split.</returns>
    /// <exception cref="ArgumentException"><paramref name="combined"/> is not for January-February.</exception>
    public static JanuaryFebruarySplit SplitJanuaryFebruary(SingleMonthFigure combined, JanuaryFebruaryRule rule)
    {
        ArgumentNullException.ThrowIfNull(combined);
        ArgumentNullException.ThrowIfNull(rule);
        if (combined.Period != ReportingPeriod.JanuaryFebruary(combined.Period.Year))
        {
            throw new ArgumentException($"Only a January-February combined figure (1-2月合计) is split; got {combined.Period}.", nameof(combined));
        }

        return Split(combined.Period.Year, combined.Level, rule);
    }

    /// <summary>
    /// Splits a January-February combined value as printed (1-2月 合计) into January and February by a stated rule,
    /// marked as estimated; the bounds carry the printed value's rounding through the split.
    /// </summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="combined">The combined value as printed.</param>
    /// <param name="rule">The rule.</param>
    /// <returns>The estimated split.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static JanuaryFebruarySplit SplitJanuaryFebruary(int year, PublishedValue combined, JanuaryFebruaryRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        _ = ReportingPeriod.JanuaryFebruary(year);
        return Split(year, Implied.Evaluate(static x => x[0], combined), rule);
    }

    private static JanuaryFebruarySplit Split(int year, BoundedEstimate combined, JanuaryFebruaryRule rule)
    {
        double s = rule.JanuaryShare;
        return new JanuaryFebruarySplit(year, combined, Scale(combined, s), Scale(combined, 1.0 - s), rule);
    }

    /// <summary>A bounded value times a non-negative constant: linear, so the bounds scale with it.</summary>
    private static BoundedEstimate Scale(BoundedEstimate value, double factor) => value.TryGetBounds(out var b)
        ? new BoundedEstimate(value.Estimate * factor, Interval.Between(b.Lower * factor, b.Upper * factor))
        : BoundedEstimate.Unbounded(value.Estimate * factor);

    // Inputs in order: YTD[t], g[t] in percent, YTD[t−1], g[t−1] in percent.
    private static double Base(double[] x) => (x[0] / GrowthFactor1(x)) - (x[2] / GrowthFactor3(x));

    private static double GrowthFactor1(double[] x) => 1.0 + (x[1] / 100.0);

    private static double GrowthFactor3(double[] x) => 1.0 + (x[3] / 100.0);
}
