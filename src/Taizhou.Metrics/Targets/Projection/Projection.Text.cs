using Taizhou.Metrics.Published;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Targets;

/// <content>The projected path as a table for people: plain text, Markdown and a notebook's HTML.</content>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed partial class Projection : ITabular
{
    /// <summary>
    /// Returns the projection as an aligned plain-text table: <see cref="ToString()"/> on the first line, then the last
    /// actual value and one line per projected period with its estimate and, when the method gives them, the interval's
    /// bounds, to two decimals rounded 四舍五入 (<see cref="Rounding"/>), invariant culture.
    /// </summary>
    /// <returns>The table; lines end with '\n'.</returns>
    public string ToTextTable() => ToTable().ToText();

    /// <summary>Returns the projection as a Markdown table (the same cells as <see cref="ToTextTable"/>), its summary as a paragraph above.</summary>
    /// <returns>The Markdown; lines end with '\n'.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    TextTable ITabular.ToTable() => ToTable();

    internal TextTable ToTable()
    {
        var table = new TextTable(ToString(), ("period", false), ("estimate", true), ("lower", true), ("upper", true));
        table.Add(LastActualPeriod.ToString(), Rounding.Format(LastActualValue, 2), "actual", null);
        foreach (var p in Path)
        {
            table.Add(
                p.Period.ToString(),
                Rounding.Format(p.Estimate, 2),
                p.Interval is { } i ? Rounding.Format(i.Lower, 2) : null,
                p.Interval is { } j ? Rounding.Format(j.Upper, 2) : null);
        }

        return table;
    }
}
