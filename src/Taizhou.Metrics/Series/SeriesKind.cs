namespace Taizhou.Metrics.Series;

/// <summary>What the values of a <see cref="TimeSeries"/> are: per-period flows, cumulative year-to-date totals, or stocks.</summary>
public enum SeriesKind
{
    /// <summary>
    /// A per-period flow (当月, 当季): the output of each month, quarter, half or year, or of a span of months such as
    /// January-February combined. Flows add up over time.
    /// </summary>
    Flow = 0,

    /// <summary>
    /// A cumulative year-to-date total (累计, "1-N月"), reset each January and keyed by
    /// <see cref="Periods.PeriodKind.YearToDate"/> periods.
    /// </summary>
    Cumulative = 1,

    /// <summary>
    /// A stock: an end-of-period level or count (enterprises at the end of the month, a price index). Stocks do not add
    /// up over time; a coarser period takes the value at its last month.
    /// </summary>
    Stock = 2,
}
