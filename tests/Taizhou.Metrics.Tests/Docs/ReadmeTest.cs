using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Taizhou.Metrics.Tests.Docs;

/// <summary>
/// The README's quick start is the file CI compiles and runs (docs/examples/quickstart.cs): this pins that the two stay
/// the same, so the README never shows code that does not build.
/// </summary>
public class ReadmeTest
{
    [Fact]
    public void QuickStart_InReadme_IsTheCompiledExample()
    {
        string root = RepositoryRoot();
        string readme = File.ReadAllText(Path.Combine(root, "README.md")).ReplaceLineEndings("\n");
        string example = File.ReadAllText(Path.Combine(root, "docs", "examples", "quickstart.cs")).ReplaceLineEndings("\n");

        int section = readme.IndexOf("## Quick start", StringComparison.Ordinal);
        Assert.True(section >= 0, "README.md has no '## Quick start' section.");
        int start = readme.IndexOf("```csharp\n", section, StringComparison.Ordinal) + "```csharp\n".Length;
        int end = readme.IndexOf("```", start, StringComparison.Ordinal);
        string block = readme[start..end];

        string expected = string.Join("\n", example.Split('\n').Where(l => !l.StartsWith("#:", StringComparison.Ordinal)));
        Assert.Equal(expected.TrimEnd(), block.TrimEnd());
    }

    [Fact]
    public void Readme_ShowsBothSetUpCommands()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));

        Assert.Contains("dotnet run --project src/Taizhou.Metrics.Cli -- report", readme, StringComparison.Ordinal);
        Assert.Contains("dotnet test", readme, StringComparison.Ordinal);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Taizhou.Metrics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Taizhou.Metrics.sln above {AppContext.BaseDirectory}.");
    }
}
