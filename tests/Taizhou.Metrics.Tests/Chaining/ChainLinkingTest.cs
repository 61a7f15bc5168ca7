using System;
using System.Linq;
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
    public void Link_FromValues_TotalsOfTheHandExample_GiveTheSameChains()
    {
        // The research notes' totals: CP and PYP of A + B (2010 PYP is not read); Q4 2011 at 2011 prices 51.925714.
        double[] cp = [50, 50, 50, 50, 50.1, 52.2, 54.3, 56.4, 60.9, 64.0, 66.4, 69.9];
        double[] pyp = [50, 50, 50, 50, 49, 48, 47, 46, 53.185714, 54.445714, 53.562857, 54.822857];
        double[] oyp = [.. cp];
        oyp[7] = 51.925714;
        var total = ChainComponent.FromValues("A+B", cp, pyp, oyp);

        var ao = ChainLinking.Link(2010, 4, [total], ChainOverlap.Annual);
        var oqo = ChainLinking.Link(2010, 4, [total], ChainOverlap.OnePeriod);

        Assert.Equal([94.8853, 97.1332, 95.5581, 97.8060], ao.Index[8..], (a, b) => Math.Abs(a - b) < Printed);
        Assert.Equal([94.2324, 96.4648, 94.9006, 97.1330], oqo.Index[8..], (a, b) => Math.Abs(a - b) < Printed);
    }

    [Theory]
    [InlineData(ChainOverlap.Annual)]
    [InlineData(ChainOverlap.OnePeriod)]
    public void Link_Monthly_SingleProductReproducesItsQuantities(ChainOverlap overlap)
    {
        // 30 months of one product with prices moving every month: the chain is 100 × q / mean q(2020).
        double[] q = [.. Enumerable.Range(0, 30).Select(t => 10.0 + (t % 7) + (0.1 * t))];
        double[] p = [.. Enumerable.Range(0, 30).Select(t => 1.0 + (0.03 * t) + (0.2 * (t % 3)))];
        double mean2020 = q[..12].Average();

        var chain = ChainLinking.Link(2020, 12, [ChainComponent.FromQuantities("q", q, p, 12)], overlap);

        for (int t = 0; t < 30; t++)
        {
            Assert.Equal(100 * q[t] / mean2020, chain.Index[t], 1e-10);
        }
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
