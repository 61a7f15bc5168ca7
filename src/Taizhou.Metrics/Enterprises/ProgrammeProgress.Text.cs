using System.Globalization;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Enterprises;

/// <content>The tier summary as text for people: a one-line summary, plain text, Markdown and a notebook's HTML.</content>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed partial class ProgrammeProgress : ITabular
{
    /// <summary>Returns a one-line summary: <c>Programme 2021: 5 firms, 4 tiers, 1 of 3 targets met</c> (targets counted only when some are set).</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        int targets = 0, met = 0;
        foreach (var t in Tiers)
        {
            targets += t.Target is null ? 0 : 1;
            met += t.IsMet == true ? 1 : 0;
        }

        string summary = $"Programme {Year.ToString(CultureInfo.InvariantCulture)}: {FirmCount.ToString(CultureInfo.InvariantCulture)} firms, {Tiers.Length.ToString(CultureInfo.InvariantCulture)} tiers";
        return targets == 0 ? summary : $"{summary}, {met.ToString(CultureInfo.InvariantCulture)} of {targets.ToString(CultureInfo.InvariantCulture)} targets met";
    }

    /// <summary>
    /// Returns the summary as an aligned plain-text table: <see cref="ToString()"/> on the first line, then one line per
    /// tier with its code, English name, count, the target (count and year, empty when none) and the gap (count −
    /// target). Invariant culture.
    /// </summary>
    /// <returns>The table; lines end with '\n'.</returns>
    public string ToTextTable() => ToTable().ToText();

    /// <summary>Returns the summary as a Markdown table (the same cells as <see cref="ToTextTable"/>), its summary line as a paragraph above.</summary>
    /// <returns>The Markdown; lines end with '\n'.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    TextTable ITabular.ToTable() => ToTable();

    internal TextTable ToTable()
    {
        var table = new TextTable(ToString(), ("tier", false), ("name", false), ("count", true), ("target", true), ("gap", true));
        foreach (var t in Tiers)
        {
            table.Add(
                t.Rule.Code,
                t.Rule.EnglishName,
                t.Count.ToString(CultureInfo.InvariantCulture),
                t.Target is { } target ? $"{target.Count.ToString(CultureInfo.InvariantCulture)} by {target.Year.ToString(CultureInfo.InvariantCulture)}" : null,
                t.Gap is int gap ? gap.ToString("+0;-0;0", CultureInfo.InvariantCulture) : null);
        }

        return table;
    }
}
