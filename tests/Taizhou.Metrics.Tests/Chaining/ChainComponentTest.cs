using System;
using Taizhou.Metrics.Chaining;
using Xunit;

namespace Taizhou.Metrics.Tests.Chaining;

/// <summary>Values of a component derived from quantities and prices (hand, exact to 1e-12), and validation.</summary>
public class ChainComponentTest
{
    [Fact]
    public void FromQuantities_ValuesAtAnnualAveragePrices()
    {
        // P̄_B,2011 = (2·19 + 2.1·18 + 2.2·17 + 2.3·16) / 70 = 150 / 70; PYP_B(Q1 2012) = 16 × 150/70; OYP_B(Q4 2011) = 16 × 150/70.
        var b = ChainExample.B;

        Assert.Equal(2.4 * 16, b.CurrentPrices[8], 1e-12);
        Assert.Equal(16 * 150.0 / 70, b.PreviousYearPrices[8], 1e-12);
        Assert.Equal(16 * 150.0 / 70, b.OwnYearPrices[7], 1e-12);
        Assert.Equal(2.0 * 16, b.PreviousYearPrices[7], 1e-12);
        Assert.True(b.HasOwnYearPrices);
    }

    [Fact]
    public void FromValues_WithoutOwnYearPrices_UsesCurrentPrices()
    {
        var c = ChainComponent.FromValues("c", [1.0, 2.0, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0]);

        Assert.False(c.HasOwnYearPrices);
        Assert.Equal(c.CurrentPrices, c.OwnYearPrices);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void FromValues_NonPositiveOrMissingValue_ThrowsNamingThePeriod(double bad)
    {
        var e = Assert.Throws<ArgumentException>(() => ChainComponent.FromValues("工业", [1.0, bad, 3.0, 4.0], [1.0, 2.0, 3.0, 4.0]));

        Assert.Contains("'工业': currentPrices[1]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromValues_LengthsDiffer_Throws()
    {
        Assert.Throws<ArgumentException>(() => ChainComponent.FromValues("c", [1.0, 2.0], [1.0]));
        Assert.Throws<ArgumentException>(() => ChainComponent.FromValues("c", [], []));
    }
}
