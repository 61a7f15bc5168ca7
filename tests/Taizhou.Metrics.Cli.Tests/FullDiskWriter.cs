using System.IO;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>A standard output that fails like a full disk behind it (<c>report &gt; /full/disk/file</c>).</summary>
internal sealed class FullDiskWriter : StringWriter
{
    public override void Write(char value) => throw new IOException("No space left on device");

    public override void Write(string? value) => throw new IOException("No space left on device");

    public override void Write(char[] buffer, int index, int count) => throw new IOException("No space left on device");

    public override void WriteLine(string? value) => throw new IOException("No space left on device");
}
