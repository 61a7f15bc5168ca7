namespace Taizhou.Metrics.Periods;

/// <summary>
/// The kind of a <see cref="ReportingPeriod"/>: how it is named, and what "the previous period of the same kind" means.
/// </summary>
public enum PeriodKind
{
    /// <summary>One calendar month (月), for example <c>2018-06</c> / <c>2018年6月</c>.</summary>
    Month = 0,

    /// <summary>A calendar quarter (季度), for example <c>2018Q2</c> / <c>2018年二季度</c>.</summary>
    Quarter = 1,

    /// <summary>A half-year (半年), for example <c>2018H1</c> / <c>2018年上半年</c>.</summary>
    HalfYear = 2,

    /// <summary>A calendar year (年), for example <c>2018</c> / <c>2018年</c>.</summary>
    Year = 3,

    /// <summary>
    /// A cumulative January-to-month period (累计, "1-N月"), for example <c>2018-01..06</c> / <c>2018年1-6月</c>.
    /// The values of a cumulative (year-to-date) series are keyed by periods of this kind; "1-2月" is the usual first
    /// period of a year in Chinese releases.
    /// </summary>
    YearToDate = 4,

    /// <summary>
    /// A run of two or more consecutive months within one year that is not itself a quarter, a half or a cumulative
    /// period: the per-period value that de-cumulation gives for January-February combined (1-2月合计) or for a value
    /// that spans a missing month. Written <c>2018-03/04</c> / <c>2018年3-4月合计</c>.
    /// </summary>
    MonthSpan = 5,
}
