using System;
using System.Linq;
using System.Text.Json;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Tests.Vectors;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Enterprises;

/// <summary>
/// Tests for <see cref="SizeClassStandard"/> and the above-designated-size rule: every case of
/// cn_enterprise_size_and_tiers.json (NBS 2017 cascade and the 規上 threshold by year; exact, no tolerance).
/// </summary>
public class SizeClassStandardTest
{
    private const string File = "cn_enterprise_size_and_tiers.json";

    public static TheoryData<int> CaseIndexes() => [.. Enumerable.Range(0, Cases().Length)];

    [Fact]
    public void Vector_HasTenCases()
    {
        Assert.Equal(10, Cases().Length);
    }

    [Theory]
    [MemberData(nameof(CaseIndexes))]
    public void Vector_Case(int index)
    {
        var c = Cases()[index];
        var revenue = Amount.FromWanYuan(VectorFile.Decimal(c.GetProperty("revenue_10k_yuan"))!.Value);
        if (c.TryGetProperty("expected_size_class", out var expectedClass))
        {
            decimal employees = VectorFile.Decimal(c.GetProperty("employees"))!.Value;
            var expected = Enum.Parse<NbsSizeClass>(expectedClass.GetString()!, ignoreCase: true);

            Assert.Equal(expected, SizeClassStandard.Industry2017.Classify(employees, revenue));

            // The same through the tier rules, on a firm with that revenue and those employees in 2018.
            var firm = Firms.Make("v", [(2018, 1m)], revenueWan: [(2018, revenue.Value)], employees: [(2018, employees)]);
            var held = TierRules.Default.TiersOf(firm, 2018);
            Assert.Contains("size_" + expected.ToString().ToLowerInvariant(), held);
            Assert.Single(held, h => h.StartsWith("size_", StringComparison.Ordinal));
            Assert.Equal(c.GetProperty("above_designated_size_2011_rule").GetBoolean(), held.Contains(TierCodes.AboveDesignatedSize));
        }
        else
        {
            int year = c.GetProperty("year").GetInt32();
            var firm = Firms.Make("v", [(year, 1m)], revenueWan: [(year, revenue.Value)]);

            Assert.Equal(c.GetProperty("expected_above_designated_size").GetBoolean(), TierRules.AboveDesignatedSize.Evaluate(firm, year).Qualifies);
        }
    }

    [Theory]
    [InlineData(1000, 40000, NbsSizeClass.Large)]       // both floors met exactly: large (floors inclusive)
    [InlineData(1000, 39999.99, NbsSizeClass.Medium)]   // one floor missed: drop one class
    [InlineData(299, 40000, NbsSizeClass.Small)]
    [InlineData(20, 300, NbsSizeClass.Small)]
    [InlineData(19, 300, NbsSizeClass.Micro)]
    [InlineData(20, 299.99, NbsSizeClass.Micro)]
    public void Classify_Boundaries(int employees, double revenueWan, NbsSizeClass expected)
    {
        Assert.Equal(expected, SizeClassStandard.Industry2017.Classify(employees, Amount.FromWanYuan((decimal)revenueWan)));
    }

    [Fact]
    public void Classify_ComparesAcrossUnitsExactly()
    {
        // 4 億元 = 40000 萬元 = 400 000 000 元
        Assert.Equal(NbsSizeClass.Large, SizeClassStandard.Industry2017.Classify(1000m, Amount.FromYiYuan(4m)));
        Assert.Equal(NbsSizeClass.Large, SizeClassStandard.Industry2017.Classify(1000m, Amount.FromYuan(400_000_000m)));
        Assert.Equal(NbsSizeClass.Medium, SizeClassStandard.Industry2017.Classify(1000m, Amount.FromYuan(399_999_999.99m)));
    }

    [Fact]
    public void AboveDesignatedSize_ThresholdFollowsTheYear()
    {
        // 1000 萬元: above in 2010 (500 萬元 rule), below in 2011 (2000 萬元); exactly 2000 萬元 in 2011 is above.
        var firm = Firms.Make("f", [(2010, 1m), (2011, 1m), (2012, 1m)], revenueWan: [(2010, 1000m), (2011, 1000m), (2012, 2000m)]);

        Assert.True(TierRules.AboveDesignatedSize.Evaluate(firm, 2010).Qualifies);
        Assert.False(TierRules.AboveDesignatedSize.Evaluate(firm, 2011).Qualifies);
        Assert.True(TierRules.AboveDesignatedSize.Evaluate(firm, 2012).Qualifies);
        Assert.Equal(2011, TierRules.AboveDesignatedSize.Evaluate(firm, 2012).Version!.FromYear);
        Assert.Equal(TierOutcome.NotInEffect, TierRules.AboveDesignatedSize.Evaluate(firm, 1997).Outcome);
    }

    [Fact]
    public void Constructor_RejectsUnorderedFloors()
    {
        Assert.Throws<ArgumentException>(() => new SizeClassStandard("x", 10m, Amount.FromWanYuan(1m), 300m, Amount.FromWanYuan(1m), 20m, Amount.FromWanYuan(1m)));
        Assert.Throws<ArgumentOutOfRangeException>(() => SizeClassStandard.Industry2017.Classify(-1m, Amount.FromYuan(0m)));
    }

    private static JsonElement[] Cases() => [.. VectorFile.Load(File).GetProperty("cases").EnumerateArray()];
}
