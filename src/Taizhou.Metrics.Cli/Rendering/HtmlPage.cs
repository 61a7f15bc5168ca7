using System;
using System.Collections.Generic;
using System.IO;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// Writes one self-contained HTML page (<c>--format html</c>): the same sections and tables as <c>--format markdown</c>,
/// with the charts as inline SVG, a style sheet in the page, and no reference to anything outside it (no scripts, no
/// links, no fonts or images to fetch), so that the file can be mailed and opened anywhere.
/// </summary>
/// <remarks>
/// The page is made from the markdown the text renderers write, which uses a small, fixed subset: <c># </c> and
/// <c>## </c> headings, pipe tables (a header row, an alignment row with <c>---:</c> for numbers, body rows, <c>\|</c>
/// for a pipe in a cell), <c>- </c> list items and plain lines. Every text is HTML-escaped; the output is well-formed
/// XML (XHTML syntax) so that a test can parse it.
/// </remarks>
internal static class HtmlPage
{
    private const string Style = """
        body { font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", "WenQuanYi Micro Hei", "Helvetica Neue", Arial, sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #1a1a1a; line-height: 1.45; }
        h1 { font-size: 1.5em; margin-bottom: 0.8em; }
        h2 { font-size: 1.15em; margin-top: 1.6em; border-bottom: 1px solid #ccc; padding-bottom: 0.2em; }
        table { border-collapse: collapse; margin: 0.6em 0 1em; font-variant-numeric: tabular-nums; }
        th, td { border: 1px solid #ccc; padding: 0.25em 0.6em; vertical-align: top; }
        th { background: #f2f2f2; text-align: left; }
        .num { text-align: right; white-space: nowrap; }
        figure { margin: 1.2em 0; }
        figure svg { max-width: 100%; height: auto; }
        figcaption { font-size: 0.9em; color: #555; }
        footer { margin-top: 2em; font-size: 0.8em; color: #777; }
        """;

    /// <summary>Writes the page.</summary>
    /// <param name="markdown">The markdown the command's text renderer wrote.</param>
    /// <param name="output">Where the page is written.</param>
    /// <param name="language">The page's language tag (<c>en</c>, <c>zh-Hans</c> or <c>zh-Hant</c>).</param>
    /// <param name="figures">The charts, placed after the tables.</param>
    public static void Write(string markdown, TextWriter output, string language, IReadOnlyList<HtmlFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(figures);
        var lines = markdown.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        string title = "Taizhou.Metrics";
        foreach (var line in lines)
        {
            if (line.StartsWith("# ", StringComparison.Ordinal) || line.StartsWith("## ", StringComparison.Ordinal))
            {
                title = line.TrimStart('#', ' ');
                break;
            }
        }

        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine($"<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"{Escape(language)}\">");
        output.WriteLine("<head>");
        output.WriteLine("<meta charset=\"utf-8\" />");
        output.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />");
        output.WriteLine("<meta name=\"generator\" content=\"Taizhou.Metrics\" />");
        output.WriteLine($"<title>{Escape(title)}</title>");
        output.WriteLine("<style>");
        output.WriteLine(Style);
        output.WriteLine("</style>");
        output.WriteLine("</head>");
        output.WriteLine("<body>");
        WriteBody(lines, output);
        for (int f = 0; f < figures.Count; f++)
        {
            var figure = figures[f];
            output.WriteLine("<figure>");
            output.WriteLine(InlineSvg(figure.Svg, $"f{f + 1}-"));
            output.WriteLine($"<figcaption>{Escape(figure.Caption)}</figcaption>");
            output.WriteLine("</figure>");
        }

        output.WriteLine("<footer>Taizhou.Metrics</footer>");
        output.WriteLine("</body>");
        output.WriteLine("</html>");
    }

    /// <summary>Writes the page from a text renderer's markdown.</summary>
    /// <param name="markdown">Writes the markdown.</param>
    /// <param name="output">Where the page is written.</param>
    /// <param name="language">The page's language tag.</param>
    /// <param name="figures">The charts, placed after the tables.</param>
    public static void Write(Action<TextWriter> markdown, TextWriter output, string language, IReadOnlyList<HtmlFigure> figures)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture) { NewLine = "\n" };
        markdown(text);
        Write(text.ToString(), output, language, figures);
    }

    /// <summary>Escapes a text for HTML element content and attribute values.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text) => WebUtility.HtmlEncode(text);

    /// <summary>
    /// An SVG document as an element to place in the page: without its XML declaration, and refused if it refers to
    /// anything outside itself (a page that fetches nothing is the promise of <c>--format html</c>).
    /// </summary>
    /// <param name="svg">The SVG document.</param>
    /// <param name="idPrefix">
    /// Put before every <c>id</c> of the chart and the references to it (<c>url(#…)</c>, <c>href="#…"</c>), so that two
    /// charts in one page, which name their clip paths alike, do not clip each other.
    /// </param>
    /// <returns>The <c>&lt;svg&gt;</c> element.</returns>
    public static string InlineSvg(string svg, string idPrefix = "")
    {
        ArgumentNullException.ThrowIfNull(svg);
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new ArgumentException("The chart is not an SVG document.", nameof(svg));
        }

        string element = svg[start..].TrimEnd();
        foreach (var reference in (string[])["href=\"http", "href='http", "src=", "url(http", "@import"])
        {
            if (element.Contains(reference, StringComparison.OrdinalIgnoreCase))
            {
                throw new ArgumentException($"The chart refers to something outside the page ({reference}).", nameof(svg));
            }
        }

        if (idPrefix.Length == 0)
        {
            return element;
        }

        element = Regex.Replace(element, "\\bid=\"([^\"]*)\"", m => $"id=\"{idPrefix}{m.Groups[1].Value}\"");
        element = Regex.Replace(element, "url\\(#([^)]*)\\)", m => $"url(#{idPrefix}{m.Groups[1].Value})");
        return Regex.Replace(element, "href=\"#([^\"]*)\"", m => $"href=\"#{idPrefix}{m.Groups[1].Value}\"");
    }

    private static void WriteBody(string[] lines, TextWriter output)
    {
        int i = 0;
        while (i < lines.Length)
        {
            string line = lines[i];
            if (line.Length == 0)
            {
                i++;
            }
            else if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                output.WriteLine($"<h1>{Escape(line[2..])}</h1>");
                i++;
            }
            else if (line.StartsWith("## ", StringComparison.Ordinal))
            {
                output.WriteLine($"<h2>{Escape(line[3..])}</h2>");
                i++;
            }
            else if (line.StartsWith('|'))
            {
                int end = i;
                while (end < lines.Length && lines[end].StartsWith('|'))
                {
                    end++;
                }

                WriteTable(lines.AsSpan(i, end - i), output);
                i = end;
            }
            else if (line.StartsWith("- ", StringComparison.Ordinal))
            {
                output.WriteLine("<ul>");
                while (i < lines.Length && lines[i].StartsWith("- ", StringComparison.Ordinal))
                {
                    output.WriteLine($"<li>{Escape(lines[i][2..])}</li>");
                    i++;
                }

                output.WriteLine("</ul>");
            }
            else
            {
                var paragraph = new StringBuilder();
                while (i < lines.Length && lines[i].Length > 0 && !IsBlockStart(lines[i]))
                {
                    if (paragraph.Length > 0)
                    {
                        paragraph.Append("<br />");
                    }

                    paragraph.Append(Escape(lines[i]));
                    i++;
                }

                output.WriteLine($"<p>{paragraph}</p>");
            }
        }
    }

    private static bool IsBlockStart(string line) =>
        line.StartsWith('#') || line.StartsWith('|') || line.StartsWith("- ", StringComparison.Ordinal);

    private static void WriteTable(ReadOnlySpan<string> rows, TextWriter output)
    {
        var header = Cells(rows[0]);
        var numeric = new bool[header.Count];
        int body = 1;
        if (rows.Length > 1 && IsAlignmentRow(rows[1]))
        {
            var alignment = Cells(rows[1]);
            for (int c = 0; c < numeric.Length && c < alignment.Count; c++)
            {
                numeric[c] = alignment[c].EndsWith(':');
            }

            body = 2;
        }

        output.WriteLine("<table>");
        output.Write("<thead><tr>");
        for (int c = 0; c < header.Count; c++)
        {
            output.Write(numeric[c] ? $"<th class=\"num\">{Escape(header[c])}</th>" : $"<th>{Escape(header[c])}</th>");
        }

        output.WriteLine("</tr></thead>");
        output.WriteLine("<tbody>");
        for (int r = body; r < rows.Length; r++)
        {
            var cells = Cells(rows[r]);
            output.Write("<tr>");
            for (int c = 0; c < cells.Count; c++)
            {
                bool number = c < numeric.Length && numeric[c];
                output.Write(number ? $"<td class=\"num\">{Escape(cells[c])}</td>" : $"<td>{Escape(cells[c])}</td>");
            }

            output.WriteLine("</tr>");
        }

        output.WriteLine("</tbody>");
        output.WriteLine("</table>");
    }

    private static bool IsAlignmentRow(string row)
    {
        foreach (var cell in Cells(row))
        {
            if (cell.Trim(':').Length == 0 || cell.Trim(':').Trim('-').Length != 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The cells of a markdown table row: split on unescaped pipes, <c>\|</c> read as a pipe, trimmed.</summary>
    /// <param name="row">The row, starting and ending with a pipe.</param>
    /// <returns>The cells.</returns>
    internal static List<string> Cells(string row)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        string inner = row.Trim();
        inner = inner[1..];
        if (inner.EndsWith('|') && !inner.EndsWith("\\|", StringComparison.Ordinal))
        {
            inner = inner[..^1];
        }

        for (int i = 0; i < inner.Length; i++)
        {
            if (inner[i] == '\\' && i + 1 < inner.Length && inner[i + 1] == '|')
            {
                cell.Append('|');
                i++;
            }
            else if (inner[i] == '|')
            {
                cells.Add(cell.ToString().Trim());
                cell.Clear();
            }
            else
            {
                cell.Append(inner[i]);
            }
        }

        cells.Add(cell.ToString().Trim());
        return cells;
    }
}
