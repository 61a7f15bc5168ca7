using System;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Thrown when a text file cannot be read as a table: it cannot be opened, its bytes are not valid in its encoding, or
/// its CSV is malformed (a row with more or fewer fields than the header, a quote not closed, a NUL character), or a
/// table reader (<see cref="SeriesReader"/>, <see cref="BreakdownReader"/>, <see cref="EnterpriseReader"/>,
/// <see cref="MonthlyReportReader"/>) finds a column missing or unknown or a cell that is not what its column needs. The
/// message names the file, the line (or a sheet's row) and, where there is one, the column.
/// </summary>
public sealed class InputFormatException : Exception
{
    /// <summary>Initializes a new instance naming the file and, when known, the line and column.</summary>
    /// <param name="source">The file as given (or <c>-</c> for standard input).</param>
    /// <param name="line">The 1-based physical line, or null when the problem is not in one line.</param>
    /// <param name="column">The column's name, or null.</param>
    /// <param name="message">The whole message, which starts with the file and line.</param>
    /// <param name="innerException">The cause, or null.</param>
    public InputFormatException(string source, long? line, string? column, string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = source;
        Line = line;
        Column = column;
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public InputFormatException()
        : base("The file cannot be read as a table.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public InputFormatException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InputFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the file, as given; <c>-</c> for standard input.</summary>
    public string Path { get; } = string.Empty;

    /// <summary>Gets the 1-based physical line of the problem (the row, in a spreadsheet's sheet), or null when it is not in one line.</summary>
    public long? Line { get; }

    /// <summary>Gets the name of the column of the problem as the header writes it (<c>1-本月累计</c>), or null.</summary>
    public string? Column { get; }
}
