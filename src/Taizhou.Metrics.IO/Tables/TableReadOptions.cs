using System;
using System.Collections.Generic;

using Taizhou.Metrics.IO.Text;

namespace Taizhou.Metrics.IO;

/// <summary>
/// How the table readers (<see cref="SeriesReader"/>, <see cref="BreakdownReader"/>, <see cref="EnterpriseReader"/>,
/// <see cref="MonthlyReportReader"/>) read a table: the encoding and delimiter of delimited text, the sheet of an Excel
/// workbook, and any header names of the caller's own (docs/input.md, docs/excel.md).
/// </summary>
/// <remarks>
/// The readers tell a workbook from text by its first bytes (an .xlsx is a zip, <c>PK\x03\x04</c>; an .xls an OLE
/// file, <c>D0 CF 11 E0</c>), not by its name, for a file and for a stream alike. The defaults detect both the encoding
/// (from the byte-order mark; UTF-8 without one) and the delimiter (from the header line: the one of comma, tab and
/// semicolon it holds), and read a workbook's first sheet; the Chinese and English header aliases of docs/input.md are
/// always known. <see cref="Encoding"/> and <see cref="Delimiter"/> do not apply to a workbook and are ignored there;
/// <see cref="Sheet"/> applies only to a workbook, and choosing one for delimited text is an error.
/// </remarks>
public sealed record TableReadOptions
{
    private readonly char? delimiter;
    private readonly IReadOnlyDictionary<string, string> headerAliases = new Dictionary<string, string>();

    /// <summary>Gets the options that detect everything: <see cref="InputEncoding.Detect"/>, the delimiter from the header line, no aliases of the caller's.</summary>
    public static TableReadOptions Default { get; } = new();

    /// <summary>Gets the encoding of the text; <see cref="InputEncoding.Detect"/> (the default) reads the byte-order mark, UTF-8 without one.</summary>
    public InputEncoding Encoding { get; init; } = InputEncoding.Detect;

    /// <summary>
    /// Gets the field delimiter: <c>','</c>, <c>'\t'</c> or <c>';'</c>; null (the default) detects it from the header
    /// line: the one of the three that occurs in it outside quotes (none: a one-column table; more than one: an error
    /// naming them).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: the delimiter is not a comma, a tab or a semicolon.</exception>
    public char? Delimiter
    {
        get => delimiter;
        init => delimiter = DelimiterDetection.IsAllowed(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Delimiter), value, "A table's delimiter is a comma, a tab or a semicolon.");
    }

    /// <summary>
    /// Gets the sheet to read when the table is an Excel workbook (by name, or <c>#2</c> for the second tab); null (the
    /// default) reads the first sheet. A sheet chosen for delimited text is an <see cref="InputFormatException"/>: text
    /// has no sheets.
    /// </summary>
    public SheetSelector? Sheet { get; init; }

    /// <summary>
    /// Gets whether the options come from the command line: a workbook read with an encoding or a delimiter given is
    /// then an error naming <c>--encoding</c> or <c>--delimiter</c> (the library ignores them), and a sheet chosen for
    /// text names <c>--sheet</c>.
    /// </summary>
    internal bool CommandLine { get; init; }

    /// <summary>
    /// Gets header names of the caller's own, each mapped to the column the reader knows (for example
    /// <c>{"产值", "current"}</c>); they are matched exactly, before the built-in aliases. Empty by default.
    /// </summary>
    /// <exception cref="ArgumentNullException">On set: the value is null.</exception>
    public IReadOnlyDictionary<string, string> HeaderAliases
    {
        get => headerAliases;
        init => headerAliases = value ?? throw new ArgumentNullException(nameof(HeaderAliases));
    }
}
