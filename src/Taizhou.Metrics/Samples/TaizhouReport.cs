using System;
using System.Collections.Generic;
using System.Globalization;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Samples;

/// <summary>
/// The Taizhou January-June 2018 report, computed by the library from a <see cref="TaizhouSample"/>: the clusters'
/// implied 2017 base and increase, the city's implied above-scale output from the 9.1-point contribution, and the
/// growth needed to reach the 2021 target. Every figure is derived here from the published ones; none is typed in.
/// </summary>
/// <remarks>
/// <para>Derivations (rates as fractions):</para>
/// <list type="bullet">
/// <item>implied base = output / (1 + growth) = 1042.27 / 1.267 = 822.63 亿元 (<see cref="Growth.ImpliedBase"/>);</item>
/// <item>increase = output − implied base = 219.64 亿元;</item>
/// <item>city above-scale output a year earlier = increase / contribution = 219.64 / 0.091 = 2413.6 亿元 (<see cref="Contributions.ImpliedBaseTotal"/>);</item>
/// <item>full year 2018 = Jan-Jun × 12 / 6 (run rate: the sample has no seasonal history, so no other method applies) = 2084.54 亿元 (<see cref="FullYear.FromRunRate"/>);</item>
/// <item>required annual growth = (5000 / 2084.54)^(1/3) − 1 (<see cref="Projections.RequiredGrowth"/>);</item>
/// <item>2021 at current growth = 2084.54 × 1.267^3, assuming the January-June growth holds every year (<see cref="Projections.ConstantGrowth"/>).</item>
/// </list>
/// <para>
/// The estimates use the figures as printed; the <c>*Bounds</c> properties give the range each derived figure can take
/// given the rounding of the published ones (<see cref="Implied"/>).
/// </para>
/// </remarks>
public sealed partial class TaizhouReport
{
    private TaizhouReport(TaizhouSample sample)
    {
        Sample = sample;
        ImpliedClusterBase = Amount.Of(Growth.ImpliedBase(sample.ClusterOutput.Value, sample.ClusterOutputGrowth), sample.ClusterOutput.Unit);
        ClusterIncrease = sample.ClusterOutput - ImpliedClusterBase;
        ImpliedCityBase = Amount.Of(Contributions.ImpliedBaseTotal(ClusterIncrease.Value, sample.ClusterContribution), sample.ClusterOutput.Unit);
        var row = sample.ClusterRow;
        ImpliedClusterBaseBounds = Implied.Base(row.Current, row.GrowthPercent!.Value).GetBounds();
        ClusterIncreaseBounds = Implied.Increase(row.Current, row.GrowthPercent!.Value).GetBounds();
        ImpliedCityBaseBounds = Implied.BaseTotal(row.Current, row.GrowthPercent!.Value, row.ContributionPoints!.Value).GetBounds();
        FullYearEstimate = FullYear.FromRunRate(sample.Period, sample.ClusterOutput.Value);
        var target = sample.ClusterOutputTarget.In(sample.ClusterOutput.Unit);
        YearsToTarget = sample.TargetYear - sample.Period.Year;
        RequiredGrowth = Projections.RequiredGrowth(FullYearEstimate.Value, target.Value, YearsToTarget);
        ProjectedAtCurrentGrowth = Amount.Of(Projections.ConstantGrowth(FullYearEstimate.Value, sample.ClusterOutputGrowth, YearsToTarget), sample.ClusterOutput.Unit);
        ProjectedGap = ProjectedAtCurrentGrowth - target;
        RestOfEconomyBase = ImpliedCityBase - ImpliedClusterBase;
        RestOfEconomyFullYearEstimate = FullYear.FromRunRate(BasePeriod, RestOfEconomyBase.Value);
        RestCeiling = Requirements.RestOfTotal(
            target.Value,
            new ShareTarget("seven clusters' share of above-scale output", ReportingPeriod.CalendarYear(sample.TargetYear), sample.ClusterShareTarget),
            RestOfEconomyFullYearEstimate);
        ShareTargetImpliedTotal = Amount.Of(RestCeiling.TotalAtTarget, target.Unit);
        ListedCompaniesVerdict = ListedVerdict(sample);
        ClusterOutputVerdict = ClusterVerdict(sample);
        TierVerdicts = TierVerdictsOf(sample);
        GrowthAssumption = string.Create(
            CultureInfo.InvariantCulture,
            $"The clusters' year-on-year growth of {Period.ToString(PeriodNotation.Iso)} ({sample.ClusterOutputGrowth}) holds in every year from {sample.Period.Year} to {sample.TargetYear}.");
    }

    /// <summary>Gets the sample the report is computed from.</summary>
    public TaizhouSample Sample { get; }

    /// <summary>Gets the reporting period: 2018年1-6月.</summary>
    public ReportingPeriod Period => Sample.Period;

    /// <summary>Gets the base period of the year-on-year comparison: 2017年1-6月.</summary>
    public ReportingPeriod BasePeriod => Sample.Period.SameTimeLastYear();

    /// <summary>Gets the headline indicators, as published.</summary>
    public IReadOnlyList<HeadlineIndicator> Headlines => Sample.Headlines;

    /// <summary>Gets the clusters' output in the period (1042.27 亿元), as published.</summary>
    public Amount ClusterOutput => Sample.ClusterOutput;

    /// <summary>Gets the clusters' year-on-year growth (+26.7 %), as published.</summary>
    public GrowthRate ClusterGrowth => Sample.ClusterOutputGrowth;

    /// <summary>Gets the clusters' contribution to the city's above-scale output growth, as a fraction of the base (0.091 = 9.1 points), as published.</summary>
    public double ClusterContribution => Sample.ClusterContribution;

    /// <summary>Gets the clusters' output a year earlier implied by the published level and growth: 1042.27 / 1.267 = 822.63 亿元.</summary>
    public Amount ImpliedClusterBase { get; }

    /// <summary>Gets the clusters' increase on a year earlier: 219.64 亿元.</summary>
    public Amount ClusterIncrease { get; }

    /// <summary>Gets the city's above-scale output a year earlier implied by the 9.1-point contribution: 219.64 / 0.091 = 2413.6 亿元.</summary>
    public Amount ImpliedCityBase { get; }

    /// <summary>Gets the range of the implied clusters' base given the rounding of 1042.27 and 26.7 %: [822.30, 822.96] 亿元.</summary>
    public Interval ImpliedClusterBaseBounds { get; }

    /// <summary>Gets the range of the clusters' increase given the rounding of the published figures: [219.32, 219.97] 亿元.</summary>
    public Interval ClusterIncreaseBounds { get; }

    /// <summary>Gets the range of the implied city base given the rounding of 1042.27, 26.7 % and 9.1 points: [2396.9, 2430.6] 亿元 (FIGURES.md).</summary>
    public Interval ImpliedCityBaseBounds { get; }

    /// <summary>Gets the full-year estimate of the clusters' 2018 output, with its method and assumption.</summary>
    public FullYearEstimate FullYearEstimate { get; }

    /// <summary>Gets the target year (2021).</summary>
    public int TargetYear => Sample.TargetYear;

    /// <summary>Gets the target for the clusters' output (5000 亿元).</summary>
    public Amount Target => Sample.ClusterOutputTarget;

    /// <summary>Gets the number of years from the estimated full year to the target year (3).</summary>
    public int YearsToTarget { get; }

    /// <summary>Gets the constant annual growth the clusters need from the 2018 full-year estimate to reach the target.</summary>
    public GrowthRate RequiredGrowth { get; }

    /// <summary>Gets the clusters' output in the target year if the current growth holds (see <see cref="GrowthAssumption"/>).</summary>
    public Amount ProjectedAtCurrentGrowth { get; }

    /// <summary>Gets the projected output minus the target: negative when the target would be missed.</summary>
    public Amount ProjectedGap { get; }

    /// <summary>Gets whether the projection at current growth reaches the target.</summary>
    public bool OnTrack => ProjectedGap.Value >= 0m;

    /// <summary>Gets the assumption of the projection at current growth, in one English sentence.</summary>
    public string GrowthAssumption { get; }

    /// <summary>Gets the total above-scale output that the 70 % share target implies when the clusters just meet their target: 5000 / 0.7 = 7142.9 亿元.</summary>
    public Amount ShareTargetImpliedTotal { get; }

    /// <summary>
    /// Gets the rest of the city's above-scale output a year earlier (all but the clusters), implied by the published
    /// figures: city base − clusters' base = 2413.6 − 822.6 = 1591.0 亿元 (January-June 2017).
    /// </summary>
    public Amount RestOfEconomyBase { get; }

    /// <summary>Gets the full-year estimate of the rest for the base year (run rate: January-June × 12 / 6), the base of <see cref="RestCeiling"/>.</summary>
    public FullYearEstimate RestOfEconomyFullYearEstimate { get; }

    /// <summary>
    /// Gets what the 70 % share target requires of the rest of above-scale industry when the clusters reach their
    /// 5000 亿元: the rest may be at most 5000 × 0.3 / 0.7 = 2142.9 亿元 in 2021, so it must shrink from its 2017 level.
    /// </summary>
    public RestCeiling RestCeiling { get; }

    /// <summary>
    /// Gets the projection methods the sample supports and why the others do not apply: only constant growth, since the
    /// sample holds a single half-year; a log-linear trend needs at least 3 annual values and Holt smoothing at least 4.
    /// </summary>
    public string ProjectionMethodsNote { get; } = "Only constant growth applies: the sample holds one half-year (2018年1-6月). A log-linear trend needs at least 3 annual values and Holt smoothing at least 4; feed a history to `taizhou-metrics project` for those.";

    /// <summary>Computes the report from a sample.</summary>
    /// <param name="sample">The sample, usually <see cref="TaizhouSample.Instance"/>.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sample"/> is null.</exception>
    public static TaizhouReport Compute(TaizhouSample sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        return new TaizhouReport(sample);
    }
}
