using System;
using System.Collections.Generic;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// Ranks regions among their peers on any metric ("growth first in the province", 增幅居全省第一), as statistics
/// bureaus rank them: equal values share the better rank.
/// </summary>
/// <remarks>
/// <para>
/// Standard competition ranking ("1224"): rank = 1 + the number of regions with a strictly better value, so two
/// regions tied for first are both 1st and the next is 3rd. The direction is always stated
/// (<see cref="RankDirection"/>).
/// </para>
/// <para>
/// Edge-case policy: a missing value (null) is a fact of the data: the region is excluded from the ranking, reported
/// in <see cref="RegionRanking.Missing"/> with a null rank, and not counted among the ranked regions; it is never
/// ranked last and never treated as zero. Caller bugs throw an <see cref="ArgumentException"/>: names and values of
/// different lengths, a null, blank or repeated name, and a NaN or infinite value (use null for a missing one).
/// </para>
/// </remarks>
public static class Ranking
{
    /// <summary>
    /// Ranks regions by their values, ties by exact equality. Regions with a missing value are listed separately and
    /// not ranked.
    /// </summary>
    /// <remarks>rank_r = 1 + #{s : v_s better than v_r}; ties: v_s = v_r exactly.</remarks>
    /// <param name="regions">The region names; unique (ordinal), not blank.</param>
    /// <param name="values">Each region's value, in the same order; null when missing.</param>
    /// <param name="direction">Which end ranks first.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length, a name is null, blank or repeated, or a value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not defined.</exception>
    public static RegionRanking Rank(IReadOnlyList<string> regions, IReadOnlyList<double?> values, RankDirection direction) =>
        Build(regions, values, direction, null);

    /// <summary>
    /// Ranks regions by their values as published to <paramref name="tieDecimals"/> decimals: values equal after
    /// rounding (half away from zero, 四舍五入) tie. For a rate published to 0.1 % (11.0 %), a fraction, pass 3.
    /// Regions with a missing value are listed separately and not ranked.
    /// </summary>
    /// <remarks>
    /// rank_r = 1 + #{s : round(v_s) better than round(v_r)}; the entries keep the unrounded values. Rounding is done
    /// on the decimal nearest to the double (0.1105 rounds to 0.111 at 3 decimals).
    /// </remarks>
    /// <param name="regions">The region names; unique (ordinal), not blank.</param>
    /// <param name="values">Each region's value, in the same order; null when missing.</param>
    /// <param name="direction">Which end ranks first.</param>
    /// <param name="tieDecimals">The published number of decimals, 0 to 15.</param>
    /// <returns>The ranking.</returns>
    /// <exception cref="ArgumentNullException">A list is null.</exception>
    /// <exception cref="ArgumentException">The lists differ in length, a name is null, blank or repeated, or a value is NaN or infinite.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="direction"/> is not defined, or <paramref name="tieDecimals"/> is outside 0 to 15.</exception>
    public static RegionRanking Rank(IReadOnlyList<string> regions, IReadOnlyList<double?> values, RankDirection direction, int tieDecimals)
    {
        if (tieDecimals is < 0 or > 15)
        {
            throw new ArgumentOutOfRangeException(nameof(tieDecimals), tieDecimals, "The published decimals must be from 0 to 15.");
        }

        return Build(regions, values, direction, tieDecimals);
    }

    private static RegionRanking Build(IReadOnlyList<string> regions, IReadOnlyList<double?> values, RankDirection direction, int? tieDecimals)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(values);
        if (!Enum.IsDefined(direction))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "Unknown rank direction.");
        }

        if (regions.Count != values.Count)
        {
            throw new ArgumentException($"There are {regions.Count} regions but {values.Count} values.", nameof(values));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var present = new List<(int Index, double Key)>();
        var missing = new List<RankedRegion>();
        for (int i = 0; i < regions.Count; i++)
        {
            string name = RegionalInput.UniqueName(regions[i], i, seen, nameof(regions), "region");
            if (values[i] is not double v)
            {
                missing.Add(new RankedRegion(name, null, null, 0));
                continue;
            }

            if (!double.IsFinite(v))
            {
                throw new ArgumentException($"The value of region '{name}' is {v}; use null for a missing value.", nameof(values));
            }

            double key = tieDecimals is int d ? Round(v, d) : v;
            present.Add((i, direction == RankDirection.HigherIsBetter ? -key : key));
        }

        // Best first; ties keep input order (the index breaks them).
        present.Sort((a, b) => a.Key != b.Key ? a.Key.CompareTo(b.Key) : a.Index.CompareTo(b.Index));
        var ranked = new RankedRegion[present.Count];
        int start = 0;
        while (start < present.Count)
        {
            int end = start + 1;
            while (end < present.Count && present[end].Key == present[start].Key)
            {
                end++;
            }

            for (int j = start; j < end; j++)
            {
                int i = present[j].Index;
                ranked[j] = new RankedRegion(regions[i], values[i], start + 1, end - start - 1);
            }

            start = end;
        }

        return new RegionRanking(direction, tieDecimals, ranked, [.. missing]);
    }

    // Half away from zero on the decimal nearest the double; beyond decimal's 28 digits a double has no fraction left.
    private static double Round(double value, int decimals) =>
        Math.Abs(value) < 1e15
            ? (double)Math.Round((decimal)value, decimals, MidpointRounding.AwayFromZero)
            : value;
}
