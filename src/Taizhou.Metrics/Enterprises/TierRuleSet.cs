using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Enterprises;

/// <summary>A set of tier rules with distinct codes, evaluated together. Immutable.</summary>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class TierRuleSet : ITabular
{
    /// <summary>Creates a set.</summary>
    /// <param name="rules">The rules, with distinct codes.</param>
    /// <exception cref="ArgumentException">A rule is null or two rules share a code.</exception>
    public TierRuleSet(IEnumerable<TierRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var list = rules.ToImmutableArray();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var r in list)
        {
            if (r is null)
            {
                throw new ArgumentException("A tier rule is null.", nameof(rules));
            }

            if (!seen.Add(r.Code))
            {
                throw new ArgumentException($"Two tier rules have the code '{r.Code}'.", nameof(rules));
            }
        }

        Rules = list;
    }

    /// <summary>Gets the rules, in the order given.</summary>
    public ImmutableArray<TierRule> Rules { get; }

    /// <summary>Finds a rule by its code.</summary>
    /// <param name="code">The code.</param>
    /// <returns>The rule, or null.</returns>
    public TierRule? Find(string code) => Rules.FirstOrDefault(r => r.Code == code);

    /// <summary>Returns a copy with <paramref name="rule"/> replacing the rule of the same code, or added at the end.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new set.</returns>
    public TierRuleSet With(TierRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        for (int i = 0; i < Rules.Length; i++)
        {
            if (Rules[i].Code == rule.Code)
            {
                return new TierRuleSet(Rules.SetItem(i, rule));
            }
        }

        return new TierRuleSet(Rules.Add(rule));
    }

    /// <summary>Evaluates every rule for an enterprise in a year.</summary>
    /// <param name="enterprise">The enterprise.</param>
    /// <param name="year">The year.</param>
    /// <returns>One evaluation per rule, in the order of <see cref="Rules"/>.</returns>
    public ImmutableArray<TierEvaluation> Evaluate(Enterprise enterprise, int year) => [.. Rules.Select(r => r.Evaluate(enterprise, year))];

    /// <summary>The codes of the tiers an enterprise holds in a year.</summary>
    /// <param name="enterprise">The enterprise.</param>
    /// <param name="year">The year.</param>
    /// <returns>The codes, in the order of <see cref="Rules"/>.</returns>
    public ImmutableArray<string> TiersOf(Enterprise enterprise, int year) => [.. Evaluate(enterprise, year).Where(e => e.Qualifies).Select(e => e.Rule.Code)];

    /// <summary>Returns a one-line summary: <c>Tier rules (3): carrier, flagship, listed</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Tier rules ({Rules.Length}): {string.Join(", ", Rules.Select(r => r.Code))}");

    /// <summary>
    /// Returns the rules as an aligned plain-text table: <see cref="ToString()"/> on the first line, then one line per rule: code, English and Chinese name.
    /// Invariant culture, figures rounded 四舍五入.
    /// </summary>
    /// <returns>The table; lines end with '\n'.</returns>
    public string ToTextTable() => ToTable().ToText();

    /// <summary>Returns the rules as a Markdown table (the same cells as <see cref="ToTextTable"/>), the summary as a paragraph above.</summary>
    /// <returns>The Markdown; lines end with '\n'.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    TextTable ITabular.ToTable() => ToTable();

    internal TextTable ToTable()
    {
        var table = new TextTable(ToString(), ("code", false), ("name", false), ("中文", false));
        foreach (var r in Rules)
        {
            table.Add(r.Code, r.EnglishName, r.ChineseName);
        }

        return table;
    }
}
