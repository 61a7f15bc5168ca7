using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// A plan target (规划目标) evaluated against the outcomes published since its base, as of a year: the attainment
/// (完成率), the average growth achieved against the growth required (实际年均增速 / 所需年均增速), the year the target was
/// reached or would be at the pace achieved, the completion against the time elapsed (时间进度), the pace the remaining
/// years need, and a verdict (met, missed by how much, undetermined within a qualifier's uncertainty, or not evaluable
/// naming the missing outcome).
/// </summary>
/// <remarks>
/// <para>With B the base value, L the target level (<see cref="PlanTarget.TargetLevel"/>), A the latest outcome as
/// printed (a share divided by 100), n the years from the base to the target year and m the years from the base to the
/// latest outcome:</para>
/// <code>
/// attainment (完成率)      A / L                         (up)
///                         (B − A) / (B − L)             (down: the share of the required fall achieved)
///                         achieved / required growth    (an average-growth target)
/// achieved growth         (A / B)^(1/m) − 1
/// shortfall               L − A (up), A − L (down): positive when short
/// completion              (A − B) / (L − B), the share of the required change done, against
/// time progress (时间进度)  years elapsed to the as-of year / n, at most 1
/// pace for the rest       (L / A)^(1 / (n − m)) − 1
/// reached at pace         base year + ⌈ln(L / B) / ln(1 + achieved)⌉
/// </code>
/// <para>
/// Without a published base value (<see cref="PlanTarget.BaseValue"/> null) the growth figures, the completion and
/// the pace are undefined or null; the attainment of a rising target and the verdict remain.
/// </para>
/// <para>
/// <b>Qualifiers.</b> A plain outcome is compared as printed: 66 against 100 misses, 100 against 100 meets (the bureau
/// counts a figure equal to the target as met, whatever its rounding). A qualified outcome is compared through its range
/// (<see cref="PublishedValue.Range(QualifierTolerance)"/>): 超600 meets a target of 600 or less (every value it stands
/// for is above 600); 约5000 against 5000 straddles it and is <see cref="PlanVerdict.Undetermined"/>; 近100 misses 100.
/// The estimates (attainment, growth, shortfall) use the printed figure; the completion's bounds come from the range.
/// </para>
/// <para>
/// <b>Which outcomes count.</b> Outcomes at or before the base year, and after the as-of year, are ignored. The verdict
/// at or after the target year is the target year's outcome's: <see cref="PlanVerdict.NotEvaluable"/> when there is
/// none (an earlier year that already met the target is still reported in <see cref="ReachedIn"/>). Before the target
/// year the verdict is <see cref="PlanVerdict.Met"/> if an outcome already meets the target (提前完成) and
/// <see cref="PlanVerdict.InProgress"/> otherwise. The latest outcome used for the estimates is the latest at or before
/// the target year.
/// </para>
/// </remarks>
public sealed class PlanEvaluation
{
    private readonly double scale;

    private PlanEvaluation(PlanTarget target, ImmutableArray<PlanOutcome> outcomes, ReportingPeriod asOf, QualifierTolerance tolerance)
    {
        Target = target;
        AsOf = asOf;
        Tolerance = tolerance;
        Outcomes = outcomes;
        scale = target.Kind == PlanTargetKind.Share ? 0.01 : 1.0;
        bool hasBase = target.BaseValue is not null;
        double b = (double)target.BaseValue.GetValueOrDefault(), l = target.TargetLevel;
        bool up = target.Direction == TargetDirection.Up;

        foreach (var o in outcomes)
        {
            if (Meets(o))
            {
                ReachedIn = o.Period;
                break;
            }
        }

        PlanOutcome? latest = null;
        foreach (var o in outcomes)
        {
            if (o.Period <= target.TargetPeriod)
            {
                latest = o;
            }
        }

        Latest = latest;
        double elapsed = asOf <= target.BasePeriod ? 0.0 : Requirements.YearsBetween(target.BasePeriod, asOf);
        TimeProgress = Math.Min(1.0, elapsed / target.Years);

        if (latest is { } last)
        {
            decimal a = last.Value.Value * (decimal)scale;
            double av = (double)a;
            double m = Requirements.YearsBetween(target.BasePeriod, last.Period);
            AchievedGrowth = hasBase ? Growth.Cagr(target.BaseValue.GetValueOrDefault(), a, m) : GrowthRate.Undefined(GrowthUndefinedReason.MissingBase);
            Shortfall = up ? l - av : av - l;
            ShortfallShare = Shortfall / l;
            Attainment = target.Kind == PlanTargetKind.AverageGrowth
                ? (AchievedGrowth.TryGetValue(out double g0) && target.RequiredGrowth.GetFraction() != 0.0 ? g0 / target.RequiredGrowth.GetFraction() : null)
                : up ? av / l : (hasBase && b != l ? (b - av) / (b - l) : null);
            if (hasBase && l != b)
            {
                var range = Range(last);
                double estimate = (av - b) / (l - b);
                Completion = range.IsBoundedAbove
                    ? new BoundedEstimate(estimate, Ordered((range.Lower - b) / (l - b), (range.Upper - b) / (l - b)))
                    : BoundedEstimate.Unbounded(estimate);
                AheadOfTime = TargetProgress.AheadOfTime(Completion.Value, TimeProgress);
            }

            if (last.Period < target.TargetPeriod)
            {
                RemainingYears = Requirements.YearsBetween(last.Period, target.TargetPeriod);
                RequiredPaceForRest = Projections.RequiredGrowth(a, (decimal)l, RemainingYears.Value);
            }

            if (hasBase && ReachedIn is null && AchievedGrowth.TryGetValue(out double g) && g > -1.0)
            {
                double t = Math.Log(l / b) / Math.Log(1.0 + g);
                if (double.IsFinite(t) && t > 0.0 && (up ? g > 0.0 : g < 0.0))
                {
                    YearsToReachAtPace = t;
                    double year = target.BasePeriod.Year + Math.Ceiling(t - 1e-9);
                    ReachedAtPaceIn = year <= ReportingPeriod.MaxYear ? ReportingPeriod.CalendarYear((int)year) : null;
                }
            }
        }
        else
        {
            AchievedGrowth = GrowthRate.Undefined(GrowthUndefinedReason.MissingCurrent);
        }

        if (asOf >= target.TargetPeriod)
        {
            PlanOutcome? final = outcomes.Where(o => o.Period == target.TargetPeriod).Select(o => (PlanOutcome?)o).FirstOrDefault();
            if (final is not { } f)
            {
                Verdict = PlanVerdict.NotEvaluable;
                MissingOutcome = $"no outcome of '{target.Name}' for {target.TargetPeriod} was published";
            }
            else
            {
                Verdict = Meets(f) ? PlanVerdict.Met : Misses(f) ? PlanVerdict.Missed : PlanVerdict.Undetermined;
            }
        }
        else
        {
            Verdict = ReachedIn is not null ? PlanVerdict.Met : PlanVerdict.InProgress;
        }
    }

    /// <summary>Gets the target.</summary>
    public PlanTarget Target { get; }

    /// <summary>Gets the year the evaluation is as of (the target year for an evaluation after the plan).</summary>
    public ReportingPeriod AsOf { get; }

    /// <summary>Gets the tolerances the qualified outcomes were read with.</summary>
    public QualifierTolerance Tolerance { get; }

    /// <summary>Gets the outcomes that count (after the base year, up to the as-of year), in order.</summary>
    public ImmutableArray<PlanOutcome> Outcomes { get; }

    /// <summary>Gets the latest outcome at or before the target year, or null when none was published.</summary>
    public PlanOutcome? Latest { get; }

    /// <summary>Gets the verdict.</summary>
    public PlanVerdict Verdict { get; }

    /// <summary>Gets what is missing when the verdict is <see cref="PlanVerdict.NotEvaluable"/> (the outcome of the target year), or null.</summary>
    public string? MissingOutcome { get; }

    /// <summary>Gets the attainment (完成率), a fraction (0.66 = 66 %; see the remarks for each kind), or null without an outcome or when undefined (a required growth of zero).</summary>
    public double? Attainment { get; }

    /// <summary>Gets the constant annual growth the target required from the base (所需年均增速); the same as <see cref="PlanTarget.RequiredGrowth"/>.</summary>
    public GrowthRate RequiredGrowth => Target.RequiredGrowth;

    /// <summary>Gets the average annual growth achieved from the base to the latest outcome (实际年均增速); undefined (missing current) without an outcome.</summary>
    public GrowthRate AchievedGrowth { get; }

    /// <summary>Gets how far the latest outcome is short of the target level, in its unit (a fraction for a share): positive when short ("missed by"), zero or negative when met; null without an outcome.</summary>
    public double? Shortfall { get; }

    /// <summary>Gets the shortfall as a fraction of the target level (0.34 = 34 % short), or null.</summary>
    public double? ShortfallShare { get; }

    /// <summary>Gets the first outcome year that meets the target beyond its qualifier (提前完成 when before the target year), or null.</summary>
    public ReportingPeriod? ReachedIn { get; }

    /// <summary>Gets the years from the base that the target needs at the average growth achieved, or null when it is reached already or that pace does not lead to it.</summary>
    public double? YearsToReachAtPace { get; }

    /// <summary>Gets the first year the target is reached at the average growth achieved (base year + ⌈years⌉), or null (see <see cref="YearsToReachAtPace"/>).</summary>
    public ReportingPeriod? ReachedAtPaceIn { get; }

    /// <summary>Gets the share of the plan's years elapsed by the as-of year (时间进度), from 0 to 1: 3 of 5 years is 0.6.</summary>
    public double TimeProgress { get; }

    /// <summary>
    /// Gets the share of the required change done by the latest outcome, (A − B) / (L − B), with bounds from the outcome's
    /// range (unbounded for an "over" outcome without a ceiling), or null without an outcome or when the target level is
    /// the base.
    /// </summary>
    public BoundedEstimate? Completion { get; }

    /// <summary>Gets the completion ahead of time progress (超时间进度, negative: 落后), completion − time progress, as <see cref="TargetProgress.AheadOfTime(BoundedEstimate, double)"/> gives it; null without a completion.</summary>
    public BoundedEstimate? AheadOfTime { get; }

    /// <summary>Gets the years from the latest outcome to the target year, or null when the latest outcome is for the target year or there is none.</summary>
    public double? RemainingYears { get; }

    /// <summary>Gets the constant annual growth the remaining years need from the latest outcome to the target level (后续年份所需增速), or null (see <see cref="RemainingYears"/>).</summary>
    public GrowthRate? RequiredPaceForRest { get; }

    /// <summary>Evaluates a target against outcomes as of the target year, with the default tolerances.</summary>
    /// <param name="target">The target.</param>
    /// <param name="outcomes">The outcomes, at most one per year, each for a calendar year.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentException">Two outcomes are for one year, or an outcome is not for a calendar year.</exception>
    public static PlanEvaluation Of(PlanTarget target, IEnumerable<PlanOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Of(target, outcomes, target.TargetPeriod, QualifierTolerance.Default);
    }

    /// <summary>Evaluates a target against outcomes as of a year (mid-plan when before the target year).</summary>
    /// <param name="target">The target.</param>
    /// <param name="outcomes">The outcomes, at most one per year, each for a calendar year.</param>
    /// <param name="asOf">The year of the evaluation, a calendar year; outcomes after it are ignored.</param>
    /// <param name="tolerance">The tolerances for qualified outcomes.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentException">Two outcomes are for one year, an outcome or <paramref name="asOf"/> is not for a calendar year.</exception>
    public static PlanEvaluation Of(PlanTarget target, IEnumerable<PlanOutcome> outcomes, ReportingPeriod asOf, QualifierTolerance tolerance)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(outcomes);
        ArgumentNullException.ThrowIfNull(tolerance);
        if (asOf.Kind != PeriodKind.Year)
        {
            throw new ArgumentException($"An evaluation is as of a calendar year; got {asOf}.", nameof(asOf));
        }

        var list = outcomes.ToList();
        var seen = new HashSet<ReportingPeriod>();
        foreach (var o in list)
        {
            if (o.Period.Kind != PeriodKind.Year)
            {
                throw new ArgumentException($"Outcomes of a plan are for calendar years; got {o.Period}.", nameof(outcomes));
            }

            if (!seen.Add(o.Period))
            {
                throw new ArgumentException($"Two outcomes are for {o.Period}.", nameof(outcomes));
            }
        }

        var used = list.Where(o => o.Period > target.BasePeriod && o.Period <= asOf).OrderBy(o => o.Period).ToImmutableArray();
        return new PlanEvaluation(target, used, asOf, tolerance);
    }

    /// <summary>
    /// Returns a one-line summary: <c>listed companies 2021: 66 against 100 (attainment 66.0%), missed by 34; required
    /// +17.76% a year, achieved +6.14%</c>.
    /// </summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        string verdict = Verdict switch
        {
            PlanVerdict.Met => "met",
            PlanVerdict.Missed => "missed by " + Rounding.FormatFigure(Shortfall.GetValueOrDefault() / scale, "0.####"),
            PlanVerdict.Undetermined => "undetermined (within the uncertainty of the figure)",
            PlanVerdict.NotEvaluable => "not evaluable: " + MissingOutcome,
            _ => "in progress",
        };
        string actual = Latest is { } o ? $"{o.Value} ({o.Period})" : "no outcome";
        string attainment = Attainment is double at ? $" (attainment {Rounding.FormatScaled(at, 2, 1, signed: false)}%)" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Target.Name} {Target.TargetPeriod}: {actual} against {Rounding.FormatFigure(Target.TargetLevel / scale, "0.####")}{attainment}, {verdict}; required {RequiredGrowth.ToString("2", null)} a year, achieved {AchievedGrowth.ToString("2", null)}");
    }

    private FigureRange Range(PlanOutcome o)
    {
        var r = o.Value.Range(Tolerance);
        return scale == 1.0 ? r : r.Scale(scale);
    }

    private bool Meets(PlanOutcome o)
    {
        double l = Target.TargetLevel;
        bool up = Target.Direction == TargetDirection.Up, strict = Target.Strict;
        if (!o.Value.IsQualified)
        {
            double v = (double)o.Value.Value * scale;
            return up ? TargetComparison.Meets(v, l, strict) : TargetComparison.Meets(-v, -l, strict);
        }

        var r = Range(o);
        return up ? (strict ? r.IsAbove(l) : r.IsAtLeast(l)) : (strict ? r.IsBelow(l) : r.IsAtMost(l));
    }

    private bool Misses(PlanOutcome o)
    {
        if (!o.Value.IsQualified)
        {
            return !Meets(o);
        }

        double l = Target.TargetLevel;
        bool up = Target.Direction == TargetDirection.Up, strict = Target.Strict;
        var r = Range(o);
        return up ? (strict ? r.IsAtMost(l) : r.IsBelow(l)) : (strict ? r.IsAtLeast(l) : r.IsAbove(l));
    }

    private static Interval Ordered(double x, double y) => Interval.Between(Math.Min(x, y), Math.Max(x, y));
}
