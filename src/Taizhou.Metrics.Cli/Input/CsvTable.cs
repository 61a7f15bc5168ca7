using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;

namespace Taizhou.Metrics.Cli.Input;

/// <summary>
/// A CSV file read whole (RFC 4180: comma-separated, double-quoted fields with "" for a quote, a header row), with the
/// file name and line numbers kept for error messages.
/// </summary>
internal sealed class CsvTable
{
    private readonly Dictionary<string, int> columnIndex;

    private CsvTable(string source, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        Source = source;
        Header = header;
        Rows = rows;
        columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < header.Count; i++)
        {
            if (!columnIndex.TryAdd(header[i], i))
            {
                throw new InputException($"{source}: line 1: column '{header[i]}' appears twice.");
            }
        }
    }

    /// <summary>Gets the file name as given, for messages.</summary>
    public string Source { get; }

    /// <summary>Gets the column names, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Gets the data rows.</summary>
    public IReadOnlyList<CsvRow> Rows { get; }

    /// <summary>Reads a CSV file.</summary>
    /// <param name="path">The path.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InputException">The file cannot be read or is not valid CSV.</exception>
    public static CsvTable Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputException($"{path}: cannot be read: {ex.Message}");
        }

        return Parse(text, path);
    }

    /// <summary>Parses CSV text.</summary>
    /// <param name="text">The text.</param>
    /// <param name="source">The name for messages.</param>
    /// <returns>The table.</returns>
    /// <exception cref="InputException">The text is not valid CSV, has no header, or a row has the wrong number of fields.</exception>
    public static CsvTable Parse(string text, string source)
    {
        var records = new List<(int Line, List<string> Fields)>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1;
        bool quoted = false, fieldStarted = false;
        text = text.TrimStart('\uFEFF');
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (quoted)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }

                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case '"' when !fieldStarted:
                    quoted = true;
                    fieldStarted = true;
                    break;
                case ',':
                    EndField();
                    break;
                case '\r':
                    break;
                case '\n':
                    EndRecord();
                    line++;
                    recordLine = line;
                    break;
                default:
                    field.Append(c);
                    fieldStarted = true;
                    break;
            }
        }

        if (quoted)
        {
            throw new InputException($"{source}: line {recordLine}: a quoted field is not closed.");
        }

        if (fieldStarted || fields.Count > 0)
        {
            EndRecord();
        }

        if (records.Count == 0)
        {
            throw new InputException($"{source}: the file is empty; expected a header row.");
        }

        var header = records[0].Fields.Select(h => h.Trim()).ToList();
        var rows = new List<CsvRow>();
        foreach (var (recLine, recFields) in records.Skip(1))
        {
            if (recFields.Count != header.Count)
            {
                throw new InputException($"{source}: line {recLine}: {recFields.Count} fields, but the header has {header.Count}.");
            }

            rows.Add(new CsvRow(recLine, recFields));
        }

        return new CsvTable(source, header, rows);

        // A blank line (one empty or all-space field) is not a record.
        void EndRecord()
        {
            EndField();
            if (fields.Count > 1 || fields[0].Trim().Length > 0)
            {
                records.Add((recordLine, fields));
            }

            fields = [];
        }

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            fieldStarted = false;
        }
    }

    /// <summary>Returns whether the table has a column.</summary>
    /// <param name="name">The column name.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Has(string name) => columnIndex.ContainsKey(name);

    /// <summary>Checks that the table has every one of the columns.</summary>
    /// <param name="columns">The required column names.</param>
    /// <exception cref="InputException">A column is missing; the message names it and lists the columns present.</exception>
    public void Require(params string[] columns)
    {
        foreach (string column in columns)
        {
            if (!Has(column))
            {
                throw new InputException($"{Source}: line 1: missing column '{column}' (the columns are: {string.Join(", ", Header)}).");
            }
        }
    }

    /// <summary>Returns a cell, trimmed; empty when the column is absent.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column name.</param>
    /// <returns>The cell text.</returns>
    public string Cell(CsvRow row, string column) => columnIndex.TryGetValue(column, out int i) ? row.Fields[i].Trim() : string.Empty;
}
