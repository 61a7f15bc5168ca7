using System;
using System.Collections.Generic;

namespace Taizhou.Metrics.Periods;

public readonly partial struct ReportingPeriod
{
    /// <summary>
    /// Returns the same period a year earlier (上年同期): the base of a year-on-year (同比) comparison. The kind and the
    /// months covered are kept; "2018年1-6月" gives "2017年1-6月".
    /// </summary>
    /// <returns>The period one year earlier.</returns>
    /// <exception cref="InvalidOperationException">The period is in year 1.</exception>
    public ReportingPeriod SameTimeLastYear() => YearsEarlier(1);

    /// <summary>Returns the same period <paramref name="years"/> years earlier (a negative count moves later).</summary>
    /// <param name="years">The number of years to move back.</param>
    /// <returns>The shifted period, of the same kind and months.</returns>
    /// <exception cref="InvalidOperationException">The result would be outside years 1 to 9999.</exception>
    public ReportingPeriod YearsEarlier(int years)
    {
        long target = (long)Year - years;
        if (target is < MinYear or > MaxYear)
        {
            throw new InvalidOperationException($"Period {this} moved back {years} years falls outside years {MinYear} to {MaxYear}.");
        }

        return new ReportingPeriod((int)target, StartMonth, EndMonth, Kind);
    }

    /// <summary>
    /// Returns the previous period of the same kind (the base of a period-on-period, 环比, comparison): the previous
    /// month, quarter, half or year, crossing year ends; for a cumulative period the cumulative period one month
    /// shorter in the same year ("1-6月" gives "1-5月").
    /// </summary>
    /// <returns>The previous period.</returns>
    /// <exception cref="InvalidOperationException">
    /// The period is a cumulative period to January (it has no shorter predecessor), a span of months (spans are not a
    /// regular sequence), or the first period of year 1.
    /// </exception>
    public ReportingPeriod Previous() => Step(-1);

    /// <summary>
    /// Returns the next period of the same kind: the next month, quarter, half or year; for a cumulative period the
    /// cumulative period one month longer ("1-6月" gives "1-7月").
    /// </summary>
    /// <returns>The next period.</returns>
    /// <exception cref="InvalidOperationException">
    /// The period is a cumulative period to December, a span of months, or the last period of year 9999.
    /// </exception>
    public ReportingPeriod Next() => Step(1);

    /// <summary>Returns whether <see cref="Previous"/> and <see cref="Next"/> are defined for this period's kind.</summary>
    /// <remarks>All kinds except <see cref="PeriodKind.MonthSpan"/> form a regular sequence.</remarks>
    public bool IsRegular => Kind != PeriodKind.MonthSpan;

    /// <summary>
    /// Returns the periods of the same kind from <paramref name="first"/> to <paramref name="last"/> inclusive (for
    /// example every month from 2017-01 to 2018-06, or every cumulative period 1-2月 to 1-12月 of one year).
    /// </summary>
    /// <param name="first">The first period.</param>
    /// <param name="last">The last period, of the same kind and not before <paramref name="first"/>.</param>
    /// <returns>The periods in order.</returns>
    /// <exception cref="ArgumentException">
    /// The two periods differ in kind, are spans, are in different years (for cumulative periods), or are in the
    /// wrong order.
    /// </exception>
    public static IReadOnlyList<ReportingPeriod> Range(ReportingPeriod first, ReportingPeriod last)
    {
        if (first.Kind != last.Kind)
        {
            throw new ArgumentException($"A range needs periods of one kind; got {first} ({first.Kind}) and {last} ({last.Kind}).", nameof(last));
        }

        if (!first.IsRegular)
        {
            throw new ArgumentException($"Spans of months ({first}) do not form a regular sequence.", nameof(first));
        }

        if (first.Kind == PeriodKind.YearToDate && first.Year != last.Year)
        {
            throw new ArgumentException($"A range of cumulative periods stays within one year; got {first} and {last}.", nameof(last));
        }

        if (last < first)
        {
            throw new ArgumentException($"The range's last period {last} is before its first {first}.", nameof(last));
        }

        var result = new List<ReportingPeriod>();
        for (var p = first; ; p = p.Next())
        {
            result.Add(p);
            if (p == last)
            {
                return result;
            }
        }
    }

    /// <summary>The number of months from the last month of <paramref name="from"/> to the last month of <paramref name="to"/> (2018 to 2021: 36).</summary>
    internal static int MonthsBetweenEnds(ReportingPeriod from, ReportingPeriod to) =>
        ((to.Year - from.Year) * 12) + to.EndMonth - from.EndMonth;

    /// <summary>Gets the previous period of the same kind, as <see cref="Previous"/>, without throwing.</summary>
    /// <param name="previous">The previous period, when there is one.</param>
    /// <returns><see langword="false"/> where <see cref="Previous"/> would throw.</returns>
    internal bool TryPrevious(out ReportingPeriod previous) => TryStep(-1, out previous);

    private ReportingPeriod Step(int direction) => TryStep(direction, out var result)
        ? result
        : throw new InvalidOperationException(Kind switch
        {
            PeriodKind.MonthSpan => $"Period {this} is a span of months; spans have no previous or next period.",
            PeriodKind.YearToDate when direction < 0 => $"Cumulative period {this} has no shorter cumulative period in its year.",
            PeriodKind.YearToDate => $"Cumulative period {this} has no longer cumulative period in its year.",
            _ => $"Period {this} has no {(direction < 0 ? "previous" : "next")} period within years {MinYear} to {MaxYear}.",
        });

    private bool TryStep(int direction, out ReportingPeriod result)
    {
        result = default;
        switch (Kind)
        {
            case PeriodKind.MonthSpan:
                return false;
            case PeriodKind.YearToDate:
                int end = EndMonth + direction;
                if (end is < 1 or > 12)
                {
                    return false;
                }

                result = new ReportingPeriod(Year, 1, end, PeriodKind.YearToDate);
                return true;
            default:
                int length = MonthCount;
                int index = (Year * 12) + StartMonth - 1 + (direction * length);
                int newYear = index / 12;
                if (newYear is < MinYear or > MaxYear)
                {
                    return false;
                }

                int newStart = (index % 12) + 1;
                result = new ReportingPeriod(newYear, newStart, newStart + length - 1, Kind);
                return true;
        }
    }

    /// <summary>Compares two periods chronologically: by the last month covered, then the first month, then kind.</summary>
    /// <param name="other">The other period.</param>
    /// <returns>Negative, zero or positive as this period sorts before, with or after <paramref name="other"/>.</returns>
    public int CompareTo(ReportingPeriod other)
    {
        int c = Year.CompareTo(other.Year);
        if (c != 0)
        {
            return c;
        }

        c = EndMonth.CompareTo(other.EndMonth);
        if (c != 0)
        {
            return c;
        }

        c = StartMonth.CompareTo(other.StartMonth);
        return c != 0 ? c : ((int)Kind).CompareTo((int)other.Kind); // no boxing of the enum
    }

    /// <summary>Compares with another object, which must be a <see cref="ReportingPeriod"/> or null.</summary>
    /// <param name="obj">The other object.</param>
    /// <returns>As <see cref="CompareTo(ReportingPeriod)"/>; null sorts first.</returns>
    /// <exception cref="ArgumentException"><paramref name="obj"/> is not a period.</exception>
    public int CompareTo(object? obj) => obj switch
    {
        null => 1,
        ReportingPeriod p => CompareTo(p),
        _ => throw new ArgumentException($"Expected a {nameof(ReportingPeriod)}, got {obj.GetType().Name}.", nameof(obj)),
    };

    /// <summary>Returns whether two periods are the same kind and cover the same months.</summary>
    /// <param name="other">The other period.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ReportingPeriod other) =>
        Year == other.Year && StartMonth == other.StartMonth && EndMonth == other.EndMonth && Kind == other.Kind;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is ReportingPeriod p && Equals(p);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, StartMonth, EndMonth, Kind);

    /// <summary>Returns whether two periods are equal.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(ReportingPeriod left, ReportingPeriod right) => left.Equals(right);

    /// <summary>Returns whether two periods differ.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(ReportingPeriod left, ReportingPeriod right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> sorts before <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> sorts before or with <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> sorts after or with <paramref name="right"/>.</summary>
    /// <param name="left">The first period.</param>
    /// <param name="right">The second period.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(ReportingPeriod left, ReportingPeriod right) => left.CompareTo(right) >= 0;
}
