using System;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// Laws checked on seeded random data with zeros in both areas: the components add up to the actual change, nothing
/// is NaN, and the variants agree. Tolerance: 1e-12 relative to the largest component involved (the sums are of a
/// handful of doubles; the ratios reach 1e7, so components reach 1e11 while the change is at most 1e4).
/// </summary>
public partial class ShiftShareTest
{
    private const int Trials = 500;
    private const double Relative = 1e-12;

    /// <summary>Levels up to 1e4 with about one in four exactly zero, in whole units or with up to three decimals.</summary>
    private static double[] RandomLevels(Random random, int count) =>
        Enumerable.Range(0, count).Select(_ => random.Next(4) == 0 ? 0.0 : Math.Round(random.NextDouble() * 1e4, random.Next(4))).ToArray();

    private static (double[] E0, double[] E1, double[] N0, double[] N1) RandomStep(Random random, int count)
    {
        var n0 = RandomLevels(random, count);
        if (n0.Sum() == 0.0)
        {
            n0[0] = 1.0;
        }

        return (RandomLevels(random, count), RandomLevels(random, count), n0, RandomLevels(random, count));
    }

    private static double Magnitude(ShiftShareComponents c) =>
        new[] { 1.0, Math.Abs(c.ActualChange), Math.Abs(c.NationalShare), Math.Abs(c.IndustryMix), Math.Abs(c.RegionalShift) }.Max();

    private static double Magnitude(EstebanMarquillasComponents c) =>
        new[] { 1.0, Math.Abs(c.ActualChange), Math.Abs(c.NationalShare), Math.Abs(c.IndustryMix), Math.Abs(c.CompetitiveEffect), Math.Abs(c.AllocationEffect) }.Max();

    private static void AssertAddsUp(ShiftShareComponents c, double magnitude)
    {
        Assert.True(double.IsFinite(c.NationalShare) && double.IsFinite(c.IndustryMix) && double.IsFinite(c.RegionalShift));
        Assert.Equal(c.ActualChange, c.NationalShare + c.IndustryMix + c.RegionalShift, Relative * magnitude);
    }

    [Fact]
    public void Property_Dunn_ComponentsAddUpToActualChange_IncludingZeroBases()
    {
        var random = new Random(20240601);
        int zeroRegionBases = 0, zeroReferenceBases = 0;
        for (int trial = 0; trial < Trials; trial++)
        {
            int count = random.Next(1, 9);
            var (e0, e1, n0, n1) = RandomStep(random, count);
            var result = ShiftShare.Dunn(e0, e1, n0, n1);
            double magnitude = result.Industries.Max(l => Magnitude(l.Components)) * count;

            AssertAddsUp(result.Total, magnitude);
            Assert.Equal(e1.Sum() - e0.Sum(), result.Total.ActualChange, Relative * magnitude);
            for (int i = 0; i < count; i++)
            {
                var c = result.Industries[i].Components;
                AssertAddsUp(c, Magnitude(c));
                Assert.Equal(e1[i] - e0[i], c.ActualChange);
                if (e0[i] == 0.0)
                {
                    zeroRegionBases++;
                    Assert.Equal((0.0, 0.0, e1[i]), (c.NationalShare, c.IndustryMix, c.RegionalShift));
                }

                if (n0[i] == 0.0)
                {
                    zeroReferenceBases++;
                    Assert.Equal(0.0, c.IndustryMix, Relative * Magnitude(c));
                }
            }
        }

        // Guards against the generator producing no zero bases.
        Assert.True(zeroRegionBases > 100 && zeroReferenceBases > 100, $"{zeroRegionBases} / {zeroReferenceBases} zero bases");
    }

    [Fact]
    public void Property_EstebanMarquillas_AddsUp_AndSplitsTheDunnRegionalShift()
    {
        var random = new Random(19720101);
        for (int trial = 0; trial < Trials; trial++)
        {
            int count = random.Next(1, 9);
            var (e0, e1, n0, n1) = RandomStep(random, count);
            var result = ShiftShare.EstebanMarquillas(e0, e1, n0, n1);
            double magnitude = result.Industries.Max(l => Magnitude(l.Components)) * count;

            var t = result.Total;
            Assert.Equal(t.ActualChange, t.NationalShare + t.IndustryMix + t.CompetitiveEffect + t.AllocationEffect, Relative * magnitude);
            Assert.Equal(result.Dunn.Total.RegionalShift, t.RegionalShift, Relative * magnitude);
            Assert.Equal(result.Dunn.Total.NationalShare, t.NationalShare);
            Assert.Equal(e0.Sum(), result.Industries.Sum(l => l.HomotheticLevel), 1e-9);
            foreach (var line in result.Industries)
            {
                var c = line.Components;
                Assert.True(double.IsFinite(c.CompetitiveEffect) && double.IsFinite(c.AllocationEffect));
                Assert.Equal(line.Dunn.Components.RegionalShift, c.RegionalShift, Relative * Magnitude(c));
            }
        }
    }

    [Fact]
    public void Property_Gerfin_NetIsProductOfMixAndRegional_WhenDefined()
    {
        var random = new Random(1964);
        int defined = 0;
        for (int trial = 0; trial < Trials; trial++)
        {
            var (e0, e1, n0, n1) = RandomStep(random, random.Next(1, 9));
            var result = ShiftShare.Gerfin(e0, e1, n0, n1);

            if (result.IndustryMix is double im && result.RegionalShift is double rs && result.NetTotalShift is double nts)
            {
                defined++;
                Assert.Equal(nts, im * rs, Relative * Math.Max(1.0, Math.Abs(nts)));
            }

            Assert.Equal(e0.Sum() > 0.0 && n1.Sum() > 0.0, result.NetTotalShift.HasValue);
        }

        Assert.True(defined > Trials / 2, $"only {defined} fully defined");
    }

    [Fact]
    public void Property_Dynamic_OneStepEqualsDunn_AndManyStepsTelescope()
    {
        var random = new Random(1988);
        for (int trial = 0; trial < Trials / 5; trial++)
        {
            int count = random.Next(1, 7), years = random.Next(2, 8);
            var periods = Enumerable.Range(2010, years).Select(ReportingPeriod.CalendarYear).ToArray();
            var region = Enumerable.Range(0, years).Select(_ => RandomLevels(random, count)).ToArray();
            var reference = Enumerable.Range(0, years).Select(_ =>
            {
                var n = RandomLevels(random, count);
                n[0] += 1.0; // no zero reference total
                return n;
            }).ToArray();

            var result = ShiftShare.Dynamic(Enumerable.Range(1, count).Select(i => $"i{i}").ToArray(), periods, region, reference);

            // Each step is, bit for bit, the classic analysis of that pair of periods.
            for (int t = 0; t < years - 1; t++)
            {
                var classic = ShiftShare.Dunn(region[t], region[t + 1], reference[t], reference[t + 1]);
                Assert.Equal(classic.Total, result.Steps[t].Total);
            }

            // The sums telescope to the change over the horizon, per industry and in total.
            double magnitude = result.Steps.SelectMany(s => s.Industries).Max(l => Magnitude(l.Components)) * count * years;
            AssertAddsUp(result.Total, magnitude);
            Assert.Equal(region[^1].Sum() - region[0].Sum(), result.Total.ActualChange, 1e-9);
            for (int i = 0; i < count; i++)
            {
                AssertAddsUp(result.IndustryTotals[i], magnitude);
                Assert.Equal(region[^1][i] - region[0][i], result.IndustryTotals[i].ActualChange, 1e-9);
            }
        }
    }

    [Fact]
    public void Property_ScalingTheReference_ChangesNothing()
    {
        // Only the reference's growth rates enter: multiplying every reference level by 7 (province instead of
        // nation, or 萬元 instead of 億元) leaves the components unchanged up to rounding.
        var random = new Random(7);
        for (int trial = 0; trial < 100; trial++)
        {
            var (e0, e1, n0, n1) = RandomStep(random, random.Next(1, 9));
            var a = ShiftShare.Dunn(e0, e1, n0, n1);
            var b = ShiftShare.Dunn(e0, e1, n0.Select(v => v * 7).ToArray(), n1.Select(v => v * 7).ToArray()).Total;
            double tolerance = 1e-12 * a.Industries.Max(l => Magnitude(l.Components)) * e0.Length;
            Assert.Equal(a.Total.NationalShare, b.NationalShare, tolerance);
            Assert.Equal(a.Total.IndustryMix, b.IndustryMix, tolerance);
            Assert.Equal(a.Total.RegionalShift, b.RegionalShift, tolerance);
        }
    }
}
