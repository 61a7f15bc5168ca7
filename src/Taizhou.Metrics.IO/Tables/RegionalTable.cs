using System.Collections.Generic;
using Taizhou.Metrics.Structure;

namespace Taizhou.Metrics.IO;

/// <summary>
/// A regions × industries table as <see cref="RegionalReader"/> read it: the level of every industry in every region at
/// the end period, optionally at the start period (for a shift-share), and the reference area's (the nation's) levels
/// when a row of the table is the reference.
/// </summary>
/// <remarks>
/// Every (region, industry) pair has exactly one row in the file, so the matrices are complete; no cell is filled in.
/// Regions and industries are in the order of their first row. The reference's rows are not among the regions.
/// </remarks>
public sealed class RegionalTable
{
    internal RegionalTable(
        RegionIndustryMatrix levels,
        RegionIndustryMatrix? previous,
        string? reference,
        IReadOnlyList<double>? referenceLevels,
        IReadOnlyList<double>? referencePrevious,
        IReadOnlyList<double>? referenceProjected)
    {
        Levels = levels;
        Previous = previous;
        Reference = reference;
        ReferenceLevels = referenceLevels;
        ReferencePrevious = referencePrevious;
        ReferenceProjected = referenceProjected;
    }

    /// <summary>Gets the regions' levels at the end period (the <c>value</c> column), the reference's rows excluded.</summary>
    public RegionIndustryMatrix Levels { get; }

    /// <summary>Gets the regions' levels at the start period (the <c>previous</c> column), or null when the table has no such column.</summary>
    public RegionIndustryMatrix? Previous { get; }

    /// <summary>Gets the name of the reference region (the nation, 全国 or 全省), or null when the reference is the sum of the regions.</summary>
    public string? Reference { get; }

    /// <summary>Gets the reference's level of each industry at the end period, in the order of the industries; null when the reference is the sum of the regions.</summary>
    public IReadOnlyList<double>? ReferenceLevels { get; }

    /// <summary>Gets the reference's level of each industry at the start period; null when there is no reference row or no <c>previous</c> column.</summary>
    public IReadOnlyList<double>? ReferencePrevious { get; }

    /// <summary>Gets the reference's projected level of each industry (the <c>projected</c> column of its rows); null when the table has no such column.</summary>
    public IReadOnlyList<double>? ReferenceProjected { get; }
}
