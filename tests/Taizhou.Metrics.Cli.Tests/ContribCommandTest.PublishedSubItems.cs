using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>taizhou-metrics contrib</c> on a published table WITH LEVELS and sub-items on the grand total's base: Fujian
/// Statistical Yearbook 2015 table 2-3 (Data/README.md).
/// </summary>
public partial class ContribCommandTest
{
    private static string Fujian2015 => Path.Combine(AppContext.BaseDirectory, "Data", "fujian-2015-table-2-3.csv");

    [Fact]
    public void Contrib_Fujian2015LevelsWithSubItems_2010Holds_2014IsFlaggedNamingTheParent()
    {
        // By hand, 2014: Σ current 工业 + 建筑业 = 42673.43 + 7183.77 = 49857.20 (± 0.01) against 第二产业 49719.02
        // (± 0.005): break 49857.19 − 49719.025 = 138.165; Σ previous 36617.43 + 6457.34 = 43074.77 against 42949.47:
        // 43074.76 − 42949.475 = 125.285; Σ shares 60.3 + 10.2 = 70.5 (± 0.1) against 70.3 (± 0.05): 70.4 − 70.35 = 0.05.
        // 2010: 23152.34 + 3464.19 = 26616.53 exactly; 10065.44 + 1320.52 = 11385.96 against 11385.95, within the
        // 0.015 the three roundings allow; 59.5 + 8.9 = 68.4.
        var (code, output, error) = CliRunner.Run("contrib", "--input", Fujian2015, "--total", "总产出", "--check", "--sub-items-exhaust", "--format", "json");

        Assert.True(code == 1, error);
        using var document = JsonDocument.Parse(output);
        var periods = document.RootElement.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(["2010", "2014"], periods.Select(p => p.GetProperty("period").GetString()));
        Assert.True(periods[0].GetProperty("check").GetProperty("passed").GetBoolean());
        var broken = periods[1].GetProperty("check").GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("broken").GetBoolean()).ToList();
        Assert.Equal(["sub_items_current", "sub_items_previous", "sub_items_share"], broken.Select(f => f.GetProperty("figure").GetString()));
        Assert.All(broken, f => Assert.Equal("第二产业", f.GetProperty("part").GetString()));
        Assert.Equal(138.165, broken[0].GetProperty("break").GetDouble(), 9);
        Assert.Equal(125.285, broken[1].GetProperty("break").GetDouble(), 9);
        Assert.Equal(0.05, broken[2].GetProperty("break").GetDouble(), 9);

        // The sub-items' own figures are on the grand total's base: 工业's 贡献率 in 2014 is its increase over 总产出's,
        // (42673.43 − 36617.43) / (70742.78 − 61780.20) = 6056.00 / 8962.58 = 67.570 %.
        var industry = periods[1].GetProperty("sub_items").EnumerateArray().Single(r => r.GetProperty("part").GetString() == "工业");
        Assert.Equal("第二产业", industry.GetProperty("parent").GetString());
        Assert.Equal(6056.00 / 8962.58, industry.GetProperty("contribution_rate").GetDouble(), 9);
    }
}
