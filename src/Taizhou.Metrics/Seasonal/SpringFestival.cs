using System;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Taizhou.Metrics.Seasonal;

/// <summary>
/// The dates of the Spring Festival (春节, 正月初一, the first day of the Chinese lunar year), 1990 to 2050, from a table
/// in the library.
/// </summary>
/// <remarks>
/// <para>
/// Source: the reference for these dates is the Hong Kong Observatory's Gregorian–lunar calendar conversion tables
/// (香港天文台公历与农历日期对照表, one table per year). The values in the library were taken from the <c>cny</c> table of the
/// R package seasonal (christophsax/seasonal, <c>data/holiday.RData</c>) for 1990–2030, which the tests check date by
/// date, and for 2031–2050 from three independent public tables that agree on every year they share; they were not
/// read from the Observatory's pages one by one.
/// </para>
/// <para>
/// The festival always falls between 21 January and 20 February; in 1990–2050 the earliest is 22 January (2004, 2023,
/// 2042) and the latest 19 February (1996, 2015, 2034). Edge-case policy: a year outside 1990–2050 is an
/// <see cref="ArgumentOutOfRangeException"/>; the library computes no lunar calendar.
/// </para>
/// </remarks>
public static class SpringFestival
{
    /// <summary>The first year of the table.</summary>
    public const int FirstYear = 1990;

    /// <summary>The last year of the table.</summary>
    public const int LastYear = 2050;

    // Day of the festival, encoded month * 100 + day, for FirstYear..LastYear.
    private static readonly short[] Days =
    [
        127, 215, 204, 123, 210, 131, 219, 207, 128, 216, // 1990-1999
        205, 124, 212, 201, 122, 209, 129, 218, 207, 126, // 2000-2009
        214, 203, 123, 210, 131, 219, 208, 128, 216, 205, // 2010-2019
        125, 212, 201, 122, 210, 129, 217, 206, 126, 213, // 2020-2029
        203, 123, 211, 131, 219, 208, 128, 215, 204, 124, // 2030-2039
        212, 201, 122, 210, 130, 217, 206, 126, 214, 202, // 2040-2049
        123, // 2050
    ];

    /// <summary>Gets every date in the table, from <see cref="FirstYear"/> to <see cref="LastYear"/>.</summary>
    public static ImmutableArray<LocalDate> Dates
    {
        get
        {
            var dates = ImmutableArray.CreateBuilder<LocalDate>(Days.Length);
            for (int year = FirstYear; year <= LastYear; year++)
            {
                dates.Add(Date(year));
            }

            return dates.MoveToImmutable();
        }
    }

    /// <summary>Gets the date of the Spring Festival (正月初一) in a year.</summary>
    /// <param name="year">The Gregorian year, 1990 to 2050.</param>
    /// <returns>The date, in January or February of <paramref name="year"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside the table.</exception>
    public static LocalDate Date(int year)
    {
        if (year is < FirstYear or > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, string.Create(CultureInfo.InvariantCulture, $"The Spring Festival table covers {FirstYear} to {LastYear}."));
        }

        int code = Days[year - FirstYear];
        return new LocalDate(year, code / 100, code % 100);
    }
}
