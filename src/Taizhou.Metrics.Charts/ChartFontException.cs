using System;
using System.Collections.Generic;

namespace Taizhou.Metrics.Charts;

/// <summary>
/// No font can draw a chart's text: the font file the caller named lacks some of its characters, or no installed font
/// has them all (Chinese text on a machine without a CJK font). Thrown instead of drawing empty boxes.
/// </summary>
public sealed class ChartFontException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong and how to fix it.</param>
    /// <param name="missing">The characters no chosen font can draw.</param>
    public ChartFontException(string message, IReadOnlyList<string> missing)
        : base(message)
    {
        ArgumentNullException.ThrowIfNull(missing);
        Missing = missing;
    }

    /// <summary>Creates the exception with no list of characters.</summary>
    public ChartFontException()
        : this("No font can draw the chart's text.", [])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What is wrong.</param>
    public ChartFontException(string message)
        : this(message, [])
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong.</param>
    /// <param name="innerException">The cause.</param>
    public ChartFontException(string message, Exception innerException)
        : base(message, innerException)
    {
        Missing = [];
    }

    /// <summary>Gets the characters that cannot be drawn (each a text element), in the order they first occur.</summary>
    public IReadOnlyList<string> Missing { get; }
}
