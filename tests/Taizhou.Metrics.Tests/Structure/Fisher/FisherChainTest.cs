using System;
using System.Linq;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// <see cref="FisherChain"/>: linking, rebasing and sub-aggregates, on a two-component example computed by hand:
/// X: p 1, 2, 2 and q 10, 10, 20; Y: p 1, 1, 1 and q 10, 20, 20.
/// </summary>
public class FisherChainTest
{
    // Link 1: QL = (10 + 20) / 20 = 1.5, QP = (20 + 20) / (20 + 10) = 4/3, QF = √2;
    //         PL = (20 + 10) / 20 = 1.5, PP = (20 + 20) / (10 + 20) = 4/3, PF = √2.
    // Link 2: QL = (40 + 20) / (20 + 20) = 1.5, QP = (40 + 20) / (20 + 20) = 1.5, QF = 1.5; PF = 1.
    private static FisherChain Example(int reference = 0) => FisherIndex.Chain(
        [
            FisherComponent.FromPricesAndQuantities("X", [1.0, 2.0, 2.0], [10.0, 10.0, 20.0]),
            FisherComponent.FromPricesAndQuantities("Y", [1.0, 1.0, 1.0], [10.0, 20.0, 20.0]),
        ],
        reference);

    [Fact]
    public void Links_HandValues()
    {
        var chain = Example();

        Assert.Equal(2, chain.Links.Length);
        var first = chain.Link(1);
        Assert.Equal(1.5, first.LaspeyresQuantity, 1e-15);
        Assert.Equal(4.0 / 3.0, first.PaascheQuantity, 1e-15);
        Assert.Equal(Math.Sqrt(2.0), first.FisherQuantity, 1e-15);
        Assert.Equal(1.5, first.LaspeyresPrice, 1e-15);
        Assert.Equal(4.0 / 3.0, first.PaaschePrice, 1e-15);
        Assert.Equal(Math.Sqrt(2.0), first.FisherPrice, 1e-15);
        Assert.Equal(2.0, first.ValueRelative, 1e-15);                 // 40 / 20
        Assert.Equal(Math.Sqrt(2.0) - 1.0, first.QuantityChange.GetFraction(), 1e-15);
        Assert.Equal(1.5, chain.Link(2).FisherQuantity, 1e-15);
        Assert.Equal(1.0, chain.Link(2).FisherPrice, 1e-15);
        Assert.Equal(0.0, chain.Link(2).PriceChange.GetFraction(), 1e-15);
    }

    [Fact]
    public void Contributions_HandValues()
    {
        // Link 1, PF = √2: weights w_X = (2/√2 + 1) × 10 = 24.142, w_Y = (1/√2 + 1) × 10 = 17.071, Σ = 41.213.
        // X: Δq = 0, contributes 0; Y: 17.071 × 1 = 17.071 / 41.213 = 0.414214 = √2 − 1, the whole change.
        var first = Example().Link(1);

        Assert.Equal(0.0, first.Contribution("X").PercentagePoints);
        Assert.Equal(Math.Sqrt(2.0) - 1.0, first.Contribution("Y").PercentagePoints, 1e-15);
        Assert.Equal(24.142136 / 41.213203, first.Contribution("X").Weight, 1e-6);
        Assert.Equal(1.0, first.Contribution("Y").VolumeChange.GetFraction(), 1e-15);
        Assert.Equal(1.0, first.Contribution("X").PriceChange.GetFraction(), 1e-15);
    }

    [Fact]
    public void Indices_ReferencedToPeriodZero_ByDefault()
    {
        var chain = Example();

        Assert.Equal(0, chain.ReferencePeriod);
        Assert.Equal(new[] { 100.0, 141.421356, 212.132034 }, chain.VolumeIndex.Select(x => Math.Round(x, 6)));
        Assert.Equal(new[] { 100.0, 141.421356, 141.421356 }, chain.PriceIndex.Select(x => Math.Round(x, 6)));
        Assert.Equal(new[] { 20.0, 40.0, 60.0 }, chain.Values);
        Assert.Equal(new[] { 20.0, 28.284271, 42.426407 }, chain.ChainedVolumes.Select(x => Math.Round(x, 6)));
    }

    [Fact]
    public void Indices_Rebased_AreProportional()
    {
        // Rebasing to period 2 divides every level by the period-2 level: 100 / 212.13 = 47.14, 141.42 / 212.13 = 66.67;
        // chained volumes are then in period-2 prices.
        var rebased = Example(reference: 2);

        Assert.Equal(2, rebased.ReferencePeriod);
        Assert.Equal(new[] { 47.140452, 66.666667, 100.0 }, rebased.VolumeIndex.Select(x => Math.Round(x, 6)));
        Assert.Equal(new[] { 28.284271, 40.0, 60.0 }, rebased.ChainedVolumes.Select(x => Math.Round(x, 6))); // 60 × index / 100
        Assert.Equal(Example().Link(1).FisherQuantity, rebased.Link(1).FisherQuantity);
    }

    [Fact]
    public void Subaggregate_OfOneComponent_IsItsOwnVolume()
    {
        var y = Example().Subaggregate(["Y"]);

        Assert.Equal("Y", y.Components.Single().Name);
        Assert.Equal(new[] { 100.0, 200.0, 200.0 }, y.VolumeIndex);
        Assert.Equal("Fisher chain of Y over 3 periods", y.ToString());
    }

    [Fact]
    public void Subaggregate_KeepsTheAggregatesOrder()
    {
        var both = Example().Subaggregate(["Y", "X"]);

        Assert.Equal(new[] { "X", "Y" }, both.Components.Select(c => c.Name));
        Assert.Equal(Example().VolumeIndex, both.VolumeIndex);
    }

    [Fact]
    public void Subaggregate_BadNames_Throw()
    {
        var chain = Example();

        Assert.Throws<ArgumentNullException>(() => chain.Subaggregate(null!));
        Assert.Contains("'Z'", Assert.Throws<ArgumentException>(() => chain.Subaggregate(["Z"])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => chain.Subaggregate([]));
        Assert.Throws<ArgumentException>(() => chain.Subaggregate(["X", "X"]));
    }

    [Fact]
    public void ToString_NamesComponentsAndPeriods()
    {
        Assert.Equal("Fisher chain of X, Y over 3 periods", Example().ToString());
    }
}
