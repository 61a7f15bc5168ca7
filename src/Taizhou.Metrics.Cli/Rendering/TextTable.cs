using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>
/// A titled table of rows rendered as aligned plain text (CJK characters count two columns, as terminals show them)
/// or as a GitHub-flavoured markdown table.
/// </summary>
internal sealed class TextTable
{
    private readonly List<string[]> rows = [];

    /// <summary>Initializes a new table.</summary>
    /// <param name="title">The section title.</param>
    /// <param name="headers">The column headers.</param>
    /// <param name="rightAligned">For each column, whether it is right-aligned (numbers).</param>
    public TextTable(string title, string[] headers, bool[] rightAligned)
    {
        Title = title;
        Headers = headers;
        RightAligned = rightAligned;
    }

    /// <summary>Gets the title.</summary>
    public string Title { get; }

    /// <summary>Gets the headers.</summary>
    public string[] Headers { get; }

    /// <summary>Gets which columns are right-aligned.</summary>
    public bool[] RightAligned { get; }

    /// <summary>Adds a row.</summary>
    /// <param name="cells">The cells, one per header.</param>
    public void Add(params string[] cells)
    {
        if (cells.Length != Headers.Length)
        {
            throw new ArgumentException($"Expected {Headers.Length} cells, got {cells.Length}.", nameof(cells));
        }

        rows.Add(cells);
    }

    /// <summary>Writes the table.</summary>
    /// <param name="output">The writer.</param>
    /// <param name="markdown">Markdown when true, aligned text otherwise.</param>
    public void Write(TextWriter output, bool markdown)
    {
        if (markdown)
        {
            output.WriteLine($"## {Title}");
            output.WriteLine();
            output.WriteLine("| " + string.Join(" | ", Headers.Select(Escape)) + " |");
            output.WriteLine("|" + string.Join("|", RightAligned.Select(r => r ? " ---: " : " --- ")) + "|");
            foreach (var row in rows)
            {
                output.WriteLine("| " + string.Join(" | ", row.Select(Escape)) + " |");
            }

            output.WriteLine();
            return;
        }

        output.WriteLine(Title);
        var widths = Enumerable.Range(0, Headers.Length)
            .Select(c => rows.Select(r => Width(r[c])).Append(Width(Headers[c])).Max())
            .ToArray();
        WriteRow(output, Headers, widths);
        WriteRow(output, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in rows)
        {
            WriteRow(output, row, widths);
        }

        output.WriteLine();
    }

    /// <summary>The number of terminal columns a text takes: East Asian wide characters count two.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The width.</returns>
    public static int Width(string text) => Taizhou.Metrics.Text.TextTable.Width(text);

    private void WriteRow(TextWriter output, string[] cells, int[] widths)
    {
        var parts = new string[cells.Length];
        for (int c = 0; c < cells.Length; c++)
        {
            string pad = new(' ', widths[c] - Width(cells[c]));
            parts[c] = RightAligned[c] ? pad + cells[c] : cells[c] + pad;
        }

        output.WriteLine("  " + string.Join("  ", parts).TrimEnd());
    }

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);
}
