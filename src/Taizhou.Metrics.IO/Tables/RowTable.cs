using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Taizhou.Metrics.IO.Excel;
using Taizhou.Metrics.IO.Text;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.IO;

/// <summary>
/// A table read a row at a time, whatever holds it: delimited text through the one CSV policy (<see cref="CsvTokenizer"/>,
/// docs/input.md), or the rows of a spreadsheet's sheet. Its header's names are resolved to the reader's columns
/// (<see cref="HeaderAliases"/>); its rows come with their location ("line 7", "sheet 'Data' row 7") for messages, so
/// that the readers report the first bad row the same way for every source.
/// </summary>
internal sealed class RowTable : IDisposable
{
    private readonly Dictionary<string, int> columnIndex = new(StringComparer.Ordinal);
    private readonly IEnumerable<TableRow> rows;
    private readonly string rowWord;
    private readonly IDisposable? owner;

    private RowTable(string source, string rowWord, bool fromWorkbook, int headerRow, IReadOnlyList<string> names, IEnumerable<TableRow> rows, IDisposable? owner, IReadOnlyCollection<string> columns, IReadOnlyDictionary<string, string> aliases, TableReadOptions options)
    {
        Source = source;
        this.rowWord = rowWord;
        FromWorkbook = fromWorkbook;
        HeaderRow = headerRow;
        Names = names;
        this.rows = rows;
        this.owner = owner;
        var header = new string[names.Count];
        for (int i = 0; i < names.Count; i++)
        {
            header[i] = HeaderAliases.Resolve(names[i], columns, aliases, options.HeaderAliases);
            if (!columnIndex.TryAdd(header[i], i))
            {
                int first = columnIndex[header[i]];
                throw new InputFormatException(source, headerRow, names[i], $"{source}: {At(headerRow)}: columns {CellText.Quote(names[first])} and {CellText.Quote(names[i])} both mean '{header[i]}'; keep one.", null);
            }
        }

        Header = header;
    }

    /// <summary>Gets the file (or workbook) as given, for messages; <c>-</c> for standard input.</summary>
    public string Source { get; }

    /// <summary>Gets whether the table is a sheet of a workbook (its cells are Excel's text: <c>26.7%</c>, <c>2018-06-30</c>).</summary>
    public bool FromWorkbook { get; }

    /// <summary>Gets the line (or sheet row) of the header.</summary>
    public int HeaderRow { get; }

    /// <summary>Gets the header's names as written, trimmed.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Gets the columns the header's names mean: a known alias resolved to the reader's column, any other name as written.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Opens delimited text from a stream and reads its header.</summary>
    /// <param name="stream">The bytes; disposed with the table unless <paramref name="leaveOpen"/>.</param>
    /// <param name="source">The file's name for messages (<c>-</c> for standard input).</param>
    /// <param name="options">The encoding, delimiter and caller's aliases.</param>
    /// <param name="columns">The reader's columns.</param>
    /// <param name="aliases">The reader's built-in aliases.</param>
    /// <param name="leaveOpen">Whether disposing the table leaves the stream open.</param>
    /// <returns>The table, before its first row; the caller disposes it.</returns>
    /// <exception cref="InputFormatException">The text is empty, its header is bad, or its delimiter is ambiguous.</exception>
    public static RowTable OpenText(Stream stream, string source, TableReadOptions options, IReadOnlyCollection<string> columns, IReadOnlyDictionary<string, string> aliases, bool leaveOpen = false)
    {
        TextReader reader = new DecodingReader(stream, source, options.Encoding, leaveOpen);
        CsvTokenizer? tokenizer = null;
        try
        {
            char delimiter = options.Delimiter ?? DelimiterDetection.Detect(reader, source, out reader);
            tokenizer = new CsvTokenizer(reader, source, delimiter);
            var names = tokenizer.ReadHeader();
            return new RowTable(source, "line", false, checked((int)tokenizer.HeaderLine), names, TextRows(tokenizer), tokenizer, columns, aliases, options);
        }
        catch
        {
            if (tokenizer is not null)
            {
                tokenizer.Dispose();
            }
            else
            {
                reader.Dispose();
            }

            throw;
        }
    }

    /// <summary>Opens a table file, delimited text or an Excel workbook (told apart by its first bytes), and reads its header.</summary>
    /// <param name="path">The file.</param>
    /// <param name="options">The encoding, delimiter, sheet and caller's aliases.</param>
    /// <param name="columns">The reader's columns.</param>
    /// <param name="aliases">The reader's built-in aliases.</param>
    /// <returns>The table, before its first row; the caller disposes it.</returns>
    /// <exception cref="InputFormatException">The file cannot be opened, is empty, its header is bad, its delimiter is ambiguous, or its sheet is missing or holds an error cell.</exception>
    public static RowTable OpenFile(string path, TableReadOptions options, IReadOnlyCollection<string> columns, IReadOnlyDictionary<string, string> aliases) =>
        Open(TextInput.OpenFile(path), path, options, columns, aliases);

    /// <summary>
    /// Opens a table from a stream, delimited text or an Excel workbook, told apart by the first bytes (an .xlsx is a zip,
    /// <c>PK\x03\x04</c>; an .xls an OLE compound file, <c>D0 CF 11 E0</c>), and reads its header. A workbook's chosen
    /// sheet (<see cref="TableReadOptions.Sheet"/>, the first by default) is read whole, through <see cref="FromSheet"/>.
    /// </summary>
    /// <param name="stream">The bytes, from their start; disposed with the table unless <paramref name="leaveOpen"/>.</param>
    /// <param name="source">The file's name for messages (<c>-</c> for standard input).</param>
    /// <param name="options">The encoding, delimiter, sheet and caller's aliases.</param>
    /// <param name="columns">The reader's columns.</param>
    /// <param name="aliases">The reader's built-in aliases.</param>
    /// <param name="leaveOpen">Whether disposing the table leaves the stream open.</param>
    /// <returns>The table, before its first row; the caller disposes it.</returns>
    /// <exception cref="InputFormatException">
    /// As for <see cref="OpenText"/> and <see cref="FromSheet"/>; also: a sheet is chosen for text, the workbook is
    /// damaged or has no such sheet, the sheet holds an error cell, or (from the command line) an encoding or delimiter
    /// is given for a workbook.
    /// </exception>
    public static RowTable Open(Stream stream, string source, TableReadOptions options, IReadOnlyCollection<string> columns, IReadOnlyDictionary<string, string> aliases, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(stream);
        Stream whole;
        bool workbook;
        try
        {
            long start = stream.CanSeek ? stream.Position : -1;
            var head = new byte[4];
            int n = 0;
            int read;
            while (n < head.Length && (read = stream.Read(head, n, head.Length - n)) > 0)
            {
                n += read;
            }

            workbook = n == 4 && (head is [(byte)'P', (byte)'K', 3, 4] || head is [0xD0, 0xCF, 0x11, 0xE0]);
            if (start == 0)
            {
                stream.Position = 0;
                whole = stream;
            }
            else
            {
                whole = new PrefixedStream(head[..n], stream, leaveOpen);
                leaveOpen = false;
            }
        }
        catch (IOException ex)
        {
            if (!leaveOpen)
            {
                stream.Dispose();
            }

            throw new InputFormatException(source, null, null, $"{source}: cannot be read: {ex.Message}", ex);
        }

        if (!workbook)
        {
            if (options.Sheet is { } sheet)
            {
                if (!leaveOpen)
                {
                    whole.Dispose();
                }

                string option = options.CommandLine ? $"--sheet {sheet}" : $"a sheet ({sheet})";
                throw new InputFormatException(source, null, null, $"{source}: {option} was given, but the file is delimited text (CSV), not an Excel workbook (.xlsx or .xls); text has no sheets.", null);
            }

            return OpenText(whole, source, options, columns, aliases, leaveOpen);
        }

        try
        {
            if (options.CommandLine)
            {
                string? given = options.Encoding != InputEncoding.Detect ? "--encoding" : options.Delimiter is not null ? "--delimiter" : null;
                if (given is not null)
                {
                    throw new InputFormatException(source, null, null, $"{source}: {given} applies to delimited text, but the file is an Excel workbook; leave out {given}.", null);
                }
            }

            // A file is opened unbuffered for the text reader (which buffers itself); the workbook readers read in small pieces.
            var (sheetName, rows) = ExcelSheet.Read(whole.CanSeek ? new BufferedStream(whole, 1 << 16) : whole, source, options.Sheet ?? SheetSelector.First);
            return FromSheet(source, sheetName, rows.Select(r => (r.RowNumber, r.Cells)), options, columns, aliases);
        }
        finally
        {
            if (!leaveOpen)
            {
                whole.Dispose();
            }
        }
    }

    /// <summary>
    /// A table of a spreadsheet's rows (the cells as text): the first row that is not blank is the header, blank rows
    /// are skipped, a row shorter than the header is padded with empty cells, and a value beyond the header's last
    /// column is an error.
    /// </summary>
    /// <param name="source">The workbook as given, for messages.</param>
    /// <param name="sheet">The sheet's name, for messages ("sheet 'Data' row 7").</param>
    /// <param name="sheetRows">The rows: each 1-based row number as the spreadsheet shows it and its cells.</param>
    /// <param name="options">The caller's aliases (the encoding and delimiter do not apply).</param>
    /// <param name="columns">The reader's columns.</param>
    /// <param name="aliases">The reader's built-in aliases.</param>
    /// <returns>The table, before its first row.</returns>
    /// <exception cref="InputFormatException">The sheet has no rows, or its header has an empty or repeated name.</exception>
    public static RowTable FromSheet(string source, string sheet, IEnumerable<(int Number, string[] Cells)> sheetRows, TableReadOptions options, IReadOnlyCollection<string> columns, IReadOnlyDictionary<string, string> aliases)
    {
        string rowWord = $"sheet {CellText.Quote(sheet)} row";
        var e = sheetRows.GetEnumerator();
        try
        {
            while (e.MoveNext())
            {
                var (number, cells) = e.Current;
                if (cells.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                int width = cells.Length;
                while (width > 0 && string.IsNullOrWhiteSpace(cells[width - 1]))
                {
                    width--;
                }

                var names = new string[width];
                for (int i = 0; i < width; i++)
                {
                    names[i] = cells[i].Trim();
                    if (names[i].Length == 0 || Array.IndexOf(names, names[i], 0, i) >= 0)
                    {
                        string what = names[i].Length == 0
                            ? string.Create(CultureInfo.InvariantCulture, $"column {i + 1} of the header has no name.")
                            : $"column {CellText.Quote(names[i])} appears twice in the header.";
                        throw new InputFormatException(source, number, null, $"{source}: {rowWord} {number}: {what}", null);
                    }
                }

                return new RowTable(source, rowWord, true, number, names, SheetRows(e, source, rowWord, width), e, columns, aliases, options);
            }

            throw new InputFormatException(source, null, null, $"{source}: {rowWord[..^4]} is empty; expected a header row.", null);
        }
        catch
        {
            e.Dispose();
            throw;
        }
    }

    /// <summary>Gets the location of a row for messages: <c>line 7</c> in a text file, <c>sheet 'Data' row 7</c> in a sheet.</summary>
    /// <param name="row">The line or row number.</param>
    /// <returns>The text.</returns>
    public string At(long row) => string.Create(CultureInfo.InvariantCulture, $"{rowWord} {row}");

    /// <summary>Reads the data rows, one at a time; the sequence can be enumerated once.</summary>
    /// <returns>The rows.</returns>
    /// <exception cref="InputFormatException">A row has more or fewer fields than the header, or the text breaks the CSV policy or its encoding there.</exception>
    public IEnumerable<TableRow> ReadRows() => rows;

    /// <summary>Returns whether the table has a column.</summary>
    /// <param name="column">The reader's column name.</param>
    /// <returns><see langword="true"/> when present (under its name or an alias).</returns>
    public bool Has(string column) => columnIndex.ContainsKey(column);

    /// <summary>The column's name as the header writes it, quoted for messages: <c>'current'</c>, <c>'1-本月累计'</c>.</summary>
    /// <param name="column">The reader's column name.</param>
    /// <returns>The quoted name; the column's own name when it is absent.</returns>
    public string Quoted(string column) => CellText.Quote(columnIndex.TryGetValue(column, out int i) ? Names[i] : column);

    /// <summary>Checks that the table has every one of the columns.</summary>
    /// <param name="columns">The required columns.</param>
    /// <exception cref="InputFormatException">A column is missing; the message names it and lists the columns present.</exception>
    public void Require(params string[] columns)
    {
        foreach (string column in columns)
        {
            if (!Has(column))
            {
                throw HeaderError($"missing column '{column}' (the columns are: {string.Join(", ", Names.Select(h => CellText.Shorten(h)))}).");
            }
        }
    }

    /// <summary>Returns a cell, trimmed (spaces and the ideographic space); empty when the column is absent.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The reader's column name.</param>
    /// <returns>The cell text.</returns>
    public string Cell(TableRow row, string column) => columnIndex.TryGetValue(column, out int i) ? row.Fields[i].Trim() : string.Empty;

    /// <summary>Returns whether a cell was quoted in the text.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The reader's column name.</param>
    /// <returns><see langword="true"/> when quoted.</returns>
    public bool IsQuoted(TableRow row, string column) => columnIndex.TryGetValue(column, out int i) && row.Quoted[i];

    /// <summary>An error in a cell: <c>{source}: line 7, column 'x': {what}</c>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The reader's column name.</param>
    /// <param name="what">What is wrong.</param>
    /// <returns>The exception.</returns>
    public InputFormatException CellError(int row, string column, string what) =>
        new(Source, row, Name(column), $"{Source}: {At(row)}, column {Quoted(column)}: {what}", null);

    /// <summary>
    /// Reads a number cell of a workbook's sheet that Excel wrote with its percentage format (<c>26.7%</c>): in a percent
    /// column (<paramref name="percent"/>) the number before the <c>%</c>; elsewhere an error naming the cell, since the
    /// column holds a level, not a percent. Text tables and cells without a trailing <c>%</c> are returned as they are.
    /// </summary>
    /// <param name="row">The row.</param>
    /// <param name="column">The reader's column name.</param>
    /// <param name="text">The cell, trimmed.</param>
    /// <param name="percent">Whether the column is a percent (growth %, share %, contribution rate %).</param>
    /// <returns>The text to parse as a number.</returns>
    /// <exception cref="InputFormatException">The cell of a level column has a percentage format.</exception>
    public string PercentCell(TableRow row, string column, string text, bool percent)
    {
        if (!FromWorkbook || !text.EndsWith('%'))
        {
            return text;
        }

        return percent
            ? text[..^1].TrimEnd()
            : throw CellError(row.Number, column, $"{CellText.Quote(text)} is a percentage (the cell has a percentage format in the workbook), but this column holds a level, not a percent; give the number itself (format the cell as Number or General).");
    }

    /// <summary>An error in a row: <c>{source}: line 7{detail}: {what}</c>.</summary>
    /// <param name="row">The row.</param>
    /// <param name="what">What is wrong, after the location (starting with its separator, such as <c>": "</c> or <c>" ('x'): "</c>).</param>
    /// <returns>The exception.</returns>
    public InputFormatException RowError(int row, string what) => new(Source, row, null, $"{Source}: {At(row)}{what}", null);

    /// <summary>An error in the header: <c>{source}: line 1: {what}</c>.</summary>
    /// <param name="what">What is wrong.</param>
    /// <param name="column">The column's name as written, or null.</param>
    /// <returns>The exception.</returns>
    public InputFormatException HeaderError(string what, string? column = null) => new(Source, HeaderRow, column, $"{Source}: {At(HeaderRow)}: {what}", null);

    /// <summary>An error in a column of the header: <c>{source}: line 1, column 'x': {what}</c>.</summary>
    /// <param name="name">The column's name as written.</param>
    /// <param name="what">What is wrong.</param>
    /// <returns>The exception.</returns>
    public InputFormatException HeaderCellError(string name, string what) => new(Source, HeaderRow, name, $"{Source}: {At(HeaderRow)}, column {CellText.Quote(name)}: {what}", null);

    /// <summary>An error of the whole table: <c>{source}: {what}</c>.</summary>
    /// <param name="what">What is wrong.</param>
    /// <param name="inner">The cause, or null.</param>
    /// <returns>The exception.</returns>
    public InputFormatException TableError(string what, Exception? inner = null) => new(Source, null, null, $"{Source}: {what}", inner);

    /// <inheritdoc/>
    public void Dispose() => owner?.Dispose();

    private string Name(string column) => columnIndex.TryGetValue(column, out int i) ? Names[i] : column;

    private static IEnumerable<TableRow> TextRows(CsvTokenizer tokenizer)
    {
        while (tokenizer.Read())
        {
            var fields = new string[tokenizer.FieldCount];
            var quoted = new bool[fields.Length];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = tokenizer.Field(i).ToString();
                quoted[i] = tokenizer.IsQuoted(i);
            }

            yield return new TableRow(checked((int)tokenizer.RecordLine), fields, quoted);
        }
    }

    private static IEnumerable<TableRow> SheetRows(IEnumerator<(int Number, string[] Cells)> e, string source, string rowWord, int width)
    {
        var noQuotes = new bool[width];
        while (e.MoveNext())
        {
            var (number, cells) = e.Current;
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            for (int i = width; i < cells.Length; i++)
            {
                if (!string.IsNullOrWhiteSpace(cells[i]))
                {
                    throw new InputFormatException(source, number, null, string.Create(CultureInfo.InvariantCulture, $"{source}: {rowWord} {number}: a value in column {i + 1} ({CellText.Quote(cells[i])}), but the header has {width} columns."), null);
                }
            }

            var fields = new string[width];
            for (int i = 0; i < width; i++)
            {
                fields[i] = i < cells.Length ? cells[i] ?? string.Empty : string.Empty;
            }

            yield return new TableRow(number, fields, noQuotes);
        }
    }
}
