using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// Sub-items on the grand total's base (分项, 口径同总计): rows that name a <c>Parent</c> row of the same table, measured
/// against the grand total like every top-level row. Shared by <see cref="Breakdown"/> and <see cref="ContributionTable"/>.
/// </summary>
internal static class SubItems
{
    /// <summary>A row's parent as given: null for a top-level row; an empty name or the row's own name is refused.</summary>
    /// <param name="name">The row's name.</param>
    /// <param name="parent">The parent's name, or null.</param>
    /// <param name="paramName">The name of the argument that gave the parent, for the exception.</param>
    /// <returns><paramref name="parent"/>.</returns>
    /// <exception cref="ArgumentException">The parent is empty or the row itself.</exception>
    internal static string? CheckParent(string name, string? parent, string paramName) =>
        parent is null
            ? null
            : string.IsNullOrWhiteSpace(parent) || parent == name
                ? throw new ArgumentException($"Row '{name}' cannot name '{parent}' as its parent.", paramName)
                : parent;

    /// <summary>
    /// Checks the parents named by the rows: each names another row of the same table that is itself a top-level row
    /// (one level of sub-items, so no cycle can form), and a row that says its sub-items exhaust it has at least one.
    /// </summary>
    internal static void Validate<T>(IReadOnlyList<T> rows, Func<T, string> name, Func<T, string?> parent, Func<T, bool> exhaust, string what, string parameter)
    {
        var byName = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            byName.TryAdd(name(row), row);
        }

        foreach (var row in rows)
        {
            if (parent(row) is not { } p)
            {
                continue;
            }

            if (!byName.TryGetValue(p, out var parentRow))
            {
                throw new ArgumentException($"{what}: row '{name(row)}' names '{p}' as its parent, but no row is named '{p}'.", parameter);
            }

            if (parent(parentRow) is { } grandparent)
            {
                throw new ArgumentException($"{what}: row '{name(row)}' names '{p}' as its parent, but '{p}' is itself a sub-item of '{grandparent}': sub-items on the grand total's base have one level.", parameter);
            }
        }

        foreach (var row in rows)
        {
            if (exhaust(row) && !rows.Any(r => parent(r) == name(row)))
            {
                throw new ArgumentException($"{what}: row '{name(row)}' says its sub-items exhaust it, but no row names it as its parent.", parameter);
            }
        }
    }

    /// <summary>
    /// The finding Σ figure of the sub-items = the parent's figure (<c>sub_items_…</c>), named by the parent, when the
    /// parent and every sub-item print the figure; null otherwise.
    /// </summary>
    internal static TableCheckFinding? Sum(string parent, PublishedValue? parentValue, IReadOnlyList<(string Name, PublishedValue? Value)> items, string figure, string term)
    {
        if (parentValue is not { } target || items.Any(i => i.Value is null))
        {
            return null;
        }

        decimal sum = 0m, half = 0m;
        foreach (var (_, value) in items)
        {
            sum += value!.Value.Value;
            half += value.Value.HalfUnit;
        }

        var published = new BoundedEstimate((double)sum, Interval.Between((double)(sum - half), (double)(sum + half)));
        var derived = new BoundedEstimate((double)target.Value, target.Bounds);
        string identity = $"Σ {term} of {string.Join(" + ", items.Select(i => i.Name))} = {term} of {parent}";
        return new TableCheckFinding(parent, figure, identity, published, derived);
    }
}
