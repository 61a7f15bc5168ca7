using System.Collections.Generic;
using System.Globalization;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Samples;

/// <summary>
/// The embedded sample: the figures of the Taizhou (台州) municipal report of 2018-08-14 on January-June 2018 and the
/// "seven 100-billion-yuan industries" programme (七大千亿产业), exactly as published. Immutable.
/// </summary>
/// <remarks>
/// <para>
/// Source: "七马奔腾竞千亿!上半年台州这几个重要指数全省第一", 台州市委办, 2018-08-14. Values keep their published
/// precision (1042.27 亿元 has two decimals; 26.7 % one). Rates are fractions (0.267), a contribution in percentage
/// points is a fraction of the base total (0.091 = 9.1 points).
/// </para>
/// <para>Nothing here is derived: derived quantities (the implied 2017 base, the implied city total) are computed by the library, see <see cref="TaizhouReport"/>.</para>
/// </remarks>
public sealed partial class TaizhouSample
{
    private TaizhouSample()
    {
        Clusters = TaizhouClusters.All;
        ClustersWithoutStatistics = [TaizhouClusters.Aviation];
        Headlines =
        [
            new HeadlineIndicator("above_scale_value_added", "above-scale industrial value added", "规上工业增加值", "規上工業增加值", Period, Amount.FromYiYuan(529.0m), GrowthRate.FromPercent(11.0m), 1),
            new HeadlineIndicator("high_tech_value_added", "high-tech industry value added", "高新技术产业增加值", "高新技術產業增加值", Period, null, GrowthRate.FromPercent(16.9m), 1),
            new HeadlineIndicator("info_economy_core_value_added", "core information-economy manufacturing value added", "信息经济核心制造业增加值", "信息經濟核心製造業增加值", Period, null, GrowthRate.FromPercent(27.3m), 1),
        ];
        TierTargets =
        [
            new TierTarget(EnterpriseTier.AircraftCarrier, 20, TargetYear, "annual output over 100 亿元 (产值上百亿)", "annual output over 100 億元 (產值上百億)"),
            new TierTarget(EnterpriseTier.Flagship, 20, TargetYear, "annual output of 50-100 亿元", "annual output of 50-100 億元"),
            new TierTarget(EnterpriseTier.Listed, 100, TargetYear, "listed (上市企业)", "listed (上市企業)"),
            new TierTarget(EnterpriseTier.Gazelle, 100, TargetYear, "fast-growing (瞪羚企业)", "fast-growing (瞪羚企業)"),
        ];
        OtherFigures =
        [
            new SampleFigure("bay_platforms", "industrial platforms along the bay", "万亩亿级临港产业大平台", "萬畝億級臨港產業大平臺", 5m, "个"),
            new SampleFigure("platform_projects_2018", "major projects on the platforms in 2018", "重大项目", "重大項目", 200m, "个"),
            new SampleFigure("platform_investment_2018", "total investment of those projects (over)", "总投资超", "總投資超", 4100m, "亿元"),
            new SampleFigure("platform_gdp_2020", "the platforms' GDP by 2020", "生产总值", "生產總值", 2800m, "亿元"),
            new SampleFigure("platform_gdp_share_2020", "the platforms' share of the city's GDP by 2020", "占全市总量", "佔全市總量", 56m, "%"),
            new SampleFigure("cluster_projects_2018", "projects attracted for the seven clusters in 2018 so far", "引进项目", "引進項目", 27m, "个"),
            new SampleFigure("cluster_projects_investment_2018", "their total investment", "总投资", "總投資", 190m, "亿元"),
            new SampleFigure("enterprises_visited", "enterprises visited", "累计走访企业", "累計走訪企業", 4645m, "家"),
            new SampleFigure("problems_collected", "problems collected", "收集问题", "收集問題", 6005m, "个"),
            new SampleFigure("problems_closed", "problems closed or in process", "已完结或进入处理程序", "已完結或進入處理程序", 5344m, "个"),
            new SampleFigure("problems_closed_share", "share of problems closed or in process", "占比", "佔比", 89m, "%"),
            new SampleFigure("policies_issued", "pro-enterprise policies issued", "惠企政策已出台", "惠企政策已出臺", 37m, "个"),
            new SampleFigure("policies_drafted", "pro-enterprise policies being drafted", "正在拟定", "正在擬定", 43m, "个"),
            new SampleFigure("service_departments", "departments in the one-window service hall", "进驻部门", "進駐部門", 39m, "个"),
            new SampleFigure("service_matters", "high-frequency matters", "高频及常用事项", "高頻及常用事項", 1124m, "个"),
            new SampleFigure("approval_speedup", "approval speed-up (over)", "审批提速", "審批提速", 50m, "%"),
            new SampleFigure("approval_days_max", "approval before construction, at most", "开工前审批最多", "開工前審批最多", 30m, "天"),
            new SampleFigure("standard_land_share", "standard-land share of new industrial land (over)", "标准地供地比例", "標準地供地比例", 30m, "%"),
            new SampleFigure("standard_land_parcels", "standard-land parcels since June", "推出宗地", "推出宗地", 34m, "宗"),
            new SampleFigure("standard_land_area", "their area", "面积", "面積", 1140m, "亩"),
            new SampleFigure("talent_projects_2018", "500-elite talent projects in 2018", "500精英计划项目", "500精英計劃項目", 26m, "个"),
            new SampleFigure("talent_projects_in_clusters", "of which in the seven clusters", "涵盖七大千亿产业", "涵蓋七大千億產業", 22m, "个"),
            new SampleFigure("cadres_sent", "cadres sent to above-scale enterprises", "百名干部进百企", "百名幹部進百企", 100m, "名"),
        ];
    }

    /// <summary>Gets the sample (one immutable instance).</summary>
    public static TaizhouSample Instance { get; } = new();

    /// <summary>Gets the city: 台州 (Taizhou, Zhejiang).</summary>
    public string City { get; } = "台州";

    /// <summary>Gets the reporting period of the figures: January-June 2018 (2018年1-6月).</summary>
    public ReportingPeriod Period { get; } = ReportingPeriod.YearToDate(2018, 6);

    /// <summary>Gets the headline indicators: above-scale value added (529.0 亿元, +11.0 %), high-tech (+16.9 %) and core information-economy manufacturing (+27.3 %), each first in the province.</summary>
    public IReadOnlyList<HeadlineIndicator> Headlines { get; }

    /// <summary>Gets the seven clusters (七大千亿产业集群), in the article's order.</summary>
    public IReadOnlyList<Cluster> Clusters { get; }

    /// <summary>Gets the clusters with no statistics in 2018 (general aviation, 通用航空暂无统计数据).</summary>
    public IReadOnlyList<Cluster> ClustersWithoutStatistics { get; }

    /// <summary>Gets the seven clusters' combined output value (产值) in January-June 2018: 1042.27 亿元 (general aviation excluded).</summary>
    public Amount ClusterOutput { get; } = Amount.FromYiYuan(1042.27m);

    /// <summary>Gets the year-on-year growth of the clusters' output: +26.7 % (同比增长 26.7%).</summary>
    public GrowthRate ClusterOutputGrowth { get; } = GrowthRate.FromPercent(26.7m);

    /// <summary>
    /// Gets the clusters' contribution to the growth of the city's above-scale output value: 9.1 percentage points
    /// (拉动全市规上产值增速 9.1 个百分点), as a fraction of the city's base: 0.091.
    /// </summary>
    public double ClusterContribution { get; } = 0.091;

    /// <summary>
    /// Gets the clusters' figures as a row of the city's breakdown, exactly as printed, with their precision: current
    /// output 1042.27 亿元, growth 26.7 %, contribution 9.1 points (for <see cref="Implied"/> and <see cref="Breakdown"/>).
    /// </summary>
    public BreakdownRow ClusterRow { get; } = new BreakdownRow("seven clusters (七大千亿产业)", PublishedValue.Of(1042.27m), growthPercent: PublishedValue.Of(26.7m))
    {
        ContributionPoints = PublishedValue.Of(9.1m),
    };

    /// <summary>Gets the programme's target year: 2021.</summary>
    public int TargetYear { get; } = 2021;

    /// <summary>Gets the target for the clusters' output by 2021: over 5000 亿元 (产值超5000亿元).</summary>
    public Amount ClusterOutputTarget { get; } = Amount.FromYiYuan(5000m);

    /// <summary>Gets the target share of the clusters in above-scale industrial output by 2021: 70 %, as a fraction 0.70 (占规上工业总产值70%).</summary>
    public double ClusterShareTarget { get; } = 0.70;

    /// <summary>Gets the "2211" targets by 2021: 20 aircraft-carrier, 20 flagship, 100 listed and 100 gazelle firms.</summary>
    public IReadOnlyList<TierTarget> TierTargets { get; }

    /// <summary>Gets the target number of leading firms of national or global standing per cluster: at least 2.</summary>
    public int LeadingFirmsPerClusterMin { get; } = 2;

    /// <summary>Gets the target number of leading firms of national or global standing per cluster: at most 3.</summary>
    public int LeadingFirmsPerClusterMax { get; } = 3;

    /// <summary>Gets the target number of internationally competitive innovative leading firms by 2021: 10 or more.</summary>
    public int InnovativeLeadingFirmsTarget { get; } = 10;

    /// <summary>Gets the target number of listed technology firms by 2021: 100 or more.</summary>
    public int ListedTechnologyFirmsTarget { get; } = 100;

    /// <summary>Gets the target number of high-tech enterprises by 2021: 1000 or more.</summary>
    public int HighTechEnterprisesTarget { get; } = 1000;

    /// <summary>Gets the article's other figures (platforms, projects, services, reform), as published.</summary>
    public IReadOnlyList<SampleFigure> OtherFigures { get; }

    /// <summary>Returns a one-line summary: <c>Taizhou (台州) 2018-H1 sample: 3 headlines, 7 clusters, target 5000.00 亿元 by 2021</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Taizhou ({City}) {Period} sample: {Headlines.Count} headlines, {Clusters.Count} clusters, target {Published.Rounding.Format(ClusterOutputTarget.Value, 2)} {ClusterOutputTarget.Unit.ChineseSymbol} by {TargetYear}");
}
