using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>
/// docs/bad-input.md and the tests of this folder cannot drift: every row of its tables names a test of this namespace,
/// every test of this namespace is named by exactly one row, and the row ids are unique.
/// </summary>
public partial class CatalogueTest
{
    [Fact]
    public void EveryRowNamesATest_AndEveryTestHasARow()
    {
        var rows = Rows();
        var tests = Tests();

        Assert.True(rows.Count >= 60, $"{rows.Count} rows; the catalogue lists at least 60 bad inputs");
        Assert.Empty(rows.GroupBy(r => r.Id).Where(g => g.Count() > 1).Select(g => g.Key));
        Assert.Empty(rows.Where(r => !IdPattern().IsMatch(r.Id)).Select(r => r.Id));
        Assert.Empty(rows.Where(r => r.Input.Length == 0 || r.Outcome.Length == 0).Select(r => r.Id));

        // Names are unique across the namespace, so that a row's name is unambiguous.
        Assert.Empty(tests.GroupBy(t => t.Name).Where(g => g.Count() > 1).Select(g => g.Key));
        var names = tests.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(rows.Where(r => !names.Contains(r.Test)).Select(r => $"{r.Id}: no test {r.Test}"));
        Assert.Empty(rows.GroupBy(r => r.Test).Where(g => g.Count() > 1).Select(g => $"{g.Key} pins {string.Join(", ", g.Select(r => r.Id))}"));
        var named = rows.Select(r => r.Test).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(tests.Where(t => t.DeclaringType != typeof(CatalogueTest) && !named.Contains(t.Name)).Select(t => $"{t.DeclaringType!.Name}.{t.Name} has no row"));
    }

    /// <summary>The rows of the catalogue's tables: <c>| `id` | bad input | what happens | `Test` |</c>.</summary>
    private static List<(string Id, string Input, string Outcome, string Test)> Rows()
    {
        string path = Path.Combine(RepositoryRoot(), "docs", "bad-input.md");
        var rows = new List<(string, string, string, string)>();
        foreach (string line in File.ReadLines(path).Where(l => l.StartsWith("| `", StringComparison.Ordinal)))
        {
            string[] cells = [.. CellSeparator().Split(line.Trim().Trim('|')).Select(c => c.Trim())];
            Assert.True(cells.Length == 4, $"not 4 cells: {line}");
            rows.Add((cells[0].Trim('`'), cells[1], cells[2], cells[3].Trim('`')));
        }

        return rows;
    }

    private static List<MethodInfo> Tests() =>
        [.. typeof(CatalogueTest).Assembly.GetTypes()
            .Where(t => t.Namespace == typeof(CatalogueTest).Namespace)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(m => m.IsDefined(typeof(FactAttribute), inherit: true))];

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

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    // A cell ends at a pipe that markdown does not escape.
    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();
}
