using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Series;

/// <summary>
/// One figure of a cumulative release (累计, "1-N月"): the level from January to the period's last month as printed
/// (1-5月 187636 亿元), and optionally its year-on-year growth in percent as printed (累计增长 9.3 %), each with its
/// precision, so that what the rounding of both allows can be carried into every figure derived from them.
/// </summary>
/// <remarks>
/// <para>
/// The period is a cumulative January-to-month period (<see cref="PeriodKind.YearToDate"/>); January's cumulative
/// figure (1-1月) is January itself. The growth is printed in percent (9.3 for 9.3 %) and must be above −100 %: a
/// growth of −100 % or below leaves no base a year earlier.
/// </para>
/// <para>The default value is not a valid figure: create one with the constructor.</para>
/// </remarks>
public readonly record struct CumulativeFigure
{
    /// <summary>Creates a cumulative figure, validating it.</summary>
    /// <param name="period">The cumulative period (1-N月), of kind <see cref="PeriodKind.YearToDate"/>.</param>
    /// <param name="level">The cumulative level as printed (187636 for 187636亿元).</param>
    /// <param name="growthPercent">The cumulative year-on-year growth in percent as printed (9.3 for 增长9.3%), or null when the release prints none.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="period"/> is not a cumulative period, or <paramref name="growthPercent"/> is −100 or below.
    /// </exception>
    public CumulativeFigure(ReportingPeriod period, PublishedValue level, PublishedValue? growthPercent = null)
    {
        if (period.Kind != PeriodKind.YearToDate)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, $"A cumulative figure is for a January-to-month period (1-N月, such as {ReportingPeriod.YearToDate(period.Year, Math.Max(period.EndMonth, 2))}); {period} is a {period.Kind.ToString().ToLowerInvariant()}.");
        }

        if (growthPercent is { } g && g.Value <= -100m)
        {
            throw new ArgumentOutOfRangeException(nameof(growthPercent), g, $"The growth for {period} is {g} %: a growth of −100 % or below leaves no base a year earlier.");
        }

        Period = period;
        Level = level;
        GrowthPercent = growthPercent;
    }

    /// <summary>Gets the cumulative period (1-N月).</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the cumulative level as printed, with its precision.</summary>
    public PublishedValue Level { get; }

    /// <summary>Gets the cumulative year-on-year growth in percent as printed (9.3 for 9.3 %), or null when none is printed.</summary>
    public PublishedValue? GrowthPercent { get; }
}
