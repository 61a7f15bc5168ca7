using System;
using System.IO;
using System.Text;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>A temporary folder for one test's input and output files, deleted on dispose.</summary>
internal sealed class Scratch : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("tzm-").FullName;

    /// <summary>Returns the path of a file in the folder, without creating it.</summary>
    public string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>Writes text as UTF-8 without a byte-order mark, exactly as given (line ends included).</summary>
    public string Text(string name, string content) => Bytes(name, new UTF8Encoding(false).GetBytes(content));

    /// <summary>Writes bytes; a name with a folder in it (<c>base/input.csv</c>) creates the folder.</summary>
    public string Bytes(string name, byte[] bytes)
    {
        string path = PathOf(name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public void Dispose()
    {
        if (!OperatingSystem.IsWindows())
        {
            foreach (string dir in Directory.EnumerateDirectories(Folder, "*", SearchOption.AllDirectories))
            {
                // A test may have made a folder read-only.
                File.SetUnixFileMode(dir, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }
        }

        Directory.Delete(Folder, recursive: true);
    }
}
