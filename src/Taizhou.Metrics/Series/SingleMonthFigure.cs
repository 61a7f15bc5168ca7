using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Series;

/// <summary>
/// A single-month figure (单月, 当月) derived from two cumulative releases (单月同比): the month's level, its comparable
/// base a year earlier and its year-on-year growth, each with the bounds the rounding of the printed figures allows.
/// </summary>
/// <remarks>
/// <para>
/// The <see cref="Period"/> is one month, or a span of months (<see cref="PeriodKind.MonthSpan"/>) when the cumulative
/// releases cannot tell the months apart: January-February combined (1-2月合计) when the year's first release is
/// 1-2月, or two months together when a release in between is absent. A span is never split silently; see
/// <see cref="SingleMonth.SplitJanuaryFebruary(SingleMonthFigure, JanuaryFebruaryRule)"/> for an explicit, estimated split.
/// </para>
/// <para>
/// Levels are in the unit of the cumulative levels; the growth is a fraction (0.127 for 12.7 %), as every rate of the
/// library. <see cref="Growth"/> is undefined, with its reason, when a cumulative growth needed is not printed
/// (<see cref="GrowthUndefinedReason.MissingBase"/>) or the comparable base as printed is zero or negative.
/// </para>
/// </remarks>
/// <param name="Period">The month, or the span of months, the figure is for.</param>
/// <param name="CumulativePeriod">The cumulative period (1-N月) whose release ends the span.</param>
/// <param name="Level">The level of the month: YTD[t] − YTD[t−1], with bounds.</param>
/// <param name="ComparableBase">
/// The comparable base a year earlier: YTD[t] / (1 + g[t]) − YTD[t−1] / (1 + g[t−1]), with bounds; null when a
/// cumulative growth needed is not printed.
/// </param>
/// <param name="Growth">The single-month growth (单月同比) as printed figures give it: level / comparable base − 1; undefined with its reason.</param>
/// <param name="GrowthBounds">The growth as a fraction with its bounds from the rounding of the four printed figures; null when <see cref="Growth"/> is undefined; unbounded when the comparable base can reach zero within the rounding.</param>
public sealed record SingleMonthFigure(
    ReportingPeriod Period,
    ReportingPeriod CumulativePeriod,
    BoundedEstimate Level,
    BoundedEstimate? ComparableBase,
    GrowthRate Growth,
    BoundedEstimate? GrowthBounds)
{
    /// <summary>Gets whether the figure covers more than one month (1-2月合计, or months around an absent release).</summary>
    public bool IsSpan => Period.Kind == PeriodKind.MonthSpan;
}
