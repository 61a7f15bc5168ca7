using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Charts;

/// <summary>
/// A time axis labelled by reporting period: a tick at every period, labelled with the period's name in the chart's
/// language (<c>2018Q2</c> / <c>2018年二季度</c>, <c>2018-06</c> / <c>2018年6月</c>, <c>2018</c> / <c>2018年</c>),
/// every period or every 2nd, 3rd, ... when the labels would not fit.
/// </summary>
public static class PeriodAxis
{
    /// <summary>
    /// Gets the position of a period on a time axis in years: the end of its last month, so that the year 2018 sits at
    /// 2018, the quarter 2018Q2 at 2017.5 (2018 − 6/12) and the month 2018-06 at 2017.5 as well.
    /// </summary>
    /// <param name="period">The period.</param>
    /// <returns><c>Year + (EndMonth − 12) / 12</c>.</returns>
    public static double PositionOf(ReportingPeriod period) => period.Year + ((period.EndMonth - 12) / 12.0);

    /// <summary>
    /// Computes the ticks of an axis that shows the given periods. When the periods are all months, all quarters, all
    /// halves or all years, every period from the first to the last gets a tick (gaps filled); otherwise each distinct
    /// period does. At most <paramref name="maxLabels"/> ticks are labelled: every period, or every k-th counted back
    /// from the latest (which is always labelled), with k from 1, 2, 3, 6, 12, 24, 60, 120 for months, 1, 2, 4, 8, 20,
    /// 40 for quarters, 1, 2, 4, 10, 20 for halves and 1, 2, 5, 10, 20, 50, 100 for years.
    /// </summary>
    /// <param name="periods">The periods the chart shows, in any order, repeats allowed.</param>
    /// <param name="language">The language of the labels.</param>
    /// <param name="maxLabels">The most labels that fit, at least 1.</param>
    /// <returns>The ticks in order; empty when there are no periods.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxLabels"/> is below 1.</exception>
    public static IReadOnlyList<PeriodTick> Ticks(IEnumerable<ReportingPeriod> periods, ChartLanguage language, int maxLabels)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLabels, 1);
        var distinct = periods.Distinct().Order().ToList();
        if (distinct.Count == 0)
        {
            return [];
        }

        var kind = distinct[0].Kind;
        bool regular = kind is PeriodKind.Month or PeriodKind.Quarter or PeriodKind.HalfYear or PeriodKind.Year
            && distinct.All(p => p.Kind == kind);
        var all = regular ? ReportingPeriod.Range(distinct[0], distinct[^1]) : distinct;
        int step = Steps(regular ? kind : null).First(k => ((all.Count - 1) / k) + 1 <= maxLabels);
        var ticks = new PeriodTick[all.Count];
        for (int i = 0; i < all.Count; i++)
        {
            var p = all[i];
            ticks[i] = new PeriodTick(p, PositionOf(p), (all.Count - 1 - i) % step == 0 ? ChartText.Period(p, language) : null);
        }

        return ticks;
    }

    private static IEnumerable<int> Steps(PeriodKind? kind)
    {
        int[] steps = kind switch
        {
            PeriodKind.Month => [1, 2, 3, 6, 12, 24, 60, 120],
            PeriodKind.Quarter => [1, 2, 4, 8, 20, 40],
            PeriodKind.HalfYear => [1, 2, 4, 10, 20],
            _ => [1, 2, 5, 10, 20, 50, 100],
        };
        foreach (int k in steps)
        {
            yield return k;
        }

        // Beyond the table: powers of ten of the last step, which always end the search.
        for (long k = steps[^1] * 10L; k <= int.MaxValue; k *= 10)
        {
            yield return (int)k;
        }
    }
}
