using System.Collections.Generic;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Samples;

/// <summary>The outcomes published after the 2018 report for its 2021 targets, as printed, with their qualifiers.</summary>
public sealed partial class TaizhouSample
{
    private static ReportingPeriod Year(int year) => ReportingPeriod.CalendarYear(year);

    /// <summary>
    /// Gets where the outcomes were published: the Taizhou pages of China Daily (2021-02-05, 2022-01-18, 2022-02-10,
    /// 2022-11-23), Taizhou Daily (2021-08-06) and the Zhejiang provincial English portal (2023-03-07).
    /// </summary>
    public string OutcomeSources { get; } = "China Daily (Taizhou pages, 2021-02-05, 2022-01-18, 2022-02-10, 2022-11-23); Taizhou Daily, 2021-08-06; Zhejiang provincial English portal, 2023-03-07";

    /// <summary>Gets the year of the listed-company base: the end of 2017.</summary>
    public ReportingPeriod ListedCompaniesBasePeriod { get; } = Year(2017);

    /// <summary>Gets the number of listed companies at the end of 2017 (上市公司): 52, the base of the 2021 target of 100.</summary>
    public int ListedCompaniesBase { get; } = 52;

    /// <summary>Gets the number of listed companies published since: 62 at the end of 2020, 66 at the end of 2021.</summary>
    public IReadOnlyList<PlanOutcome> ListedCompanyOutcomes { get; } =
    [
        new PlanOutcome(Year(2020), PublishedValue.Of(62m)),
        new PlanOutcome(Year(2021), PublishedValue.Of(66m)),
    ];

    /// <summary>
    /// Gets the output (产值, 亿元) each of the seven clusters published after 2018, as printed and for the year printed:
    /// automobiles and parts 超1100 (2019), moulds 约200 (2021), pharmaceuticals 超600 (2021), sewing equipment 超200
    /// (2019), pumps and motors 约550 (2020, Wenling); general aviation and smart toilets published none. No seven-cluster
    /// total for 2021 was published.
    /// </summary>
    public IReadOnlyList<TotalComponent> ClusterOutcomes { get; } =
    [
        TotalComponent.Reported(TaizhouClusters.Auto.Code, Year(2019), PublishedValue.Of(1100m, FigureQualifier.Over)),
        TotalComponent.Missing(TaizhouClusters.Aviation.Code),
        TotalComponent.Reported(TaizhouClusters.Moulds.Code, Year(2021), PublishedValue.Of(200m, FigureQualifier.About)),
        TotalComponent.Reported(TaizhouClusters.Pharma.Code, Year(2021), PublishedValue.Of(600m, FigureQualifier.Over)),
        TotalComponent.Missing(TaizhouClusters.Toilets.Code),
        TotalComponent.Reported(TaizhouClusters.Sewing.Code, Year(2019), PublishedValue.Of(200m, FigureQualifier.Over)),
        TotalComponent.Reported(TaizhouClusters.Pumps.Code, Year(2020), PublishedValue.Of(550m, FigureQualifier.About)),
    ];

    /// <summary>Gets the above-scale industrial value added of 2021 (规上工业增加值): 1453.9 亿元.</summary>
    public Amount AboveScaleValueAdded2021 { get; } = Amount.FromYiYuan(1453.9m);

    /// <summary>Gets the growth of above-scale industrial value added in 2021: +12.4 % (at comparable prices), against the +11.0 % of January-June 2018.</summary>
    public GrowthRate AboveScaleValueAdded2021Growth { get; } = GrowthRate.FromPercent(12.4m);
}
