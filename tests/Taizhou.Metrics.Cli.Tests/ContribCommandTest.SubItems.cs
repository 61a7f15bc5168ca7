using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary><c>taizhou-metrics contrib</c> on sub-items on the grand total's base: the <c>parent</c> column (上级).</summary>
public partial class ContribCommandTest
{
    /// <summary>The Quanzhou yearbook 2023 table 2-7, 工业 and 建筑业 under 第二产业 (Data/README.md).</summary>
    internal static string Quanzhou => Path.Combine(AppContext.BaseDirectory, "Data", "quanzhou-2023-table-2-7.csv");

    [Fact]
    public void Contrib_QuanzhouSubItemsExhaustingTheirParent_CheckFlags2016And2021NamingTheParent()
    {
        // By hand on the rounding of one decimal (±0.05 each): 2016 工业 50.4 + 建筑业 4.7 = 55.1 ± 0.1 against 第二产业
        // 54.6 ± 0.05, a break of 55.0 − 54.65 = 0.35; 2021 53.4 − 1.1 = 52.3 ± 0.1 against 52.1, a break of 0.05;
        // 2020 (52.5 + 2.3 = 54.8) and 2022 (45.8 + 6.9 = 52.7 against 52.6) hold, and the three sectors add up to 100.
        var (code, output, error) = CliRunner.Run("contrib", "--input", Quanzhou, "--check", "--sub-items-exhaust");

        Assert.Equal(1, code);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            [
                "taizhou-metrics: check failed: 2016: '第二产业': sub_items_contribution_rate",
                "taizhou-metrics: check failed: 2021: '第二产业': sub_items_contribution_rate",
            ],
            lines.Select(l => string.Join(' ', l.Split(' ').Take(6))));
        Assert.Contains("Every identity holds within rounding.", Block(output, "2020"), StringComparison.Ordinal);
        Assert.Contains("Every identity holds within rounding.", Block(output, "2022"), StringComparison.Ordinal);

        // The sub-items are printed under their parent, indented, before 第三产业.
        string y2016 = Block(output, "2016");
        Assert.True(y2016.IndexOf("第二产业", StringComparison.Ordinal) < y2016.IndexOf("  工业", StringComparison.Ordinal));
        Assert.True(y2016.IndexOf("  建筑业", StringComparison.Ordinal) < y2016.IndexOf("第三产业", StringComparison.Ordinal));
    }

    [Fact]
    public void Contrib_QuanzhouSubItemsWithoutExhaustOption_AreNotSummedAgainstTheirParent()
    {
        // Without --sub-items-exhaust the sub-items are checked only against the grand total (no 拉动, no G printed:
        // nothing to check them by), and the three sectors add up to 100 within rounding every year.
        var (code, output, error) = CliRunner.Run("contrib", "--input", Quanzhou, "--check");

        Assert.True(code == 0, error);
        Assert.DoesNotContain("sub_items", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_QuanzhouSubItemsJson_NamesTheParentOfEachSubItemAndTheBreak()
    {
        var (code, output, error) = CliRunner.Run("contrib", "--input", Quanzhou, "--check", "--sub-items-exhaust", "--format", "json");

        Assert.True(code == 1, error);
        using var document = JsonDocument.Parse(output);
        var periods = document.RootElement.GetProperty("periods").EnumerateArray().ToList();
        Assert.Equal(["2016", "2021"], periods.Where(p => !p.GetProperty("check").GetProperty("passed").GetBoolean()).Select(p => p.GetProperty("period").GetString()));
        var rows = periods[0].GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal([null, null, null, "第二产业", "第二产业"], rows.Select(r => r.GetProperty("parent").GetString()));
        var sum = periods[0].GetProperty("check").GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("figure").GetString() == "sub_items_contribution_rate");
        Assert.Equal("第二产业", sum.GetProperty("part").GetString());
        Assert.Equal("2016", sum.GetProperty("period").GetString());
        Assert.Equal(0.35, sum.GetProperty("break").GetDouble(), 1e-9);
        Assert.True(sum.GetProperty("broken").GetBoolean());
    }

    [Fact]
    public void Contrib_SubItemsWithLevels_AreListedWithTheirParentAndSummedAgainstIt()
    {
        // By hand: GDP 100 → 110; 第二产业 40 → 46 (Δ 6, 拉动 6 pp, 贡献率 60 %) with 工业 30 → 34 (Δ 4, 4 pp, 40 %) and
        // 建筑业 10 → 12 (Δ 2, 2 pp, 20 %); 第一产业 and 第三产业 10 → 10 and 50 → 54. 工业 + 建筑业 = 第二产业 exactly.
        // The printed share of 工业 is 35 % against 34 / 110 = 30.9 %: the sum of the sub-items' shares (35 + 10.9)
        // misses 第二产业's 41.8 %, and 工业's own share breaks.
        using var csv = new TempCsv("part,parent,previous,current,share\nGDP,,100,110,\n第一产业,,10,10,\n第二产业,,40,46,41.8\n第三产业,,50,54,\n工业,第二产业,30,34,35.0\n建筑业,第二产业,10,12,10.9\n");

        var (code, output, error) = CliRunner.Run("contrib", "--input", csv.Path, "--total", "GDP", "--check", "--sub-items-exhaust", "--format", "json");

        Assert.True(code == 1, error);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(["第一产业", "第二产业", "第三产业"], root.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("part").GetString()));
        var subItems = root.GetProperty("sub_items").EnumerateArray().ToList();
        Assert.Equal(["工业", "建筑业"], subItems.Select(p => p.GetProperty("part").GetString()));
        Assert.All(subItems, p => Assert.Equal("第二产业", p.GetProperty("parent").GetString()));
        Assert.Equal(0.04, subItems[0].GetProperty("contribution_pp").GetDouble(), 1e-12);
        Assert.Equal(0.4, subItems[0].GetProperty("contribution_rate").GetDouble(), 1e-12);
        var broken = root.GetProperty("check").GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("broken").GetBoolean()).Select(f => f.GetProperty("row").GetString() + "/" + f.GetProperty("figure").GetString());
        Assert.Equal(["工业/share", "第二产业/sub_items_share"], broken);
        Assert.Contains("sub_items_share", error, StringComparison.Ordinal);
    }
}
