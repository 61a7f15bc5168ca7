using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Targets;

namespace Taizhou.Metrics.Samples;

/// <summary>The 2021 verdict: the 2018 targets evaluated against the outcomes published since (<see cref="TaizhouSample.ListedCompanyOutcomes"/> and the rest).</summary>
public sealed partial class TaizhouReport
{
    /// <summary>
    /// Gets the listed-company target (100 by 2021, from 52 at the end of 2017) against the published counts: 66 in 2021,
    /// missed by 34, attainment 66 %; (100 / 52)^(1/4) − 1 = +17.76 % a year was required, (66 / 52)^(1/4) − 1 = +6.14 %
    /// was achieved.
    /// </summary>
    public PlanEvaluation ListedCompaniesVerdict { get; }

    /// <summary>
    /// Gets the seven-cluster target (over 5000 亿元 by 2021) against the clusters that published a figure since: not
    /// evaluable, with a lower bound of 2612.5 亿元 (超1100 + 超600 + 超200 + 约200 and 约550 less 5 %) from 5 of 7
    /// clusters, for 2019 to 2021.
    /// </summary>
    public TotalAgainstTarget ClusterOutputVerdict { get; }

    /// <summary>
    /// Gets the "2211" tier targets other than the listed companies (aircraft-carrier, flagship and gazelle firms, in
    /// the order of <see cref="TaizhouSample.TierTargets"/>, each named by its tier code), each not evaluable: neither
    /// their 2021 counts nor their 2017 bases were published.
    /// </summary>
    public IReadOnlyList<PlanEvaluation> TierVerdicts { get; }

    /// <summary>Gets the growth of above-scale value added in 2021 (+12.4 %) less its growth in January-June 2018 (+11.0 %), the 2018 pace: +1.4 points, as a fraction (0.014).</summary>
    public double ValueAddedGrowthAbove2018Pace =>
        Sample.AboveScaleValueAdded2021Growth.GetFraction() - Sample.Headlines.Single(h => h.Code == "above_scale_value_added").Growth.GetFraction();

    private static PlanEvaluation ListedVerdict(TaizhouSample sample) => PlanTarget.Count(
        "listed companies",
        sample.ListedCompaniesBasePeriod,
        sample.ListedCompaniesBase,
        ReportingPeriod.CalendarYear(sample.TargetYear),
        sample.TierTargets.Single(t => t.Tier == EnterpriseTier.Listed).Count).Evaluate(sample.ListedCompanyOutcomes);

    private static TotalAgainstTarget ClusterVerdict(TaizhouSample sample) => TotalAgainstTarget.Of(
        new ValueTarget("seven-cluster output", ReportingPeriod.CalendarYear(sample.TargetYear), sample.ClusterOutputTarget.Value, strict: true, ReportingPeriod.CalendarYear(2017)),
        PartialTotal.Of(sample.ClusterOutcomes));

    private static PlanEvaluation[] TierVerdictsOf(TaizhouSample sample) =>
        [.. sample.TierTargets.Where(t => t.Tier != EnterpriseTier.Listed).Select(t => PlanTarget.Count(TierCodes.Of(t.Tier), sample.ListedCompaniesBasePeriod, null, ReportingPeriod.CalendarYear(t.Year), t.Count).Evaluate([]))];
}
