using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Enterprises;
using Xunit;

namespace Taizhou.Metrics.Tests.Enterprises;

/// <summary>Tests for <see cref="ClusterMap"/>: most specific rule wins, overrides, "other" never dropped, and the default Taizhou table.</summary>
public class ClusterMapTest
{
    [Theory]
    [InlineData("3670", "auto")]        // 汽車零部件及配件製造 under division 36
    [InlineData("3611", "auto")]
    [InlineData("3741", "aviation")]
    [InlineData("5621", "aviation")]
    [InlineData("3525", "moulds")]
    [InlineData("2929", "moulds")]
    [InlineData("2710", "pharma")]
    [InlineData("2770", "pharma")]
    [InlineData("3855", "toilets")]
    [InlineData("3072", "toilets")]
    [InlineData("3553", "sewing")]
    [InlineData("3441", "pumps")]
    [InlineData("3812", "pumps")]
    [InlineData("3442", "other")]       // gas compressors: same group as pumps, not in the table
    [InlineData("3524", "other")]       // woodworking machinery, next to moulds
    [InlineData("1311", "other")]
    public void TaizhouDefault_MapsClasses(string code, string cluster)
    {
        Assert.Equal(cluster, ClusterMap.TaizhouDefault.Assign(IndustryCode.Parse(code)).Cluster.Code);
    }

    [Fact]
    public void TaizhouDefault_HasTheSevenClustersAndOtherLast()
    {
        Assert.Equal(["auto", "aviation", "moulds", "pharma", "toilets", "sewing", "pumps", "other"], ClusterMap.TaizhouDefault.Clusters.Select(c => c.Code));
    }

    [Fact]
    public void MostSpecificRule_Wins()
    {
        var a = new Cluster("a", "a", "甲");
        var b = new Cluster("b", "b", "乙");
        var map = new ClusterMap([new ClusterRule("36", a, "division"), new ClusterRule("3670", b, "class")], ClusterMap.OtherCluster);

        var parts = map.Assign(IndustryCode.Parse("3670"));
        var cars = map.Assign(IndustryCode.Parse("3611"));

        Assert.Equal("b", parts.Cluster.Code);
        Assert.Equal("3670", parts.Rule!.Prefix);
        Assert.Equal("a", cars.Cluster.Code);
        Assert.Equal(ClusterSource.Rule, cars.Source);
    }

    [Fact]
    public void Resolution_OverrideThenAssignedThenRuleThenOther()
    {
        var pumps = ClusterMap.TaizhouDefault.FindCluster("pumps")!;
        var sewing = ClusterMap.TaizhouDefault.FindCluster("sewing")!;
        var map = ClusterMap.TaizhouDefault.WithOverride("x", pumps);
        var overridden = Firms.Make("x", [(2021, 1m)], code: "3670", cluster: sewing);
        var assigned = Firms.Make("y", [(2021, 1m)], code: "3670", cluster: sewing);
        var ruled = Firms.Make("z", [(2021, 1m)], code: "3670");
        var unmatched = Firms.Make("w", [(2021, 1m)], code: "1311");

        Assert.Equal((pumps, ClusterSource.Override), Pair(map.Assign(overridden)));
        Assert.Equal((sewing, ClusterSource.Assigned), Pair(map.Assign(assigned)));
        Assert.Equal(ClusterSource.Rule, map.Assign(ruled).Source);
        Assert.Equal((ClusterMap.OtherCluster, ClusterSource.Unmatched), Pair(map.Assign(unmatched)));
    }

    [Fact]
    public void Constructor_RejectsADuplicatePrefix()
    {
        var a = new Cluster("a", "a", "甲");

        var ex = Assert.Throws<ArgumentException>(() => new ClusterMap([new ClusterRule("36", a, "x"), new ClusterRule("36", a, "y")], ClusterMap.OtherCluster));

        Assert.Contains("36 appears twice", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ClusterRule("3", a, "x"));
    }

    [Fact]
    public void Overrides_FromADictionary()
    {
        var a = new Cluster("a", "a", "甲");
        var map = new ClusterMap([], ClusterMap.OtherCluster, new Dictionary<string, Cluster> { ["f1"] = a });

        Assert.Equal(a, map.Assign(Firms.Make("f1", [(2021, 1m)])).Cluster);
        Assert.Equal(["a", "other"], map.Clusters.Select(c => c.Code));
    }

    private static (Cluster, ClusterSource) Pair(ClusterAssignment a) => (a.Cluster, a.Source);
}
