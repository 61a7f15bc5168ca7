using System.Linq;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Structure;

/// <content>The analysis as a table for people: a one-line summary, plain text, Markdown and a notebook's HTML.</content>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed partial class BreakdownAnalysis : ITabular
{
    /// <summary>
    /// Returns a one-line summary: the number of parts, whether a remainder (other) was added, and the total's levels and
    /// growth, such as <c>Breakdown of 2 parts and other, city 100 → 125, growth +25.0%</c>. Invariant culture.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        Rounding.InvariantText,
        $"Breakdown of {Parts.Count} part{(Parts.Count == 1 ? string.Empty : "s")}{(Remainder is null ? string.Empty : " and other")}, {Total.Name} {Total.Previous} → {Total.Current}, growth {Total.Growth}");

    /// <summary>
    /// Returns the analysis as an aligned plain-text table: <see cref="ToString()"/> on the first line, then one line per
    /// part, the remainder and the total, with the levels (two decimals), the share of the current total (%), the growth,
    /// the contribution in percentage points (拉动) and the contribution rate (贡献率, %), one decimal, rounded 四舍五入
    /// (<see cref="Rounding"/>), invariant culture. A figure that is not defined prints as <c>n/a</c>, an undefined growth
    /// with its reason. Sub-items on the grand total's base (<see cref="SubItems"/>) follow their parent, indented by two
    /// spaces; a nested breakdown is not expanded (each <see cref="BreakdownPart.Children"/> prints its own table).
    /// </summary>
    /// <returns>The table; lines end with '\n'.</returns>
    public string ToTextTable() => ToTable().ToText();

    /// <summary>Returns the analysis as a Markdown table (the same cells as <see cref="ToTextTable"/>), its summary as a paragraph above.</summary>
    /// <returns>The Markdown; lines end with '\n'.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    TextTable ITabular.ToTable() => ToTable();

    internal TextTable ToTable()
    {
        var table = new TextTable(
            ToString(),
            ("part", false),
            ("previous", true),
            ("current", true),
            ("share %", true),
            ("growth", true),
            ("contribution pp", true),
            ("contribution rate %", true));
        var rows = Parts.SelectMany(p => SubItems.Where(s => s.Parent == p.Name).Prepend(p));
        foreach (var p in Remainder is null ? rows.Append(Total) : rows.Append(Remainder).Append(Total))
        {
            table.Add(
                p.Parent is null ? p.Name : "  " + p.Name,
                Rounding.Format(p.Previous, 2),
                Rounding.Format(p.Current, 2),
                Percent(p.Share, signed: false),
                p.Growth.ToString(),
                Percent(p.ContributionPoints, signed: true),
                Percent(p.ContributionRate, signed: false));
        }

        return table;
    }

    private static string Percent(double? fraction, bool signed) =>
        fraction is double f ? Rounding.FormatScaled(f, 2, 1, signed) : "n/a";
}
