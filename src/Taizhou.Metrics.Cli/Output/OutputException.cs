using System;

namespace Taizhou.Metrics.Cli.Output;

/// <summary>
/// An output file could not be written: permission denied, disk full, a folder where the file should be, a folder
/// that does not exist. The environment, not the user's data: exit code 3, with the message
/// <c>cannot write FILE: reason</c>.
/// </summary>
internal sealed class OutputException : Exception
{
    /// <summary>Initializes a new instance.</summary>
    public OutputException()
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message.</param>
    public OutputException(string message)
        : base(message)
    {
    }

    /// <summary>Initializes a new instance with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public OutputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>The file named, the operating system's reason after it: <c>cannot write FILE: reason</c>.</summary>
    /// <param name="path">The file (or folder) that could not be written, as the user named it.</param>
    /// <param name="cause">The exception the write failed with, kept as the cause.</param>
    /// <returns>The exception to throw.</returns>
    public static OutputException CannotWrite(string path, Exception cause) => CannotWrite(path, cause, null);

    /// <summary>
    /// The file named, the operating system's reason after it, without the temporary file the reason may name
    /// (.NET writes "No space left on device : '/out/.NAME.GUID.tmp'").
    /// </summary>
    /// <param name="path">The file that could not be written, as the user named it.</param>
    /// <param name="cause">The exception the write failed with, kept as the cause.</param>
    /// <param name="temporary">The temporary file written on the way, or null.</param>
    /// <returns>The exception to throw.</returns>
    public static OutputException CannotWrite(string path, Exception cause, string? temporary)
    {
        ArgumentNullException.ThrowIfNull(cause);
        string reason = cause.Message;
        if (temporary is not null)
        {
            reason = reason.Replace($" : '{temporary}'", string.Empty, StringComparison.Ordinal).Replace(temporary, path, StringComparison.Ordinal);
        }

        return new($"cannot write {path}: {reason}", cause);
    }

    /// <summary>Whether an exception from writing a file is the environment's refusal (I/O, permission, an unusable path) rather than a bug.</summary>
    /// <param name="exception">The exception.</param>
    /// <returns>True for <see cref="System.IO.IOException"/>, <see cref="UnauthorizedAccessException"/> and <see cref="NotSupportedException"/>.</returns>
    public static bool IsEnvironment(Exception exception) =>
        exception is System.IO.IOException or UnauthorizedAccessException or NotSupportedException;
}
