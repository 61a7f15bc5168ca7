using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.Docs;

/// <summary>
/// Every C# block of the documentation (docs/*.md, the README and the packages' READMEs) compiles against the
/// libraries as they are, so no page shows an API that was renamed or removed. A block is compiled as a
/// <c>dotnet run app.cs</c> file (top-level statements, the implicit usings of a console app), after the declarations
/// an HTML comment just before it gives: <c>&lt;!-- snippet: BreakdownRow[] parts = []; --&gt;</c> declares what the
/// text around the block has introduced; <c>&lt;!-- snippet: script --&gt;</c> compiles a notebook cell (a final
/// expression is its display). <c>#r</c> and <c>#:</c> lines are the host's and are left out.
/// </summary>
public class DocSnippetsTest
{
    private const string Marker = "<!-- snippet:";

    private static readonly string[] ImplicitUsings = ["System", "System.Collections.Generic", "System.IO", "System.Linq", "System.Threading.Tasks"];

    private static readonly Lazy<MetadataReference[]> References = new(() =>
    {
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator).ToList();
        paths.AddRange(Directory.GetFiles(AppContext.BaseDirectory, "Taizhou.Metrics*.dll"));
        paths.Add(Path.Combine(AppContext.BaseDirectory, "NodaTime.dll"));
        return [.. paths.Where(File.Exists).Distinct(StringComparer.Ordinal).Select(p => MetadataReference.CreateFromFile(p))];
    });

    public static TheoryData<string> Snippets()
    {
        var data = new TheoryData<string>();
        foreach (var snippet in Read())
        {
            data.Add(snippet.Name);
        }

        return data;
    }

    [Fact]
    public void Documentation_HasSnippetsToCompile()
    {
        // The scan must find the blocks it is meant to check: at least the README's quick start and the guides'.
        var names = Read().Select(s => s.Name).ToList();
        Assert.True(names.Count >= 20, string.Join(", ", names));
        Assert.Contains(names, n => n.StartsWith("docs/structure.md", StringComparison.Ordinal));
        Assert.Contains(names, n => n.StartsWith("src/Taizhou.Metrics.IO/README.md", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void Snippet_Compiles(string name)
    {
        var snippet = Read().Single(s => s.Name == name);
        var diagnostics = Compile(snippet);

        Assert.True(diagnostics.Count == 0, $"{name} (line {snippet.Line}):\n{string.Join('\n', diagnostics)}\n---\n{snippet.Source}");
    }

    [Fact]
    public void Compile_ASnippetCallingAMissingMember_Fails()
    {
        // The check can fail: a renamed method is reported.
        var snippet = new Snippet("test", 1, "using Taizhou.Metrics.Structure;\nvar c = ContributionTable.CheckAll([]);", false);

        Assert.Contains(Compile(snippet), d => d.Contains("CS0117", StringComparison.Ordinal));
    }

    private static List<string> Compile(Snippet snippet)
    {
        var options = new CSharpParseOptions(LanguageVersion.Preview, kind: snippet.Script ? SourceCodeKind.Script : SourceCodeKind.Regular);
        var globals = CSharpSyntaxTree.ParseText(string.Concat(ImplicitUsings.Select(u => $"global using {u};\n")), options.WithKind(SourceCodeKind.Regular));
        var tree = CSharpSyntaxTree.ParseText(snippet.Source, options, path: snippet.Name);
        var compilationOptions = new CSharpCompilationOptions(snippet.Script ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable);
        Compilation compilation = snippet.Script
            ? CSharpCompilation.CreateScriptCompilation("snippet", tree, References.Value, compilationOptions.WithUsings(ImplicitUsings))
            : CSharpCompilation.Create("snippet", [globals, tree], References.Value, compilationOptions);
        return [.. compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString())];
    }

    private static IEnumerable<Snippet> Read()
    {
        string root = RepositoryRoot();
        var files = Directory.GetFiles(Path.Combine(root, "docs"), "*.md", SearchOption.TopDirectoryOnly)
            .Append(Path.Combine(root, "README.md"))
            .Concat(Directory.GetFiles(Path.Combine(root, "src"), "README.md", SearchOption.AllDirectories).Where(f => !f.Contains("/bin/", StringComparison.Ordinal) && !f.Contains("/obj/", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);
        foreach (string file in files)
        {
            string relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            string[] lines = File.ReadAllText(file).ReplaceLineEndings("\n").Split('\n');
            int count = 0;
            for (int i = 0; i < lines.Length; i++)
            {
                if (lines[i].Trim() != "```csharp")
                {
                    continue;
                }

                int start = i + 1;
                int end = Array.FindIndex(lines, start, l => l.Trim() == "```");
                string[] body = [.. lines[start..end].Where(l => !l.StartsWith("#r ", StringComparison.Ordinal) && !l.StartsWith("#:", StringComparison.Ordinal))];
                i = end;
                if (body.All(string.IsNullOrWhiteSpace))
                {
                    continue;
                }

                count++;
                string? marker = MarkerBefore(lines, start - 2);
                bool script = marker?.Trim() == "script";
                string setup = script ? string.Empty : marker ?? string.Empty;
                yield return new Snippet($"{relative} #{count}", start, Assemble(setup, body), script);
            }
        }
    }

    /// <summary>The text of a <c>&lt;!-- snippet: … --&gt;</c> comment ending on the line before the fence (blank lines between allowed).</summary>
    private static string? MarkerBefore(string[] lines, int i)
    {
        while (i >= 0 && string.IsNullOrWhiteSpace(lines[i]))
        {
            i--;
        }

        if (i < 0 || !lines[i].TrimEnd().EndsWith("-->", StringComparison.Ordinal))
        {
            return null;
        }

        var text = new StringBuilder();
        for (int j = i; j >= 0; j--)
        {
            text.Insert(0, lines[j] + "\n");
            if (lines[j].Contains(Marker, StringComparison.Ordinal))
            {
                string all = text.ToString();
                int from = all.IndexOf(Marker, StringComparison.Ordinal) + Marker.Length;
                return all[from..all.LastIndexOf("-->", StringComparison.Ordinal)];
            }

            if (lines[j].Contains("<!--", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>The usings of the setup and the block first, then the setup's declarations, then the block.</summary>
    private static string Assemble(string setup, string[] body)
    {
        static bool IsUsing(string line) => line.StartsWith("using ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(';') && !line.Contains('(', StringComparison.Ordinal);
        // The setup is statements separated by semicolons (declarations without initialisers that hold one).
        var setupLines = setup.Split(';').Select(l => l.Trim()).Where(l => l.Length > 0).Select(l => l + ";").ToList();
        var usings = setupLines.Where(IsUsing).Concat(body.Where(IsUsing)).Distinct(StringComparer.Ordinal);
        var declarations = setupLines.Where(l => !IsUsing(l));
        return string.Join('\n', usings.Concat(declarations).Concat(body.Where(l => !IsUsing(l)))) + "\n";
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

    private sealed record Snippet(string Name, int Line, string Source, bool Script);
}
