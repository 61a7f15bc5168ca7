using System;
using System.Collections.Generic;
using NodaTime;

namespace Taizhou.Metrics.Periods;

/// <summary>
/// A reporting period of official statistics: a month, a quarter, a half-year, a year, a cumulative January-to-month
/// period (累计 "1-6月") or a span of consecutive months (such as January-February combined, 1-2月合计).
/// </summary>
/// <remarks>
/// <para>
/// A period always lies within one calendar year and covers the months <see cref="StartMonth"/> to
/// <see cref="EndMonth"/> inclusive. Its <see cref="Kind"/> is part of its identity: <c>2018Q1</c> and the cumulative
/// <c>2018-01..03</c> cover the same three months but are different periods (use <see cref="CoversSameMonths"/> to
/// compare coverage).
/// </para>
/// <para>
/// Ordering is chronological by the last month covered, then by the first month (the longer period first), then by
/// kind; so the periods of a cumulative series, or of a monthly series, sort in time order.
/// </para>
/// <para>The library never reads the clock: a period is only ever what the caller or the data says it is.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ReportingPeriodJsonConverter))]
public readonly partial struct ReportingPeriod : IEquatable<ReportingPeriod>, IComparable<ReportingPeriod>, IComparable
{
    /// <summary>The smallest year a period may have.</summary>
    public const int MinYear = 1;

    /// <summary>The largest year a period may have.</summary>
    public const int MaxYear = 9999;

    private readonly short year;
    private readonly byte startMonth;
    private readonly byte endMonth;
    private readonly PeriodKind kind;

    private ReportingPeriod(int year, int startMonth, int endMonth, PeriodKind kind)
    {
        this.year = (short)year;
        this.startMonth = (byte)startMonth;
        this.endMonth = (byte)endMonth;
        this.kind = kind;
    }

    /// <summary>Gets the kind of period (month, quarter, half-year, year, cumulative, span of months).</summary>
    public PeriodKind Kind => kind;

    /// <summary>Gets the calendar year the period lies in.</summary>
    /// <remarks>The default value of the type is the month January of year 1.</remarks>
    public int Year => year == 0 ? MinYear : year;

    /// <summary>Gets the first month covered (1 to 12).</summary>
    public int StartMonth => startMonth == 0 ? 1 : startMonth;

    /// <summary>Gets the last month covered (1 to 12).</summary>
    public int EndMonth => endMonth == 0 ? 1 : endMonth;

    /// <summary>Gets the number of months covered (1 to 12).</summary>
    public int MonthCount => EndMonth - StartMonth + 1;

    /// <summary>Gets the first month covered, as a NodaTime <see cref="YearMonth"/>.</summary>
    public YearMonth Start => new(Year, StartMonth);

    /// <summary>Gets the last month covered, as a NodaTime <see cref="YearMonth"/>.</summary>
    public YearMonth End => new(Year, EndMonth);

    /// <summary>Gets the quarter number (1 to 4) of a <see cref="PeriodKind.Quarter"/> period, or null for a period of another kind.</summary>
    public int? QuarterNumber => kind == PeriodKind.Quarter ? (EndMonth / 3) : null;

    /// <summary>Gets the half number (1 or 2) of a <see cref="PeriodKind.HalfYear"/> period, or null for a period of another kind.</summary>
    public int? HalfNumber => kind == PeriodKind.HalfYear ? (EndMonth / 6) : null;

    /// <summary>Creates a one-month period (月).</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="month">The month, 1 to 12.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static ReportingPeriod Month(int year, int month)
    {
        CheckYear(year);
        CheckMonth(month, nameof(month));
        return new ReportingPeriod(year, month, month, PeriodKind.Month);
    }

    /// <summary>Creates a one-month period from a NodaTime <see cref="YearMonth"/> in the ISO calendar.</summary>
    /// <param name="yearMonth">The month.</param>
    /// <returns>The month.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside 1 to 9999.</exception>
    /// <exception cref="ArgumentException">The year-month is not in the ISO calendar.</exception>
    public static ReportingPeriod Month(YearMonth yearMonth)
    {
        if (yearMonth.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"Expected a year-month in the ISO calendar, got {yearMonth.Calendar}.", nameof(yearMonth));
        }

        return Month(yearMonth.Year, yearMonth.Month);
    }

    /// <summary>Creates a calendar quarter (季度).</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="quarter">The quarter, 1 to 4.</param>
    /// <returns>The quarter.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or quarter is out of range.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        CheckYear(year);
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1 to 4.");
        }

        return new ReportingPeriod(year, (quarter * 3) - 2, quarter * 3, PeriodKind.Quarter);
    }

    /// <summary>Creates a half-year (上半年 for 1, 下半年 for 2).</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="half">The half, 1 or 2.</param>
    /// <returns>The half-year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or half is out of range.</exception>
    public static ReportingPeriod Half(int year, int half)
    {
        CheckYear(year);
        if (half is < 1 or > 2)
        {
            throw new ArgumentOutOfRangeException(nameof(half), half, "A half-year is 1 or 2.");
        }

        return new ReportingPeriod(year, (half * 6) - 5, half * 6, PeriodKind.HalfYear);
    }

    /// <summary>Creates a calendar year (年).</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The year.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod CalendarYear(int year)
    {
        CheckYear(year);
        return new ReportingPeriod(year, 1, 12, PeriodKind.Year);
    }

    /// <summary>Creates a cumulative January-to-month period (累计, "1-N月").</summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="endMonth">The last month included, 1 to 12 (6 for "1-6月", 2 for "1-2月").</param>
    /// <returns>The cumulative period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year or month is out of range.</exception>
    public static ReportingPeriod YearToDate(int year, int endMonth)
    {
        CheckYear(year);
        CheckMonth(endMonth, nameof(endMonth));
        return new ReportingPeriod(year, 1, endMonth, PeriodKind.YearToDate);
    }

    /// <summary>
    /// Creates a span of consecutive months within one year (for example January-February combined, 1-2月合计, or a
    /// value that covers a missing month). A span of one month is a <see cref="PeriodKind.Month"/>.
    /// </summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <param name="startMonth">The first month, 1 to 11.</param>
    /// <param name="endMonth">The last month, greater than <paramref name="startMonth"/> and at most 12.</param>
    /// <returns>The span; a <see cref="PeriodKind.Month"/> when the two months are equal.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A month is out of range or the span is empty.</exception>
    public static ReportingPeriod MonthSpan(int year, int startMonth, int endMonth)
    {
        CheckYear(year);
        CheckMonth(startMonth, nameof(startMonth));
        CheckMonth(endMonth, nameof(endMonth));
        if (endMonth < startMonth)
        {
            throw new ArgumentOutOfRangeException(nameof(endMonth), endMonth, $"The last month must not be before the first month ({startMonth}).");
        }

        return startMonth == endMonth
            ? new ReportingPeriod(year, startMonth, endMonth, PeriodKind.Month)
            : new ReportingPeriod(year, startMonth, endMonth, PeriodKind.MonthSpan);
    }

    /// <summary>
    /// Creates the January-February combined period (1-2月) of a per-period (flow) series, the span that Chinese
    /// releases publish in place of January. In a cumulative series the same months are <c>YearToDate(year, 2)</c>.
    /// </summary>
    /// <param name="year">The year, 1 to 9999.</param>
    /// <returns>The span January to February.</returns>
    public static ReportingPeriod JanuaryFebruary(int year) => MonthSpan(year, 1, 2);

    /// <summary>
    /// Creates the period of the given kind that ends in the given month: the month itself, the quarter or half that
    /// ends then, the year (month 12), or the cumulative period to that month.
    /// </summary>
    /// <param name="kind">The kind; not <see cref="PeriodKind.MonthSpan"/>.</param>
    /// <param name="year">The year.</param>
    /// <param name="endMonth">The last month; for a quarter 3, 6, 9 or 12, for a half 6 or 12, for a year 12.</param>
    /// <returns>The period.</returns>
    /// <exception cref="ArgumentOutOfRangeException">No period of that kind ends in that month.</exception>
    public static ReportingPeriod EndingIn(PeriodKind kind, int year, int endMonth)
    {
        CheckMonth(endMonth, nameof(endMonth));
        return kind switch
        {
            PeriodKind.Month => Month(year, endMonth),
            PeriodKind.Quarter when endMonth % 3 == 0 => Quarter(year, endMonth / 3),
            PeriodKind.HalfYear when endMonth % 6 == 0 => Half(year, endMonth / 6),
            PeriodKind.Year when endMonth == 12 => CalendarYear(year),
            PeriodKind.YearToDate => YearToDate(year, endMonth),
            _ => throw new ArgumentOutOfRangeException(nameof(endMonth), endMonth, $"No {kind} period ends in month {endMonth}."),
        };
    }

    /// <summary>Returns whether the given month lies within this period.</summary>
    /// <param name="month">The month.</param>
    /// <returns><see langword="true"/> when the month is covered.</returns>
    public bool Contains(YearMonth month) =>
        month.Calendar == CalendarSystem.Iso && month.Year == Year && month.Month >= StartMonth && month.Month <= EndMonth;

    /// <summary>Returns whether another period lies wholly within this one (whatever its kind).</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when every month of <paramref name="other"/> is in this period.</returns>
    public bool Contains(ReportingPeriod other) =>
        other.Year == Year && other.StartMonth >= StartMonth && other.EndMonth <= EndMonth;

    /// <summary>Returns whether this period and another share at least one month.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when they overlap.</returns>
    public bool Overlaps(ReportingPeriod other) =>
        other.Year == Year && other.StartMonth <= EndMonth && other.EndMonth >= StartMonth;

    /// <summary>Returns whether this period covers exactly the same months as another, whatever their kinds.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when the months covered are the same.</returns>
    public bool CoversSameMonths(ReportingPeriod other) =>
        other.Year == Year && other.StartMonth == StartMonth && other.EndMonth == EndMonth;

    /// <summary>Gets the months covered, in order.</summary>
    /// <returns>The months from <see cref="Start"/> to <see cref="End"/>.</returns>
    public IEnumerable<YearMonth> Months()
    {
        for (int m = StartMonth; m <= EndMonth; m++)
        {
            yield return new YearMonth(Year, m);
        }
    }

    private static void CheckYear(int year)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"A year is {MinYear} to {MaxYear}.");
        }
    }

    private static void CheckMonth(int month, string parameterName)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(parameterName, month, "A month is 1 to 12.");
        }
    }
}
