using System;
using System.Globalization;
using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Targets;

/// <summary>Estimates a full year from a cumulative January-to-month figure ("1-6月"); every result names its method.</summary>
public static class FullYear
{
    /// <summary>
    /// The naive run rate: year-to-date × 12 / N (<see cref="FullYearMethod.RunRate"/>). From 1042.27 億元 in "1-6月"
    /// the full year is 2084.54 億元.
    /// </summary>
    /// <param name="period">The cumulative period of the figure (<see cref="PeriodKind.YearToDate"/>).</param>
    /// <param name="yearToDate">The cumulative value.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a cumulative period.</exception>
    public static FullYearEstimate FromRunRate(ReportingPeriod period, decimal yearToDate)
    {
        RequireYearToDate(period);
        int n = period.EndMonth;
        return new FullYearEstimate(period, yearToDate * 12m / n, FullYearMethod.RunRate, string.Create(
            CultureInfo.InvariantCulture,
            $"Full year {period.Year} = {period} × 12 / {n}: the remaining months run at the average pace of the first {n}, with no seasonal adjustment."));
    }

    /// <summary>
    /// Last year's pace (按上年進度推算, <see cref="FullYearMethod.LastYearPace"/>): FY[t] = YTD[t] × FY[t−1] / YTD[t−1],
    /// i.e. last year's full year grown at this year's year-to-date growth.
    /// </summary>
    /// <param name="period">The cumulative period of this year's figure.</param>
    /// <param name="yearToDate">This year's cumulative value.</param>
    /// <param name="yearToDateLastYear">Last year's cumulative value for the same months; positive.</param>
    /// <param name="fullYearLastYear">Last year's full-year value.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a cumulative period.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="yearToDateLastYear"/> is not positive.</exception>
    public static FullYearEstimate FromLastYearPace(ReportingPeriod period, decimal yearToDate, decimal yearToDateLastYear, decimal fullYearLastYear)
    {
        RequireYearToDate(period);
        if (yearToDateLastYear <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(yearToDateLastYear), yearToDateLastYear, "Last year's year-to-date value must be positive.");
        }

        return new FullYearEstimate(period, yearToDate * fullYearLastYear / yearToDateLastYear, FullYearMethod.LastYearPace, string.Create(
            CultureInfo.InvariantCulture,
            $"Full year {period.Year} = last year's full year × the growth of {period} on a year earlier: this year keeps last year's seasonal pattern."));
    }

    private static void RequireYearToDate(ReportingPeriod period)
    {
        if (period.Kind != PeriodKind.YearToDate)
        {
            throw new ArgumentException($"A full-year estimate starts from a cumulative period (1-N月); got {period} ({period.Kind}).", nameof(period));
        }
    }
}
