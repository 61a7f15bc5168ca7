using System;

namespace Taizhou.Metrics.Published;

/// <summary>
/// Averages per unit (平均每户, 户均, 人均): a printed total over a count of firms or people, with bounds from the rounding
/// of the total and, when it is printed rounded (常住人口 662.3 万人), of the count.
/// </summary>
/// <remarks>
/// <para>
/// The result is in the total's unit per the count's unit: 4401.73 亿元 over 2835 家 is 1.55 亿元 per firm; 亿元 over
/// 万人 is 万元 per person (10⁸ / 10⁴). A count of firms is exact (an integer, no rounding); a count printed in 万人
/// carries its rounding, and the bounds are then exact quotient bounds: the smallest average is the smallest total over
/// the largest count.
/// </para>
/// <para>
/// A count of zero has no average and a negative count is not a count: both throw, naming the count. Statistics
/// bureaus divide by the average population of the year for 人均 GDP, not the year-end count; pass the count the bureau
/// divides by.
/// </para>
/// </remarks>
public static class PerUnit
{
    /// <summary>
    /// The average per unit of an exact count: total / count. From 4401.73 亿元 over 2835 firms: 1.552638 亿元
    /// [1.552637, 1.552640] (the bounds are the total's rounding interval over the count).
    /// </summary>
    /// <param name="total">The total as printed.</param>
    /// <param name="count">The number of units (firms, people), exact; positive.</param>
    /// <returns>The average, in the total's unit per unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is zero or negative.</exception>
    public static BoundedEstimate Average(PublishedValue total, long count)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "A count of at least one unit: an average over no units is not defined.");
        }

        var bounds = total.Bounds;
        return new BoundedEstimate((double)total.Value / count, Interval.Between(bounds.Lower / count, bounds.Upper / count));
    }

    /// <summary>
    /// The average per unit of a count printed rounded (万人, 万户): total / count, with bounds over the rounding of both.
    /// </summary>
    /// <param name="total">The total as printed.</param>
    /// <param name="count">The count as printed, in its unit (662.3 for 662.3 万人); positive.</param>
    /// <returns>The average, in the total's unit per the count's unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is zero or negative as printed.</exception>
    public static BoundedEstimate Average(PublishedValue total, PublishedValue count)
    {
        if (count.Value <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count.Value, "A count above zero: an average over no units is not defined.");
        }

        return Implied.Evaluate(static x => x[0] / x[1], [static x => x[1]], total, count);
    }
}
