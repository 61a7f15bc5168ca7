using System;
using System.Linq;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Enterprises;

/// <summary>Tests for <see cref="Programme"/>: counts against targets with gaps, leaders per cluster, the pipeline. Expected values are hand calculations in the comments.</summary>
public class ProgrammeTest
{
    private static readonly ProgrammeTarget[] Targets2211 =
    [
        new(TierCodes.AircraftCarrier, 20, 2021),
        new(TierCodes.Flagship, 20, 2021),
        new(TierCodes.Listed, 100, 2021),
        new(TierCodes.Gazelle, 100, 2021),
    ];

    // 2021: A 120 and B 100 are aircraft-carriers; C 60 and D 50 flagships; E 10 neither; F is absent in 2021.
    private static readonly Enterprise[] Sample =
    [
        Firms.Make("A", [(2019, 90m), (2021, 120m)], code: "3670", county: "椒江區"),
        Firms.Make("B", [(2019, 70m), (2021, 100m)], code: "3441", county: "溫嶺市"),
        Firms.Make("C", [(2019, 60m), (2021, 60m)], code: "3611", county: "椒江區"),
        Firms.Make("D", [(2019, 50m), (2021, 50m)], code: "1311", county: "溫嶺市"),
        Firms.Make("E", [(2019, 10m), (2021, 10m)], code: "2710", county: "臨海市"),
        Firms.Make("F", [(2019, 0m), (2020, 200m)], code: "3670", county: "椒江區"),
    ];

    [Fact]
    public void Progress_CountsAgainstTargets_WithGaps()
    {
        var p = Programme.Progress(Sample, 2021, TierRules.Default, ClusterMap.TaizhouDefault, Targets2211);

        Assert.Equal(5, p.FirmCount);
        var carriers = p.Find(TierCodes.AircraftCarrier)!;
        Assert.Equal(["A", "B"], carriers.Firms.Select(f => f.Id));
        Assert.Equal(-18, carriers.Gap);
        Assert.False(carriers.IsMet);
        Assert.Equal(1, carriers.ByCluster.Single(g => g.Key == "auto").Count);
        Assert.Equal(1, carriers.ByCluster.Single(g => g.Key == "pumps").Count);
        Assert.Equal(0, carriers.ByCluster.Single(g => g.Key == "aviation").Count);
        Assert.Equal([new GroupCount("椒江區", 1), new GroupCount("溫嶺市", 1)], carriers.ByCounty);
        var flagships = p.Find(TierCodes.Flagship)!;
        Assert.Equal(["C", "D"], flagships.Firms.Select(f => f.Id));
        Assert.Equal(1, flagships.ByCluster.Single(g => g.Key == "other").Count);
        Assert.Equal(0, p.Find(TierCodes.Listed)!.Count);
        Assert.Equal(-100, p.Find(TierCodes.Listed)!.Gap);
        var adm = p.Find(TierCodes.AboveDesignatedSize)!;
        Assert.Null(adm.Target);
        Assert.Null(adm.Gap);
        Assert.Equal(5, adm.NotEvaluable);   // no revenue: not counted either way
    }

    [Fact]
    public void Progress_PrintsASummaryAndATierTable()
    {
        // Four targets, none met: 2 carriers of 20, 2 flagships of 20, 0 listed of 100, 0 gazelles of 100.
        var p = Programme.Progress(Sample, 2021, TierRules.Default, ClusterMap.TaizhouDefault, Targets2211);

        Assert.Equal($"Programme 2021: 5 firms, {p.Tiers.Length} tiers, 0 of 4 targets met", p.ToString());
        var lines = p.ToTextTable().Split('\n');
        Assert.Equal(p.ToString(), lines[0]);
        var carriers = lines.Single(l => l.StartsWith(TierCodes.AircraftCarrier + " ", StringComparison.Ordinal));
        // Columns two spaces or more apart: code, name, count, target, gap.
        var cells = System.Text.RegularExpressions.Regex.Split(carriers, " {2,}");
        Assert.Equal(["2", "20 by 2021", "-18"], cells[^3..]);
        Assert.Contains($"| {TierCodes.Listed} | ", p.ToMarkdown(), StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_RejectsCallerBugs()
    {
        var map = ClusterMap.TaizhouDefault;
        Assert.Throws<ArgumentException>(() => Programme.Progress(Sample, 2021, TierRules.Default, map, [new ProgrammeTarget("unicorn", 1, 2021)]));
        Assert.Throws<ArgumentException>(() => Programme.Progress(Sample, 2021, TierRules.Default, map, [Targets2211[0], Targets2211[0]]));
        Assert.Throws<ArgumentException>(() => Programme.Progress([Sample[0], Sample[0]], 2021, TierRules.Default, map, []));
    }

    [Fact]
    public void Leaders_TopKPerCluster_InMapOrder()
    {
        var leaders = Programme.Leaders(Sample, 2021, ClusterMap.TaizhouDefault, 2);

        Assert.Equal(["auto", "pharma", "pumps", "other"], leaders.Select(l => l.Cluster.Code));
        var auto = leaders[0];
        Assert.Equal(2, auto.FirmCount);
        Assert.Equal(["A", "C"], auto.Leaders.Select(r => r.Enterprise.Id));
        Assert.Equal([1, 2], auto.Leaders.Select(r => r.Rank));
        Assert.Equal(Amount.FromYiYuan(120m), auto.Leaders[0].Value);
        Assert.Throws<ArgumentOutOfRangeException>(() => Programme.Leaders(Sample, 2021, ClusterMap.TaizhouDefault, 0));
    }

    [Fact]
    public void Pipeline_SortedByRequiredGrowth_UndefinedLast()
    {
        // 2019 → 2021, two years, threshold 100 億元. A 90: (100/90)^(1/2) − 1 = 0.0540925533894598;
        // B 70: 0.1952286093343936; C 60: 0.2909944487358056; D 50: √2 − 1; E 10: √10 − 1; F 0: undefined.
        var pipe = Programme.Pipeline(Sample, 2019, TierRules.AircraftCarrier, 2021, ClusterMap.TaizhouDefault);

        Assert.Equal(2, pipe.Years);
        Assert.Equal(Amount.FromYiYuan(100m), pipe.Threshold);
        Assert.True(pipe.ThresholdInclusive);
        Assert.Equal(["A", "B", "C", "D", "E", "F"], pipe.Candidates.Select(c => c.Enterprise.Id));
        double[] expected = [0.0540925533894598, 0.1952286093343936, 0.2909944487358056, Math.Sqrt(2) - 1, Math.Sqrt(10) - 1];
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], pipe.Candidates[i].RequiredGrowth.GetFraction(), 1e-12);
        }

        Assert.Equal(GrowthUndefinedReason.ZeroBase, pipe.Candidates[5].RequiredGrowth.Reason);
        Assert.Equal(Amount.FromYiYuan(10m), pipe.Candidates[0].Shortfall);
        Assert.Equal("auto", pipe.Candidates[0].Cluster.Code);
    }

    [Fact]
    public void Pipeline_Flagship_ExcludesFirmsInOrAboveTheBand()
    {
        // 2021: A 120 and B 100 are above [50, 100), C 60 and D 50 in it; only E 10 is below: √5 − 1 over 2 years.
        var pipe = Programme.Pipeline(Sample, 2021, TierRules.Flagship, 2023, ClusterMap.TaizhouDefault);

        var only = Assert.Single(pipe.Candidates);
        Assert.Equal("E", only.Enterprise.Id);
        Assert.Equal(Math.Sqrt(5) - 1, only.RequiredGrowth.GetFraction(), 1e-12);
    }

    [Fact]
    public void Pipeline_RejectsNonBandRulesAndPastTargets()
    {
        Assert.Throws<ArgumentException>(() => Programme.Pipeline(Sample, 2019, TierRules.Listed, 2021, ClusterMap.TaizhouDefault));
        Assert.Throws<ArgumentOutOfRangeException>(() => Programme.Pipeline(Sample, 2021, TierRules.AircraftCarrier, 2021, ClusterMap.TaizhouDefault));
    }
}
