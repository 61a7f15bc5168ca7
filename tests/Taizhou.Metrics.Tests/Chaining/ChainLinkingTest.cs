using System;
using Taizhou.Metrics.Chaining;
using Xunit;

namespace Taizhou.Metrics.Tests.Chaining;

/// <summary>
/// Chain-linking on the research notes' hand example (IMF QNA Manual 2017 ch. 8 formulas, computed by hand): indices
/// printed to 4 decimals, so the tolerance is 5e-5 index points; identities hold to 1e-10.
/// </summary>
public class ChainLinkingTest
{
    private const double Printed = 5e-5;

    [Fact]
    public void Link_AnnualOverlap_ReproducesTheHandExample()
    {
        var chain = ChainExample.Link(ChainOverlap.Annual);

        double[] expected = [100, 100, 100, 100, 98, 96, 94, 92, 94.8853, 97.1332, 95.5581, 97.8060];
        for (int t = 0; t < expected.Length; t++)
        {
            Assert.Equal(expected[t], chain.Index[t], Printed);
        }
    }

    [Fact]
    public void Link_OneQuarterOverlap_ReproducesTheHandExample()
    {
        var chain = ChainExample.Link(ChainOverlap.OnePeriod);

        double[] expected = [100, 100, 100, 100, 98, 96, 94, 92, 94.2324, 96.4648, 94.9006, 97.1330];
        for (int t = 0; t < expected.Length; t++)
        {
            Assert.Equal(expected[t], chain.Index[t], Printed);
        }
    }

    [Fact]
    public void Link_AnnualOverlap_AnnualMeansAreTheAnnualChainIndex()
    {
        // Annual overlap: mean of 2012 = 100 × ΣPYP_2012 / ΣCP_2011 × mean(2011)/100 = 216.0172 / 213 × 95 (hand).
        var chain = ChainExample.Link(ChainOverlap.Annual);

        Assert.Equal(95.0, chain.AnnualIndex(2011), 1e-10);
        Assert.Equal(95.0 * ((1.26 * 66) + (15.0 / 7 * 62)) / 213.0, chain.AnnualIndex(2012), 1e-10);
    }

    [Fact]
    public void Link_OnePeriodOverlap_NeedsNoStepAcrossTheYear_AnnualOverlapHasOne()
    {
        // Q4 2011 → Q1 2012 at 2011 prices: ΣP̄_2011·q(Q1 2012) / ΣP̄_2011·q(Q4 2011) = 53.185714 / 51.925714 (hand);
        // one-period overlap carries exactly that growth, annual overlap does not (94.8853 / 92).
        var oqo = ChainExample.Link(ChainOverlap.OnePeriod);
        var ao = ChainExample.Link(ChainOverlap.Annual);
        double atPreviousYearPrices = ((1.26 * 15) + (15.0 / 7 * 16)) / ((1.26 * 14) + (15.0 / 7 * 16));

        Assert.Equal(atPreviousYearPrices - 1, oqo.Growth(8, 1), 1e-12);
        Assert.Equal((94.8853 / 92) - 1, ao.Growth(8, 1), 1e-6);
    }

    [Fact]
    public void Rebase_DividesByTheMeanOfTheNewReferenceYear()
    {
        // 2011 = 100: divide by the 2011 mean AO index 95 (hand): 2012Q1 = 94.8853 / 0.95 = 99.8793.
        var index = ChainExample.Link(ChainOverlap.Annual).Index;

        var rebased = ChainLinking.Rebase(index, 2010, 4, 2011);

        Assert.Equal(99.8793, rebased[8], Printed);
        Assert.Equal(100 / 0.95, rebased[0], 1e-10);
        Assert.Equal(400.0, rebased[4] + rebased[5] + rebased[6] + rebased[7], 1e-10);
    }

    [Fact]
    public void Rebase_AnnualData_MakesTheYear100()
    {
        // An annual index 80, 100, 125 rebased to its last year: 64, 80, 100 (hand).
        var rebased = ChainLinking.Rebase([80.0, 100.0, 125.0], 2020, 1, 2022);

        Assert.Equal([64.0, 80.0, 100.0], rebased, (a, b) => Math.Abs(a - b) < 1e-12);
    }

    [Fact]
    public void Rebase_YearNotWhollyInTheSeries_Throws()
    {
        double[] index = [100, 100, 100, 100, 101, 102];

        Assert.Throws<ArgumentOutOfRangeException>(() => ChainLinking.Rebase(index, 2010, 4, 2011));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChainLinking.Rebase(index, 2010, 4, 2009));
    }

    [Fact]
    public void Link_ComponentsOfDifferentLengths_Throws()
    {
        var shortB = ChainComponent.FromQuantities("B", ChainExample.QuantityB[..8], ChainExample.PriceB[..8], 4);

        var e = Assert.Throws<ArgumentException>(() => ChainLinking.Link(2010, 4, [ChainExample.A, shortB], ChainOverlap.Annual));
        Assert.Contains("'B' has 8 periods, expected 12", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Link_LessThanAYear_OrBadFrequency_Throws()
    {
        var c = ChainComponent.FromValues("c", [1.0, 2.0, 3.0], [1.0, 2.0, 3.0]);

        Assert.Throws<ArgumentException>(() => ChainLinking.Link(2010, 4, [c], ChainOverlap.Annual));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChainLinking.Link(2010, 3, [c], ChainOverlap.Annual));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChainLinking.Link(2010, 4, [c], (ChainOverlap)7));
        Assert.Throws<ArgumentException>(() => ChainLinking.Link(2010, 4, [], ChainOverlap.Annual));
    }
}
