using System;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>Argument checks of <see cref="FisherIndex"/>: caller bugs are exceptions that say what is wrong.</summary>
public partial class FisherIndexTest
{
    private static FisherComponent Simple(string name, params double[] values) =>
        FisherComponent.FromValuesAndVolumes(name, values, values);

    [Fact]
    public void Chain_NoComponents_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => FisherIndex.Chain([]));
        Assert.Equal("components", ex.ParamName);
    }

    [Fact]
    public void Chain_NullComponents_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => FisherIndex.Chain(null!));
        Assert.Throws<ArgumentNullException>(() => FisherIndex.Chain([Simple("A", 1, 2), null!]));
    }

    [Fact]
    public void Chain_RepeatedName_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => FisherIndex.Chain([Simple("A", 1, 2), Simple("A", 3, 4)]));
        Assert.Contains("'A'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chain_DifferentPeriodCounts_Throws_NamingBoth()
    {
        var ex = Assert.Throws<ArgumentException>(() => FisherIndex.Chain([Simple("A", 1, 2, 3), Simple("B", 1, 2)]));
        Assert.Contains("'A' has 3", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'B' has 2", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Chain_OnePeriod_Throws()
    {
        Assert.Throws<ArgumentException>(() => FisherIndex.Chain([Simple("A", 1)]));
        Assert.Throws<ArgumentException>(() => FisherIndex.Link([Simple("A", 1)], 1));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(3)]
    public void Chain_ReferencePeriodOutOfRange_Throws(int reference)
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => FisherIndex.Chain([Simple("A", 1, 2, 3)], reference));
        Assert.Equal("referencePeriod", ex.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    public void Link_PeriodOutOfRange_Throws(int period)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherIndex.Link(VectorComponents(), period));
        Assert.Throws<ArgumentOutOfRangeException>(() => FisherIndex.Chain(VectorComponents()).Link(period));
    }

    [Fact]
    public void Link_EqualsTheChainsLink()
    {
        var chain = FisherIndex.Chain(VectorComponents());
        var link = FisherIndex.Link(VectorComponents(), 2);

        Assert.Equal(chain.Link(2).FisherQuantity, link.FisherQuantity);
        Assert.Equal(chain.Links[1].FisherPrice, link.FisherPrice);
    }

    [Fact]
    public void Chain_SumsBeyondDouble_ThrowOverflow_NotNaN()
    {
        // Valid components whose cross products p_t−1 × q_t exceed double: 1e300 × 1e10 = 1e310.
        var a = FisherComponent.FromPricesAndQuantities("A", [1e300, 1e-10], [1.0, 1e10]);

        Assert.Throws<OverflowException>(() => FisherIndex.Chain([a]));
    }
}
