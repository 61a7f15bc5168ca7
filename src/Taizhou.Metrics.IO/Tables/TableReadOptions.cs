using System;
using System.Collections.Generic;

namespace Taizhou.Metrics.IO;

/// <summary>
/// How the table readers (<see cref="SeriesReader"/>, <see cref="BreakdownReader"/>, <see cref="EnterpriseReader"/>)
/// read delimited text: its encoding, its delimiter and any header names of the caller's own (docs/input.md).
/// </summary>
/// <remarks>
/// The defaults detect both the encoding (from the byte-order mark; UTF-8 without one) and the delimiter (from the
/// header line: the one of comma, tab and semicolon it holds); the Chinese and English header aliases of docs/input.md
/// are always known.
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
        init => delimiter = value is null or ',' or '\t' or ';'
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Delimiter), value, "A table's delimiter is a comma, a tab or a semicolon.");
    }

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
