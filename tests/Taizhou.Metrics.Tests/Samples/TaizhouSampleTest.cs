using System.Linq;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Samples;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Samples;

/// <summary>The embedded sample holds the article's figures exactly as published (../shared/seed/FIGURES.md).</summary>
public class TaizhouSampleTest
{
    private static readonly TaizhouSample Sample = TaizhouSample.Instance;

    [Fact]
    public void Clusters_AreTheSevenInTheArticlesOrder()
    {
        Assert.Equal(["auto", "aviation", "moulds", "pharma", "toilets", "sewing", "pumps"], Sample.Clusters.Select(c => c.Code));
        Assert.Equal("汽车及零部件", Sample.Clusters[0].ChineseName);
        Assert.Equal("泵与电机", Sample.Clusters[6].ChineseName);
        Assert.Equal(["aviation"], Sample.ClustersWithoutStatistics.Select(c => c.Code));
    }

    [Fact]
    public void ClusterFigures_KeepPublishedPrecision()
    {
        Assert.Equal(Amount.FromYiYuan(1042.27m), Sample.ClusterOutput);
        Assert.Equal("1042.27", Sample.ClusterOutput.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(0.267, Sample.ClusterOutputGrowth.GetFraction(), 15);
        Assert.Equal(0.091, Sample.ClusterContribution, 15);
        Assert.Equal(ReportingPeriod.YearToDate(2018, 6), Sample.Period);
    }

    [Fact]
    public void Headlines_AreTheThreeFirstInTheProvince()
    {
        Assert.Equal(3, Sample.Headlines.Count);
        Assert.All(Sample.Headlines, h => Assert.Equal(1, h.ProvincialRank));
        Assert.Equal(Amount.FromYiYuan(529.0m), Sample.Headlines[0].Level);
        Assert.Equal([0.110, 0.169, 0.273], Sample.Headlines.Select(h => System.Math.Round(h.Growth.GetFraction(), 3)));
        Assert.Null(Sample.Headlines[1].Level);
    }

    [Fact]
    public void Targets_Are5000YiAnd70PercentAnd2211By2021()
    {
        Assert.Equal(2021, Sample.TargetYear);
        Assert.Equal(Amount.FromYiYuan(5000m), Sample.ClusterOutputTarget);
        Assert.Equal(0.70, Sample.ClusterShareTarget);
        Assert.Equal(
            [(EnterpriseTier.AircraftCarrier, 20), (EnterpriseTier.Flagship, 20), (EnterpriseTier.Listed, 100), (EnterpriseTier.Gazelle, 100)],
            Sample.TierTargets.Select(t => (t.Tier, t.Count)));
        Assert.All(Sample.TierTargets, t => Assert.Equal(2021, t.Year));
        Assert.Equal((2, 3), (Sample.LeadingFirmsPerClusterMin, Sample.LeadingFirmsPerClusterMax));
        Assert.Equal((10, 100, 1000), (Sample.InnovativeLeadingFirmsTarget, Sample.ListedTechnologyFirmsTarget, Sample.HighTechEnterprisesTarget));
    }

    [Fact]
    public void OtherFigures_IncludeServiceAndPlatformFigures()
    {
        var byCode = Sample.OtherFigures.ToDictionary(f => f.Code);
        Assert.Equal(4645m, byCode["enterprises_visited"].Value);
        Assert.Equal(5344m, byCode["problems_closed"].Value);
        Assert.Equal(4100m, byCode["platform_investment_2018"].Value);
        Assert.Equal(1140m, byCode["standard_land_area"].Value);
        Assert.Equal(byCode.Count, Sample.OtherFigures.Count); // codes are unique
    }

    [Fact]
    public void TierTargets_AsProgrammeTargets_AreKeyedByTierCode()
    {
        var carriers = Sample.TierTargets[0].ToProgrammeTarget();
        Assert.Equal(TierCodes.AircraftCarrier, carriers.TierCode);
        Assert.Equal((20, 2021), (carriers.Count, carriers.Year));
    }
}
