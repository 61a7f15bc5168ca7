using System;
using System.IO;
using System.Security.Cryptography;

namespace Taizhou.Metrics.Cli.Output;

/// <summary>An input file identified for a manifest: its full path, its length and its SHA-256.</summary>
/// <param name="FullPath">The full path.</param>
/// <param name="Length">The length in bytes.</param>
/// <param name="Sha256">The SHA-256, lowercase hexadecimal.</param>
internal sealed record InputFile(string FullPath, long Length, string Sha256)
{
    /// <summary>
    /// Hashes a file in one sequential pass of 1 MiB reads, separate from the reader that loaded it (the panel readers
    /// own their reads, in parallel parts); right after the load the file is usually still in the page cache.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The identification.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    public static InputFile Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        byte[] hash = SHA256.HashData(stream);
        return new InputFile(Path.GetFullPath(path), stream.Length, Convert.ToHexStringLower(hash));
    }
}
