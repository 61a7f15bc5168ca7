using System;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Thrown when a panel file cannot be loaded: it cannot be read, its schema is wrong (a missing column, a column of the
/// wrong type), a cell is not a number, or its rows break a rule of the panel (unsorted, duplicate, falling
/// year-to-date). The message names the file, the data row (1-based, the header not counted) and the enterprise.
/// </summary>
public sealed class PanelFormatException : Exception
{
    /// <summary>Initializes a new instance naming the file and, when known, the row and enterprise.</summary>
    /// <param name="path">The file.</param>
    /// <param name="rowNumber">The 1-based data row, or null when the problem is not in one row.</param>
    /// <param name="enterpriseId">The enterprise of the row, when known.</param>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause, or null.</param>
    public PanelFormatException(string path, long? rowNumber, int? enterpriseId, string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = path;
        RowNumber = rowNumber;
        EnterpriseId = enterpriseId;
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public PanelFormatException()
        : base("The panel file cannot be loaded.")
    {
        Path = string.Empty;
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public PanelFormatException(string message)
        : base(message)
    {
        Path = string.Empty;
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public PanelFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Path = string.Empty;
    }

    /// <summary>Gets the file, as given.</summary>
    public string Path { get; }

    /// <summary>Gets the 1-based data row (the header not counted), or null when the problem is not in one row.</summary>
    public long? RowNumber { get; }

    /// <summary>Gets the enterprise of the offending row, when known.</summary>
    public int? EnterpriseId { get; }
}
