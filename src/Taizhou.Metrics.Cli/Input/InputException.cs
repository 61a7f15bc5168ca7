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

    /// <summary>Bad input the library refused with an <see cref="ArgumentException"/>: its message, without the parameter name, after where the input came from.</summary>
    /// <param name="source">Where the input came from, for the message: a file, a line of it, or an option and its value.</param>
    /// <param name="exception">The library's exception, kept as the cause.</param>
    /// <returns>The exception to throw.</returns>
    public static InputException FromArgument(string source, ArgumentException exception) =>
        new($"{source}: {exception.Message.Split(" (Parameter", 2)[0]}", exception);
}
