using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// Breakdowns of a total into parts at two periods (the clusters of a city, the sectors of GDP, the counties of a
/// city, nested to any depth): shares (占比), contributions in percentage points (拉动) and contribution rates (贡献率),
/// the remainder the parts leave, and the aggregate growth of a group.
/// </summary>
/// <remarks>
/// <para>Formulas, all as fractions:</para>
/// <list type="bullet">
/// <item>share = part[t] / total[t]; change in share = share[t] − share[t−1] (percentage points);</item>
/// <item>contribution in points (拉动) = (part[t] − part[t−1]) / total[t−1];</item>
/// <item>contribution rate (贡献率) = (part[t] − part[t−1]) / (total[t] − total[t−1]);</item>
/// <item>real contribution (NBS practice) = part[t−1] / total[t−1] × real growth of the part;</item>
/// <item>a part given as level + growth has the comparable base part[t] / (1 + g) (同口径).</item>
/// </list>
/// <para>
/// Nothing is dropped or normalised: when a total is given, total − Σ parts is reported as the remainder ("other");
/// parts that add up to more than the total beyond the rounding of the figures are an error.
/// </para>
/// </remarks>
public static partial class Breakdown
{
    /// <summary>The name given to the remainder, total − Σ parts.</summary>
    public const string RemainderName = "other";

    /// <summary>Analyses a breakdown whose total is the sum of its parts.</summary>
    /// <param name="parts">The parts, at least one.</param>
    /// <returns>The analysis; it has no remainder.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Analyse(IReadOnlyList{BreakdownRow}, BreakdownRow)"/>.</exception>
    public static BreakdownAnalysis Analyse(IReadOnlyList<BreakdownRow> parts) => Analyse(parts, null);

    /// <summary>
    /// Analyses a breakdown of a published total into parts; the remainder total − Σ parts is reported as an explicit
    /// "other" part. Rows with children are analysed as breakdowns of their own, re-based on the row, recursively; rows
    /// that name a <see cref="BreakdownRow.Parent"/> are sub-items on the grand total's base (分项, 口径同总计), measured
    /// against the total and reported in <see cref="BreakdownAnalysis.SubItems"/>, outside the parts' sums and the
    /// remainder.
    /// </summary>
    /// <param name="parts">The parts, at least one, with distinct names.</param>
    /// <param name="total">The total row, or null when the total is the sum of the parts.</param>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentException">
    /// There are no parts, two parts share a name, a part names a parent that is not a top-level part of the same list
    /// (the message names it), a part says its sub-items exhaust it and has none, a level is negative (shares need non-negative levels), a part is
    /// larger than the total, or the parts add up to more than the total beyond the rounding of the figures; the
    /// message names the row and the figure.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// The levels of the parts and the total add up beyond the range of a decimal (±7.9e28), so sums and changes could
    /// not be formed; the message names the row where the sum leaves the range.
    /// </exception>
    public static BreakdownAnalysis Analyse(IReadOnlyList<BreakdownRow> parts, BreakdownRow? total)
    {
        ArgumentNullException.ThrowIfNull(parts);
        if (parts.Count == 0)
        {
            throw new ArgumentException("A breakdown needs at least one part.", nameof(parts));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in parts)
        {
            ArgumentNullException.ThrowIfNull(row, nameof(parts));
            if (!names.Add(row.Name))
            {
                throw new ArgumentException($"Two parts are named '{row.Name}'.", nameof(parts));
            }

            CheckNonNegative(row, nameof(parts));
        }

        SubItems.Validate(parts, r => r.Name, r => r.Parent, r => r.SubItemsExhaust, "The breakdown", nameof(parts));
        RequireSummable(parts, total, nameof(parts));

        // Sub-items on the grand total's base (Parent) are measured against the total but are not parts of its sum.
        var top = parts.Where(p => p.Parent is null).ToList();
        decimal sumCurrent = top.Sum(p => p.Current.Value);
        decimal sumPrevious = top.Sum(p => p.PreviousLevel);
        decimal totalCurrent = sumCurrent, totalPrevious = sumPrevious;
        if (total is not null)
        {
            CheckNonNegative(total, nameof(total));
            totalCurrent = total.Current.Value;
            totalPrevious = total.PreviousLevel;
            CheckPartsWithinTotal(top, total);
        }

        BreakdownPart Analysed(BreakdownRow p) =>
            new(p.Name, BreakdownPartKind.Part, p.PreviousLevel, p.Current.Value, p.PreviousIsDerived, totalPrevious, totalCurrent, Fraction(p.RealGrowthPercent), p.Children.Count == 0 ? null : Analyse(p.Children, p), p.Parent);

        var analysedParts = top.Select(Analysed).ToList();
        var subItems = parts.Where(p => p.Parent is not null).Select(Analysed).ToList();
        BreakdownPart? remainder = total is null
            ? null
            : new BreakdownPart(RemainderName, BreakdownPartKind.Remainder, totalPrevious - sumPrevious, totalCurrent - sumCurrent, top.Any(p => p.PreviousIsDerived) || total.PreviousIsDerived, totalPrevious, totalCurrent, null, null);
        var totalPart = new BreakdownPart(total?.Name ?? "total", BreakdownPartKind.Total, totalPrevious, totalCurrent, total?.PreviousIsDerived ?? top.Any(p => p.PreviousIsDerived), totalPrevious, totalCurrent, Fraction(total?.RealGrowthPercent), null);
        var publishedRealGrowth = total?.RealGrowthPercent is { } rg ? GrowthRate.FromPercent(rg.Value) : (GrowthRate?)null;
        return new BreakdownAnalysis(totalPart, analysedParts, remainder, publishedRealGrowth, subItems);
    }

    /// <summary>
    /// The growth of a group of parts each published as current level + growth: Σx / Σ(x / (1 + g)) − 1, the ratio of
    /// the current total to the sum of the comparable bases.
    /// </summary>
    /// <remarks>An undefined growth among the parts makes the result undefined with the same reason; a zero sum of bases gives ZeroBase.</remarks>
    /// <param name="parts">The parts' current levels and growth rates.</param>
    /// <returns>The group's growth.</returns>
    /// <exception cref="ArgumentException">There are no parts, or a growth is −100 % or below.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A part's implied base, or a sum, is beyond the range of a decimal; the message names the part.</exception>
    public static GrowthRate AggregateGrowth(IEnumerable<(decimal Level, GrowthRate Growth)> parts)
    {
        ArgumentNullException.ThrowIfNull(parts);
        decimal current = 0m, previous = 0m;
        int count = 0;
        foreach (var (level, growth) in parts)
        {
            count++;
            if (!growth.TryGetValue(out double g))
            {
                return growth;
            }

            if (g <= -1.0)
            {
                throw new ArgumentException($"Part {count} has a growth of {growth}: no base is implied.", nameof(parts));
            }

            try
            {
                current += level;
                previous += level / (decimal)(1.0 + g);
            }
            catch (OverflowException)
            {
                throw new ArgumentOutOfRangeException(
                    nameof(parts),
                    $"Part {count} ({level.ToString(CultureInfo.InvariantCulture)} at {growth}) takes the group's levels or bases beyond the range of a decimal (±7.9e28).");
            }
        }

        if (count == 0)
        {
            throw new ArgumentException("A group needs at least one part.", nameof(parts));
        }

        return Rates.Growth.Rate(current, previous);
    }

    /// <summary>
    /// Requires that the magnitudes of every level of the parts and the total (current and previous) add up within the
    /// range of a decimal, so that no sum, remainder or change of the analysis or the check can overflow.
    /// </summary>
    private static void RequireSummable(IReadOnlyList<BreakdownRow> parts, BreakdownRow? total, string parameterName)
    {
        decimal sum = 0m;
        foreach (var row in total is null ? parts : parts.Append(total))
        {
            try
            {
                sum += Math.Abs(row.Current.Value);
                sum += Math.Abs(row.PreviousLevel);
            }
            catch (OverflowException)
            {
                throw new ArgumentOutOfRangeException(
                    parameterName,
                    $"The levels add up beyond the range of a decimal (±7.9e28) at row '{row.Name}' (current {row.Current}, previous {row.PreviousLevel.ToString(CultureInfo.InvariantCulture)}): give the figures in a larger unit.");
            }
        }
    }

    private static double? Fraction(PublishedValue? percent) => percent is { } p ? (double)(p.Value / 100m) : null;

    private static void CheckNonNegative(BreakdownRow row, string parameterName)
    {
        if (row.Current.Value < 0m)
        {
            throw new ArgumentException($"Row '{row.Name}' has a negative current level ({row.Current}): shares and contributions need non-negative levels.", parameterName);
        }

        if (row.Previous is { } p && p.Value < 0m)
        {
            throw new ArgumentException($"Row '{row.Name}' has a negative previous level ({p}): shares and contributions need non-negative levels.", parameterName);
        }
    }

    private static void CheckPartsWithinTotal(IReadOnlyList<BreakdownRow> parts, BreakdownRow total)
    {
        foreach (var p in parts)
        {
            if (p.Current.ExceedsBeyondRounding(total.Current))
            {
                throw new ArgumentException($"Row '{p.Name}' ({p.Current}) is larger than the total '{total.Name}' ({total.Current}) in the current period.", nameof(parts));
            }

            if (p.Previous is { } pp && total.Previous is { } tp && pp.ExceedsBeyondRounding(tp))
            {
                throw new ArgumentException($"Row '{p.Name}' ({pp}) is larger than the total '{total.Name}' ({tp}) in the previous period.", nameof(parts));
            }
        }

        CheckSumWithinTotal(parts.Select(p => p.Current), total.Current, total.Name, "current");
        if (total.Previous is { } totalPrevious && parts.All(p => p.Previous is not null))
        {
            CheckSumWithinTotal(parts.Select(p => p.Previous!.Value), totalPrevious, total.Name, "previous");
        }
    }

    private static void CheckSumWithinTotal(IEnumerable<PublishedValue> parts, PublishedValue total, string totalName, string period)
    {
        var (sum, tolerance) = SumAndRounding(parts, total);
        if (sum - total.Value > tolerance)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"The parts add up to {sum} in the {period} period, more than the total '{totalName}' ({total}) by {sum - total.Value}, beyond the rounding of the figures (±{tolerance})."), nameof(parts));
        }
    }

    // Σ parts, and how far it may differ from the total through the rounding of the figures: the sum of all their half units.
    private static (decimal Sum, decimal Tolerance) SumAndRounding(IEnumerable<PublishedValue> parts, PublishedValue total) =>
        (parts.Sum(p => p.Value), parts.Sum(p => p.HalfUnit) + total.HalfUnit);
}
