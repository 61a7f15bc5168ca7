using System;
using System.Collections.Generic;
using System.Globalization;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Targets;

/// <summary>Estimates a full year from a cumulative January-to-month figure ("1-6月"); every result names its method.</summary>
public static class FullYear
{
    /// <summary>
    /// The naive run rate: year-to-date × 12 / N (<see cref="FullYearMethod.RunRate"/>). From 1042.27 亿元 in "1-6月"
    /// the full year is 2084.54 亿元.
    /// </summary>
    /// <param name="period">The cumulative period of the figure (<see cref="PeriodKind.YearToDate"/>).</param>
    /// <param name="yearToDate">The cumulative value.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a cumulative period.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The full year is beyond the range of a decimal.</exception>
    public static FullYearEstimate FromRunRate(ReportingPeriod period, decimal yearToDate)
    {
        RequireYearToDate(period);
        int n = period.EndMonth;
        decimal fullYear;
        try
        {
            fullYear = yearToDate * 12m / n;
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(nameof(yearToDate), yearToDate, $"{period} × 12 / {n} is beyond the range of a decimal (±7.9e28).");
        }

        return new FullYearEstimate(period, fullYear, FullYearMethod.RunRate, string.Create(
            CultureInfo.InvariantCulture,
            $"Full year {period.Year} = {period} × 12 / {n}: the remaining months run at the average pace of the first {n}, with no seasonal adjustment."));
    }

    /// <summary>
    /// Last year's pace (按上年进度推算, <see cref="FullYearMethod.LastYearPace"/>): FY[t] = YTD[t] × FY[t−1] / YTD[t−1],
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

    /// <summary>
    /// Seasonal pacing (<see cref="FullYearMethod.SeasonalPacing"/>): this year's year-to-date divided by the average
    /// share that the same months had of the full year in every past year of the series with both values:
    /// FY[t] = YTD[t] / mean_y(YTD[y] / FY[y]).
    /// </summary>
    /// <param name="cumulative">A cumulative (1-N月) series holding this year's 1-N月 and, for past years, 1-N月 and 1-12月.</param>
    /// <param name="period">This year's cumulative period.</param>
    /// <returns>The estimate, listing the years used.</returns>
    /// <exception cref="ArgumentException">The series is not cumulative, has no value for <paramref name="period"/>, or has no past year with both values (name the period looked for).</exception>
    public static FullYearEstimate FromSeasonalPacing(TimeSeries cumulative, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(cumulative);
        RequireYearToDate(period);
        decimal ytd = RequireValue(cumulative, period);
        var (years, shares) = PastShares(cumulative, period);
        return Pacing(cumulative, period, ytd, years, shares);
    }

    private static FullYearEstimate Pacing(TimeSeries cumulative, ReportingPeriod period, decimal ytd, List<int> years, decimal shares)
    {
        if (years.Count == 0)
        {
            throw new ArgumentException($"Seasonal pacing needs a past year with both 1-{period.EndMonth}月 and 1-12月 in {cumulative}; none has.", nameof(cumulative));
        }

        decimal meanShare = shares / years.Count;
        if (meanShare <= 0m)
        {
            throw new ArgumentException($"The past years' 1-{period.EndMonth}月 share of the full year is not positive in {cumulative}.", nameof(cumulative));
        }

        return new FullYearEstimate(period, ytd / meanShare, FullYearMethod.SeasonalPacing, string.Create(
            Published.Rounding.InvariantText,
            $"Full year {period.Year} = {period} / {meanShare:0.####}, the average share of 1-{period.EndMonth}月 in the full years {string.Join(", ", years)}: this year keeps their seasonal pattern."), years);
    }

    /// <summary>
    /// Estimates the full year by the best method the series supports: seasonal pacing when a past year has both
    /// 1-N月 and 1-12月, otherwise the run rate. The result names the method used.
    /// </summary>
    /// <param name="cumulative">A cumulative series holding <paramref name="period"/>.</param>
    /// <param name="period">This year's cumulative period.</param>
    /// <returns>The estimate.</returns>
    /// <exception cref="ArgumentException">The series is not cumulative or has no value for <paramref name="period"/>.</exception>
    public static FullYearEstimate Estimate(TimeSeries cumulative, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(cumulative);
        RequireYearToDate(period);
        decimal ytd = RequireValue(cumulative, period);
        var (years, shares) = PastShares(cumulative, period);
        return years.Count > 0 ? Pacing(cumulative, period, ytd, years, shares) : FromRunRate(period, ytd);
    }

    // The past years with both 1-N月 and a positive 1-12月, and the sum of their 1-N月 / 1-12月 shares.
    private static (List<int> Years, decimal Shares) PastShares(TimeSeries cumulative, ReportingPeriod period)
    {
        var years = new List<int>();
        decimal shares = 0m;
        foreach (var o in cumulative.Observations)
        {
            var p = o.Period;
            if (p.Year >= period.Year || p.EndMonth != period.EndMonth || o.Value is not decimal part)
            {
                continue;
            }

            if (cumulative.ValueAt(ReportingPeriod.YearToDate(p.Year, 12)) is decimal full && full > 0m)
            {
                years.Add(p.Year);
                shares += part / full;
            }
        }

        return (years, shares);
    }

    private static decimal RequireValue(TimeSeries cumulative, ReportingPeriod period)
    {
        if (cumulative.Kind != SeriesKind.Cumulative)
        {
            throw new ArgumentException($"A full-year estimate needs a cumulative (1-N月) series; {cumulative} is {cumulative.Kind}.", nameof(cumulative));
        }

        return cumulative.ValueAt(period) ?? throw new ArgumentException($"{cumulative} has no value for {period}.", nameof(period));
    }

    private static void RequireYearToDate(ReportingPeriod period)
    {
        if (period.Kind != PeriodKind.YearToDate)
        {
            throw new ArgumentException($"A full-year estimate starts from a cumulative period (1-N月); got {period} ({period.Kind}).", nameof(period));
        }
    }
}
