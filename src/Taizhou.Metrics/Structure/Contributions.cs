using System;

using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// Contributions of a part to the growth of its total: in percentage points (拉动 … 个百分点) and as a contribution
/// rate (贡献率), and the totals they imply.
/// </summary>
/// <remarks>
/// <para>
/// Representation: a contribution in percentage points is a fraction of the total's base level, so 9.1 points is
/// 0.091; a contribution rate is a fraction of the total's change, so 35 % is 0.35. The parts' contributions in points
/// add up to the total's growth rate, and their contribution rates to 1.
/// </para>
/// <para>Edge cases: a zero base total (for points) or a zero change of the total (for rates) gives null, never NaN or zero.</para>
/// </remarks>
public static class Contributions
{
    /// <summary>
    /// The contribution of a part to its total's growth in percentage points (拉动): (part[t] − part[t−1]) / total[t−1],
    /// as a fraction (0.091 = 9.1 points).
    /// </summary>
    /// <param name="partBase">The part in the base period.</param>
    /// <param name="partCurrent">The part in the current period.</param>
    /// <param name="totalBase">The total in the base period.</param>
    /// <returns>The contribution, or null when the base total is zero.</returns>
    public static double? PercentagePoints(decimal partBase, decimal partCurrent, decimal totalBase) =>
        totalBase == 0m ? null : SafeDecimal.Quotient(partCurrent, partBase, totalBase, 0m);

    /// <summary>
    /// The contribution rate (贡献率) of a part: (part[t] − part[t−1]) / (total[t] − total[t−1]), as a fraction
    /// (0.35 = 35 %).
    /// </summary>
    /// <param name="partBase">The part in the base period.</param>
    /// <param name="partCurrent">The part in the current period.</param>
    /// <param name="totalBase">The total in the base period.</param>
    /// <param name="totalCurrent">The total in the current period.</param>
    /// <returns>The contribution rate, or null when the total did not change.</returns>
    public static double? Rate(decimal partBase, decimal partCurrent, decimal totalBase, decimal totalCurrent) =>
        totalCurrent == totalBase ? null : SafeDecimal.Quotient(partCurrent, partBase, totalCurrent, totalBase);

    /// <summary>
    /// The total's base level implied by a part's increase and its published contribution in percentage points:
    /// Δpart / points. The seven clusters' increase of 219.64 亿元, "pulling" city growth up by 9.1 points, implies a
    /// city total a year earlier of 219.64 / 0.091 = 2413.6 亿元.
    /// </summary>
    /// <param name="partIncrease">The part's change, part[t] − part[t−1].</param>
    /// <param name="percentagePoints">The contribution as a fraction (0.091 for 9.1 points); finite and not zero.</param>
    /// <returns>The implied base total.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="percentagePoints"/> is zero, NaN or infinite, or the implied total is beyond the range of a
    /// decimal (a contribution too small for the increase); the message names both.
    /// </exception>
    public static decimal ImpliedBaseTotal(decimal partIncrease, double percentagePoints)
    {
        if (percentagePoints == 0.0 || !double.IsFinite(percentagePoints))
        {
            throw new ArgumentOutOfRangeException(nameof(percentagePoints), percentagePoints, "A contribution of zero (or not finite) implies no total.");
        }

        try
        {
            return partIncrease / (decimal)percentagePoints;
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(
                nameof(percentagePoints),
                percentagePoints,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"An increase of {partIncrease} at a contribution of {percentagePoints:R} implies a total beyond the range of a decimal (±7.9e28)."));
        }
    }
}
