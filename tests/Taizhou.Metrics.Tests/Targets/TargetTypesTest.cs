using System;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Tests.Vectors;
using Xunit;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary>Value, share, count and doubling targets: construction rules and what they imply.</summary>
public class TargetTypesTest
{
    private static readonly ReportingPeriod Y2021 = ReportingPeriod.CalendarYear(2021);

    [Fact]
    public void ValueTarget_StrictMeansOver()
    {
        var over = new ValueTarget("output", Y2021, 5000m, strict: true);
        var atLeast = new ValueTarget("output", Y2021, 5000m);
        Assert.False(over.IsMetBy(5000m));
        Assert.True(over.IsMetBy(5000.01m));
        Assert.True(atLeast.IsMetBy(5000m));
    }

    [Fact]
    public void InvalidTargets_Throw()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ValueTarget("x", Y2021, 0m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShareTarget("x", Y2021, 70));   // a fraction, not 70
        Assert.Throws<ArgumentOutOfRangeException>(() => new ShareTarget("x", Y2021, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new CountTarget("x", Y2021, 0));
        Assert.Throws<ArgumentException>(() => new ValueTarget(" ", Y2021, 1m));
    }

    [Fact]
    public void CountTarget_GapIsActualMinusTarget()
    {
        var carriers = new CountTarget("aircraft-carrier firms", Y2021, 20);
        Assert.Equal(-13, carriers.GapOf(7));   // 13 short, negative like every other gap
        Assert.Equal(2, carriers.GapOf(22));
        Assert.False(carriers.IsMetBy(19));
        Assert.True(carriers.IsMetBy(20));
    }

    [Theory]
    [InlineData("doubling_翻一番", 1.0, 10)]
    [InlineData("quadrupling_翻两番", 2.0, 20)]
    public void DoublingTarget_RequiredGrowthMatchesVector(string id, double doublings, int years)
    {
        var expected = VectorFile.Case("targets_projection_average_growth.json", id).GetProperty("expected").GetProperty("required_CAGR").GetDouble();
        var t = new DoublingTarget("GDP", ReportingPeriod.CalendarYear(2010), 100m, ReportingPeriod.CalendarYear(2010 + years), doublings);

        Assert.Equal(expected, t.RequiredGrowth.GetFraction(), 8);
        Assert.Equal(100m * (decimal)Math.Pow(2, doublings), t.Level);
        Assert.Equal(t.Level, t.ToValueTarget().Level);
    }

    [Fact]
    public void DoublingTarget_TargetBeforeBase_Throws() =>
        Assert.Throws<ArgumentException>(() => new DoublingTarget("x", Y2021, 1m, ReportingPeriod.CalendarYear(2020), 1));

    [Fact]
    public void Targets_CarryTheirBasePeriod_WhichMustComeFirst()
    {
        var y2017 = ReportingPeriod.CalendarYear(2017);
        Assert.Equal(y2017, new ValueTarget("output", Y2021, 5000m, basePeriod: y2017).BasePeriod);
        Assert.Equal(y2017, new ShareTarget("share", Y2021, 0.7, y2017).BasePeriod);
        Assert.Equal(y2017, new CountTarget("firms", Y2021, 20, y2017).BasePeriod);
        Assert.Null(new CountTarget("firms", Y2021, 20).BasePeriod);
        var ex = Assert.Throws<ArgumentException>(() => new ValueTarget("output", Y2021, 1m, basePeriod: ReportingPeriod.CalendarYear(2022)));
        Assert.Equal("basePeriod", ex.ParamName);
    }

    [Fact]
    public void ProgrammeTarget_AsCountTarget_HasTheSameGapSignAsTierCounts()
    {
        var target = new Taizhou.Metrics.Enterprises.ProgrammeTarget("aircraft_carrier", 20, 2021).ToCountTarget();
        Assert.Equal("aircraft_carrier", target.Name);
        Assert.Equal(Y2021, target.Period);
        Assert.Equal(-13, target.GapOf(7)); // TierCount.Gap = count − target
    }
}
