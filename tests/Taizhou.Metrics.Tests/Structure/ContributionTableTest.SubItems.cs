using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Tests.Vectors;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// Sub-items on the grand total's base (<see cref="ContributionRow.Parent"/>) in tables without levels, against
/// published yearbook tables: Fujian 2020 table 2-7 (工业 under 第二产业, 贡献率 and 拉动), Fujian 2006 table 2-8 and
/// Quanzhou 2023 table 2-7 (工业 and 建筑业 under 第二产业, 贡献率 only). Expected verdicts computed by hand or in Python
/// on the rounding intervals (one decimal: ±0.05 each), not with the library.
/// </summary>
public partial class ContributionTableTest
{
    private static ContributionRow Rate(string name, string rate, string? parent = null, bool exhaust = false) =>
        new(name, P(rate), null) { Parent = parent, SubItemsExhaust = exhaust };

    // 第一产业, 第二产业 (its sub-items exhaust it), 第三产业, 工业, 建筑业: 贡献率 as printed, no G, no 拉动.
    private static ContributionPeriod RatesYear(string year, string primary, string secondary, string tertiary, string industry, string construction) => new(
        year,
        [Rate("第一产业", primary), Rate("第二产业", secondary, exhaust: true), Rate("第三产业", tertiary), Rate("工业", industry, parent: "第二产业"), Rate("建筑业", construction, parent: "第二产业")]);

    [Fact]
    public void CheckPeriods_FujianIndustryAsSubItem_LeavesItOutOfTheSums_AndChecksItsPull()
    {
        // With 工业 (28.6 % in 1980) counted as a fourth part Σ 贡献率 would be ~128.6 every year. As a sub-item of
        // 第二产业 it only implies G and has its pull checked: Python on the intervals finds every year 1980-2009
        // consistent except 1990 and 1991, where total_growth and the pulls of 第二产业 and 工业 break
        // (1990: 55.0 % of 7.7 % is at least 55.0 − 0.05 = 54.95 × 7.65 / 100 = 4.204 points against a printed 4.1).
        var periods = VectorFile.Load(Fujian).GetProperty("rows").EnumerateArray()
            .Select(r =>
            {
                var year = FujianYear(r, "primary", "secondary", "tertiary", "industry");
                return new ContributionPeriod(year.Label, [.. year.Parts.Select(p => p.Name == "industry" ? new ContributionRow(p.Name, p.RatePercent, p.Points) { Parent = "secondary" } : p)], year.TotalGrowthPercent);
            })
            .ToList();

        var checks = ContributionTable.CheckPeriods(periods, partsExhaustTotal: true);

        Assert.Equal(["1990", "1991"], checks.Where(c => !c.Passed).Select(c => c.Period));
        var y1990 = checks.Single(c => c.Period == "1990");
        Assert.Equal(["(total)/total_growth", "secondary/pull", "industry/pull"], y1990.Broken.Select(f => f.Row + "/" + f.Figure));
        Assert.Equal(54.95 * 7.65 / 100.0 - 4.15, y1990.Broken.Single(f => f.Row == "industry").Break, 9);
        Assert.Equal(4, y1990.ImpliedTotalGrowth.Rows.Count); // the sub-item implies G too: it is on the grand total's base
        var sum = y1990.Findings.Single(f => f.Figure == "sum_of_rates");
        Assert.Equal(5.4 + 48.3 + 46.3, sum.Published.Estimate, 9);
    }

    [Fact]
    public void Check_Fujian2006_IndustryPlusConstruction_AddUpToSecondary()
    {
        // 福建统计年鉴 2006, table 2-8 经济增长贡献率 (tjj.fujian.gov.cn/tongjinianjian/dz06/html/0208.htm), as printed.
        // 第二产业 = 工业 + 建筑业 within 3 × 0.05: 59.4 + 0.2 = 59.6, 57.3 + 2.2 = 59.5, 54.2 + 7.8 = 62.0,
        // 54.2 + 5.1 = 59.3 against 59.2 (gap 0.1), 51.0 + 3.0 = 54.0; the three sectors add up to 100.0 each year.
        List<ContributionPeriod> years =
        [
            RatesYear("2000", "4.7", "59.6", "35.7", "59.4", "0.2"),
            RatesYear("2002", "4.3", "59.5", "36.2", "57.3", "2.2"),
            RatesYear("2003", "4.3", "62.0", "33.7", "54.2", "7.8"),
            RatesYear("2004", "5.2", "59.2", "35.6", "54.2", "5.1"),
            RatesYear("2005", "4.6", "54.0", "41.4", "51.0", "3.0"),
        ];

        var checks = ContributionTable.CheckPeriods(years, partsExhaustTotal: true);

        Assert.All(checks, c => Assert.True(c.Passed, c.ToString()));
        Assert.All(checks, c => Assert.Equal(["sum_of_rates", "sub_items_contribution_rate"], c.Findings.Select(f => f.Figure)));
        var y2004 = checks.Single(c => c.Period == "2004").Findings.Single(f => f.Figure == "sub_items_contribution_rate");
        Assert.Equal("第二产业", y2004.Row);
        Assert.Equal(59.3, y2004.Published.Estimate, 9);
        Assert.Equal(59.2, y2004.Derived.Estimate, 9);
    }

    [Fact]
    public void Check_Quanzhou2023_IndustryPlusConstructionBeyondRounding_IsFlaggedNamingTheParent()
    {
        // 泉州统计年鉴 2023, table 2-7 三次产业对经济增长的贡献率 (tjj.quanzhou.gov.cn/.../qztjnj2023/cn/html/0207.htm), as
        // printed. 2016: 50.4 + 4.7 = 55.1 ± 0.1 against 54.6 ± 0.05, a break of 55.0 − 54.65 = 0.35; 2021: 53.4 − 1.1 =
        // 52.3 ± 0.1 against 52.1 ± 0.05, a break of 52.2 − 52.15 = 0.05; 2020 (52.5 + 2.3 = 54.8) and 2022 (52.7 against
        // 52.6) hold. The three sectors add up to 100 within rounding every year (2016: 0.8 + 54.6 + 44.7 = 100.1).
        List<ContributionPeriod> years =
        [
            RatesYear("2016", "0.8", "54.6", "44.7", "50.4", "4.7"),
            RatesYear("2020", "1.3", "54.8", "43.9", "52.5", "2.3"),
            RatesYear("2021", "0.9", "52.1", "47.0", "53.4", "-1.1"),
            RatesYear("2022", "2.2", "52.6", "45.2", "45.8", "6.9"),
        ];

        var checks = ContributionTable.CheckPeriods(years, partsExhaustTotal: true);

        Assert.Equal(["2016", "2021"], checks.Where(c => !c.Passed).Select(c => c.Period));
        var y2016 = Assert.Single(checks[0].Broken);
        Assert.Equal("第二产业", y2016.Row);
        Assert.Equal("sub_items_contribution_rate", y2016.Figure);
        Assert.Equal("Σ 贡献率 of 工业 + 建筑业 = 贡献率 of 第二产业", y2016.Identity);
        Assert.Equal(0.35, y2016.Break, 9);
        Assert.Equal(0.05, Assert.Single(checks[2].Broken).Break, 9);
    }

    [Fact]
    public void Check_SubItemPulls_AddUpToTheParentsPull()
    {
        // Constructed: G 10.0; 第一产业 5.0 % / 0.5, 第二产业 50.0 % / 5.0 (工业 40.0 % / 4.0 + 建筑业 10.0 % / 1.0 = 5.0),
        // 第三产业 45.0 % / 4.5; then 建筑业's pull misprinted 1.3: Σ 5.3 ± 0.1 against 5.0 ± 0.05, a break of 0.15, and
        // its own pull breaks 拉动 = 贡献率 × G (10.0 % of 10.0 % is within [0.99, 1.01] points, against 1.25 at least).
        ContributionPeriod Year(string constructionPull) => new(
            "constructed",
            [
                new ContributionRow("第一产业", P("5.0"), P("0.5")),
                new ContributionRow("第二产业", P("50.0"), P("5.0")) { SubItemsExhaust = true },
                new ContributionRow("工业", P("40.0"), P("4.0")) { Parent = "第二产业" },
                new ContributionRow("建筑业", P("10.0"), P(constructionPull)) { Parent = "第二产业" },
                new ContributionRow("第三产业", P("45.0"), P("4.5")),
            ],
            P("10.0"));

        var good = ContributionTable.Check(Year("1.0"), partsExhaustTotal: true);
        var bad = ContributionTable.Check(Year("1.3"), partsExhaustTotal: true);

        Assert.True(good.Passed, good.Check.ToTextTable());
        Assert.Contains(good.Findings, f => f.Figure == "sub_items_contribution_pp" && f.Row == "第二产业");
        var sum = bad.Broken.Single(f => f.Figure == "sub_items_contribution_pp");
        Assert.Equal("第二产业", sum.Row);
        Assert.Equal(0.15, sum.Break, 9);
        Assert.Contains(bad.Broken, f => f.Row == "建筑业" && f.Figure == "pull");
    }

    [Fact]
    public void Check_ParentThatIsNotARow_ThrowsNamingIt()
    {
        var period = new ContributionPeriod("2020", [Rate("第二产业", "50.0")]);
        var e = Assert.Throws<ArgumentException>(() => new ContributionPeriod("2020", [Rate("第二产业", "50.0"), Rate("工业", "40.0", parent: "第二产")]));
        Assert.Contains("'第二产'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'2020'", e.Message, StringComparison.Ordinal);
        e = Assert.Throws<ArgumentException>(() => ContributionTable.Check([Rate("第二产业", "50.0"), Rate("工业", "40.0", parent: "第二产")], null, partsExhaustTotal: true));
        Assert.Contains("'第二产'", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ContributionPeriod("2020", [Rate("第二产业", "50.0"), Rate("工业", "40.0", parent: "第二产业"), Rate("制造业", "35.0", parent: "工业")]));
        Assert.Throws<ArgumentException>(() => Rate("工业", "40.0", parent: "工业"));
        Assert.Single(period.Parts);
    }
}
