using System.Linq;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Tests.Vectors;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary>Cases of cn_contribution_pull_examples.json (expected values recomputed from the inputs by the vector's authors).</summary>
public partial class BreakdownTest
{
    private const string File = "cn_contribution_pull_examples.json";

    [Fact]
    public void Guangdong2009_LevelsAndRealGrowth_ContributionsAndNonAdditivityResidual()
    {
        // Parts and total published as current level + (real) growth: the comparable bases do not add up, so the
        // contribution rates sum to 100.29 % and the remainder's change is the non-additivity residual −9.879183.
        var c = VectorFile.Case(File, "Guangdong_2009_GDP_by_sector");
        var inputs = c.GetProperty("inputs");
        var expected = c.GetProperty("expected");
        var parts = inputs.GetProperty("parts").EnumerateObject()
            .Select(p => new BreakdownRow(
                p.Name,
                PublishedValue.Of(VectorFile.Decimal(p.Value[0])!.Value),
                growthPercent: PublishedValue.Of(VectorFile.Decimal(p.Value[1])!.Value * 100m)))
            .ToList();
        var total = new BreakdownRow(
            "GDP",
            PublishedValue.Of(VectorFile.Decimal(inputs.GetProperty("total_level"))!.Value),
            growthPercent: PublishedValue.Of(VectorFile.Decimal(inputs.GetProperty("total_growth"))!.Value * 100m));

        var a = Breakdown.Analyse(parts, total);

        const int Places = 4; // the vector's tolerance vs expected: 1e-4
        Assert.Equal(expected.GetProperty("total_base").GetDouble(), (double)a.Total.Previous, Places);
        Assert.Equal(expected.GetProperty("total_increment").GetDouble(), (double)a.Total.Change, Places);
        foreach (var part in a.Parts)
        {
            var e = expected.GetProperty("by_part").GetProperty(part.Name);
            Assert.Equal(e.GetProperty("increment").GetDouble(), (double)part.Change, Places);
            Assert.Equal(e.GetProperty("contribution_rate_pct").GetDouble(), part.ContributionRate!.Value * 100.0, Places);
            Assert.Equal(e.GetProperty("pull_pp").GetDouble(), part.ContributionPoints!.Value * 100.0, Places);
        }

        Assert.Equal(expected.GetProperty("non_additivity_residual").GetDouble(), (double)a.Remainder!.Change, Places);
        Assert.Equal(expected.GetProperty("sum_contribution_rate_pct").GetDouble(), a.Parts.Sum(p => p.ContributionRate!.Value) * 100.0, Places);
        // Remainder included, the rates add to 100 % exactly: nothing is dropped.
        Assert.Equal(1.0, a.SumOfContributionRates!.Value, 12);
    }

    [Fact]
    public void FixedAssetInvestment_ManufacturingShare_ContributionRateAndPull()
    {
        // total 40.98 at +19.6 %, manufacturing 23.58 at +27 %: rate 74.646079 %, pull 14.630631 points
        var c = VectorFile.Case(File, "FAI_manufacturing_share");
        var inputs = c.GetProperty("inputs");
        var total = new BreakdownRow("FAI", PublishedValue.Of(VectorFile.Decimal(inputs.GetProperty("total_level"))!.Value), growthPercent: PublishedValue.Of(VectorFile.Decimal(inputs.GetProperty("total_growth"))!.Value * 100m));
        var part = new BreakdownRow("manufacturing", PublishedValue.Of(VectorFile.Decimal(inputs.GetProperty("part_level"))!.Value), growthPercent: PublishedValue.Of(VectorFile.Decimal(inputs.GetProperty("part_growth"))!.Value * 100m));

        var a = Breakdown.Analyse([part], total);

        Assert.Equal(c.GetProperty("expected").GetProperty("contribution_rate_pct").GetDouble(), a.Parts[0].ContributionRate!.Value * 100.0, 5);
        Assert.Equal(c.GetProperty("expected").GetProperty("pull_pp").GetDouble(), a.Parts[0].ContributionPoints!.Value * 100.0, 5);
    }
}
