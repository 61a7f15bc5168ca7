using System;
using System.IO;

namespace Taizhou.Metrics.IO;

/// <summary>
/// A read-only stream of bytes already read from a stream that cannot seek (standard input, a pipe), followed by the
/// rest of that stream: the readers look at a table's first bytes to tell a workbook from text, then read it whole.
/// </summary>
internal sealed class PrefixedStream : Stream
{
    private readonly byte[] prefix;
    private readonly Stream rest;
    private readonly bool leaveOpen;
    private int position;

    /// <summary>Initializes a new instance of the <see cref="PrefixedStream"/> class.</summary>
    /// <param name="prefix">The bytes already read.</param>
    /// <param name="rest">The stream they were read from.</param>
    /// <param name="leaveOpen">Whether disposing this stream leaves <paramref name="rest"/> open.</param>
    public PrefixedStream(byte[] prefix, Stream rest, bool leaveOpen)
    {
        this.prefix = prefix;
        this.rest = rest;
        this.leaveOpen = leaveOpen;
    }

    /// <inheritdoc/>
    public override bool CanRead => true;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => false;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override int Read(Span<byte> buffer)
    {
        if (position < prefix.Length)
        {
            int n = Math.Min(buffer.Length, prefix.Length - position);
            prefix.AsSpan(position, n).CopyTo(buffer);
            position += n;
            return n;
        }

        return rest.Read(buffer);
    }

    /// <inheritdoc/>
    public override void Flush()
    {
    }

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing && !leaveOpen)
        {
            rest.Dispose();
        }

        base.Dispose(disposing);
    }
}
