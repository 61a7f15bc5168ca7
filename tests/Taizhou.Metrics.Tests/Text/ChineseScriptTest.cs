using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Samples;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Text;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Text;

/// <summary>
/// The library's Chinese in both scripts: Simplified by default, Traditional on request. Every expected name below is
/// written by hand (the Simplified forms as mainland releases print them: 亿元, 规上, 拉动, 贡献率, 累计).
/// </summary>
public sealed class ChineseScriptTest
{
    /// <summary>Characters written only in Traditional text, each with its Simplified form at the same index of <see cref="SimplifiedOnly"/>.</summary>
    private const string TraditionalOnly = "億萬規計業統產長動貢獻與數個據內區實標準際參達絕約總餘負縮徑檢恆範圍價權義殘佔佈車醫藥馬縫製設備電機劃辦畝項資頻審開進駐擬幹蓋問題處";

    private const string SimplifiedOnly = "亿万规计业统产长动贡献与数个据内区实标准际参达绝约总余负缩径检恒范围价权义残占布车医药马缝制设备电机划办亩项资频审开进驻拟干盖问题处";

    private static readonly ReportingPeriod January = ReportingPeriod.YearToDate(2018, 1);

    [Fact]
    public void Default_IsSimplified() => Assert.Equal(ChineseScript.Simplified, default);

    [Theory]
    [InlineData("2018-01..01", "2018年1月累计", "2018年1月累計")]
    [InlineData("2018-03/04", "2018年3-4月合计", "2018年3-4月合計")]
    [InlineData("2018-01..06", "2018年1-6月", "2018年1-6月")]
    [InlineData("2018-06", "2018年6月", "2018年6月")]
    [InlineData("2018Q2", "2018年二季度", "2018年二季度")]
    [InlineData("2018H1", "2018年上半年", "2018年上半年")]
    [InlineData("2018", "2018年", "2018年")]
    public void Period_ChineseNotation_IsSimplified_ChineseTraditionalIsTraditional(string iso, string simplified, string traditional)
    {
        var period = ReportingPeriod.Parse(iso);

        Assert.Equal(simplified, period.ToString(PeriodNotation.Chinese));
        Assert.Equal(simplified, period.ToString("C", null));
        Assert.Equal(simplified, $"{period:C}");
        Assert.Equal(traditional, period.ToString(PeriodNotation.ChineseTraditional));
        Assert.Equal(traditional, period.ToString("CT", null));
        Assert.Equal(period, ReportingPeriod.Parse(simplified));
        Assert.Equal(period, ReportingPeriod.Parse(traditional));
    }

    [Fact]
    public void Period_UnknownFormat_NamesBothChineseFormats()
    {
        var ex = Assert.Throws<FormatException>(() => January.ToString("T", null));

        Assert.Contains("\"C\" (Chinese, Simplified) or \"CT\" (Chinese, Traditional)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("yuan", "元", "元")]
    [InlineData("wan", "万元", "萬元")]
    [InlineData("yi", "亿元", "億元")]
    [InlineData("count", "个", "個")]
    [InlineData("percent", "%", "%")]
    [InlineData("index", "指数", "指數")]
    public void Unit_ChineseSymbol_InEachScript(string code, string simplified, string traditional)
    {
        var unit = MetricUnit.Parse(code);

        Assert.Equal(simplified, unit.ChineseSymbol);
        Assert.Equal(simplified, unit.ToString());
        Assert.Equal(simplified, unit.GetChineseSymbol(ChineseScript.Simplified));
        Assert.Equal(traditional, unit.GetChineseSymbol(ChineseScript.Traditional));
        Assert.Equal(unit, MetricUnit.Parse(simplified));
        Assert.Equal(unit, MetricUnit.Parse(traditional));
    }

    [Fact]
    public void Amount_Text_IsSimplifiedByDefault_TraditionalOnRequest()
    {
        var amount = Amount.FromYiYuan(1042.27m);

        Assert.Equal("1042.27 亿元", amount.ToString());
        Assert.Equal("1042.27 亿元", amount.ToString("F2", ChineseScript.Simplified));
        Assert.Equal("1042.27 億元", amount.ToString("F2", ChineseScript.Traditional));
        Assert.Equal("4,645.0 萬元", Amount.FromWanYuan(4645m).ToString("N1", ChineseScript.Traditional));
    }

    [Fact]
    public void TierCriterion_Text_InEachScript()
    {
        var flagship = TierRules.Flagship.Versions[0].Criterion;

        Assert.Equal("output [50 亿元, 100 亿元)", flagship.ToString());
        Assert.Equal("output [50 億元, 100 億元)", flagship.ToString(ChineseScript.Traditional));
        Assert.Equal("revenue ≥ 2000 萬元", TierRules.AboveDesignatedSize.VersionFor(2021)!.Criterion.ToString(ChineseScript.Traditional));
        Assert.Equal(
            "large under NBS 2017 (統計上大中小微型企業劃分辦法), industry",
            TierRules.SizeLarge.Versions[0].Criterion.ToString(ChineseScript.Traditional));
        Assert.Equal(
            "large under NBS 2017 (统计上大中小微型企业划分办法), industry",
            TierRules.SizeLarge.Versions[0].Criterion.ToString());
    }

    [Fact]
    public void Clusters_TheSeven_InEachScript()
    {
        var clusters = TaizhouSample.Instance.Clusters;

        Assert.Equal(
            ["汽车及零部件", "通用航空", "模具与塑料", "医药医化", "智能马桶", "缝制设备", "泵与电机"],
            clusters.Select(c => c.ChineseName));
        Assert.Equal(clusters.Select(c => c.ChineseName), clusters.Select(c => c.GetChineseName(ChineseScript.Simplified)));
        Assert.Equal(
            ["汽車及零部件", "通用航空", "模具與塑料", "醫藥醫化", "智能馬桶", "縫製設備", "泵與電機"],
            clusters.Select(c => c.GetChineseName(ChineseScript.Traditional)));
    }

    [Fact]
    public void Cluster_WithoutATraditionalName_UsesTheNameInBoth()
    {
        var one = new Cluster("a", "a", "甲");
        var two = new Cluster("b", "b", "汽车", "汽車");

        Assert.Equal("甲", one.GetChineseName(ChineseScript.Traditional));
        Assert.Equal("汽车", two.ChineseName);
        Assert.Equal("汽車", two.GetChineseName(ChineseScript.Traditional));
        Assert.Throws<ArgumentException>(() => new Cluster("c", "c", "甲", " "));
        Assert.Throws<ArgumentOutOfRangeException>(() => two.GetChineseName((ChineseScript)2));
    }

    [Fact]
    public void TierRules_Default_InEachScript()
    {
        var rules = TierRules.Default.Rules;

        Assert.Equal(
            ["航母企业", "旗航企业", "上市企业", "瞪羚企业", "高成长企业", "规模以上", "大型企业", "中型企业", "小型企业", "微型企业"],
            rules.Select(r => r.ChineseName));
        Assert.Equal(
            ["航母企業", "旗航企業", "上市企業", "瞪羚企業", "高成長企業", "規模以上", "大型企業", "中型企業", "小型企業", "微型企業"],
            rules.Select(r => r.GetChineseName(ChineseScript.Traditional)));
    }

    [Fact]
    public void Sample_Names_InEachScript()
    {
        var s = TaizhouSample.Instance;

        Assert.Equal(["规上工业增加值", "高新技术产业增加值", "信息经济核心制造业增加值"], s.Headlines.Select(h => h.ChineseName));
        Assert.Equal(["規上工業增加值", "高新技術產業增加值", "信息經濟核心製造業增加值"], s.Headlines.Select(h => h.GetChineseName(ChineseScript.Traditional)));
        Assert.Equal("annual output over 100 亿元 (产值上百亿)", s.TierTargets[0].Criterion);
        Assert.Equal("annual output over 100 億元 (產值上百億)", s.TierTargets[0].GetCriterion(ChineseScript.Traditional));
        var visited = s.OtherFigures.Single(f => f.Code == "enterprises_visited");
        Assert.Equal("累计走访企业", visited.Chinese);
        Assert.Equal("累計走訪企業", visited.GetChinese(ChineseScript.Traditional));
        var area = s.OtherFigures.Single(f => f.Code == "standard_land_area");
        Assert.Equal(("面积", "亩"), (area.Chinese, area.Unit));
        Assert.Equal(("面積", "畝"), (area.GetChinese(ChineseScript.Traditional), area.GetUnit(ChineseScript.Traditional)));
        var platforms = s.OtherFigures.Single(f => f.Code == "bay_platforms");
        Assert.Equal(("万亩亿级临港产业大平台", "个"), (platforms.Chinese, platforms.Unit));
        Assert.Equal(("萬畝億級臨港產業大平臺", "個"), (platforms.GetChinese(ChineseScript.Traditional), platforms.GetUnit(ChineseScript.Traditional)));
        Assert.Equal("seven clusters (七大千亿产业)", s.ClusterRow.Name);
    }

    [Fact]
    public void CheckIdentities_InEachScript()
    {
        // 工业 5.1 points of a total growing 8.5 %: the identities of 拉动 and 贡献率 are both checked.
        var parts = new[]
        {
            new BreakdownRow("A", PublishedValue.Of(529.0m), growthPercent: PublishedValue.Of(10.1m)) { ContributionPoints = PublishedValue.Of(5.1m), ContributionRatePercent = PublishedValue.Of(60m) },
            new BreakdownRow("B", PublishedValue.Of(513.27m), growthPercent: PublishedValue.Of(6.9m)),
        };

        var findings = Breakdown.Check(parts, null).Findings;

        var points = findings.First(f => f.Figure == "contribution_pp");
        Assert.Equal("拉动 = (part[t] − part[t−1]) / total[t−1] × 100", points.Identity);
        Assert.Equal("拉動 = (part[t] − part[t−1]) / total[t−1] × 100", points.GetIdentity(ChineseScript.Traditional));
        var rate = findings.First(f => f.Figure == "contribution_rate");
        Assert.Equal("贡献率 = (part[t] − part[t−1]) / (total[t] − total[t−1]) × 100", rate.GetIdentity(ChineseScript.Simplified));
        Assert.Equal("貢獻率 = (part[t] − part[t−1]) / (total[t] − total[t−1]) × 100", rate.GetIdentity(ChineseScript.Traditional));
    }

    [Fact]
    public void EveryLibraryName_IsInOneScriptOnly()
    {
        foreach (var (simplified, traditional) in AllNames())
        {
            Assert.False(simplified.Any(c => TraditionalOnly.Contains(c, StringComparison.Ordinal)), $"'{simplified}' has a Traditional-only character");
            Assert.False(traditional.Any(c => SimplifiedOnly.Contains(c, StringComparison.Ordinal)), $"'{traditional}' has a Simplified-only character");
        }
    }

    [Fact]
    public void CharacterLists_PairUp() => Assert.Equal(TraditionalOnly.Length, SimplifiedOnly.Length);

    private static IEnumerable<(string Simplified, string Traditional)> AllNames()
    {
        var s = TaizhouSample.Instance;
        foreach (var unit in new[] { MetricUnit.Yuan, MetricUnit.WanYuan, MetricUnit.YiYuan, MetricUnit.Count, MetricUnit.Percent, MetricUnit.Index })
        {
            yield return (unit.ChineseSymbol, unit.GetChineseSymbol(ChineseScript.Traditional));
        }

        foreach (var c in ClusterMap.TaizhouDefault.Clusters)
        {
            yield return (c.ChineseName, c.GetChineseName(ChineseScript.Traditional));
        }

        foreach (var r in TierRules.Default.Rules)
        {
            yield return (r.ChineseName, r.GetChineseName(ChineseScript.Traditional));
            foreach (var v in r.Versions)
            {
                yield return (v.Criterion.ToString(), v.Criterion.ToString(ChineseScript.Traditional));
            }
        }

        foreach (var h in s.Headlines)
        {
            yield return (h.ChineseName, h.GetChineseName(ChineseScript.Traditional));
        }

        foreach (var t in s.TierTargets)
        {
            yield return (t.Criterion, t.GetCriterion(ChineseScript.Traditional));
        }

        foreach (var f in s.OtherFigures)
        {
            yield return (f.Chinese, f.GetChinese(ChineseScript.Traditional));
            yield return (f.Unit, f.GetUnit(ChineseScript.Traditional));
        }

        yield return (January.ToString(PeriodNotation.Chinese), January.ToString(PeriodNotation.ChineseTraditional));
        yield return (ReportingPeriod.Parse("2018-03/04").ToString(PeriodNotation.Chinese), ReportingPeriod.Parse("2018-03/04").ToString(PeriodNotation.ChineseTraditional));
    }
}
