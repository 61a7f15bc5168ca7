using System;

using Taizhou.Metrics.IO.Text;

namespace Taizhou.Metrics.IO;

/// <summary>
/// How <see cref="PanelReader"/> reads a panel: the encoding and delimiter of a CSV panel (under the conventions of
/// <see cref="TableReadOptions"/>, docs/input.md), and where standard input or another stream is spooled to a file.
/// </summary>
/// <remarks>
/// <see cref="Encoding"/> and <see cref="Delimiter"/> do not apply to a Parquet panel and are ignored there. The
/// defaults detect both: the encoding from the byte-order mark (UTF-8 without one), the delimiter from the header line.
/// </remarks>
public sealed record PanelReadOptions
{
    private readonly char? delimiter;

    /// <summary>Gets the options that detect everything: <see cref="InputEncoding.Detect"/>, the delimiter from the header line, the system's temporary folder.</summary>
    public static PanelReadOptions Default { get; } = new();

    /// <summary>Gets the encoding of a CSV panel; <see cref="InputEncoding.Detect"/> (the default) reads the byte-order mark, UTF-8 without one.</summary>
    public InputEncoding Encoding { get; init; } = InputEncoding.Detect;

    /// <summary>
    /// Gets the field delimiter of a CSV panel: <c>','</c>, <c>'\t'</c> or <c>';'</c>; null (the default) detects it
    /// from the header line: the one of the three that occurs in it outside quotes (none: a comma; more than one: an
    /// error naming them).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">On set: the delimiter is not a comma, a tab or a semicolon.</exception>
    public char? Delimiter
    {
        get => delimiter;
        init => delimiter = DelimiterDetection.IsAllowed(value)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(Delimiter), value, "A panel's delimiter is a comma, a tab or a semicolon.");
    }

    /// <summary>
    /// Gets the folder a panel read from a stream is copied to (the reader needs a file: CSV parts are read in
    /// parallel, a Parquet footer is at the end), or null (the default) for the system's temporary folder, which is also
    /// used when no file can be created in the folder given. The copy is deleted when the read ends, also when it fails.
    /// </summary>
    public string? SpoolDirectory { get; init; }
}
