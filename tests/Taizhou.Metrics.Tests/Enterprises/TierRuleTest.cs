using System;
using NodaTime;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Enterprises;

/// <summary>Tests for <see cref="TierRule"/>, <see cref="TierRuleSet"/> and the defaults in <see cref="TierRules"/>: exact boundaries, effective years, several tiers at once.</summary>
public class TierRuleTest
{
    [Theory]
    [InlineData("100", true, false)]                    // exactly 100 億元: aircraft-carrier, not flagship
    [InlineData("99.99999999", false, true)]            // one yuan short of 100 億元 (1e-8 億元 = 1 元)
    [InlineData("100.00000001", true, false)]
    [InlineData("50", false, true)]                     // exactly 50 億元: flagship (lower end inclusive)
    [InlineData("49.99999999", false, false)]
    public void AircraftCarrierAndFlagship_ExactBoundaries(string yi, bool carrier, bool flagship)
    {
        var firm = Firms.Output("f", 2021, decimal.Parse(yi, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(carrier, TierRules.AircraftCarrier.Evaluate(firm, 2021).Qualifies);
        Assert.Equal(flagship, TierRules.Flagship.Evaluate(firm, 2021).Qualifies);
    }

    [Fact]
    public void AircraftCarrier_OutputInWanOrYuan_ComparedExactly()
    {
        var wan = new Enterprise("w", "w", IndustryCode.Parse("3670"), "黃巖區", new LocalDate(2000, 1, 1), Firms.Yearly(MetricUnit.WanYuan, SeriesKind.Flow, (2021, 1_000_000m)));
        var yuan = new Enterprise("y", "y", IndustryCode.Parse("3670"), "黃巖區", new LocalDate(2000, 1, 1), Firms.Yearly(MetricUnit.Yuan, SeriesKind.Flow, (2021, 9_999_999_999m)));

        Assert.True(TierRules.AircraftCarrier.Evaluate(wan, 2021).Qualifies);
        Assert.False(TierRules.AircraftCarrier.Evaluate(yuan, 2021).Qualifies);
        Assert.True(TierRules.Flagship.Evaluate(yuan, 2021).Qualifies);
    }

    [Fact]
    public void ConfigurableEnds_ExclusiveLowerEnd_ExactlyHundredIsNotACarrier()
    {
        // The brief's "> 100 億元" reading, as a configured rule.
        var strict = TierRule.Always("carrier_strict", "aircraft-carrier (strict)", "航母企業", TierCriterion.InBand(EnterpriseMeasure.Output, AmountBand.Above(Amount.FromYiYuan(100m))), "test");
        var flagshipClosed = TierRule.Always("flagship_closed", "flagship [50, 100]", "旗航企業", TierCriterion.InBand(EnterpriseMeasure.Output, AmountBand.Between(Amount.FromYiYuan(50m), true, Amount.FromYiYuan(100m), true)), "test");
        var firm = Firms.Output("f", 2021, 100m);

        Assert.False(strict.Evaluate(firm, 2021).Qualifies);
        Assert.True(flagshipClosed.Evaluate(firm, 2021).Qualifies);
    }

    [Fact]
    public void Listed_CountsFromTheYearOfTheListingDate()
    {
        var firm = Firms.Make("l", [(2019, 1m), (2020, 1m)], listing: new Listing("SZSE", new LocalDate(2020, 12, 31)));

        Assert.False(TierRules.Listed.Evaluate(firm, 2019).Qualifies);
        Assert.True(TierRules.Listed.Evaluate(firm, 2020).Qualifies);
        Assert.False(TierRules.Listed.Evaluate(Firms.Output("n", 2020, 1m), 2020).Qualifies);
    }

    [Fact]
    public void MissingValue_IsNotEvaluable_NeverZero()
    {
        var firm = Firms.Make("m", [(2020, 200m)]);

        var e = TierRules.AircraftCarrier.Evaluate(firm, 2021);
        var adm = TierRules.AboveDesignatedSize.Evaluate(firm, 2020);

        Assert.Equal(TierOutcome.NotEvaluable, e.Outcome);
        Assert.Contains("no output for 2021", e.Detail, StringComparison.Ordinal);
        Assert.Equal(TierOutcome.NotEvaluable, adm.Outcome);
    }

    [Fact]
    public void AFirm_CanHoldSeveralTiers()
    {
        var firm = Firms.Make(
            "big",
            [(2021, 120m)],
            revenueWan: [(2021, 1_150_000m)],
            employees: [(2021, 8000m)],
            listing: new Listing("SSE", new LocalDate(2010, 6, 18)));

        Assert.Equal(["aircraft_carrier", "listed", "above_designated_size", "size_large"], TierRules.Default.TiersOf(firm, 2021));
    }

    [Fact]
    public void Versions_MayNotOverlap()
    {
        var c = TierCriterion.ListedByYearEnd;
        Assert.Throws<ArgumentException>(() => new TierRule("x", "x", "x", [new TierRuleVersion(2000, 2010, c, "a"), new TierRuleVersion(2010, null, c, "b")]));
        Assert.Throws<ArgumentException>(() => new TierRule("x", "x", "x", []));
        Assert.Throws<ArgumentException>(() => new TierRuleVersion(2010, 2009, c, "a"));
        Assert.Throws<ArgumentException>(() => TierRule.Always("Bad Code", "x", "x", c, "a"));
    }

    [Fact]
    public void Criterion_BandNeedsAMoneyMeasureAndABound()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TierCriterion.InBand(EnterpriseMeasure.Employees, AmountBand.AtLeast(Amount.FromYuan(1m))));
        Assert.Throws<ArgumentException>(() => TierCriterion.InBand(EnterpriseMeasure.Output, default));
        Assert.Equal("output ≥ 100 亿元", TierRules.AircraftCarrier.Versions[0].Criterion.ToString());
        Assert.Equal("output [50 亿元, 100 亿元)", TierRules.Flagship.Versions[0].Criterion.ToString());
    }

    [Fact]
    public void RuleSet_WithReplacesByCode_AndRejectsDuplicates()
    {
        var strict = TierRule.Always(TierCodes.AircraftCarrier, "a", "航母", TierCriterion.InBand(EnterpriseMeasure.Output, AmountBand.Above(Amount.FromYiYuan(100m))), "test");

        var set = TierRules.Default.With(strict);

        Assert.Equal(TierRules.Default.Rules.Length, set.Rules.Length);
        Assert.Same(strict, set.Find(TierCodes.AircraftCarrier));
        Assert.Throws<ArgumentException>(() => new TierRuleSet([TierRules.Listed, TierRules.Listed]));
    }

    [Fact]
    public void TierCodes_MapTheProgrammeTiers()
    {
        Assert.Equal("aircraft_carrier", TierCodes.Of(EnterpriseTier.AircraftCarrier));
        Assert.Equal("gazelle", TierCodes.Of(EnterpriseTier.Gazelle));
        foreach (var tier in Enum.GetValues<EnterpriseTier>())
        {
            Assert.NotNull(TierRules.Default.Find(TierCodes.Of(tier)));
        }
    }
}
