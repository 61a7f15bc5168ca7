namespace Taizhou.Metrics.Targets;

/// <summary>How a full year is estimated from a cumulative January-to-month figure.</summary>
public enum FullYearMethod
{
    /// <summary>
    /// Naive run rate: year-to-date × 12 / N. Ignores seasonality; the only method when nothing but the year-to-date
    /// figure is known.
    /// </summary>
    RunRate = 0,

    /// <summary>
    /// Last year's pace (按上年进度推算): last year's full year × this year's year-to-date growth, i.e.
    /// FY[t] = YTD[t] × FY[t−1] / YTD[t−1]. Assumes this year has last year's seasonal pattern.
    /// </summary>
    LastYearPace = 1,

    /// <summary>
    /// Seasonal pacing from the series' own history: year-to-date / mean over past years of (YTD[1..N] / full year).
    /// With one past year it equals <see cref="LastYearPace"/>; more years average out one year's oddities.
    /// </summary>
    SeasonalPacing = 2,
}
