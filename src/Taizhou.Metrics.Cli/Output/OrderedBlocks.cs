using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Taizhou.Metrics.Cli.Output;

/// <summary>
/// Writes a file made of blocks formatted on every core: blocks 0 to n − 1 are formatted on the thread pool into pooled
/// buffers, at most <see cref="InFlight"/> at a time, and the calling thread writes each to the stream in block order,
/// so the bytes are those of formatting the blocks one after the other and memory stays at a few buffers whatever n.
/// </summary>
/// <remarks>
/// A block that throws stops the file at that block: the blocks before it are written, the exception of the first
/// failing block (in block order) is rethrown once the blocks in flight have finished, and nothing after it is
/// written. The formatter must not keep the buffer it is given.
/// </remarks>
internal static class OrderedBlocks
{
    /// <summary>Gets the most blocks formatted or waiting to be written at a time: two per core, at least four.</summary>
    public static int InFlight => Math.Max(4, 2 * Environment.ProcessorCount);

    /// <summary>Formats and writes the blocks.</summary>
    /// <param name="stream">The stream, written from the calling thread only.</param>
    /// <param name="blockCount">The number of blocks, 0 or more.</param>
    /// <param name="maxBlockBytes">The most bytes a block can take: the size of each buffer.</param>
    /// <param name="format">Formats a block (its index) into the buffer and returns the bytes it took; called on pool threads, several at once.</param>
    public static void Write(Stream stream, int blockCount, int maxBlockBytes, Func<int, byte[], int> format)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(format);
        ArgumentOutOfRangeException.ThrowIfNegative(blockCount);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxBlockBytes, 1);
        var pending = new Queue<Task<(byte[] Buffer, int Length)>>();
        int next = 0;
        try
        {
            while (next < blockCount && pending.Count < InFlight)
            {
                pending.Enqueue(Start(next++, maxBlockBytes, format));
            }

            while (pending.TryDequeue(out var task))
            {
                var (buffer, length) = task.GetAwaiter().GetResult();
                try
                {
                    stream.Write(buffer, 0, length);
                }
                finally
                {
                    ArrayPool<byte>.Shared.Return(buffer);
                }

                if (next < blockCount)
                {
                    pending.Enqueue(Start(next++, maxBlockBytes, format));
                }
            }
        }
        finally
        {
            // A block or a write failed: let the blocks in flight finish and give their buffers back.
            Task.WhenAll((IEnumerable<Task>)pending).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
            foreach (var task in pending)
            {
                if (task.IsCompletedSuccessfully)
                {
                    ArrayPool<byte>.Shared.Return(task.Result.Buffer);
                }
            }
        }
    }

    private static Task<(byte[] Buffer, int Length)> Start(int block, int maxBlockBytes, Func<int, byte[], int> format) =>
        Task.Run(() =>
        {
            byte[] buffer = ArrayPool<byte>.Shared.Rent(maxBlockBytes);
            try
            {
                return (buffer, format(block, buffer));
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }
        });
}
