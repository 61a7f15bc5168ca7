using System.Collections.Generic;
using System;
using Taizhou.Metrics.IO.Text;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Cli.Input;

/// <summary>
/// A CSV file read a record at a time under the project's one CSV policy (<see cref="CsvTokenizer"/>, docs/input.md):
/// its header, then its rows with the line each starts on, so that a reader reports the first bad row without reading
/// the rest of the file.
/// </summary>
internal sealed class CsvTable : IDisposable
{
    private readonly CsvTokenizer tokenizer;
    private readonly Dictionary<string, int> columnIndex;

    private CsvTable(CsvTokenizer tokenizer)
    {
        this.tokenizer = tokenizer;
        Header = tokenizer.ReadHeader();
        columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Header.Count; i++)
        {
            columnIndex.Add(Header[i], i);
        }
    }

    /// <summary>Gets the file name as given, for messages.</summary>
    public string Source => tokenizer.Source;

    /// <summary>Gets the physical line of the header (1 unless blank lines come before it).</summary>
    public long HeaderLine => tokenizer.HeaderLine;

    /// <summary>Gets the column names, trimmed.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Opens a CSV file and reads its header.</summary>
    /// <param name="path">The path.</param>
    /// <param name="encoding">The encoding, or <see cref="InputEncoding.Detect"/>.</param>
    /// <returns>The table, positioned at its first row; the caller disposes it.</returns>
    /// <exception cref="InputFormatException">The file cannot be read, is empty, or its header is bad.</exception>
    public static CsvTable Open(string path, InputEncoding encoding)
    {
        var tokenizer = TextInput.OpenCsv(path, encoding);
        try
        {
            return new CsvTable(tokenizer);
        }
        catch
        {
            tokenizer.Dispose();
            throw;
        }
    }

    /// <summary>Reads the data rows, one at a time; the sequence can be enumerated once.</summary>
    /// <returns>The rows.</returns>
    /// <exception cref="InputFormatException">A row has more or fewer fields than the header, or the file breaks the CSV policy or its encoding there.</exception>
    public IEnumerable<CsvRow> ReadRows()
    {
        while (tokenizer.Read())
        {
            var fields = new string[tokenizer.FieldCount];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = tokenizer.Field(i).ToString();
            }

            yield return new CsvRow(checked((int)tokenizer.RecordLine), fields);
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
                throw new InputException($"{Source}: line {HeaderLine}: missing column '{column}' (the columns are: {string.Join(", ", System.Linq.Enumerable.Select(Header, h => CellText.Shorten(h)))}).");
            }
        }
    }

    /// <summary>Returns a cell, trimmed; empty when the column is absent.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The column name.</param>
    /// <returns>The cell text.</returns>
    public string Cell(CsvRow row, string column) => columnIndex.TryGetValue(column, out int i) ? row.Fields[i].Trim() : string.Empty;

    /// <inheritdoc/>
    public void Dispose() => tokenizer.Dispose();
}
