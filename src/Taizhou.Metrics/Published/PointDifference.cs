using System;
using System.Globalization;

namespace Taizhou.Metrics.Published;

/// <summary>
/// The difference between two rates in percentage points (百分点差), as bulletins print it: "增长 8.5%，快于全市平均水平
/// 5.1 个百分点", "比一季度加快 0.6 个百分点", "低于全省 1.2 个百分点".
/// </summary>
/// <remarks>
/// <para>
/// The rates are passed as printed, in percent, each with its printed precision; the difference is a fraction of the
/// base (0.051 for 5.1 个百分点), the library's one convention for rates and points. Its bounds are exact interval
/// arithmetic on the printed decimals: [(a − hₐ) − (b + h_b), (a + hₐ) − (b − h_b)] / 100, where h is half a unit of the
/// last printed decimal, so 8.5 − 3.4 is 0.051 within [0.050, 0.052].
/// </para>
/// <para>
/// The sign is the direction: positive for 高于 / 快于 / 加快 / 提高, negative for 低于 / 慢于 / 回落 / 放缓. When the
/// bounds straddle zero the printed rates do not establish the direction (8.3 % against 8.3 %: [−0.1, 0.1] points).
/// Bureaus usually take the difference of the unrounded rates and round it, so a printed difference may differ from the
/// difference of the printed rates by up to the sum of their half units; <see cref="Check"/> allows for that.
/// </para>
/// </remarks>
public static class PointDifference
{
    /// <summary>
    /// The difference rate − other rate in percentage points, as a fraction, with exact bounds from the rounding of both
    /// rates: from 8.5 % and 3.4 %, 0.051 [0.050, 0.052] (5.1 points, between 5.0 and 5.2).
    /// </summary>
    /// <param name="ratePercent">The rate described (the region's, the month's), in percent as printed.</param>
    /// <param name="otherRatePercent">The rate it is compared with (the average, the earlier period's), in percent as printed.</param>
    /// <returns>The difference, a fraction (0.051 = 5.1 points), with its bounds; never unbounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference is beyond the range of a decimal (rates near ±7.9e28 %).</exception>
    public static BoundedEstimate Between(PublishedValue ratePercent, PublishedValue otherRatePercent)
    {
        var (estimate, lower, upper) = Points(ratePercent, otherRatePercent);
        return new BoundedEstimate((double)(estimate / 100m), Interval.Between((double)(lower / 100m), (double)(upper / 100m)));
    }

    /// <summary>
    /// Checks a printed difference in percentage points against the two printed rates: "增长 8.5%，快于全市平均水平
    /// 5.1 个百分点" with the city's 3.4 % is consistent (5.1 lies within [5.0, 5.2], the difference of the rates).
    /// </summary>
    /// <param name="ratePercent">The rate described, in percent as printed.</param>
    /// <param name="otherRatePercent">The rate it is compared with, in percent as printed.</param>
    /// <param name="printedPoints">The printed difference in points, signed: positive for 高于 / 加快, negative for 低于 / 回落.</param>
    /// <returns>The check, in percentage points (both figures exact decimals turned into doubles once).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The difference is beyond the range of a decimal.</exception>
    public static FigureCheck Check(PublishedValue ratePercent, PublishedValue otherRatePercent, PublishedValue printedPoints)
    {
        var (estimate, lower, upper) = Points(ratePercent, otherRatePercent);
        return FigureCheck.Of(printedPoints, new BoundedEstimate((double)estimate, Interval.Between((double)lower, (double)upper)));
    }

    // The difference in points as printed and its exact bounds, in decimal.
    private static (decimal Estimate, decimal Lower, decimal Upper) Points(PublishedValue ratePercent, PublishedValue otherRatePercent)
    {
        try
        {
            decimal estimate = ratePercent.Value - otherRatePercent.Value;
            decimal slack = ratePercent.HalfUnit + otherRatePercent.HalfUnit;
            return (estimate, estimate - slack, estimate + slack);
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(
                nameof(ratePercent),
                ratePercent.Value,
                string.Create(CultureInfo.InvariantCulture, $"{ratePercent} − {otherRatePercent} is beyond the range of a decimal (±7.9e28)."));
        }
    }
}
