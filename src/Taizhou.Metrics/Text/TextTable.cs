using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace Taizhou.Metrics.Text;

/// <summary>
/// The one table layout behind every result's <c>ToTextTable()</c>, <c>ToMarkdown()</c> and notebook HTML: a header
/// row and rows of cells already formatted (figures through <see cref="Published.Rounding"/>, invariant culture), laid
/// out as aligned plain text, a Markdown pipe table or an HTML table with every cell escaped.
/// </summary>
/// <remarks>
/// Plain text pads by display width (a CJK character takes two columns, as in a terminal), right-aligns numeric columns
/// and separates columns by two spaces, with a line of '-' under the header. Markdown escapes '|' and '\' in cells and
/// marks numeric columns right-aligned (<c>---:</c>). HTML escapes &amp;, &lt;, &gt;, " and ' and holds no script or
/// style: <c>&lt;table&gt;</c> with an optional <c>&lt;caption&gt;</c>, <c>&lt;thead&gt;</c> and <c>&lt;tbody&gt;</c>.
/// </remarks>
internal sealed class TextTable
{
    private readonly string[] headers;
    private readonly bool[] numeric;
    private readonly List<string[]> rows = [];

    /// <summary>Creates an empty table.</summary>
    /// <param name="caption">A one-line summary shown above the table (the owner's <c>ToString()</c>), or null.</param>
    /// <param name="columns">The columns: a header and whether the column holds figures (right-aligned).</param>
    public TextTable(string? caption, params (string Header, bool Numeric)[] columns)
    {
        Caption = caption;
        headers = columns.Select(c => c.Header).ToArray();
        numeric = columns.Select(c => c.Numeric).ToArray();
    }

    /// <summary>Gets the caption, or null.</summary>
    public string? Caption { get; }

    /// <summary>Adds a row; a null cell prints empty.</summary>
    /// <param name="cells">One cell per column.</param>
    /// <returns>This table.</returns>
    /// <exception cref="ArgumentException">The number of cells differs from the number of columns.</exception>
    public TextTable Add(params string?[] cells)
    {
        if (cells.Length != headers.Length)
        {
            throw new ArgumentException($"A row of {headers.Length} cells expected; got {cells.Length}.", nameof(cells));
        }

        rows.Add(cells.Select(c => c ?? string.Empty).ToArray());
        return this;
    }

    /// <summary>Returns the table as aligned plain text, the caption on the first line; lines end with '\n'.</summary>
    /// <returns>The text.</returns>
    public string ToText()
    {
        var widths = new int[headers.Length];
        foreach (var row in rows.Prepend(headers))
        {
            for (int i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], Width(Flat(row[i])));
            }
        }

        var b = new StringBuilder();
        if (Caption is not null)
        {
            b.Append(Flat(Caption)).Append('\n');
        }

        Line(b, headers, widths);
        b.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var row in rows)
        {
            Line(b, row, widths);
        }

        return b.ToString();
    }

    /// <summary>Returns the table as a Markdown pipe table, the caption as a paragraph above it; lines end with '\n'.</summary>
    /// <returns>The Markdown.</returns>
    public string ToMarkdown()
    {
        var b = new StringBuilder();
        if (Caption is not null)
        {
            b.Append(MarkdownCell(Caption)).Append("\n\n");
        }

        b.Append("| ").Append(string.Join(" | ", headers.Select(MarkdownCell))).Append(" |\n");
        b.Append('|').Append(string.Join("|", numeric.Select(n => n ? " ---: " : " --- "))).Append("|\n");
        foreach (var row in rows)
        {
            b.Append("| ").Append(string.Join(" | ", row.Select(MarkdownCell))).Append(" |\n");
        }

        return b.ToString();
    }

    /// <summary>Returns the table as one HTML <c>&lt;table&gt;</c> element, every cell escaped, no script or style.</summary>
    /// <returns>The HTML.</returns>
    public string ToHtml()
    {
        var b = new StringBuilder("<table>");
        if (Caption is not null)
        {
            b.Append("<caption>").Append(HtmlText.Escape(Caption)).Append("</caption>");
        }

        b.Append("<thead><tr>");
        for (int i = 0; i < headers.Length; i++)
        {
            b.Append(numeric[i] ? "<th style=\"text-align:right\">" : "<th>").Append(HtmlText.Escape(headers[i])).Append("</th>");
        }

        b.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            b.Append("<tr>");
            for (int i = 0; i < row.Length; i++)
            {
                b.Append(numeric[i] ? "<td style=\"text-align:right\">" : "<td>").Append(HtmlText.Escape(row[i])).Append("</td>");
            }

            b.Append("</tr>");
        }

        return b.Append("</tbody></table>").ToString();
    }

    private void Line(StringBuilder b, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (int i = 0; i < cells.Length; i++)
        {
            string cell = Flat(cells[i]);
            string pad = new(' ', widths[i] - Width(cell));
            if (i > 0)
            {
                line.Append("  ");
            }

            line.Append(numeric[i] ? pad + cell : cell + pad);
        }

        b.Append(line.ToString().TrimEnd()).Append('\n');
    }

    /// <summary>A cell on one line: line breaks and other controls shown escaped (a name from a user's file may hold them).</summary>
    private static string Flat(string cell) => CellText.Escape(cell);

    private static string MarkdownCell(string cell) => Flat(cell).Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal);

    /// <summary>The columns a text takes in a terminal: two for East Asian wide and full-width characters, one otherwise.</summary>
    internal static int Width(string text)
    {
        int width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            int v = rune.Value;
            bool wide = v is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3)
                or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6)
                or (>= 0x20000 and <= 0x3FFFD);
            width += wide ? 2 : rune.Utf16SequenceLength > 0 && CharUnicodeInfo.GetUnicodeCategory(v) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark ? 0 : 1;
        }

        return width;
    }
}
