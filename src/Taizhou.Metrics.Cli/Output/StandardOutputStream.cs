using System;
using System.IO;

namespace Taizhou.Metrics.Cli.Output;

/// <summary>
/// The process's standard output, whose write failures (a full disk behind <c>&gt; file</c>, a closed pipe) are the
/// environment's: they surface as <see cref="OutputException"/> "cannot write standard output: reason", exit code 3.
/// </summary>
/// <param name="inner">The standard output stream.</param>
internal sealed class StandardOutputStream(Stream inner) : Stream
{
    /// <summary>The name the messages give the standard output.</summary>
    public const string Name = "standard output";

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        try
        {
            inner.Write(buffer);
        }
        catch (IOException ex)
        {
            throw OutputException.CannotWrite(Name, ex);
        }
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        try
        {
            inner.Flush();
        }
        catch (IOException ex)
        {
            throw OutputException.CannotWrite(Name, ex);
        }
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    /// <inheritdoc/>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
