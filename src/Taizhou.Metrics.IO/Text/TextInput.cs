using System;
using System.IO;

namespace Taizhou.Metrics.IO.Text;

/// <summary>Opens a user's text file for the readers: the bytes decoded strictly, the records split by the one CSV policy.</summary>
internal static class TextInput
{
    /// <summary>Opens a CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="encoding">The encoding, or <see cref="InputEncoding.Detect"/>.</param>
    /// <param name="delimiter">The field delimiter.</param>
    /// <returns>The tokenizer, before its header; the caller disposes it.</returns>
    /// <exception cref="InputFormatException">The file cannot be opened.</exception>
    public static CsvTokenizer OpenCsv(string path, InputEncoding encoding, char delimiter = ',') =>
        new(new DecodingReader(OpenFile(path), path, encoding), path, delimiter);

    /// <summary>Opens a user's file to be read once from start to end, unbuffered (the readers buffer it themselves).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The stream; the caller disposes it.</returns>
    /// <exception cref="InputFormatException">The file cannot be opened; the message names it and says why.</exception>
    public static FileStream OpenFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputFormatException(path, null, null, $"{path}: cannot be read: {ex.Message}", ex);
        }
    }
}
