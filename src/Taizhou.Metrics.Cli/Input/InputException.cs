using System;

namespace Taizhou.Metrics.Cli.Input;

/// <summary>Bad input: a file that cannot be read, a missing column, a cell that is not what its column needs. Exit code 2.</summary>
internal sealed class InputException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public InputException()
    {
    }

    /// <summary>Initializes a new instance with a message naming the file, line and column.</summary>
    /// <param name="message">The message.</param>
    public InputException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public InputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
