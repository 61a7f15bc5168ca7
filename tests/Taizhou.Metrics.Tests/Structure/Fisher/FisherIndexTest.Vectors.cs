using System.Linq;
using System.Text.Json;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Tests.Vectors;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>
/// Statistics Canada, Catalogue 13-017-X (2008), Table 2.12: four components A..D over periods t0..t3. The file gives
/// percent figures; the library gives fractions, so expected values are divided by 100 (or actual ones multiplied).
/// Tolerances: the published figures to their 2 (contributions, growth) or 1 (indices) decimals, 0.005 percentage
/// points and 0.05 index points; the computed figures to the file's <c>tolerance.vs_computed</c>, 1e-6 (in percent
/// for changes and contributions, as a ratio for PF).
/// </summary>
public partial class FisherIndexTest
{
    private const double PublishedPercent = 0.005; // the published 2 decimals, in percent (percentage points)
    private const double PublishedIndex = 0.05;    // the published 1 decimal of the index levels

    private static JsonElement Published => VectorFile.Load(StatCan).GetProperty("published_expected_t2_to_t3");

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    [InlineData("D")]
    public void Vector_StatCan_T2ToT3_Contribution_MatchesPublished(string name)
    {
        // Published: A 1.98, B 1.66, C 1.49, D 1.22 percentage points.
        double expected = Published.GetProperty("contributions_pct").GetProperty(name).GetDouble();
        Assert.Equal(PublishedPercent, VectorFile.Load(StatCan).GetProperty("tolerance").GetProperty("vs_published").GetDouble());

        var link = FisherIndex.Link(VectorComponents(), 3);

        Assert.Equal(expected, link.Contribution(name).PercentagePoints * 100.0, PublishedPercent);
    }

    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    [InlineData("C")]
    [InlineData("D")]
    public void Vector_StatCan_T2ToT3_ComponentGrowth_MatchesPublished(string name)
    {
        // Published: A 33.33 %, B 6.25 %, C 2.86 %, D 8.0 %.
        double expected = Published.GetProperty("growth_rates_pct").GetProperty(name).GetDouble();

        var contribution = FisherIndex.Link(VectorComponents(), 3).Contribution(name);

        Assert.Equal(expected, contribution.VolumeChange.GetPercent(), PublishedPercent);
        // The contribution is the component's weight times its growth.
        Assert.Equal(contribution.Weight * contribution.VolumeChange.GetFraction(), contribution.PercentagePoints, 1e-15);
    }

    [Fact]
    public void Vector_StatCan_T2ToT3_ContributionsAddUpToTheTotalGrowth()
    {
        // 1.98 + 1.66 + 1.49 + 1.22 = 6.35 % = 106.3 / 100 (unlinked) − 1.
        var link = FisherIndex.Link(VectorComponents(), 3);
        double publishedSum = Names.Sum(n => Published.GetProperty("contributions_pct").GetProperty(n).GetDouble());

        Assert.Equal(publishedSum, link.QuantityChange.GetPercent(), 2 * PublishedPercent); // four roundings of ±0.005
        Assert.Equal(link.QuantityChange.GetFraction(), link.ContributionSum, 1e-15);
    }

    [Fact]
    public void Vector_StatCan_TotalUnlinkedIndex_IsEachLinksFisherQuantityRelative()
    {
        // Published 100.0, 118.2, 111.5, 106.3: each period against the previous one.
        double[] expected = VectorFile.Doubles(Published.GetProperty("Total_Fisher_unlinked_index"));
        var chain = FisherIndex.Chain(VectorComponents());

        Assert.Equal(expected.Length, chain.PeriodCount);
        Assert.Equal(expected[0], chain.VolumeIndex[0], PublishedIndex);
        for (int t = 1; t < expected.Length; t++)
        {
            Assert.Equal(expected[t], 100.0 * chain.Link(t).FisherQuantity, PublishedIndex);
        }
    }

    [Theory]
    [InlineData("Total_Fisher_linked_index", "ABCD")] // 100.0, 118.2, 131.9, 140.2
    [InlineData("AB_Fisher_linked", "AB")]            // 100.0, 113.2, 124.6, 138.5
    [InlineData("CD_Fisher_linked", "CD")]            // 100.0, 121.3, 136.2, 141.7
    public void Vector_StatCan_LinkedIndex_MatchesPublished(string key, string components)
    {
        double[] expected = VectorFile.Doubles(Published.GetProperty(key));
        var total = FisherIndex.Chain(VectorComponents());
        var aggregate = components == "ABCD" ? total : total.Subaggregate(components.Select(c => c.ToString()));

        Assert.Equal(components.Length, aggregate.Components.Length);
        Assert.Equal(expected.Length, aggregate.VolumeIndex.Length);
        for (int t = 0; t < expected.Length; t++)
        {
            Assert.Equal(expected[t], aggregate.VolumeIndex[t], PublishedIndex);
        }
    }

    [Theory]
    [InlineData("t0_to_t1", 1)]
    [InlineData("t1_to_t2", 2)]
    [InlineData("t2_to_t3", 3)]
    public void Vector_StatCan_ComputedLink_MatchesToFilePrecision(string key, int period)
    {
        var file = VectorFile.Load(StatCan);
        var expected = file.GetProperty("computed_expected").GetProperty(key);
        double tolerance = file.GetProperty("tolerance").GetProperty("vs_computed").GetDouble(); // 1e-6

        var link = FisherIndex.Chain(VectorComponents()).Link(period);

        Assert.Equal(period - 1, link.BasePeriod);
        Assert.Equal(expected.GetProperty("fisher_quantity_pct_change").GetDouble(), link.QuantityChange.GetPercent(), tolerance);
        Assert.Equal(expected.GetProperty("fisher_price_relative_PF").GetDouble(), link.FisherPrice, tolerance);
        Assert.Equal(expected.GetProperty("sum_of_contributions").GetDouble(), link.ContributionSum * 100.0, tolerance);
        foreach (string name in Names)
        {
            double pp = expected.GetProperty("contributions_pp").GetProperty(name).GetDouble();
            Assert.Equal(pp, link.Contribution(name).PercentagePoints * 100.0, tolerance);
        }

        Assert.Equal(Names, link.Contributions.Select(c => c.Component));
    }

    [Fact]
    public void Vector_StatCan_UnchangedVolume_ContributesExactlyZero()
    {
        // B is 210 in t0 and t1, D 150 in t1 and t2: their contributions are 0.0 in the file, and exactly zero here.
        var chain = FisherIndex.Chain(VectorComponents());

        Assert.Equal(0.0, chain.Link(1).Contribution("B").PercentagePoints);
        Assert.Equal(0.0, chain.Link(2).Contribution("D").PercentagePoints);
    }

    [Fact]
    public void Vector_StatCan_ChainedVolumes_AreNotAdditive()
    {
        // The file's note: chained-dollar levels of A..D do not add up to the total's. With t1 as reference, each
        // component's chained volume is its volume measure (in t1 dollars); they add up to the total in t1 only.
        var chain = FisherIndex.Chain(VectorComponents(), referencePeriod: 1);
        double[] sumOfParts = new double[chain.PeriodCount];
        foreach (string name in Names)
        {
            var single = chain.Subaggregate([name]);
            var volumes = VectorFile.Doubles(VectorFile.Load(StatCan).GetProperty("inputs").GetProperty("volume_measures_reference_t1").GetProperty(name));
            for (int t = 0; t < chain.PeriodCount; t++)
            {
                Assert.Equal(volumes[t], single.ChainedVolumes[t], 1e-9);
                sumOfParts[t] += single.ChainedVolumes[t];
            }
        }

        Assert.Equal(900.0, chain.ChainedVolumes[1], 1e-9); // 90 + 210 + 450 + 150
        Assert.Equal(sumOfParts[1], chain.ChainedVolumes[1], 1e-9);
        Assert.Equal(765.0, sumOfParts[0], 1e-9);          // 60 + 210 + 375 + 120
        Assert.Equal(761.1, chain.ChainedVolumes[0], 0.05); // 900 / 1.182482
        Assert.NotEqual(sumOfParts[3], chain.ChainedVolumes[3], 1.0);
    }

    [Fact]
    public void Vector_StatCan_GroupContributions_AddUpToTheTotal()
    {
        // AB's and CD's contributions to the total's 6.35 % in t2→t3: 1.98 + 1.66 and 1.49 + 1.22.
        var link = FisherIndex.Link(VectorComponents(), 3);

        double ab = link.ContributionOf(["A", "B"]), cd = link.ContributionOf(["C", "D"]);

        Assert.Equal(0.0364, ab, 0.0001);
        Assert.Equal(0.0271, cd, 0.0001);
        Assert.Equal(link.QuantityChange.GetFraction(), ab + cd, 1e-15);
    }

    [Theory]
    [InlineData("ABCD", 118.9, 111.9, 107.0, 117.6, 111.2, 105.7)]
    [InlineData("AB", 115.4, 110.7, 112.5, 111.1, 109.5, 109.8)]
    [InlineData("CD", 121.4, 112.5, 104.1, 121.2, 112.0, 103.9)]
    public void Table2_12_UnlinkedLaspeyresAndPaasche_MatchPublished(string components, double l1, double l2, double l3, double p1, double p2, double p3)
    {
        // Not in the vector file: the same Table 2.12 prints the unlinked Laspeyres and Paasche volume indices of the
        // total, AB and CD (to 1 decimal, so tolerance 0.05); typed here from the table.
        var total = FisherIndex.Chain(VectorComponents());
        var aggregate = components == "ABCD" ? total : total.Subaggregate(components.Select(c => c.ToString()));
        double[] laspeyres = [l1, l2, l3], paasche = [p1, p2, p3];

        for (int t = 1; t <= 3; t++)
        {
            Assert.Equal(laspeyres[t - 1], 100.0 * aggregate.Link(t).LaspeyresQuantity, PublishedIndex);
            Assert.Equal(paasche[t - 1], 100.0 * aggregate.Link(t).PaascheQuantity, PublishedIndex);
        }
    }

    [Fact]
    public void Table2_12_ChainedDollarsOfAB_MatchPublished()
    {
        // Table 2.12, "AB (Fisher)" in real dollars with reference period t1: 265.0, 300.0, 330.2, 367.0 (1 decimal).
        var ab = FisherIndex.Chain(VectorComponents(), referencePeriod: 1).Subaggregate(["A", "B"]);
        double[] published = [265.0, 300.0, 330.2, 367.0];

        for (int t = 0; t < published.Length; t++)
        {
            Assert.Equal(published[t], ab.ChainedVolumes[t], PublishedIndex);
        }
    }
}
