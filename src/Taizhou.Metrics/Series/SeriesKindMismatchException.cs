using System;

namespace Taizhou.Metrics.Series;

/// <summary>
/// Thrown when series of different kinds are combined (a cumulative series with a monthly one, say) or an operation
/// is applied to a kind it does not apply to: a bug in the calling code, not a fact of the data.
/// </summary>
public sealed class SeriesKindMismatchException : InvalidOperationException
{
    /// <summary>Initializes a new instance with the expected and actual kinds and a message naming both.</summary>
    /// <param name="expected">The kind expected.</param>
    /// <param name="actual">The kind found.</param>
    /// <param name="message">The message; it should name both kinds and the series.</param>
    public SeriesKindMismatchException(SeriesKind expected, SeriesKind actual, string message)
        : base(message)
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public SeriesKindMismatchException()
        : base("Series of different kinds were combined.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public SeriesKindMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public SeriesKindMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the kind that was expected.</summary>
    public SeriesKind Expected { get; }

    /// <summary>Gets the kind that was found.</summary>
    public SeriesKind Actual { get; }
}
