using System;
using System.Buffers;
using System.IO;
using System.Security.Cryptography;
using System.Threading;
using System.Threading.Tasks;

namespace Taizhou.Metrics.Cli.Output;

/// <summary>An input file identified for a manifest: its full path, its length and its SHA-256.</summary>
/// <param name="FullPath">The full path.</param>
/// <param name="Length">The length in bytes.</param>
/// <param name="Sha256">The SHA-256, lowercase hexadecimal.</param>
internal sealed record InputFile(string FullPath, long Length, string Sha256)
{
    private const int ReadBytes = 1 << 20;

    /// <summary>
    /// Hashes a file in one sequential pass of 1 MiB reads, separate from the reader that loads it (the panel readers
    /// own their reads, in parallel parts).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="cancel">Stops the hash between two reads (when the load it accompanies has failed).</param>
    /// <returns>The identification.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="UnauthorizedAccessException">The file cannot be read.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancel"/> was cancelled.</exception>
    public static InputFile Of(string path, CancellationToken cancel = default)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ReadBytes);
        try
        {
            long length = 0;
            int n;
            while ((n = stream.Read(buffer, 0, ReadBytes)) > 0)
            {
                cancel.ThrowIfCancellationRequested();
                hash.AppendData(buffer, 0, n);
                length += n;
            }

            return new InputFile(Path.GetFullPath(path), length, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Starts <see cref="Of"/> on a thread of its own, so that the hash of a large input (a third of a second for a
    /// 374 MB Parquet panel, over a second for a 1.35 GB CSV one) runs beside the load instead of after it.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="cancel">Stops the hash between two reads.</param>
    /// <returns>The hash in progress; its exceptions are <see cref="Of"/>'s.</returns>
    public static Task<InputFile> Start(string path, CancellationToken cancel) =>
        Task.Factory.StartNew(() => Of(path, cancel), cancel, TaskCreationOptions.LongRunning, TaskScheduler.Default);
}
