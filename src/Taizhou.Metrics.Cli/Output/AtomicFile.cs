using System;
using System.IO;
using System.Security.Cryptography;

namespace Taizhou.Metrics.Cli.Output;

/// <summary>
/// The one way the tool writes a file: to a temporary file in the same folder (<c>.NAME.GUID.tmp</c>), flushed to disk,
/// then renamed over the file. A failure part-way (disk full, permission, a bug in the writer) deletes the temporary
/// file and leaves the old file as it was; nobody ever sees a truncated file under the real name.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes a file atomically.</summary>
    /// <param name="path">The file.</param>
    /// <param name="write">Writes the content to the stream it is given (it must not close the stream).</param>
    /// <returns>What was written: the file, its length and its SHA-256, hashed as it was written.</returns>
    /// <exception cref="OutputException">The environment refused the write (see <see cref="OutputException.IsEnvironment"/>); the old file is intact and no temporary file is left.</exception>
    public static WrittenFile Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        string temp;
        try
        {
            string full = Path.GetFullPath(path);
            temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        }
        catch (Exception ex) when (ex is ArgumentException || OutputException.IsEnvironment(ex))
        {
            throw OutputException.CannotWrite(path, ex);
        }

        try
        {
            long length;
            byte[] hash;
            using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16))
            using (var hashing = new HashingStream(file))
            {
                write(hashing);
                hashing.Flush();
                file.Flush(flushToDisk: true);
                length = hashing.Length;
                hash = hashing.Hash();
            }

            File.Move(temp, path, overwrite: true);
            return new WrittenFile(path, length, Convert.ToHexStringLower(hash));
        }
        catch (Exception ex)
        {
            TryDelete(temp);
            if (OutputException.IsEnvironment(ex))
            {
                throw OutputException.CannotWrite(path, ex, temp);
            }

            throw;
        }
    }

    /// <summary>Deletes a file the tool wrote in an earlier run, if it is there.</summary>
    /// <param name="path">The file.</param>
    /// <returns>Whether there was a file to delete.</returns>
    /// <exception cref="OutputException">The environment refused the deletion.</exception>
    public static bool Delete(string path)
    {
        try
        {
            if (!File.Exists(path))
            {
                return false;
            }

            File.Delete(path);
            return true;
        }
        catch (Exception ex) when (OutputException.IsEnvironment(ex))
        {
            throw OutputException.CannotWrite(path, ex);
        }
    }

    private static void TryDelete(string temp)
    {
        try
        {
            File.Delete(temp);
        }
        catch (Exception ex) when (OutputException.IsEnvironment(ex))
        {
            // The write already failed and that failure is what is reported; a temporary file that cannot be deleted
            // is named .NAME.GUID.tmp and harmless.
        }
    }

    /// <summary>A write-only stream that hashes (SHA-256) and counts what passes through it to the stream below.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        private long written;

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => written;

        public override long Position
        {
            get => written;
            set => throw new NotSupportedException();
        }

        public byte[] Hash() => sha.GetHashAndReset();

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            inner.Write(buffer);
            sha.AppendData(buffer);
            written += buffer.Length;
        }

        public override void WriteByte(byte value) => Write([value]);

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                sha.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
