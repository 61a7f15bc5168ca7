using System;

namespace Taizhou.Metrics.IO;

/// <summary>What the library refused with an <see cref="ArgumentException"/>, for a reader's message.</summary>
internal static class Refusal
{
    /// <summary>The exception's message without the parameter name .NET appends.</summary>
    /// <param name="exception">The library's exception.</param>
    /// <returns>The message.</returns>
    public static string Message(ArgumentException exception) => exception.Message.Split(" (Parameter", 2)[0];
}
