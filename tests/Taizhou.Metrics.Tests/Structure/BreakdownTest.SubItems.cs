using System;
using System.Linq;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// Sub-items on the grand total's base (<see cref="BreakdownRow.Parent"/>: 工业 and 建筑业 under 第二产业) against the
/// nested breakdown re-based on its parent (<see cref="BreakdownRow.Children"/>), on a constructed table whose figures
/// are easy to follow by hand: GDP 1000 → 1100; 第一产业 100 → 105, 第二产业 400 → 450 (工业 320 → 360, 建筑业
/// 80 → 90), 第三产业 500 → 545; and on a published one, 福建统计年鉴 2015 table 2-3 (总产出, 2013 → 2014).
/// Expected figures by hand, shown in the comments; tolerance 1e-12 on fractions.
/// </summary>
public class BreakdownSubItemsTest
{
    private static PublishedValue P(string text) => PublishedValue.Parse(text);

    private static BreakdownRow Row(string name, string previous, string current, string? parent = null, bool exhaust = false) =>
        new(name, P(current), previous: P(previous)) { Parent = parent, SubItemsExhaust = exhaust };

    private static readonly BreakdownRow Gdp = new("GDP", P("1100"), previous: P("1000"));

    [Fact]
    public void Analyse_SubItems_AreMeasuredAgainstTheGrandTotal_OutsideTheSums()
    {
        var parts = new[]
        {
            Row("第一产业", "100", "105"),
            Row("第二产业", "400", "450", exhaust: true),
            Row("工业", "320", "360", parent: "第二产业"),
            Row("建筑业", "80", "90", parent: "第二产业"),
            Row("第三产业", "500", "545"),
        };

        var analysis = Breakdown.Analyse(parts, Gdp);

        Assert.Equal(["第一产业", "第二产业", "第三产业"], analysis.Parts.Select(p => p.Name));
        Assert.Equal(["工业", "建筑业"], analysis.SubItems.Select(p => p.Name));
        var industry = analysis.SubItems[0];
        Assert.Equal("第二产业", industry.Parent);
        Assert.Equal(0.40, industry.ContributionRate!.Value, 12);      // Δ工业 / ΔGDP = 40 / 100
        Assert.Equal(0.04, industry.ContributionPoints!.Value, 12);    // 40 / 1000
        Assert.Equal(360.0 / 1100.0, industry.Share!.Value, 12);
        Assert.Equal(0.10, analysis.SubItems[1].ContributionRate!.Value, 12); // 10 / 100
        Assert.Equal(0.50, analysis.Parts[1].ContributionRate!.Value, 12);    // 第二产业 50 / 100 = 工业 + 建筑业
        Assert.Equal(1.0, analysis.SumOfContributionRates!.Value, 12);         // over the three sectors (and other = 0), not 1.5
        Assert.Equal(0.10, analysis.SumOfContributionPoints!.Value, 12);
        Assert.Equal(0m, analysis.Remainder!.Current);
        Assert.Contains("  工业", analysis.ToTextTable(), StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_SameNumbers_NestedBreakdownIsReBasedOnTheParent_SubItemsAreNot()
    {
        // Nested: 工业's 贡献率 = 40 / Δ第二产业 50 = 80 %, 拉动 = 40 / 400 = 10 points, share 360 / 450 = 80 %;
        // sub-item on the grand total's base: 40 %, 4 points, 360 / 1100 = 32.7 %.
        var nested = Breakdown.Analyse(
        [
            Row("第一产业", "100", "105"),
            new BreakdownRow("第二产业", P("450"), previous: P("400"), children: [Row("工业", "320", "360"), Row("建筑业", "80", "90")]),
            Row("第三产业", "500", "545"),
        ],
            Gdp);
        var subItems = Breakdown.Analyse(
        [
            Row("第一产业", "100", "105"),
            Row("第二产业", "400", "450"),
            Row("工业", "320", "360", parent: "第二产业"),
            Row("建筑业", "80", "90", parent: "第二产业"),
            Row("第三产业", "500", "545"),
        ],
            Gdp);

        var child = nested.Parts[1].Children!.Parts[0];
        var item = subItems.SubItems[0];
        Assert.Equal(0.80, child.ContributionRate!.Value, 12);
        Assert.Equal(0.10, child.ContributionPoints!.Value, 12);
        Assert.Equal(0.80, child.Share!.Value, 12);
        Assert.Equal(0.40, item.ContributionRate!.Value, 12);
        Assert.Equal(0.04, item.ContributionPoints!.Value, 12);
        Assert.Equal(360.0 / 1100.0, item.Share!.Value, 12);
        Assert.Equal(1.0, nested.Parts[1].Children!.SumOfContributionRates!.Value, 12); // the children's rates add up to 100 % of the parent's change
    }

    [Fact]
    public void Check_PrintedSubItemFigures_HoldOnTheGrandTotalsBase_AndBreakWhenNested()
    {
        // 工业 printed as a yearbook prints it: 贡献率 40.0, 拉动 4.0 (of GDP's change and base). As a nested child the
        // same print is checked against 工业's share of 第二产业's change, 80 %: broken.
        BreakdownRow Industry(string? parent) => new("工业", P("360"), previous: P("320")) { Parent = parent, ContributionRatePercent = P("40.0"), ContributionPoints = P("4.0") };

        var asSubItem = Breakdown.Check([Row("第一产业", "100", "105"), Row("第二产业", "400", "450"), Industry("第二产业"), Row("第三产业", "500", "545")], Gdp);
        var nested = Breakdown.Check(
            [Row("第一产业", "100", "105"), new BreakdownRow("第二产业", P("450"), previous: P("400"), children: [Industry(null), Row("建筑业", "80", "90")]), Row("第三产业", "500", "545")],
            Gdp);

        Assert.True(asSubItem.Passed);
        Assert.Contains(asSubItem.Findings, f => f.Row == "工业" && f.Figure == "contribution_rate");
        var broken = nested.Broken.Single(f => f.Figure == "contribution_rate");
        Assert.Equal("工业", broken.Row);
        Assert.Equal(80.0, broken.Derived.Estimate, 9);
    }

    [Fact]
    public void Check_SubItemsThatExhaustTheParent_AddUpToIt()
    {
        // Printed 贡献率 5.0 / 50.0 (40.0 + 10.0) / 45.0, 拉动 0.5 / 5.0 (4.0 + 1.0) / 4.5, shares 9.5 / 40.9 (32.7 + 8.2) / 49.5
        BreakdownRow Printed(string name, string previous, string current, string rate, string pull, string share, string? parent = null, bool exhaust = false) =>
            new(name, P(current), previous: P(previous)) { Parent = parent, SubItemsExhaust = exhaust, ContributionRatePercent = P(rate), ContributionPoints = P(pull), SharePercent = P(share) };
        var parts = new[]
        {
            Printed("第一产业", "100", "105", "5.0", "0.5", "9.5"),
            Printed("第二产业", "400", "450", "50.0", "5.0", "40.9", exhaust: true),
            Printed("工业", "320", "360", "40.0", "4.0", "32.7", parent: "第二产业"),
            Printed("建筑业", "80", "90", "10.0", "1.0", "8.2", parent: "第二产业"),
            Printed("第三产业", "500", "545", "45.0", "4.5", "49.5"),
        };

        var check = Breakdown.Check(parts, Gdp);

        Assert.True(check.Passed, check.ToTextTable());
        Assert.Equal(
            ["sub_items_current", "sub_items_previous", "sub_items_share", "sub_items_contribution_pp", "sub_items_contribution_rate"],
            check.Findings.Where(f => f.Figure.StartsWith("sub_items_", StringComparison.Ordinal)).Select(f => f.Figure));
        Assert.All(check.Findings.Where(f => f.Figure.StartsWith("sub_items_", StringComparison.Ordinal)), f => Assert.Equal("第二产业", f.Row));
        var rates = check.Findings.Single(f => f.Row == "(parts)" && f.Figure == "sum_of_rates");
        Assert.Equal(100.0, rates.Published.Estimate, 9); // 5.0 + 50.0 + 45.0: the sub-items are not in it
    }

    [Fact]
    public void Check_SubItemLevelsBeyondTheParent_AreFlaggedNamingTheParent()
    {
        // 建筑业 printed 95 instead of 90: Σ current 360 + 95 = 455 ± 1.0 against 第二产业's 450 ± 0.5, a break of 3.5
        var parts = new[]
        {
            Row("第一产业", "100", "105"),
            Row("第二产业", "400", "450", exhaust: true),
            Row("工业", "320", "360", parent: "第二产业"),
            Row("建筑业", "80", "95", parent: "第二产业"),
            Row("第三产业", "500", "545"),
        };

        var check = Breakdown.Check(parts, Gdp);

        var broken = Assert.Single(check.Broken);
        Assert.Equal("第二产业", broken.Row);
        Assert.Equal("sub_items_current", broken.Figure);
        Assert.Equal(3.5, broken.Break, 9);
        Assert.Contains("工业 + 建筑业", broken.Identity, StringComparison.Ordinal);
        Assert.Contains(check.Findings, f => f.Figure == "sub_items_previous" && !f.IsBroken); // 320 + 80 = 400
    }

    [Fact]
    public void Check_SubItemsNotSaidToExhaust_HaveNoSumCheck()
    {
        // 工业 alone under 第二产业 (as 福建统计年鉴 prints it): nothing says 工业 = 第二产业
        var check = Breakdown.Check([Row("第一产业", "100", "105"), Row("第二产业", "400", "450"), Row("工业", "320", "360", parent: "第二产业"), Row("第三产业", "500", "545")], Gdp);

        Assert.True(check.Passed);
        Assert.DoesNotContain(check.Findings, f => f.Figure.StartsWith("sub_items_", StringComparison.Ordinal));
    }

    [Fact]
    public void Analyse_ParentThatIsNotARow_ThrowsNamingIt()
    {
        var e = Assert.Throws<ArgumentException>(() => Breakdown.Analyse([Row("第二产业", "400", "450"), Row("工业", "320", "360", parent: "第二产")]));
        Assert.Contains("'第二产'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'工业'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Analyse_SubItemOfASubItem_Throws_OneLevelOnly()
    {
        var e = Assert.Throws<ArgumentException>(() => Breakdown.Analyse(
            [Row("第二产业", "400", "450"), Row("工业", "320", "360", parent: "第二产业"), Row("制造业", "280", "310", parent: "工业")]));
        Assert.Contains("one level", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Row_InvalidParentOrExhaustWithoutSubItems_Throws()
    {
        Assert.Throws<ArgumentException>(() => Row("工业", "320", "360", parent: "工业"));
        Assert.Throws<ArgumentException>(() => Row("工业", "320", "360", parent: " "));
        var e = Assert.Throws<ArgumentException>(() => Breakdown.Check([Row("第一产业", "100", "105"), Row("第二产业", "400", "450", exhaust: true)], null));
        Assert.Contains("'第二产业'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Fujian2015PublishedLevels_IndustryPlusConstructionBeyondTheSecondarySector_IsFlagged()
    {
        // 福建统计年鉴 2015 table 2-3 (https://tjj.fujian.gov.cn/tongjinianjian/dz2015/cn/html/0203.htm), 总产出 in 亿元,
        // 2013 → 2014. From 2013 the 三次产业划分规定 (2012) puts 开采辅助活动 and 金属制品、机械和设备修理业 in
        // 第三产业 while 工业 keeps them, so 工业 + 建筑业 exceed 第二产业 as printed: 42673.43 + 7183.77 = 49857.20 (± 0.01)
        // against 49719.02 (± 0.005), a break of 49857.19 − 49719.025 = 138.165; previous 36617.43 + 6457.34 =
        // 43074.77 against 42949.47, 43074.76 − 42949.475 = 125.285.
        var total = new BreakdownRow("总产出", P("70742.78"), previous: P("61780.20"));
        var parts = new[]
        {
            Row("第一产业", "3170.16", "3400.90"),
            Row("第二产业", "42949.47", "49719.02", exhaust: true),
            Row("工业", "36617.43", "42673.43", parent: "第二产业"),
            Row("建筑业", "6457.34", "7183.77", parent: "第二产业"),
            Row("第三产业", "15660.57", "17622.86"),
        };

        var check = Breakdown.Check(parts, total);
        var analysis = Breakdown.Analyse(parts, total);

        var broken = check.Broken.ToList();
        Assert.Equal(["sub_items_current", "sub_items_previous"], broken.Select(f => f.Figure));
        Assert.All(broken, f => Assert.Equal("第二产业", f.Row));
        Assert.Equal(138.165, broken[0].Break, 9);
        Assert.Equal(125.285, broken[1].Break, 9);

        // The three sectors add up to 总产出 (3400.90 + 49719.02 + 17622.86 = 70742.78): nothing else breaks, and
        // 工业's 贡献率 is on the grand total's base, 6056.00 / 8962.58 = 67.570 %.
        Assert.Equal(0m, analysis.Remainder!.Current);
        Assert.Equal(6056.00 / 8962.58, analysis.SubItems[0].ContributionRate!.Value, 12);
    }
}
