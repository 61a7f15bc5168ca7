using System;
using System.Globalization;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Taizhou.Metrics.IO;

/// <summary>
/// What Parquet.Net reads in place of a Parquet file: the leading magic bytes, the bytes of one column chunk at a time
/// (held in memory, already checked) at their place in the file, and after the column data the clean footer of
/// <see cref="ParquetLayout.CleanTail"/>. A read anywhere else throws <see cref="InvalidDataException"/>, so that
/// Parquet.Net can neither read another chunk's pages as this one's nor run past the end of a chunk.
/// </summary>
internal sealed class ParquetChunkStream : Stream
{
    private readonly long footerStart;
    private readonly ReadOnlyMemory<byte> tail;
    private ReadOnlyMemory<byte> chunk;
    private long chunkStart;
    private long position;

    /// <summary>Initializes a stream for a checked layout, with no chunk yet.</summary>
    /// <param name="layout">The layout.</param>
    public ParquetChunkStream(ParquetLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        footerStart = layout.FooterStart;
        tail = layout.CleanTail;
    }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => true;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => footerStart + tail.Length;

    /// <inheritdoc/>
    public override long Position
    {
        get => position;
        set => position = value >= 0 ? value : throw new ArgumentOutOfRangeException(nameof(value));
    }

    /// <summary>Gets why the last read outside the chunk was refused, until the next <see cref="SetChunk"/>.</summary>
    public string? Violation { get; private set; }

    /// <summary>Makes a chunk's bytes the only column data readable.</summary>
    /// <param name="start">The file offset of the chunk.</param>
    /// <param name="bytes">The chunk's bytes.</param>
    public void SetChunk(long start, ReadOnlyMemory<byte> bytes)
    {
        chunkStart = start;
        chunk = bytes;
        Violation = null;
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        if (buffer.IsEmpty)
        {
            return 0;
        }

        ReadOnlySpan<byte> source;
        if (position >= footerStart)
        {
            source = position - footerStart < tail.Length ? tail.Span[(int)(position - footerStart)..] : default;
        }
        else if (position < 4)
        {
            source = "PAR1"u8[(int)position..];
        }
        else if (position >= chunkStart && position < chunkStart + chunk.Length)
        {
            source = chunk.Span[(int)(position - chunkStart)..];
        }
        else
        {
            Violation = string.Create(CultureInfo.InvariantCulture, $"its pages decode to fewer values than their headers claim (Parquet.Net went on to read byte {position}, past the chunk)");
            throw new InvalidDataException(Violation);
        }

        int n = Math.Min(buffer.Length, source.Length);
        source[..n].CopyTo(buffer);
        position += n;
        return n;
    }

    /// <inheritdoc/>
    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        try
        {
            return new ValueTask<int>(Read(buffer.Span));
        }
        catch (InvalidDataException ex)
        {
            return ValueTask.FromException<int>(ex);
        }
    }

    /// <inheritdoc/>
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc/>
    public override int ReadByte()
    {
        Span<byte> one = stackalloc byte[1];
        return Read(one) == 1 ? one[0] : -1;
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin)
    {
        Position = origin switch
        {
            SeekOrigin.Begin => offset,
            SeekOrigin.Current => position + offset,
            _ => Length + offset,
        };
        return position;
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
}
