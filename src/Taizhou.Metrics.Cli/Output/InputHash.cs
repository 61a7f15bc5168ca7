using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Taizhou.Metrics.Cli.Input;

namespace Taizhou.Metrics.Cli.Output;

/// <summary>
/// The identification of an input file for a manifest (<see cref="InputFile"/>), hashed on a thread of its own while
/// the command reads the file; disposing it before <see cref="Result"/> (the read failed) stops the hash.
/// </summary>
internal sealed class InputHash : IDisposable
{
    private readonly CancellationTokenSource cancel = new();
    private readonly string path;
    private readonly Task<InputFile> hashing;

    /// <summary>Initializes a new instance of the <see cref="InputHash"/> class and starts hashing.</summary>
    /// <param name="path">The input file.</param>
    public InputHash(string path)
    {
        this.path = path;
        hashing = InputFile.Start(path, cancel.Token);
    }

    /// <summary>Waits for the hash.</summary>
    /// <returns>The file's identification.</returns>
    /// <exception cref="InputException">The file could not be read for the hash.</exception>
    public InputFile Result()
    {
        try
        {
            return hashing.GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"{path}: cannot read it to hash it for the manifest: {ex.Message}", ex);
        }
    }

    /// <summary>Stops the hash if it is still running.</summary>
    public void Dispose()
    {
        if (!hashing.IsCompleted)
        {
            cancel.Cancel();
        }

        cancel.Dispose();
    }
}
