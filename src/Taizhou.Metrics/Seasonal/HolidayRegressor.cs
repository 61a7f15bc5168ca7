using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using NodaTime;

namespace Taizhou.Metrics.Seasonal;

/// <summary>
/// A moving-holiday regressor (移动假日回归变量) such as R seasonal's <c>genhol</c> makes for X-13ARIMA-SEATS: for each
/// month (or quarter) of the years the holiday dates span, the share of the holiday window's days that fall in it,
/// optionally centred.
/// </summary>
/// <remarks>
/// <para>
/// The window of a holiday on date d is the days d + start … d + end (inclusive; start may be negative, for days
/// before the holiday). The raw value of a period is (window days in the period) / (end − start + 1), so a window wholly
/// inside a period gives 1 there. The regressor runs from January of the year of the first window's first day to the
/// last period of the year of the last window's last day, as <c>genhol</c>'s does. Centring: see
/// <see cref="HolidayCentering"/>; <c>Calendar</c> subtracts each calendar period's mean over those years.
/// </para>
/// <para>
/// Example (Spring Festival 2019 on 5 February, window −6 … −1 = 30 January … 4 February): January 2/6, February 4/6.
/// Edge-case policy: the dates must be strictly increasing, end ≥ start, end − start ≤ 150 (as <c>genhol</c>), and the
/// frequency 1, 2, 4 or 12; otherwise an argument exception.
/// </para>
/// </remarks>
public sealed class HolidayRegressor
{
    private readonly double[] _values;

    private HolidayRegressor(int firstYear, int frequency, double[] values)
    {
        FirstYear = firstYear;
        Frequency = frequency;
        _values = values;
    }

    /// <summary>Gets the first year of the regressor; its first value is that year's first period.</summary>
    public int FirstYear { get; }

    /// <summary>Gets the periods in a year: 12 for months, 4 for quarters (2, 1 also allowed).</summary>
    public int Frequency { get; }

    /// <summary>Gets the last year of the regressor.</summary>
    public int LastYear => FirstYear + (_values.Length / Frequency) - 1;

    /// <summary>Gets the values, one per period, from the first period of <see cref="FirstYear"/>.</summary>
    public ImmutableArray<double> Values => [.. _values];

    /// <summary>
    /// Generates the regressor for holiday dates, as R seasonal's <c>genhol(dates, start, end, frequency, center)</c>.
    /// </summary>
    /// <param name="dates">The dates of the holiday, strictly increasing (one a year for a yearly holiday).</param>
    /// <param name="start">The first day of the window relative to the holiday (−6 = six days before).</param>
    /// <param name="end">The last day of the window relative to the holiday, at least <paramref name="start"/>.</param>
    /// <param name="frequency">The periods in a year: 12 (months), 4 (quarters), 2 or 1.</param>
    /// <param name="center">The centring.</param>
    /// <returns>The regressor.</returns>
    /// <exception cref="ArgumentException">No dates, or dates not strictly increasing.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The window is empty or longer than 151 days, the frequency is not 1, 2, 4 or 12, or the centring is not defined.</exception>
    public static HolidayRegressor Generate(IReadOnlyList<LocalDate> dates, int start, int end, int frequency, HolidayCentering center)
    {
        ArgumentNullException.ThrowIfNull(dates);
        if (dates.Count == 0)
        {
            throw new ArgumentException("At least one holiday date is needed.", nameof(dates));
        }

        for (int i = 1; i < dates.Count; i++)
        {
            if (dates[i] <= dates[i - 1])
            {
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"dates[{i}] = {dates[i]:uuuu-MM-dd} is not after dates[{i - 1}] = {dates[i - 1]:uuuu-MM-dd}."), nameof(dates));
            }
        }

        if (end < start || end - start > 150)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, string.Create(CultureInfo.InvariantCulture, $"Expected end in [start, start + 150] = [{start}, {start + 150}]."));
        }

        if (frequency is not 1 and not 2 and not 4 and not 12)
        {
            throw new ArgumentOutOfRangeException(nameof(frequency), frequency, "Expected 12, 4, 2 or 1.");
        }

        if (center is not HolidayCentering.None and not HolidayCentering.Calendar and not HolidayCentering.Mean)
        {
            throw new ArgumentOutOfRangeException(nameof(center), center, "Expected None, Calendar or Mean.");
        }

        int firstYear = dates[0].PlusDays(start).Year;
        int lastYear = dates[^1].PlusDays(end).Year;
        int years = lastYear - firstYear + 1;
        var values = new double[years * frequency];
        double length = end - start + 1;
        int monthsPerPeriod = 12 / frequency;
        foreach (var date in dates)
        {
            for (int k = start; k <= end; k++)
            {
                var day = date.PlusDays(k);
                values[((day.Year - firstYear) * frequency) + ((day.Month - 1) / monthsPerPeriod)] += 1.0 / length;
            }
        }

        if (center == HolidayCentering.Mean)
        {
            double mean = 0;
            foreach (double v in values)
            {
                mean += v;
            }

            mean /= values.Length;
            for (int t = 0; t < values.Length; t++)
            {
                values[t] -= mean;
            }
        }
        else if (center == HolidayCentering.Calendar)
        {
            for (int p = 0; p < frequency; p++)
            {
                double mean = 0;
                for (int y = 0; y < years; y++)
                {
                    mean += values[(y * frequency) + p];
                }

                mean /= years;
                for (int y = 0; y < years; y++)
                {
                    values[(y * frequency) + p] -= mean;
                }
            }
        }

        return new HolidayRegressor(firstYear, frequency, values);
    }

    /// <summary>
    /// Generates a Spring Festival (春节) regressor from the library's table of festival dates, 1990–2050
    /// (<see cref="SpringFestival.Dates"/>): <c>genhol(cny, start, end, frequency, center)</c> with that table.
    /// </summary>
    /// <param name="start">The first day of the window relative to 正月初一 (−6 = six days before).</param>
    /// <param name="end">The last day of the window relative to 正月初一.</param>
    /// <param name="frequency">The periods in a year: 12 (months), 4 (quarters), 2 or 1.</param>
    /// <param name="center">The centring; <see cref="HolidayCentering.Calendar"/> is over the table's years.</param>
    /// <returns>The regressor.</returns>
    /// <exception cref="ArgumentOutOfRangeException">As <see cref="Generate"/>.</exception>
    public static HolidayRegressor ForSpringFestival(int start, int end, int frequency, HolidayCentering center) =>
        Generate(SpringFestival.Dates, start, end, frequency, center);

    /// <summary>Gets the value of a period.</summary>
    /// <param name="year">The year.</param>
    /// <param name="period">The period within the year, from 1 (the month with frequency 12, the quarter with 4).</param>
    /// <returns>The regressor's value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period is outside the regressor.</exception>
    public double ValueAt(int year, int period)
    {
        if (year < FirstYear || year > LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, string.Create(CultureInfo.InvariantCulture, $"The regressor covers {FirstYear} to {LastYear}."));
        }

        if (period < 1 || period > Frequency)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, string.Create(CultureInfo.InvariantCulture, $"Expected a period in [1, {Frequency}]."));
        }

        return _values[((year - FirstYear) * Frequency) + period - 1];
    }

    /// <summary>Gets the value of a month of a monthly regressor.</summary>
    /// <param name="month">The month.</param>
    /// <returns>The regressor's value.</returns>
    /// <exception cref="InvalidOperationException">The regressor is not monthly.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The month is outside the regressor.</exception>
    public double ValueAt(YearMonth month)
    {
        if (Frequency != 12)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"The regressor has {Frequency} periods a year, expected 12 for a month."));
        }

        return ValueAt(month.Year, month.Month);
    }

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{FirstYear}-{LastYear}, {Frequency} periods a year");
}
