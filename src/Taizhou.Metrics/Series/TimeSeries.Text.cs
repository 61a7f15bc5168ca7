using Taizhou.Metrics.Published;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Series;

/// <content>The series as a table for people: plain text, Markdown and a notebook's HTML.</content>
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed partial class TimeSeries : ITabular
{
    /// <summary>
    /// Returns the series as an aligned plain-text table: <see cref="ToString()"/> on the first line, then one line per
    /// observation with its period (ISO notation) and its value as held, or <c>missing</c>. Invariant text whatever the
    /// culture (README, "Conventions").
    /// </summary>
    /// <returns>The table; lines end with '\n'.</returns>
    public string ToTextTable() => ToTable().ToText();

    /// <summary>Returns the series as a Markdown table (the same cells as <see cref="ToTextTable"/>), its summary as a paragraph above.</summary>
    /// <returns>The Markdown; lines end with '\n'.</returns>
    public string ToMarkdown() => ToTable().ToMarkdown();

    TextTable ITabular.ToTable() => ToTable();

    internal TextTable ToTable()
    {
        var table = new TextTable(ToString(), ("period", false), ("value", true));
        foreach (var o in observations)
        {
            table.Add(o.Period.ToString(), o.Value is decimal v ? Rounding.FormatFigure(v, null) : "missing");
        }

        return table;
    }
}
