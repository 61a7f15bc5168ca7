using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// Laws of the chained Fisher aggregate on seeded random data (System.Random with a fixed seed, so failures replay).
/// Tolerances are absolute on fractions of order 1: 1e-12 for identities that hold exactly in real arithmetic.
/// </summary>
public partial class FisherIndexTest
{
    private const int Trials = 300;
    private const double Identity = 1e-12;

    /// <summary>Random components: 1 to 8 of them, 2 to 7 periods, prices and quantities over several magnitudes.</summary>
    private static List<FisherComponent> RandomComponents(Random random, bool constantPrices = false)
    {
        int count = random.Next(1, 9), periods = random.Next(2, 8);
        var result = new List<FisherComponent>(count);
        for (int i = 0; i < count; i++)
        {
            double scale = Math.Pow(10, random.Next(-2, 7));
            double price = 0.5 + (2.0 * random.NextDouble());
            var prices = new double[periods];
            var quantities = new double[periods];
            for (int t = 0; t < periods; t++)
            {
                prices[t] = constantPrices ? price : 0.2 + (3.0 * random.NextDouble());
                quantities[t] = scale * (0.1 + (2.0 * random.NextDouble()));
            }

            result.Add(FisherComponent.FromPricesAndQuantities("c" + i, prices, quantities));
        }

        return result;
    }

    [Fact]
    public void Property_ContributionsSumToTheFisherQuantityChange()
    {
        var random = new Random(20080613);
        for (int trial = 0; trial < Trials; trial++)
        {
            var chain = FisherIndex.Chain(RandomComponents(random));
            foreach (var link in chain.Links)
            {
                Assert.Equal(link.FisherQuantity - 1.0, link.ContributionSum, Identity);
                Assert.Equal(link.QuantityChange.GetFraction(), link.Contributions.Sum(c => c.PercentagePoints), Identity);
                Assert.Equal(1.0, link.Contributions.Sum(c => c.Weight), Identity);
                Assert.All(link.Contributions, c => Assert.True(c.Weight > 0.0 && c.Weight <= 1.0));
            }
        }
    }

    [Fact]
    public void Property_ConstantPrices_FisherChangeIsThePlainVolumeChange_AndContributionsAreShares()
    {
        // With every price constant, Laspeyres = Paasche = Fisher = Σ p q_t / Σ p q_t−1, PF = 1, and the contribution
        // of i is p_i Δq_i / Σ p q_t−1: the plain share-of-change contribution (拉動) of Contributions.PercentagePoints.
        var random = new Random(13017);
        for (int trial = 0; trial < Trials; trial++)
        {
            var components = RandomComponents(random, constantPrices: true);
            var chain = FisherIndex.Chain(components);
            for (int t = 1; t < chain.PeriodCount; t++)
            {
                var link = chain.Link(t);
                double before = components.Sum(c => c.Values[t - 1]), after = components.Sum(c => c.Values[t]);

                Assert.Equal(1.0, link.FisherPrice, Identity);
                Assert.Equal((after / before) - 1.0, link.QuantityChange.GetFraction(), Identity);
                Assert.Equal(link.LaspeyresQuantity, link.PaascheQuantity, Identity);
                foreach (var c in components)
                {
                    double share = (c.Values[t] - c.Values[t - 1]) / before;
                    double plain = Contributions.PercentagePoints((decimal)c.Values[t - 1], (decimal)c.Values[t], (decimal)before)!.Value;
                    Assert.Equal(share, link.Contribution(c.Name).PercentagePoints, Identity);
                    Assert.Equal(plain, link.Contribution(c.Name).PercentagePoints, 1e-9); // decimal round trip of the inputs
                }

                Assert.Equal(100.0, chain.PriceIndex[t], 1e-9);
            }
        }
    }

    [Fact]
    public void Property_FactorReversal_AndImplicitDeflatorIsThePriceIndex()
    {
        // QF × PF = Σ p_t q_t / Σ p_t−1 q_t−1 in each link; so value / chained volume × 100 is the chained price index.
        var random = new Random(7);
        for (int trial = 0; trial < Trials; trial++)
        {
            var components = RandomComponents(random);
            int reference = random.Next(0, components[0].PeriodCount);
            var chain = FisherIndex.Chain(components, reference);
            foreach (var link in chain.Links)
            {
                Assert.Equal(link.ValueRelative, link.FisherQuantity * link.FisherPrice, Identity * link.ValueRelative);
            }

            Assert.Equal(100.0, chain.VolumeIndex[reference], Identity);
            Assert.Equal(chain.Values[reference], chain.ChainedVolumes[reference], Identity * chain.Values[reference]);
            for (int t = 0; t < chain.PeriodCount; t++)
            {
                Assert.Equal(chain.PriceIndex[t], 100.0 * chain.Values[t] / chain.ChainedVolumes[t], 1e-9 * chain.PriceIndex[t]);
            }
        }
    }

    [Fact]
    public void Property_CommonInflation_LeavesVolumesAndContributionsUnchanged()
    {
        // Multiplying every price of period t by the same factor changes PF by that factor's ratio and nothing else.
        var random = new Random(2024);
        for (int trial = 0; trial < Trials; trial++)
        {
            var components = RandomComponents(random);
            int periods = components[0].PeriodCount;
            double[] inflation = Enumerable.Range(0, periods).Select(_ => 0.5 + random.NextDouble()).ToArray();
            var inflated = components
                .Select(c => FisherComponent.FromPricesAndQuantities(c.Name, c.Prices.Select((p, t) => p * inflation[t]).ToArray(), c.Quantities))
                .ToList();

            var plain = FisherIndex.Chain(components);
            var scaled = FisherIndex.Chain(inflated);
            for (int t = 1; t < periods; t++)
            {
                Assert.Equal(plain.Link(t).FisherQuantity, scaled.Link(t).FisherQuantity, Identity);
                Assert.Equal(plain.Link(t).FisherPrice * inflation[t] / inflation[t - 1], scaled.Link(t).FisherPrice, Identity * scaled.Link(t).FisherPrice);
                for (int i = 0; i < components.Count; i++)
                {
                    Assert.Equal(plain.Link(t).Contributions[i].PercentagePoints, scaled.Link(t).Contributions[i].PercentagePoints, Identity);
                }
            }
        }
    }

    [Fact]
    public void Property_SingleComponent_IsItsOwnVolumeAndPriceChange()
    {
        var random = new Random(1);
        for (int trial = 0; trial < Trials; trial++)
        {
            var component = RandomComponents(random)[0];
            var chain = FisherIndex.Chain([component]);
            for (int t = 1; t < chain.PeriodCount; t++)
            {
                var link = chain.Link(t);
                double volume = component.Quantities[t] / component.Quantities[t - 1];
                Assert.Equal(volume, link.FisherQuantity, Identity * volume);
                Assert.Equal(component.Prices[t] / component.Prices[t - 1], link.FisherPrice, Identity * link.FisherPrice);
                Assert.Equal(1.0, link.Contributions.Single().Weight, Identity);
                Assert.Equal(volume - 1.0, link.Contributions.Single().PercentagePoints, Identity * volume);
                Assert.Equal(100.0 * component.Quantities[t] / component.Quantities[0], chain.VolumeIndex[t], 1e-9 * chain.VolumeIndex[t]);
            }
        }
    }

    [Fact]
    public void Property_GroupsOfAPartition_AddUpToTheTotalChange()
    {
        var random = new Random(99);
        for (int trial = 0; trial < Trials; trial++)
        {
            var components = RandomComponents(random);
            var names = components.Select(c => c.Name).ToArray();
            var first = names.Where(_ => random.Next(2) == 0).ToArray();
            var rest = names.Except(first).ToArray();
            foreach (var link in FisherIndex.Chain(components).Links)
            {
                Assert.Equal(link.QuantityChange.GetFraction(), link.ContributionOf(first) + link.ContributionOf(rest), Identity);
            }
        }
    }

    [Fact]
    public void Property_ResultsAreNeverNaN()
    {
        var random = new Random(31);
        for (int trial = 0; trial < Trials; trial++)
        {
            var chain = FisherIndex.Chain(RandomComponents(random));
            Assert.All(chain.VolumeIndex, x => Assert.True(double.IsFinite(x) && x > 0.0));
            Assert.All(chain.PriceIndex, x => Assert.True(double.IsFinite(x) && x > 0.0));
            Assert.All(chain.ChainedVolumes, x => Assert.True(double.IsFinite(x) && x > 0.0));
            Assert.All(chain.Links.SelectMany(l => l.Contributions), c => Assert.True(double.IsFinite(c.PercentagePoints)));
        }
    }
}
