using System.Linq;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Structure;

/// <content>The check as text for people: a one-line summary, plain text, Markdown and a notebook's HTML.</content>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed partial class TableCheck : ITabular
{
    /// <summary>Returns a one-line summary: <c>Table check: 6 identities, all consistent</c> or <c>Table check: 6 identities, 2 broken</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        int broken = Findings.Count(f => f.IsBroken);
        return string.Create(
            Rounding.InvariantText,
            $"Table check: {Findings.Count} identit{(Findings.Count == 1 ? "y" : "ies")}, {(broken == 0 ? "all consistent" : string.Create(Rounding.InvariantText, $"{broken} broken"))}");
    }

    /// <summary>
    /// Returns the check as an aligned plain-text table: <see cref="ToString()"/> on the first line, then one line per
    /// identity with its row, figure, the published figure, the derived figure and its bounds (six significant digits,
    /// rounded 四舍五入 through <see cref="Rounding"/>), the break (three
    /// significant digits) and <c>ok</c> or <c>BROKEN</c>. Invariant culture.
    /// </summary>
    /// <returns>The table; lines end with '\n'.</returns>
    public string ToTextTable() => ToTable().ToText();

    /// <summary>Returns the check as a Markdown table (the same cells as <see cref="ToTextTable"/>), its summary as a paragraph above.</summary>
    /// <returns>The Markdown; lines end with '\n'.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    TextTable ITabular.ToTable() => ToTable();

    internal TextTable ToTable()
    {
        var table = new TextTable(ToString(), ("row", false), ("figure", false), ("published", true), ("derived", true), ("lower", true), ("upper", true), ("break", true), ("status", false));
        foreach (var f in Findings)
        {
            table.Add(
                f.Row,
                f.Figure,
                Rounding.FormatFigure(f.Published.Estimate, "G6"),
                Rounding.FormatFigure(f.Derived.Estimate, "G6"),
                Rounding.FormatFigure(f.Derived.Bounds.Lower, "G6"),
                Rounding.FormatFigure(f.Derived.Bounds.Upper, "G6"),
                Rounding.FormatFigure(f.Break, "G3"),
                f.IsBroken ? "BROKEN" : "ok");
        }

        return table;
    }
}
