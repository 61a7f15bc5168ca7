using System;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary><see cref="FisherLink"/> and <see cref="FisherContribution"/>: look-ups, groups and text.</summary>
public class FisherLinkTest
{
    // P: p 1 → 1, q 10 → 12; Q: p 2 → 2, q 5 → 4. Prices constant, so PF = 1 and the contributions are the plain
    // shares of change over Σ p q_t−1 = 20: P +2 / 20 = +0.10, Q −2 / 20 = −0.10; the Fisher change is 0.
    private static FisherLink Example() => FisherIndex.Link(
        [
            FisherComponent.FromPricesAndQuantities("P", [1.0, 1.0], [10.0, 12.0]),
            FisherComponent.FromPricesAndQuantities("Q", [2.0, 2.0], [5.0, 4.0]),
        ],
        1);

    [Fact]
    public void Contribution_ByName()
    {
        var link = Example();

        Assert.Equal(1, link.Period);
        Assert.Equal(0, link.BasePeriod);
        Assert.Equal(0.10, link.Contribution("P").PercentagePoints, 1e-15);
        Assert.Equal(-0.10, link.Contribution("Q").PercentagePoints, 1e-15);
        Assert.Equal(0.5, link.Contribution("Q").Weight, 1e-15);
        Assert.Equal(-0.2, link.Contribution("Q").VolumeChange.GetFraction(), 1e-15);
        Assert.Equal(0.0, link.QuantityChange.GetFraction(), 1e-15);
        Assert.Equal(0.0, link.ContributionSum, 1e-15);
    }

    [Fact]
    public void Contribution_UnknownName_ThrowsListingTheComponents()
    {
        var ex = Assert.Throws<ArgumentException>(() => Example().Contribution("R"));

        Assert.Equal("component", ex.ParamName);
        Assert.Contains("'P', 'Q'", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Example().Contribution(null!));
    }

    [Fact]
    public void ContributionOf_Group_IsTheSum_AndRejectsRepeats()
    {
        var link = Example();

        Assert.Equal(0.0, link.ContributionOf(["P", "Q"]), 1e-15);
        Assert.Equal(0.10, link.ContributionOf(["P"]), 1e-15);
        Assert.Equal(0.0, link.ContributionOf([]));
        Assert.Throws<ArgumentException>(() => link.ContributionOf(["P", "P"]));
        Assert.Throws<ArgumentException>(() => link.ContributionOf(["Z"]));
        Assert.Throws<ArgumentNullException>(() => link.ContributionOf(null!));
    }

    [Fact]
    public void ToString_ShowsPercentAndPoints()
    {
        var link = Example();

        Assert.Equal("0→1: volume 0.00%, price 0.00%", link.ToString());
        Assert.Equal("P: +10.00 pp", link.Contribution("P").ToString());
        Assert.Equal("Q: -10.00 pp", link.Contribution("Q").ToString());
    }
}
