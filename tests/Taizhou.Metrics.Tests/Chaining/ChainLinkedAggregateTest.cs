using System;
using System.Linq;
using CsCheck;
using Taizhou.Metrics.Chaining;
using Xunit;

namespace Taizhou.Metrics.Tests.Chaining;

/// <summary>
/// Chain volume measures, non-additivity, rebasing and contributions of the research notes' hand example (tolerance
/// 5e-5 on figures printed to 4 decimals, 1e-9 on my own hand calculations carried to full precision), and the law
/// that contributions add up to the aggregate's growth (CsCheck, 1e-12).
/// </summary>
public class ChainLinkedAggregateTest
{
    private const double Printed = 5e-5;

    [Fact]
    public void Volumes_AreTheIndexTimesTheReferenceYearsMeanValue()
    {
        // 2010 mean current-price value 50: CVM 2012 = 47.4427 48.5666 47.7791 48.9030 (hand).
        var chain = ChainExample.Link(ChainOverlap.Annual);

        Assert.Equal(50.0, chain.ReferenceValue, 1e-12);
        Assert.Equal([47.4427, 48.5666, 47.7791, 48.9030], chain.Volumes[8..], (a, b) => Math.Abs(a - b) < Printed);
    }

    [Theory]
    [InlineData(ChainOverlap.Annual)]
    [InlineData(ChainOverlap.OnePeriod)]
    public void SingleProduct_ChainReproducesItsQuantities(ChainOverlap overlap)
    {
        // One product: the chain-linked index is 10 × q_A (2010 quantity 10 = 100) and the CVM in 2010 prices is q_A × 1.
        var chain = ChainLinking.Link(2010, 4, [ChainExample.A], overlap);

        for (int t = 0; t < 12; t++)
        {
            Assert.Equal(10.0 * ChainExample.QuantityA[t], chain.Index[t], 1e-10);
            Assert.Equal(ChainExample.QuantityA[t], chain.Volumes[t], 1e-10);
        }
    }

    [Fact]
    public void ComponentVolumes_AreTheQuantitiesInReferenceYearPrices()
    {
        // A at 2010 price 1: 15 16 17 18; B at 2010 price 2: 32 32 30 30 in 2012.
        var chain = ChainExample.Link(ChainOverlap.Annual);

        Assert.Equal([15.0, 16, 17, 18], chain.ComponentVolumes(0)[8..], (a, b) => Math.Abs(a - b) < 1e-10);
        Assert.Equal([32.0, 32, 30, 30], chain.ComponentVolumes(1)[8..], (a, b) => Math.Abs(a - b) < 1e-10);
        Assert.Equal(10.0 * ChainExample.QuantityB[9] / 2, chain.ComponentIndex(1)[9], 1e-10);
    }

    [Fact]
    public void NonAdditivity_AppearsFromTheSecondLinkedYear()
    {
        // 2011 is additive (A 11..14 + B 38..32 = 49..46); 2012: 0.4427 0.5666 0.7791 0.9030 (hand).
        var chain = ChainExample.Link(ChainOverlap.Annual);

        for (int t = 0; t < 8; t++)
        {
            Assert.Equal(0.0, chain.NonAdditivity(t), 1e-10);
        }

        Assert.Equal([0.4427, 0.5666, 0.7791, 0.9030], Enumerable.Range(8, 4).Select(chain.NonAdditivity), (a, b) => Math.Abs(a - b) < Printed);
    }

    [Fact]
    public void Rebase_MovesTheReferenceYear_AndKeepsGrowthAndContributions()
    {
        var chain = ChainExample.Link(ChainOverlap.Annual);

        var rebased = chain.Rebase(2011);

        Assert.Equal(2011, rebased.ReferenceYear);
        Assert.Equal(99.8793, rebased.Index[8], Printed);
        Assert.Equal(100.0, rebased.AnnualIndex(2011), 1e-10);
        Assert.Equal(213.0 / 4, rebased.ReferenceValue, 1e-10);
        Assert.Equal(chain.Growth(9, 1), rebased.Growth(9, 1), 1e-14);
        Assert.Equal(chain.Contribution(1, 8, 1), rebased.Contribution(1, 8, 1), 1e-14);
        Assert.Throws<ArgumentOutOfRangeException>(() => chain.Rebase(2013));
    }

    [Fact]
    public void Contribution_AcrossTheYearBoundary_MatchesTheHandCalculation()
    {
        // Q4 2011 → Q1 2012, annual overlap: s_2012 = 95 / 53.25; K_A = s·1.26·15 = 33.718310, K_B = s·(15/7)·16 = 61.167002;
        // in 2011 K_A = 2·14 = 28, K_B = 2·2·16 = 64; over I(Q4 2011) = 92: A +0.0621555, B −0.0307935 (hand).
        var chain = ChainExample.Link(ChainOverlap.Annual);
        double s = 95.0 / 53.25;

        Assert.Equal(((s * 1.26 * 15) - 28) / 92, chain.Contribution(0, 8, 1), 1e-9);
        Assert.Equal(((s * 15 / 7 * 16) - 64) / 92, chain.Contribution(1, 8, 1), 1e-9);
        Assert.Equal(0.0621555, chain.Contribution(0, 8, 1), 1e-7);
        Assert.Equal(-0.0307935, chain.Contribution(1, 8, 1), 1e-7);
    }

    [Fact]
    public void Contribution_WithinAYear_IsTheChangeAtPreviousYearPrices()
    {
        // Q1 → Q2 2012 at 2011 prices: A 1.26 × (16 − 15) = 1.26, B 0; over PYP(Q1 2012) = 53.185714 (hand).
        var chain = ChainExample.Link(ChainOverlap.Annual);
        double pyp = (1.26 * 15) + (15.0 / 7 * 16);

        Assert.Equal(1.26 / pyp, chain.Contribution(0, 9, 1), 1e-12);
        Assert.Equal(0.0, chain.Contribution(1, 9, 1), 1e-12);
    }

    [Fact]
    public void AnnualContribution_AnnualOverlap_IsTheVolumeChangeAtPreviousYearPricesOverThePreviousTotal()
    {
        // 2012 on 2011: A (1.26 × 66 − 63) / 213 = 0.0946479, B ((15/7) × 62 − 150) / 213 = −0.0804829; total 216.017143 / 213 − 1 = 1.41650 % (hand).
        var chain = ChainExample.Link(ChainOverlap.Annual);

        Assert.Equal(((1.26 * 66) - 63) / 213, chain.AnnualContribution(0, 2012), 1e-12);
        Assert.Equal(((15.0 / 7 * 62) - 150) / 213, chain.AnnualContribution(1, 2012), 1e-12);
        Assert.Equal(0.0141650, chain.AnnualGrowth(2012), 1e-7);
        Assert.Equal(chain.AnnualGrowth(2012), chain.AnnualContribution(0, 2012) + chain.AnnualContribution(1, 2012), 1e-14);
    }

    [Fact]
    public void Growth_LagBeforeTheFirstPeriod_Throws()
    {
        var chain = ChainExample.Link(ChainOverlap.Annual);

        Assert.Throws<ArgumentOutOfRangeException>(() => chain.Growth(3, 4));
        Assert.Throws<ArgumentOutOfRangeException>(() => chain.Growth(5, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => chain.Contribution(2, 5, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => chain.AnnualGrowth(2010));
    }

    [Fact]
    public void Property_ContributionsSumToTheAggregatesGrowth()
    {
        // Random components (1 to 5) over 2 to 4 years with a possibly incomplete last year, quarterly; every lag from 1
        // to a year, and every whole year: the contributions add up to the growth to 1e-12.
        var component = Gen.Select(Gen.Double[0.5, 3.0].Array[16], Gen.Double[1.0, 1000.0].Array[16]);
        var gen = Gen.Select(component.Array[1, 5], Gen.Int[8, 16], Gen.Int[0, 1]);
        gen.Sample(t =>
        {
            var (parts, n, overlap) = t;
            var components = parts.Select((p, i) => ChainComponent.FromQuantities("c" + i, p.Item2[..n], p.Item1[..n], 4)).ToArray();
            var chain = ChainLinking.Link(2000, 4, components, (ChainOverlap)overlap);
            for (int lag = 1; lag <= 4; lag++)
            {
                for (int period = lag; period < n; period++)
                {
                    double sum = Enumerable.Range(0, components.Length).Sum(i => chain.Contribution(i, period, lag));
                    Assert.Equal(chain.Growth(period, lag), sum, 1e-12);
                }
            }

            for (int year = 2001; year < 2000 + (n / 4); year++)
            {
                double sum = Enumerable.Range(0, components.Length).Sum(i => chain.AnnualContribution(i, year));
                Assert.Equal(chain.AnnualGrowth(year), sum, 1e-12);
            }
        }, iter: 300, threads: 1);
    }
}
