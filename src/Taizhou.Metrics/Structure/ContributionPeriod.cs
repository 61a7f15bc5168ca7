using System;
using System.Collections.Generic;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// One period of a published contribution table without levels: the period's label (a year such as <c>1990</c>, a month
/// such as <c>2024-06</c>), its rows, and the total's growth when the table prints it (地区生产总值增长率).
/// </summary>
/// <remarks>
/// A yearbook table is one line per year with a column per part; each line is one <see cref="ContributionPeriod"/>.
/// The label is the caller's text, kept as given: it names the period in every result.
/// </remarks>
public sealed class ContributionPeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="label">The period's label, not empty.</param>
    /// <param name="parts">The rows, at least one, with distinct names.</param>
    /// <param name="totalGrowthPercent">The total's growth in percent as printed, or null when the table does not print it.</param>
    /// <exception cref="ArgumentException">
    /// The label is empty, there are no rows, two rows share a name, a row's <see cref="ContributionRow.Parent"/> is not
    /// a top-level row of the period, or a row says its sub-items exhaust it and has none; the message names the period
    /// and the row.
    /// </exception>
    public ContributionPeriod(string label, IReadOnlyList<ContributionRow> parts, PublishedValue? totalGrowthPercent = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Validate(parts, $"Period '{label}'", nameof(parts));
        Label = label;
        Parts = [.. parts];
        TotalGrowthPercent = totalGrowthPercent;
    }

    /// <summary>
    /// Checks that there is at least one row, none null, with distinct names, and that every parent named is a top-level
    /// row of the same table; <paramref name="what"/> names the table in messages.
    /// </summary>
    internal static void Validate(IReadOnlyList<ContributionRow> parts, string what, string parameter)
    {
        ArgumentNullException.ThrowIfNull(parts, parameter);
        if (parts.Count == 0)
        {
            throw new ArgumentException($"{what} has no rows.", parameter);
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in parts)
        {
            ArgumentNullException.ThrowIfNull(row, parameter);
            if (!names.Add(row.Name))
            {
                throw new ArgumentException($"{what} has two rows named '{row.Name}'.", parameter);
            }
        }

        SubItems.Validate(parts, r => r.Name, r => r.Parent, r => r.SubItemsExhaust, what, parameter);
    }

    /// <summary>Gets the period's label.</summary>
    public string Label { get; }

    /// <summary>Gets the rows, in table order.</summary>
    public IReadOnlyList<ContributionRow> Parts { get; }

    /// <summary>Gets the total's growth in percent as printed, or null.</summary>
    public PublishedValue? TotalGrowthPercent { get; }

    /// <summary>Returns a one-line summary: <c>1990: 3 rows, total growth 7.7 %</c> (or <c>total growth not printed</c>). Invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() =>
        Label + ": " + Parts.Count + (Parts.Count == 1 ? " row" : " rows") + ", " + (TotalGrowthPercent is { } g ? "total growth " + g + " %" : "total growth not printed");
}
