using System;
using System.Linq;
using System.Text.Json;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Tests.Vectors;
using Xunit;

namespace Taizhou.Metrics.Tests.Enterprises;

/// <summary>
/// Tests for <see cref="HighGrowthRule"/> and the gazelle criterion: every case of hge_gazelle_classification.json
/// under its three rule versions (derived from the official definitions; the booleans are exact, the annualised
/// growth is checked to 1e-9, the vector's ten printed decimals), and hand-made boundary cases.
/// </summary>
public class HighGrowthRuleTest
{
    private const string File = "hge_gazelle_classification.json";
    private const int T = 2021;

    public static TheoryData<string> CaseIds() => [.. VectorFile.Load(File).GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("id").GetString()!)];

    private static readonly (string Hge, string Gazelle, HighGrowthRule Rule)[] Versions =
    [
        ("HGE_OECD_Eurostat_2007_(>20%)", "gazelle_2007", HighGrowthRule.OecdEurostat2007),
        ("HGE_EU_2014_rule_(>10%)", "gazelle_EU_2014", HighGrowthRule.EuBusinessStatistics2014),
        ("HGE_EU_EBS_2021_rule_(>=10%)", "gazelle_EU_EBS_2021", HighGrowthRule.EuEbs2021),
    ];

    [Fact]
    public void Vector_HasTenCases()
    {
        Assert.Equal(10, CaseIds().Count);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Vector_Assess_FromValues(string id)
    {
        var c = VectorFile.Case(File, id);
        var (start, end, _, born) = Inputs(c);
        var expected = c.GetProperty("expected");
        foreach (var (hge, _, rule) in Versions)
        {
            var result = rule.Assess(start, end, start, born);

            Assert.True(expected.GetProperty(hge).GetBoolean() == result.IsHighGrowth, $"{id}, {hge}: {result}");
            Assert.Equal(expected.GetProperty("annualised_growth").GetDouble(), result.AnnualisedGrowth.GetFraction(), 1e-9);
        }
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Vector_TierRules_OnAnEnterprise(string id)
    {
        // The same case as a firm with employees in t − 3 and t, founded (age) years before t: born in t − 3 exactly
        // when the vector says so.
        var c = VectorFile.Case(File, id);
        var (start, end, age, born) = Inputs(c);
        var expected = c.GetProperty("expected");
        var firm = Firms.Make(id, [(T - 3, 1m), (T, 1m)], foundedYear: T - age, employees: [(T - 3, start), (T, end)]);
        Assert.Equal(born, firm.Founded.Year == T - 3);
        foreach (var (hge, gazelle, rule) in Versions)
        {
            var hgeTier = TierRule.Always("hge", "hge", "高成長", TierCriterion.HighGrowthBy(rule), "vector");
            var gazelleTier = TierRule.Always("gazelle", "gazelle", "瞪羚", TierCriterion.GazelleBy(rule, 5), "vector");

            Assert.True(expected.GetProperty(hge).GetBoolean() == hgeTier.Evaluate(firm, T).Qualifies, $"{id}, {hge}: {hgeTier.Evaluate(firm, T)}");
            Assert.True(expected.GetProperty(gazelle).GetBoolean() == gazelleTier.Evaluate(firm, T).Qualifies, $"{id}, {gazelle}: {gazelleTier.Evaluate(firm, T)}");
        }

        // The default rules are the OECD-Eurostat 2007 versions.
        Assert.Equal(expected.GetProperty(Versions[0].Hge).GetBoolean(), TierRules.HighGrowth.Evaluate(firm, T).Qualifies);
        Assert.Equal(expected.GetProperty(Versions[0].Gazelle).GetBoolean(), TierRules.Gazelle.Evaluate(firm, T).Qualifies);
    }

    [Fact]
    public void Exact20Percent_FloatingPointWouldSayOtherwise_DecimalSaysNotAbove()
    {
        // 10 → 17.28 = 10 · 1.2³: exactly 20 %. The double root is 0.19999999999999996 (vector note); the rule
        // compares 17.28 with 10 · 1.728 exactly.
        var r = HighGrowthRule.OecdEurostat2007.Assess(10m, 17.28m, 10m, false);

        Assert.False(r.IsHighGrowth);
        Assert.Equal(1.728m, HighGrowthRule.OecdEurostat2007.WindowFactor);
        Assert.Contains("17.28 = 10 × 1.728", r.Detail, StringComparison.Ordinal);
        Assert.True(HighGrowthRule.OecdEurostat2007.Assess(10m, 17.2800001m, 10m, false).IsHighGrowth);
    }

    [Fact]
    public void Exact10Percent_DoubleGivesAboveByAccident_GreaterThanSaysNo_AtLeastSaysYes()
    {
        // (1.331)^(1/3) − 1 = 0.10000000000000009 in doubles (vector note).
        Assert.True(Math.Pow(1.331, 1.0 / 3.0) - 1.0 > 0.1);
        Assert.False(HighGrowthRule.EuBusinessStatistics2014.Assess(100m, 133.1m, 100m, false).IsHighGrowth);
        Assert.True(HighGrowthRule.EuEbs2021.Assess(100m, 133.1m, 100m, false).IsHighGrowth);
    }

    [Fact]
    public void FloorOnStartEmployees_IsInclusive()
    {
        var rule = HighGrowthRule.OecdEurostat2007;

        Assert.True(rule.Assess(10m, 30m, 10m, false).IsHighGrowth);
        Assert.False(rule.Assess(9.99m, 30m, 9.99m, false).IsHighGrowth);
    }

    [Fact]
    public void OutputMeasure_UsesOutputForGrowthAndEmployeesForTheFloor()
    {
        var rule = new HighGrowthRule("output > 20 %", EnterpriseMeasure.Output, 0.20m, ThresholdComparison.GreaterThan, 3, 10m, true);
        var grower = Firms.Make("g", [(2018, 1m), (2021, 2m)], employees: [(2018, 12m), (2021, 12m)]);
        var tiny = Firms.Make("t", [(2018, 1m), (2021, 2m)], employees: [(2018, 5m), (2021, 50m)]);

        Assert.Equal(TierOutcome.Qualifies, rule.Assess(grower, 2021).Outcome);
        Assert.Equal(TierOutcome.DoesNotQualify, rule.Assess(tiny, 2021).Outcome);
    }

    [Fact]
    public void MissingStartOrEnd_IsNotEvaluable()
    {
        var noStart = Firms.Make("a", [(2021, 1m)], employees: [(2021, 50m)]);
        var noEnd = Firms.Make("b", [(2018, 1m)], employees: [(2018, 50m)]);

        var a = HighGrowthRule.OecdEurostat2007.Assess(noStart, 2021);
        var b = HighGrowthRule.OecdEurostat2007.Assess(noEnd, 2021);

        Assert.Equal(TierOutcome.NotEvaluable, a.Outcome);
        Assert.Equal(GrowthUndefinedReason.MissingBase, a.AnnualisedGrowth.Reason);
        Assert.Equal(TierOutcome.NotEvaluable, b.Outcome);
        Assert.Equal(GrowthUndefinedReason.MissingCurrent, b.AnnualisedGrowth.Reason);
    }

    [Fact]
    public void Gazelle_TooOld_DoesNotQualifyEvenWithoutData()
    {
        var old = Firms.Make("o", [(2021, 1m)], foundedYear: 2010);

        var e = TierRules.Gazelle.Evaluate(old, 2021);

        Assert.Equal(TierOutcome.DoesNotQualify, e.Outcome);
        Assert.Contains("11 years old", e.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_RejectsBadArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new HighGrowthRule("x", EnterpriseMeasure.Employees, -1m, ThresholdComparison.AtLeast, 3, 10m, true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HighGrowthRule("x", EnterpriseMeasure.Employees, 0.2m, ThresholdComparison.AtLeast, 0, 10m, true));
        Assert.Throws<ArgumentOutOfRangeException>(() => new HighGrowthRule("x", EnterpriseMeasure.Employees, 0.2m, ThresholdComparison.AtLeast, 3, -1m, true));
        Assert.Throws<ArgumentException>(() => new HighGrowthRule(" ", EnterpriseMeasure.Employees, 0.2m, ThresholdComparison.AtLeast, 3, 10m, true));
    }

    private static (decimal Start, decimal End, int Age, bool Born) Inputs(JsonElement c)
    {
        var i = c.GetProperty("inputs");
        return (
            VectorFile.Decimal(i.GetProperty("employees_t_minus_3"))!.Value,
            VectorFile.Decimal(i.GetProperty("employees_t"))!.Value,
            i.GetProperty("age_years_at_t").GetInt32(),
            i.GetProperty("born_in_t_minus_3").GetBoolean());
    }
}
