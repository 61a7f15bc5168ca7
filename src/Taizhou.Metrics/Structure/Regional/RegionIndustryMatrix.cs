using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// An immutable regions × industries table of a non-negative quantity (employment, output value 产值, value added),
/// such as the counties of a city by industry: e_ri is the value of industry i in region r.
/// </summary>
/// <remarks>
/// <para>
/// The table is the whole universe of its indices: a region's total is its row sum e_r = Σ_i e_ri, an industry's total
/// its column sum E_i = Σ_r e_ri, and the grand total E = Σ_r Σ_i e_ri. Where published regional totals include
/// employment not allocated to any listed industry, use the per-region overloads of
/// <see cref="Specialisation.LocationQuotients(IReadOnlyList{double}, double, IReadOnlyList{double}, double)"/>, which
/// take the totals explicitly.
/// </para>
/// <para>
/// Validated at construction: at least one region and one industry, names neither null nor blank and unique (ordinal),
/// every row as long as the industry list, and every value finite and not negative; an
/// <see cref="ArgumentException"/> names the offending region and industry. Zeros are allowed.
/// </para>
/// </remarks>
public sealed class RegionIndustryMatrix
{
    private readonly double[] values;
    private readonly double[] regionTotals;
    private readonly double[] industryTotals;

    private RegionIndustryMatrix(string[] regions, string[] industries, double[] values)
    {
        this.values = values;
        Regions = Array.AsReadOnly(regions);
        Industries = Array.AsReadOnly(industries);
        regionTotals = new double[regions.Length];
        industryTotals = new double[industries.Length];
        for (int r = 0; r < regions.Length; r++)
        {
            for (int i = 0; i < industries.Length; i++)
            {
                double v = values[(r * industries.Length) + i];
                regionTotals[r] += v;
                industryTotals[i] += v;
            }
        }

        foreach (double t in regionTotals)
        {
            Total += t;
        }
    }

    /// <summary>Gets the region names, in row order.</summary>
    public ReadOnlyCollection<string> Regions { get; }

    /// <summary>Gets the industry names, in column order.</summary>
    public ReadOnlyCollection<string> Industries { get; }

    /// <summary>Gets the grand total E = Σ_r Σ_i e_ri.</summary>
    public double Total { get; }

    /// <summary>Gets the value e_ri of an industry in a region.</summary>
    /// <param name="region">The region's row index.</param>
    /// <param name="industry">The industry's column index.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An index is out of range.</exception>
    public double this[int region, int industry]
    {
        get
        {
            CheckRegion(region);
            CheckIndustry(industry);
            return values[(region * Industries.Count) + industry];
        }
    }

    /// <summary>
    /// Creates a matrix from one row per region, each listing the region's values by industry in the order of
    /// <paramref name="industries"/>. The inputs are copied.
    /// </summary>
    /// <param name="regions">The region names; unique, not blank.</param>
    /// <param name="industries">The industry names; unique, not blank.</param>
    /// <param name="rows">One row per region, each with one finite non-negative value per industry.</param>
    /// <returns>The matrix.</returns>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    /// <exception cref="ArgumentException">
    /// A list is empty, a name is blank or repeated, the number of rows differs from the number of regions, a row's
    /// length from the number of industries, or a value is negative, NaN or infinite.
    /// </exception>
    public static RegionIndustryMatrix FromRows(IReadOnlyList<string> regions, IReadOnlyList<string> industries, IReadOnlyList<IReadOnlyList<double>> rows)
    {
        string[] regionNames = Names(regions, nameof(regions), "region");
        string[] industryNames = Names(industries, nameof(industries), "industry");
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count != regionNames.Length)
        {
            throw new ArgumentException($"There are {regionNames.Length} regions but {rows.Count} rows.", nameof(rows));
        }

        var data = new double[regionNames.Length * industryNames.Length];
        for (int r = 0; r < regionNames.Length; r++)
        {
            var row = rows[r] ?? throw new ArgumentNullException(nameof(rows), $"The row of region '{regionNames[r]}' is null.");
            if (row.Count != industryNames.Length)
            {
                throw new ArgumentException($"The row of region '{regionNames[r]}' has {row.Count} values but there are {industryNames.Length} industries.", nameof(rows));
            }

            for (int i = 0; i < industryNames.Length; i++)
            {
                RegionalInput.NonNegative(row[i], nameof(rows), $"The value of industry '{industryNames[i]}' in region '{regionNames[r]}'");
                data[(r * industryNames.Length) + i] = row[i];
            }
        }

        return new RegionIndustryMatrix(regionNames, industryNames, data);
    }

    /// <summary>Gets a region's total e_r = Σ_i e_ri (its row sum).</summary>
    /// <param name="region">The region's row index.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public double RegionTotal(int region)
    {
        CheckRegion(region);
        return regionTotals[region];
    }

    /// <summary>Gets an industry's total E_i = Σ_r e_ri (its column sum).</summary>
    /// <param name="industry">The industry's column index.</param>
    /// <returns>The total.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public double IndustryTotal(int industry)
    {
        CheckIndustry(industry);
        return industryTotals[industry];
    }

    /// <summary>Gets a region's values by industry (its row), in industry order.</summary>
    /// <param name="region">The region's row index.</param>
    /// <returns>A read-only copy of the row.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public IReadOnlyList<double> RegionValues(int region)
    {
        CheckRegion(region);
        return Array.AsReadOnly(values.AsSpan(region * Industries.Count, Industries.Count).ToArray());
    }

    /// <summary>Gets an industry's values by region (its column), in region order.</summary>
    /// <param name="industry">The industry's column index.</param>
    /// <returns>A read-only copy of the column.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index is out of range.</exception>
    public IReadOnlyList<double> IndustryValues(int industry)
    {
        CheckIndustry(industry);
        var column = new double[Regions.Count];
        for (int r = 0; r < column.Length; r++)
        {
            column[r] = values[(r * Industries.Count) + industry];
        }

        return Array.AsReadOnly(column);
    }

    /// <summary>Returns the size of the matrix, such as "3 regions × 5 industries".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"{Regions.Count} regions × {Industries.Count} industries";

    private static string[] Names(IReadOnlyList<string> names, string paramName, string item)
    {
        ArgumentNullException.ThrowIfNull(names, paramName);
        if (names.Count == 0)
        {
            throw new ArgumentException($"At least one {item} is needed.", paramName);
        }

        var result = new string[names.Count];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (int k = 0; k < names.Count; k++)
        {
            result[k] = RegionalInput.UniqueName(names[k], k, seen, paramName, item);
        }

        return result;
    }

    private void CheckRegion(int region)
    {
        if ((uint)region >= (uint)Regions.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(region), region, $"A region index from 0 to {Regions.Count - 1}.");
        }
    }

    private void CheckIndustry(int industry)
    {
        if ((uint)industry >= (uint)Industries.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(industry), industry, $"An industry index from 0 to {Industries.Count - 1}.");
        }
    }
}
