using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Taizhou.Metrics.Cli.Output;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary><see cref="AtomicFile"/>: a write that fails part-way leaves the old file whole and no temporary file.</summary>
public sealed class AtomicFileTest : IDisposable
{
    private readonly string dir = Directory.CreateTempSubdirectory("tzm-atomic-").FullName;

    public void Dispose() => Directory.Delete(dir, recursive: true);

    [Fact]
    public void Write_Succeeds_ReplacesTheFileAndReportsItsLengthAndHash()
    {
        string path = Path.Combine(dir, "out.csv");
        File.WriteAllText(path, "old content\n");
        byte[] content = Encoding.UTF8.GetBytes("a,b\n1,2\n");

        var written = AtomicFile.Write(path, s => s.Write(content));

        Assert.Equal(content, File.ReadAllBytes(path));
        Assert.Equal(content.Length, written.Length);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), written.Sha256);
        Assert.Equal(["out.csv"], Array.ConvertAll(Directory.GetFiles(dir), Path.GetFileName));
    }

    [Fact]
    public void Write_WriterThrowsAfterSomeBytes_KeepsTheOldFileAndLeavesNoTemporaryFile()
    {
        string path = Path.Combine(dir, "cluster_metrics.csv");
        File.WriteAllText(path, "the previous run's content\n");

        var ex = Assert.Throws<InvalidOperationException>(() => AtomicFile.Write(path, s =>
        {
            s.Write(new byte[100_000]);
            throw new InvalidOperationException("fails after 100,000 bytes");
        }));

        Assert.Equal("fails after 100,000 bytes", ex.Message);
        Assert.Equal("the previous run's content\n", File.ReadAllText(path));
        Assert.Equal(["cluster_metrics.csv"], Array.ConvertAll(Directory.GetFiles(dir), Path.GetFileName));
    }

    [Fact]
    public void Write_DiskFullPartWay_IsAnOutputExceptionNamingTheFile_AndKeepsTheOldFile()
    {
        // What a full disk looks like to the writer: an IOException in the middle of the content.
        string path = Path.Combine(dir, "enterprise_yoy.csv");
        File.WriteAllText(path, "old\n");

        var ex = Assert.Throws<OutputException>(() => AtomicFile.Write(path, s =>
        {
            s.Write(new byte[4096]);
            throw new IOException("No space left on device");
        }));

        Assert.Equal($"cannot write {path}: No space left on device", ex.Message);
        Assert.Equal("old\n", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(dir));
    }

    [Fact]
    public void Write_ReasonNamingTheTemporaryFile_NamesTheFileInstead()
    {
        // .NET's message for a full disk names the file written, here the temporary one.
        string path = Path.Combine(dir, "enterprise_yoy.csv");

        var ex = Assert.Throws<OutputException>(() => AtomicFile.Write(path, s =>
        {
            string temp = Assert.Single(Directory.GetFiles(dir, ".enterprise_yoy.csv.*.tmp"));
            throw new IOException($"No space left on device : '{temp}'");
        }));

        Assert.Equal($"cannot write {path}: No space left on device", ex.Message);
    }

    [Fact]
    public void Write_AFolderWhereTheFileShouldBe_IsAnOutputException_AndLeavesNoTemporaryFile()
    {
        string path = Path.Combine(dir, "chart.png");
        Directory.CreateDirectory(path);

        var ex = Assert.Throws<OutputException>(() => AtomicFile.Write(path, s => s.Write(new byte[10])));

        Assert.StartsWith($"cannot write {path}: ", ex.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(dir));
        Assert.True(Directory.Exists(path));
    }

    [Fact]
    public void Write_MissingFolder_IsAnOutputException()
    {
        string path = Path.Combine(dir, "no-such-folder", "out.csv");
        var ex = Assert.Throws<OutputException>(() => AtomicFile.Write(path, s => s.Write(new byte[10])));
        Assert.StartsWith($"cannot write {path}: ", ex.Message, StringComparison.Ordinal);
    }
}
