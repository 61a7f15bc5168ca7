using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CsCheck;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Tests.Vectors;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// Contribution tables without levels: rows of 贡献率 and 拉动 as printed, the total's growth they imply and the identities
/// they carry. Expected values are hand calculations on the rounding intervals (shown in the comments) or the Fujian
/// yearbook table in <c>Vectors/fujian_2020_contribution_pull.json</c>; tolerances 1e-12 on fractions, 1e-9 on percent.
/// </summary>
public partial class ContributionTableTest
{
    private const string Fujian = "fujian_2020_contribution_pull.json";

    private static readonly string[] Sectors = ["primary", "secondary", "tertiary"];

    private static PublishedValue P(string text) => PublishedValue.Parse(text);

    private static ContributionRow Row(string name, string rate, string pull) => new(name, P(rate), P(pull));

    private static ContributionPeriod FujianYear(JsonElement row, params string[] parts) => new(
        row.GetProperty("year").GetString()!,
        [.. parts.Select(s => Row(s, row.GetProperty("contribution_rate_pct").GetProperty(s).GetString()!, row.GetProperty("pull_pp").GetProperty(s).GetString()!))],
        P(row.GetProperty("gdp_growth_pct").GetString()!));

    private static List<ContributionPeriod> FujianYears(params string[] parts) =>
        [.. VectorFile.Load(Fujian).GetProperty("rows").EnumerateArray().Select(r => FujianYear(r, parts))];

    [Fact]
    public void TotalGrowth_IsPullOverRate_WithCornerBounds()
    {
        // Fujian 1986, 第二产业: 5.3 points at 92.8 % → G = 5.3 / 92.8 = 0.0571121; bounds 5.25 / 92.85 and 5.35 / 92.75
        var g = ContributionTable.TotalGrowth(P("5.3"), P("92.8"))!.Value;
        Assert.Equal(5.3 / 92.8, g.Estimate, 12);
        Assert.Equal(5.25 / 92.85, g.Bounds.Lower, 12);
        Assert.Equal(5.35 / 92.75, g.Bounds.Upper, 12);
    }

    [Fact]
    public void TotalGrowth_NegativePullAndRate_GiveAPositiveGrowth()
    {
        // Fujian 1986, 第三产业: −0.2 points at −3.2 % → G = 6.25 %; bounds −0.15 / −3.25 = 4.615 % and −0.25 / −3.15 = 7.937 %
        var g = ContributionTable.TotalGrowth(P("-0.2"), P("-3.2"))!.Value;
        Assert.Equal(0.0625, g.Estimate, 12);
        Assert.Equal(0.15 / 3.25, g.Bounds.Lower, 12);
        Assert.Equal(0.25 / 3.15, g.Bounds.Upper, 12);
    }

    [Fact]
    public void TotalGrowth_RatePrintedZero_GivesNoBound()
    {
        // 0.0 % stands for [−0.05, 0.05] %, which contains zero: the pull can be anything small whatever G is
        Assert.Null(ContributionTable.TotalGrowth(P("0.3"), P("0.0")));
        Assert.Null(ContributionTable.TotalGrowth(P("0.0"), P("0")));
    }

    [Fact]
    public void Rate_IsPullOverGrowth()
    {
        // Fujian 1990, 第三产业: 3.5 points of 7.7 % → 45.45 %; bounds 3.45 / 7.75 and 3.55 / 7.65
        var r = ContributionTable.Rate(P("3.5"), P("7.7"))!.Value;
        Assert.Equal(3.5 / 7.7, r.Estimate, 12);
        Assert.Equal(3.45 / 7.75, r.Bounds.Lower, 12);
        Assert.Equal(3.55 / 7.65, r.Bounds.Upper, 12);
        Assert.Null(ContributionTable.Rate(P("0.1"), P("0.0")));
    }

    [Fact]
    public void Points_IsRateTimesGrowth_Zhongshan()
    {
        // cn_contribution_pull_examples.json, Zhongshan 2022 1-2月: 电气机械 28.1 % of 5.0 % growth → 1.405 points;
        // bounds 28.05 × 4.95 = 1.388475 and 28.15 × 5.05 = 1.421575 points (fractions: / 10000)
        var p = ContributionTable.Points(P("28.1"), P("5.0"));
        Assert.Equal(0.01405, p.Estimate, 12);
        Assert.Equal(0.01388475, p.Bounds.Lower, 12);
        Assert.Equal(0.01421575, p.Bounds.Upper, 12);
    }

    [Fact]
    public void Check_ZhongshanTopThree_PublishedPullWithinRounding()
    {
        // The three industries together: 贡献率 56.2 %, printed pull 2.8 points, growth 5.0 %: 56.2 × 5.0 = 2.81 ∈ [2.75, 2.85]
        var check = ContributionTable.Check([Row("top3", "56.2", "2.8")], P("5.0"), partsExhaustTotal: false);
        Assert.True(check.Passed);
        Assert.Equal(["total_growth", "pull"], check.Findings.Select(f => f.Figure));
    }

    [Fact]
    public void CheckPeriods_Fujian_FlagsExactly1990And1991()
    {
        var checks = ContributionTable.CheckPeriods(FujianYears(Sectors), partsExhaustTotal: true);

        Assert.Equal(30, checks.Count);
        Assert.Equal(["1990", "1991"], checks.Where(c => !c.Passed).Select(c => c.Period));
        foreach (var c in checks)
        {
            // every year: 3 pulls, total growth, Σ 贡献率 = 100, Σ 拉动 = G
            Assert.Equal(6, c.Findings.Count);
            Assert.False(c.ImpliedTotalGrowth.IsEmpty);
        }
    }

    [Fact]
    public void CheckPeriods_Fujian1990_PrintedGrowthAboveWhatTheSectorsImply()
    {
        var check = ContributionTable.CheckPeriods(FujianYears(Sectors), partsExhaustTotal: true).Single(c => c.Period == "1990");

        // Implied: 第一产业 0.4/5.4 ∈ [6.42, 8.41] %, 第二产业 3.6/48.3 ∈ [7.342, 7.565] %, 第三产业 3.5/46.3 ∈ [7.443, 7.676] %:
        // intersection [3.45 / 46.35, 3.65 / 48.25] = [7.4434, 7.5648] %
        var bounds = check.ImpliedTotalGrowth.Bounds!.Value;
        Assert.Equal(3.45 / 46.35, bounds.Lower, 12);
        Assert.Equal(3.65 / 48.25, bounds.Upper, 12);

        var broken = check.Broken.ToList();
        Assert.Equal(["total_growth", "pull"], broken.Select(f => f.Figure));
        // printed 7.7 ± 0.05 against [7.4434, 7.5648]: break 7.65 − 7.5648 = 0.0852
        Assert.Equal(ContributionTable.TotalName, broken[0].Row);
        Assert.Equal(7.65 - (3.65 / 48.25 * 100.0), broken[0].Break, 9);
        // 第二产业: 48.3 × 7.7 / 100 ∈ [48.25 × 7.65, 48.35 × 7.75] / 100 = [3.6911, 3.7471]; printed 3.6 ± 0.05: break 0.041125
        Assert.Equal("secondary", broken[1].Row);
        Assert.Equal((48.25 * 7.65 / 100.0) - 3.65, broken[1].Break, 9);

        // Σ 拉动 = 7.5 ± 0.15 touches 7.7 − 0.05 exactly: consistent, not broken by a rounding error of the doubles
        var sum = check.Findings.Single(f => f.Figure == "sum_of_contributions");
        Assert.Equal(0.0, sum.Break);
    }

    [Fact]
    public void CheckPeriods_Fujian1991_SecondaryPullBreaks()
    {
        var check = ContributionTable.CheckPeriods(FujianYears(Sectors), partsExhaustTotal: true).Single(c => c.Period == "1991");

        var pull = Assert.Single(check.Broken, f => f.Figure == "pull");
        Assert.Equal("secondary", pull.Row);
        // 50.9 × 14.4 / 100 ≥ 50.85 × 14.35 / 100 = 7.296975; printed 7.2 ≤ 7.25: break 0.046975
        Assert.Equal((50.85 * 14.35 / 100.0) - 7.25, pull.Break, 9);
        // implied [4.25 / 30.15, 7.25 / 50.85] = [14.096, 14.258] %; printed 14.4 ≥ 14.35: break 0.0924
        var total = Assert.Single(check.Broken, f => f.Figure == "total_growth");
        Assert.Equal(14.35 - (7.25 / 50.85 * 100.0), total.Break, 9);
    }

    [Fact]
    public void Check_Fujian_WithIndustryAsASubItem_NotExhaustive_StillOnlyFlags1990And1991()
    {
        // 工业 is part of 第二产业 on the grand total's base: it implies the same G, but the rows do not add up to the total
        var checks = ContributionTable.CheckPeriods(FujianYears("primary", "secondary", "tertiary", "industry"), partsExhaustTotal: false);

        Assert.Equal(["1990", "1991"], checks.Where(c => !c.Passed).Select(c => c.Period));
        Assert.All(checks, c => Assert.DoesNotContain(c.Findings, f => f.Figure.StartsWith("sum_", StringComparison.Ordinal)));
        // 1990 工业: 55.0 × 7.7 / 100 ≥ 54.95 × 7.65 / 100 = 4.203675; printed 4.1 ≤ 4.15: break 0.053675
        var industry = checks.Single(c => c.Period == "1990").Broken.Single(f => f.Row == "industry");
        Assert.Equal((54.95 * 7.65 / 100.0) - 4.15, industry.Break, 9);
    }

    [Fact]
    public void Check_RatePrintedZero_RowBoundsNothingButItsPullIsChecked()
    {
        // Constructed: A 0.0 % / 0.0 points, B 60.0 % / 6.0, C 40.0 % / 4.0, growth not printed.
        var parts = new[] { Row("A", "0.0", "0.0"), Row("B", "60.0", "6.0"), Row("C", "40.0", "4.0") };

        var check = ContributionTable.Check(parts, null, partsExhaustTotal: true);

        var implied = check.ImpliedTotalGrowth;
        Assert.Equal(["A"], implied.UnboundedRows);
        Assert.False(implied.Rows[0].IsBounded);
        Assert.Null(implied.Rows[0].Growth);
        Assert.Contains("no bound", implied.Rows[0].ToString(), StringComparison.Ordinal);
        // B: [5.95 / 60.05, 6.05 / 59.95] = [9.9084, 10.0917] %; C: [3.95 / 40.05, 4.05 / 39.95] = [9.8627, 10.1377] %
        Assert.Equal(5.95 / 60.05, implied.Bounds!.Value.Lower, 12);
        Assert.Equal(6.05 / 59.95, implied.Bounds!.Value.Upper, 12);
        Assert.True(check.Passed);
        // A's pull against 贡献率 × G, G from B and C: [−0.05, 0.05] × 10.0917 % = ±0.0050459 points
        var a = check.Findings.Single(f => f.Row == "A");
        Assert.Equal(0.05 * 6.05 / 59.95, a.Derived.Bounds.Upper, 12);

        // With G printed 10.0 and a pull of 0.3 on a 0.0 % rate: derived ±0.05 × 10.05 / 100 = ±0.005025; break 0.25 − 0.005025
        var printed = ContributionTable.Check([Row("A", "0.0", "0.3"), Row("B", "60.0", "6.0"), Row("C", "40.0", "4.0")], P("10.0"), partsExhaustTotal: false);
        var broken = Assert.Single(printed.Broken);
        Assert.Equal("A", broken.Row);
        Assert.Equal(0.25 - 0.005025, broken.Break, 9);
    }

    [Fact]
    public void Check_EmptyIntersection_NamesThePairFurthestApart()
    {
        // Constructed: A 5.0/50.0 → [4.95 / 50.05, 5.05 / 49.95] = [9.890, 10.110] %; B 2.5/25.0 → [9.780, 10.220] %;
        // C 3.0/25.0 → [2.95 / 25.05, 3.05 / 24.95] = [11.776, 12.224] %. Highest lower bound C, lowest upper bound A.
        var parts = new[] { Row("A", "50.0", "5.0"), Row("B", "25.0", "2.5"), Row("C", "25.0", "3.0") };

        var check = ContributionTable.Check(parts, null, partsExhaustTotal: false);

        var implied = check.ImpliedTotalGrowth;
        Assert.True(implied.IsEmpty);
        Assert.Null(implied.Bounds);
        Assert.Null(implied.Estimate);
        Assert.Equal(["C", "A"], implied.DisagreeingRows);
        double gap = (2.95 / 25.05) - (5.05 / 49.95);
        Assert.Equal(gap, implied.Gap, 12);

        var first = check.Findings[0];
        Assert.Equal("implied_total_growth", first.Figure);
        Assert.Equal("C", first.Row);
        Assert.Contains("of A", first.Identity, StringComparison.Ordinal);
        Assert.Equal(gap * 100.0, first.Break, 9);

        // C's pull against the G that A and B imply together, [9.890, 10.110] %: 25.0 × G ≤ 25.05 × 5.05 / 49.95 = 2.5326;
        // printed 3.0 ≥ 2.95: broken. A and B have no finding of their own: the other two rows (one of them C) disagree.
        var pull = Assert.Single(check.Findings, f => f.Figure == "pull");
        Assert.Equal("C", pull.Row);
        Assert.Equal(2.95 - (25.05 * 5.05 / 49.95), pull.Break, 9);
        Assert.Equal(2, check.Broken.Count());
    }

    [Fact]
    public void Check_SumsOnlyWhenThePartsExhaustTheTotal()
    {
        // Rates 30.0 + 30.0 + 30.0 = 90.0 ± 0.15: breaks Σ = 100 by 9.85 when exhaustive; not checked otherwise
        var parts = new[] { new ContributionRow("A", P("30.0"), null), new ContributionRow("B", P("30.0"), null), new ContributionRow("C", P("30.0"), null) };

        var exhaustive = ContributionTable.Check(parts, P("6.0"), partsExhaustTotal: true);
        var sum = Assert.Single(exhaustive.Findings);
        Assert.Equal("sum_of_rates", sum.Figure);
        Assert.Equal(9.85, sum.Break, 9);

        Assert.Empty(ContributionTable.Check(parts, P("6.0"), partsExhaustTotal: false).Findings);
    }

    [Fact]
    public void Check_SumOfPulls_WithoutPrintedGrowth_UsesTheImpliedGrowth()
    {
        // Fujian 1986 without its printed 5.7: Σ 拉动 0.6 + 5.3 − 0.2 = 5.7 ± 0.15 against the implied [5.654, 5.768] %
        var year = VectorFile.Load(Fujian).GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("year").GetString() == "1986");
        var parts = FujianYear(year, Sectors).Parts;

        var check = ContributionTable.Check(parts, null, partsExhaustTotal: true);

        Assert.True(check.Passed);
        var sum = check.Findings.Single(f => f.Figure == "sum_of_contributions");
        Assert.Equal(5.25 / 92.85 * 100.0, sum.Derived.Bounds.Lower, 9);
        Assert.Equal(5.35 / 92.75 * 100.0, sum.Derived.Bounds.Upper, 9);
        Assert.Null(check.Period);
    }

    [Fact]
    public void Constructors_RejectCallerBugs()
    {
        Assert.Throws<ArgumentException>(() => new ContributionRow("A", null, null));
        Assert.Throws<ArgumentException>(() => new ContributionPeriod("2020", []));
        Assert.Throws<ArgumentException>(() => new ContributionPeriod("2020", [Row("A", "1.0", "1.0"), Row("A", "2.0", "2.0")]));
        var period = new ContributionPeriod("2020", [Row("A", "100.0", "5.0")], P("5.0"));
        var e = Assert.Throws<ArgumentException>(() => ContributionTable.CheckPeriods([period, period], partsExhaustTotal: true));
        Assert.Contains("'2020'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_NamesThePeriodAndTheImpliedGrowth()
    {
        var check = ContributionTable.Check(new ContributionPeriod("1986", [Row("A", "92.8", "5.3")], P("5.7")), partsExhaustTotal: false);
        Assert.Equal("1986: Table check: 2 identities, all consistent; implied total growth 5.71% [5.65%, 5.77%] from 1 row", check.ToString());
        Assert.Equal("A: 贡献率 92.8 %, 拉动 5.3 points", Row("A", "92.8", "5.3").ToString());
        Assert.Equal("1986: 1 row, total growth 5.7 %", new ContributionPeriod("1986", [Row("A", "92.8", "5.3")], P("5.7")).ToString());
    }

    [Fact]
    public void Check_Bea2026Q1_PullsOnly_AddUpToTheGrowth()
    {
        // BEA, real GDP 2026 Q1 second estimate (NIPA table 1.1.2 lines 2, 7, 15, 22), as relayed by Advisor Perspectives,
        // https://approd.advisorperspectives.com/dshort/updates/2026/04/09/an-inside-look-at-the-q4-2025-gdp-third-estimate:
        // GDP +1.6 % (annual rate); contributions PCE 0.95, GPDI 1.19, net exports −1.25, government 0.73 points.
        // Σ = 1.62 ± 0.02 = [1.60, 1.64] meets 1.6 ± 0.05; the two precisions are kept.
        ContributionRow[] parts =
        [
            new("PCE", null, P("0.95")), new("GPDI", null, P("1.19")), new("net exports", null, P("-1.25")), new("government", null, P("0.73")),
        ];

        var check = ContributionTable.Check(parts, P("1.6"), partsExhaustTotal: true);

        var sum = Assert.Single(check.Findings);
        Assert.Equal("sum_of_contributions", sum.Figure);
        Assert.False(sum.IsBroken);
        Assert.Empty(check.ImpliedTotalGrowth.Rows);
        // Printed as 1.7 instead, the growth would miss the sum's [1.60, 1.64] by 1.65 − 1.64 = 0.01
        Assert.Equal(0.01, ContributionTable.Check(parts, P("1.7"), partsExhaustTotal: true).Findings[0].Break, 9);
        // PCE's share of the growth, 贡献率 = 0.95 / 1.6 = 59.4 %, within [0.945 / 1.65, 0.955 / 1.55]
        var rate = ContributionTable.Rate(P("0.95"), P("1.6"))!.Value;
        Assert.Equal(0.945 / 1.65, rate.Bounds.Lower, 12);
        Assert.Equal(0.955 / 1.55, rate.Bounds.Upper, 12);
    }

    [Fact]
    public void Check_TablesRoundedFromExactLevels_AlwaysPass() =>
        // Law: a table computed exactly from levels and then rounded to one decimal is consistent within rounding, with
        // or without its printed growth. Cases whose exact figure lies within 1e-9 of a rounding boundary (x.x5) are
        // skipped: there the doubles may miss the published interval by an ulp, which says nothing about the check.
        Gen.Select(Gen.Long[100, 10_000_000], Gen.Long[100, 10_000_000]).Array[2, 6].Sample(
            levels =>
            {
                decimal[] before = [.. levels.Select(l => l.Item1 / 100m)], after = [.. levels.Select(l => l.Item2 / 100m)];
                decimal baseTotal = before.Sum(), change = after.Sum() - baseTotal;
                if (change == 0m)
                {
                    return;
                }

                decimal[] rates = [.. before.Select((b, i) => (after[i] - b) / change * 100m)];
                decimal[] pulls = [.. before.Select((b, i) => (after[i] - b) / baseTotal * 100m)];
                decimal growth = change / baseTotal * 100m;
                if (rates.Concat(pulls).Append(growth).Any(x => Math.Abs((x * 10m) - Math.Floor(x * 10m) - 0.5m) < 1e-8m))
                {
                    return;
                }

                static PublishedValue Round(decimal x) => PublishedValue.Of(Math.Round(x, 1, MidpointRounding.AwayFromZero), 1);
                ContributionRow[] rows = [.. rates.Select((r, i) => new ContributionRow("p" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), Round(r), Round(pulls[i])))];

                var printed = ContributionTable.Check(rows, Round(growth), partsExhaustTotal: true);
                var implied = ContributionTable.Check(rows, null, partsExhaustTotal: true);

                Assert.True(printed.Passed, string.Join("; ", printed.Broken));
                Assert.True(implied.Passed, string.Join("; ", implied.Broken));
                Assert.False(implied.ImpliedTotalGrowth.IsEmpty);
            },
            iter: 500,
            threads: 1);
}
