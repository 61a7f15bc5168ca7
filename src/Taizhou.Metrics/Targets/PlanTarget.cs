using System;
using System.Collections.Generic;
using System.Globalization;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// A target of a plan (规划目标) with its base (基期) and its target period (目标年): a level, a share, a count, a
/// doubling or an average growth, up or down, the input of <see cref="PlanEvaluation"/>. "上市公司 from 52 (2017) to
/// 100 by 2021"; "规上工业增加值年均增长 7 % from 2020 to 2025"; "单位GDP能耗 down 13.5 % by 2025".
/// </summary>
/// <remarks>
/// <para>
/// Base and target are calendar years (a five-year plan's 2020 base and 2025 target; the end of 2017 for a count of
/// listed companies). Every kind is turned into a <see cref="TargetLevel"/> for the target year and a
/// <see cref="RequiredGrowth"/>, the constant annual growth from the base that reaches it exactly:
/// </para>
/// <code>
/// level, count, share:  L = target value;                 g* = (L / B)^(1 / n) − 1
/// doubling (翻 k 番):     L = B · 2^k;                     g* = 2^(k / n) − 1
/// average growth g:      L = B · (1 + g)^n;               g* = g
/// </code>
/// <para>
/// with B the base value and n the years from the base to the target year. Shares are fractions (0.70), rates are
/// fractions (0.07): the library's convention. The base value is positive (a growth from zero has no rate).
/// </para>
/// <para>
/// The existing target types turn into plan targets with their base: <see cref="From(ValueTarget, System.Nullable{decimal})"/>,
/// <see cref="From(CountTarget, System.Nullable{int})"/>, <see cref="From(ShareTarget, System.Nullable{double})"/>, <see cref="From(DoublingTarget)"/>.
/// </para>
/// </remarks>
public sealed class PlanTarget
{
    private PlanTarget(string name, PlanTargetKind kind, ReportingPeriod basePeriod, decimal? baseValue, ReportingPeriod targetPeriod, double targetValue, TargetDirection direction, bool strict)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        RequireYear(basePeriod, nameof(basePeriod));
        RequireYear(targetPeriod, nameof(targetPeriod));
        if (baseValue <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(baseValue), baseValue, "The base value of a plan target must be positive (a growth from zero or below has no rate).");
        }

        if (direction is not (TargetDirection.Up or TargetDirection.Down))
        {
            throw new ArgumentOutOfRangeException(nameof(direction), direction, "Up or Down.");
        }

        Years = Requirements.YearsBetween(basePeriod, targetPeriod);
        Name = name;
        Kind = kind;
        BasePeriod = basePeriod;
        BaseValue = baseValue;
        TargetPeriod = targetPeriod;
        TargetValue = targetValue;
        Direction = direction;
        Strict = strict;
        double b = (double)baseValue.GetValueOrDefault();
        (TargetLevel, RequiredGrowth) = kind switch
        {
            PlanTargetKind.Doubling => (b * Math.Pow(2.0, targetValue), Growth.FromDoublings(targetValue, Years)),
            PlanTargetKind.AverageGrowth => (b * Math.Pow(1.0 + targetValue, Years), GrowthRate.FromFraction(targetValue)),
            _ => (targetValue, baseValue is decimal bv ? Growth.Cagr(bv, (decimal)targetValue, Years) : GrowthRate.Undefined(GrowthUndefinedReason.MissingBase)),
        };
    }

    /// <summary>Gets what is targeted, for reports.</summary>
    public string Name { get; }

    /// <summary>Gets the kind of target.</summary>
    public PlanTargetKind Kind { get; }

    /// <summary>Gets the base year (基期).</summary>
    public ReportingPeriod BasePeriod { get; }

    /// <summary>
    /// Gets the value in the base year: a level or count, or a share as a fraction; null when it was not published
    /// (the "2211" tier counts of 2017). Without it the required and achieved growth are undefined (missing base) and
    /// only the attainment of a rising target and the verdict remain.
    /// </summary>
    public decimal? BaseValue { get; }

    /// <summary>Gets the target year (目标年).</summary>
    public ReportingPeriod TargetPeriod { get; }

    /// <summary>Gets the target value as given: the level or count, the share (a fraction), the number of doublings, or the annual rate (a fraction).</summary>
    public double TargetValue { get; }

    /// <summary>Gets whether the quantity should rise (the default) or fall (单位GDP能耗下降).</summary>
    public TargetDirection Direction { get; }

    /// <summary>Gets whether the level must be passed rather than reached ("over 5000": met only above 5000; for a falling target, only below).</summary>
    public bool Strict { get; }

    /// <summary>Gets the years from the base to the target year (2017 to 2021: 4).</summary>
    public double Years { get; }

    /// <summary>Gets the level the target implies in the target year (see the remarks), in the outcomes' unit (a fraction for a share).</summary>
    public double TargetLevel { get; }

    /// <summary>Gets the constant annual growth from the base that reaches <see cref="TargetLevel"/> exactly (所需年均增速): (100 / 52)^(1/4) − 1 = +17.76 % for the listed companies.</summary>
    public GrowthRate RequiredGrowth { get; }

    /// <summary>Creates a level target (达到 L by the target year).</summary>
    /// <param name="name">What is targeted.</param>
    /// <param name="basePeriod">The base year.</param>
    /// <param name="baseValue">The level in the base year, positive, or null when not published.</param>
    /// <param name="targetPeriod">The target year, after the base.</param>
    /// <param name="targetLevel">The target level, positive.</param>
    /// <param name="direction">Up (default) or down (a ceiling for a falling quantity).</param>
    /// <param name="strict">Whether the level must be passed (超 L) rather than reached.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">The name is empty, a period is not a calendar year, or the target year is not after the base.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The base value or the level is not positive.</exception>
    public static PlanTarget Level(string name, ReportingPeriod basePeriod, decimal? baseValue, ReportingPeriod targetPeriod, decimal targetLevel, TargetDirection direction = TargetDirection.Up, bool strict = false)
    {
        RequirePositive(targetLevel, nameof(targetLevel));
        return new(name, PlanTargetKind.Level, basePeriod, baseValue, targetPeriod, (double)targetLevel, direction, strict);
    }

    /// <summary>Creates a count target (上市公司 100 家 by 2021).</summary>
    /// <param name="name">What is counted.</param>
    /// <param name="basePeriod">The base year.</param>
    /// <param name="baseCount">The count in the base year, positive, or null when not published.</param>
    /// <param name="targetPeriod">The target year, after the base.</param>
    /// <param name="targetCount">The target count, positive.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">The name is empty, a period is not a calendar year, or the target year is not after the base.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is not positive.</exception>
    public static PlanTarget Count(string name, ReportingPeriod basePeriod, int? baseCount, ReportingPeriod targetPeriod, int targetCount)
    {
        RequirePositive(targetCount, nameof(targetCount));
        return new(name, PlanTargetKind.Count, basePeriod, baseCount, targetPeriod, targetCount, TargetDirection.Up, strict: false);
    }

    /// <summary>Creates a share target (占规上工业 70 % by 2021); shares are fractions.</summary>
    /// <param name="name">What is targeted.</param>
    /// <param name="basePeriod">The base year.</param>
    /// <param name="baseShare">The share in the base year, a fraction above 0 and at most 1, or null when not published.</param>
    /// <param name="targetPeriod">The target year, after the base.</param>
    /// <param name="targetShare">The target share, a fraction above 0 and at most 1.</param>
    /// <param name="direction">Up (default) or down.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">The name is empty, a period is not a calendar year, or the target year is not after the base.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A share is not in (0, 1].</exception>
    public static PlanTarget Share(string name, ReportingPeriod basePeriod, double? baseShare, ReportingPeriod targetPeriod, double targetShare, TargetDirection direction = TargetDirection.Up)
    {
        if (baseShare is double bs)
        {
            RequireShare(bs, nameof(baseShare));
        }

        RequireShare(targetShare, nameof(targetShare));
        return new(name, PlanTargetKind.Share, basePeriod, (decimal?)baseShare, targetPeriod, targetShare, direction, strict: false);
    }

    /// <summary>Creates a doubling target (翻一番: <paramref name="doublings"/> = 1; 翻两番: 2).</summary>
    /// <param name="name">What is targeted.</param>
    /// <param name="basePeriod">The base year.</param>
    /// <param name="baseValue">The level in the base year, positive.</param>
    /// <param name="targetPeriod">The target year, after the base.</param>
    /// <param name="doublings">The number of doublings, positive and finite.</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">The name is empty, a period is not a calendar year, or the target year is not after the base.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The base value or the number of doublings is not positive.</exception>
    public static PlanTarget Doubling(string name, ReportingPeriod basePeriod, decimal baseValue, ReportingPeriod targetPeriod, double doublings)
    {
        if (!(doublings > 0.0) || !double.IsFinite(doublings))
        {
            throw new ArgumentOutOfRangeException(nameof(doublings), doublings, "The number of doublings must be positive.");
        }

        return new(name, PlanTargetKind.Doubling, basePeriod, baseValue, targetPeriod, doublings, TargetDirection.Up, strict: false);
    }

    /// <summary>
    /// Creates an average-growth target (年均增长 7 %: <paramref name="annualRate"/> = 0.07; 年均下降 3 %: −0.03 with
    /// <see cref="TargetDirection.Down"/>).
    /// </summary>
    /// <param name="name">What is targeted.</param>
    /// <param name="basePeriod">The base year.</param>
    /// <param name="baseValue">The level in the base year, positive (an index of 100 does when only growth rates are published).</param>
    /// <param name="targetPeriod">The target year, after the base.</param>
    /// <param name="annualRate">The annual rate, a fraction above −1.</param>
    /// <param name="direction">Up (default: at least this growth) or down (at least this fall; pass a negative rate).</param>
    /// <returns>The target.</returns>
    /// <exception cref="ArgumentException">The name is empty, a period is not a calendar year, or the target year is not after the base.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The base value is not positive, or the rate is not above −1 and finite.</exception>
    public static PlanTarget AverageGrowth(string name, ReportingPeriod basePeriod, decimal baseValue, ReportingPeriod targetPeriod, double annualRate, TargetDirection direction = TargetDirection.Up)
    {
        if (!(annualRate > -1.0) || !double.IsFinite(annualRate))
        {
            throw new ArgumentOutOfRangeException(nameof(annualRate), annualRate, "An annual rate is a fraction above −1 (0.07 for 7 %).");
        }

        return new(name, PlanTargetKind.AverageGrowth, basePeriod, baseValue, targetPeriod, annualRate, direction, strict: false);
    }

    /// <summary>Creates a level target from a <see cref="ValueTarget"/> that states its base period, with the base value.</summary>
    /// <param name="target">The value target; its <see cref="ValueTarget.BasePeriod"/> must be set.</param>
    /// <param name="baseValue">The level in the base period, positive, or null when not published.</param>
    /// <returns>The plan target, strict when the value target is.</returns>
    /// <exception cref="ArgumentException">The value target has no base period, or its periods are not calendar years.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The base value is not positive.</exception>
    public static PlanTarget From(ValueTarget target, decimal? baseValue)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Level(target.Name, RequireBase(target.BasePeriod, target.Name), baseValue, target.Period, target.Level, TargetDirection.Up, target.Strict);
    }

    /// <summary>Creates a count target from a <see cref="CountTarget"/> that states its base period, with the base count.</summary>
    /// <param name="target">The count target; its <see cref="CountTarget.BasePeriod"/> must be set.</param>
    /// <param name="baseCount">The count in the base period, positive, or null when not published.</param>
    /// <returns>The plan target.</returns>
    /// <exception cref="ArgumentException">The count target has no base period, or its periods are not calendar years.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The base count is not positive.</exception>
    public static PlanTarget From(CountTarget target, int? baseCount)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Count(target.Name, RequireBase(target.BasePeriod, target.Name), baseCount, target.Period, target.Count);
    }

    /// <summary>Creates a share target from a <see cref="ShareTarget"/> that states its base period, with the base share.</summary>
    /// <param name="target">The share target; its <see cref="ShareTarget.BasePeriod"/> must be set.</param>
    /// <param name="baseShare">The share in the base period, a fraction, or null when not published.</param>
    /// <returns>The plan target.</returns>
    /// <exception cref="ArgumentException">The share target has no base period, or its periods are not calendar years.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The base share is not in (0, 1].</exception>
    public static PlanTarget From(ShareTarget target, double? baseShare)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Share(target.Name, RequireBase(target.BasePeriod, target.Name), baseShare, target.Period, target.Share);
    }

    /// <summary>Creates a doubling target from a <see cref="DoublingTarget"/> (its base is part of it).</summary>
    /// <param name="target">The doubling target.</param>
    /// <returns>The plan target.</returns>
    /// <exception cref="ArgumentException">Its periods are not calendar years.</exception>
    public static PlanTarget From(DoublingTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return Doubling(target.Name, target.BasePeriod, target.BaseLevel, target.Period, target.Doublings);
    }

    /// <summary>
    /// Evaluates the target against the outcomes published since the base, as of the target year (or a later one):
    /// see <see cref="PlanEvaluation"/>.
    /// </summary>
    /// <param name="outcomes">The outcomes, at most one per year.</param>
    /// <returns>The evaluation.</returns>
    /// <exception cref="ArgumentException">Two outcomes are for one year, or an outcome is not for a calendar year.</exception>
    public PlanEvaluation Evaluate(IEnumerable<PlanOutcome> outcomes) => PlanEvaluation.Of(this, outcomes, TargetPeriod, QualifierTolerance.Default);

    /// <summary>Returns <c>listed companies: 52 (2017) → 100 (2021), +17.76 % a year required</c>.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Name}: {(BaseValue is decimal bv ? bv.ToString(CultureInfo.InvariantCulture) : "?")} ({BasePeriod}) → {Rounding.FormatFigure(TargetLevel, "0.####")} ({TargetPeriod}){(Direction == TargetDirection.Down ? ", down" : string.Empty)}, {RequiredGrowth.ToString("2", null)} a year required");

    private static ReportingPeriod RequireBase(ReportingPeriod? basePeriod, string name) =>
        basePeriod ?? throw new ArgumentException($"The target '{name}' states no base period; a plan target needs one.", nameof(basePeriod));

    private static void RequireYear(ReportingPeriod period, string paramName)
    {
        if (period.Kind != PeriodKind.Year)
        {
            throw new ArgumentException($"A plan's periods are calendar years; got {period}.", paramName);
        }
    }

    private static void RequirePositive(decimal value, string paramName)
    {
        if (value <= 0m)
        {
            throw new ArgumentOutOfRangeException(paramName, value, "A target must be positive.");
        }
    }

    private static void RequireShare(double share, string paramName)
    {
        if (!(share > 0.0 && share <= 1.0))
        {
            throw new ArgumentOutOfRangeException(paramName, share, "A share is a fraction above 0 and at most 1 (0.70 for 70 %).");
        }
    }
}
