using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Tables;

/// <summary>docs/input.md, "Header names", is the one table of the readers' header aliases: the table and the readers cannot drift.</summary>
public class HeaderAliasesDocTest
{
    [Theory]
    [InlineData("series")]
    [InlineData("breakdown")]
    [InlineData("enterprise")]
    [InlineData("regional")]
    [InlineData("cumulative")]
    [InlineData("plan")]
    [InlineData("plan-actuals")]
    public void DocTable_ListsExactlyTheReadersAliases(string reader)
    {
        var documented = Rows()
            .Where(r => r.Reader == reader)
            .SelectMany(r => r.Names.Select(n => (Key: HeaderAliases.Key(n), r.Column)))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ToList();
        var known = (reader switch
        {
            "series" => HeaderAliases.Series,
            "breakdown" => HeaderAliases.Breakdown,
            "regional" => HeaderAliases.Regional,
            "cumulative" => HeaderAliases.Cumulative,
            "plan" => HeaderAliases.Plan,
            "plan-actuals" => HeaderAliases.PlanActuals,
            _ => HeaderAliases.Enterprise,
        }).Select(p => (p.Key, Column: p.Value)).OrderBy(p => p.Key, StringComparer.Ordinal).ToList();

        Assert.NotEmpty(documented);
        Assert.Equal(known, documented);
    }

    [Theory]
    [InlineData("增长%", "增长")]
    [InlineData("增长(%)", "增长")]
    [InlineData("增长 （％）", "增长")]
    [InlineData("拉动（百分点）", "拉动")]
    [InlineData("1－本月累计（亿元）", "1-本月累计")]
    [InlineData("1—本月累计", "1-本月累计")]
    [InlineData("%", "%")]
    public void Key_DropsSpacesFullWidthFormsAndATrailingUnit(string name, string key)
    {
        Assert.Equal(key, HeaderAliases.Key(name));
    }

    private static List<(string Reader, string Column, string[] Names)> Rows()
    {
        string path = Path.Combine(Root(), "docs", "input.md");
        var rows = new List<(string, string, string[])>();
        foreach (string line in File.ReadLines(path))
        {
            string[] cells = [.. line.Split('|').Select(c => c.Trim())];
            if (cells.Length == 6 && cells[1] is "series" or "breakdown" or "enterprise" or "regional" or "cumulative" or "plan" or "plan-actuals")
            {
                rows.Add((cells[1], cells[2].Trim('`'), [.. cells[3].Split(',').Select(n => n.Trim().Trim('`'))]));
            }
        }

        return rows;
    }

    private static string Root()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "docs", "input.md")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("docs/input.md not found above the test's folder.");
    }
}
