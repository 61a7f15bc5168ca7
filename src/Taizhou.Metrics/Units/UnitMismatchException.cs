using System;

namespace Taizhou.Metrics.Units;

/// <summary>
/// Thrown when values in different units are combined without converting (亿元 with 万元, say) or when units of
/// different dimensions are converted: a bug in the calling code, not a fact of the data.
/// </summary>
public sealed class UnitMismatchException : InvalidOperationException
{
    /// <summary>Initializes a new instance with the expected and actual units and a message naming both.</summary>
    /// <param name="expected">The unit expected.</param>
    /// <param name="actual">The unit found.</param>
    /// <param name="message">The message; it should name both units and where they met.</param>
    public UnitMismatchException(MetricUnit expected, MetricUnit actual, string message)
        : base(message)
    {
        Expected = expected;
        Actual = actual;
    }

    /// <summary>Initializes a new instance with a default message.</summary>
    public UnitMismatchException()
        : base("Values in different units were combined without converting.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public UnitMismatchException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public UnitMismatchException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Gets the unit that was expected.</summary>
    public MetricUnit Expected { get; }

    /// <summary>Gets the unit that was found.</summary>
    public MetricUnit Actual { get; }
}
