using System;
using System.IO;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>A CSV file written to a temporary folder for one test, deleted on dispose.</summary>
internal sealed class TempCsv : IDisposable
{
    public TempCsv(string content)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"tzm-{Guid.NewGuid():N}.csv");
        File.WriteAllText(Path, content.ReplaceLineEndings("\n"));
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
