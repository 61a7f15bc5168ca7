using System;
using NodaTime;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// The share of the year elapsed (时间进度, 序时进度), the yardstick bulletins hold the share of a target completed against:
/// by months, months elapsed / 12 (1-10月: 10 / 12 = 83.3 %), or by days, days elapsed / days in the year (to
/// 30 June 2025: 181 / 365 = 49.6 %). The caller says which: bureaus use both.
/// </summary>
/// <remarks>
/// The result is an exact ratio held as a fraction (0.8333…), not a printed figure: it carries no rounding. By days, the
/// date itself counts as elapsed (through its end), and the year has 366 days in a leap year (to 29 February 2024:
/// 60 / 366 = 16.39 %). The library never reads the clock: the date is a parameter.
/// </remarks>
public static class TimeProgress
{
    /// <summary>The share of the year elapsed by months: months / 12 (1-6月: 0.5; 1-10月: 0.8333…).</summary>
    /// <param name="monthsElapsed">The months elapsed, 0 to 12 (10 for 1-10月).</param>
    /// <returns>The time progress, a fraction from 0 to 1.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="monthsElapsed"/> is outside 0 to 12.</exception>
    public static double ByMonths(int monthsElapsed) => monthsElapsed is >= 0 and <= 12
        ? monthsElapsed / 12.0
        : throw new ArgumentOutOfRangeException(nameof(monthsElapsed), monthsElapsed, "The months elapsed in a year, 0 to 12.");

    /// <summary>
    /// The share of the year elapsed by days through the end of a date: its day of the year / the days in its year
    /// (2025-06-30: 181 / 365; 2024-02-29: 60 / 366; 31 December: 1).
    /// </summary>
    /// <param name="asOf">The last day elapsed (截至 6 月 30 日), in its calendar (ISO for bulletins).</param>
    /// <returns>The time progress, a fraction above 0 and at most 1.</returns>
    public static double ByDays(LocalDate asOf) => asOf.DayOfYear / (double)asOf.Calendar.GetDaysInYear(asOf.Year);
}
