using System;
using Taizhou.Metrics.Text;
using System.Globalization;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// The test of a tier rule version: a money measure in a band, listed by the year end, an NBS size class, high growth
/// or gazelle. Immutable; created through the named factories.
/// </summary>
/// <remarks>
/// Edge-case policy: a value the criterion needs that is missing for the year makes it
/// <see cref="TierOutcome.NotEvaluable"/> (never counted as in or out), except where the answer does not depend on it
/// (a gazelle criterion on a firm already too old does not qualify whatever its growth).
/// </remarks>
public sealed class TierCriterion
{
    private TierCriterion(TierCriterionKind kind, EnterpriseMeasure measure, AmountBand band, NbsSizeClass sizeClass, SizeClassStandard? standard, HighGrowthRule? highGrowth, int maximumAgeYears)
    {
        Kind = kind;
        Measure = measure;
        Band = band;
        SizeClass = sizeClass;
        SizeStandard = standard;
        HighGrowth = highGrowth;
        MaximumAgeYears = maximumAgeYears;
    }

    /// <summary>Gets the criterion "listed on or before 31 December of the year" (上市企业).</summary>
    public static TierCriterion ListedByYearEnd { get; } = new(TierCriterionKind.Listed, default, default, default, null, null, 0);

    /// <summary>Gets what the criterion tests.</summary>
    public TierCriterionKind Kind { get; }

    /// <summary>Gets the measure of a <see cref="TierCriterionKind.Band"/> criterion (or of the high-growth rule), otherwise <see cref="EnterpriseMeasure.Output"/>.</summary>
    public EnterpriseMeasure Measure { get; }

    /// <summary>Gets the band of a <see cref="TierCriterionKind.Band"/> criterion (the default, unbounded, otherwise).</summary>
    public AmountBand Band { get; }

    /// <summary>Gets the class of a <see cref="TierCriterionKind.SizeClass"/> criterion.</summary>
    public NbsSizeClass SizeClass { get; }

    /// <summary>Gets the standard of a <see cref="TierCriterionKind.SizeClass"/> criterion, otherwise null.</summary>
    public SizeClassStandard? SizeStandard { get; }

    /// <summary>Gets the high-growth rule of a <see cref="TierCriterionKind.HighGrowth"/> or <see cref="TierCriterionKind.Gazelle"/> criterion, otherwise null.</summary>
    public HighGrowthRule? HighGrowth { get; }

    /// <summary>Gets the maximum age in years at the end of the year of a <see cref="TierCriterionKind.Gazelle"/> criterion (inclusive), otherwise 0.</summary>
    public int MaximumAgeYears { get; }

    /// <summary>A criterion: the firm's output or revenue in the year lies in <paramref name="band"/>, compared exactly.</summary>
    /// <param name="measure"><see cref="EnterpriseMeasure.Output"/> or <see cref="EnterpriseMeasure.Revenue"/>.</param>
    /// <param name="band">The band, with its inclusive ends.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="measure"/> is not a money measure.</exception>
    /// <exception cref="ArgumentException">The band has no bound.</exception>
    public static TierCriterion InBand(EnterpriseMeasure measure, AmountBand band)
    {
        if (measure is not (EnterpriseMeasure.Output or EnterpriseMeasure.Revenue))
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, "A band criterion needs a money measure: output or revenue.");
        }

        if (band.Lower is null && band.Upper is null)
        {
            throw new ArgumentException("A band criterion needs at least one bound.", nameof(band));
        }

        return new TierCriterion(TierCriterionKind.Band, measure, band, default, null, null, 0);
    }

    /// <summary>A criterion: the firm's NBS size class in the year, from its employees and revenue, is <paramref name="sizeClass"/>.</summary>
    /// <param name="sizeClass">The class.</param>
    /// <param name="standard">The floors, such as <see cref="SizeClassStandard.Industry2017"/>.</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sizeClass"/> is not defined.</exception>
    public static TierCriterion OfSizeClass(NbsSizeClass sizeClass, SizeClassStandard standard)
    {
        ArgumentNullException.ThrowIfNull(standard);
        return Enum.IsDefined(sizeClass)
            ? new TierCriterion(TierCriterionKind.SizeClass, default, default, sizeClass, standard, null, 0)
            : throw new ArgumentOutOfRangeException(nameof(sizeClass), sizeClass, "Unknown size class.");
    }

    /// <summary>A criterion: the firm is a high-growth enterprise under <paramref name="rule"/> over the window ending in the year.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The criterion.</returns>
    public static TierCriterion HighGrowthBy(HighGrowthRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return new TierCriterion(TierCriterionKind.HighGrowth, rule.Measure, default, default, null, rule, 0);
    }

    /// <summary>
    /// A criterion (瞪羚, gazelle): the firm is a high-growth enterprise under <paramref name="rule"/> and at most
    /// <paramref name="maximumAgeYears"/> years old at the end of the year (<see cref="Enterprise.AgeAtEndOf"/>).
    /// </summary>
    /// <param name="rule">The high-growth rule.</param>
    /// <param name="maximumAgeYears">The maximum age, inclusive (5 in the OECD-Eurostat definition: "up to 5 years old").</param>
    /// <returns>The criterion.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maximumAgeYears"/> is negative.</exception>
    public static TierCriterion GazelleBy(HighGrowthRule rule, int maximumAgeYears)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfNegative(maximumAgeYears);
        return new TierCriterion(TierCriterionKind.Gazelle, rule.Measure, default, default, null, rule, maximumAgeYears);
    }

    /// <summary>Returns the criterion in words, units in Simplified characters, such as <c>output ≥ 100 亿元</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(ChineseScript.Simplified);

    /// <summary>Returns the criterion in words, units in a script: <c>output ≥ 100 亿元</c> (Simplified) or <c>output ≥ 100 億元</c> (Traditional).</summary>
    /// <param name="script">The script of the unit symbols.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The script is not defined.</exception>
    public string ToString(ChineseScript script) => Kind switch
    {
        TierCriterionKind.Band => $"{HighGrowthRule.Describe(Measure)} {Band.ToString(script)}",
        TierCriterionKind.Listed => "listed on or before 31 December of the year",
        TierCriterionKind.SizeClass => $"{SizeClass.ToString().ToLowerInvariant()} under {SizeStandard!.GetName(script)}",
        TierCriterionKind.HighGrowth => $"high-growth: {HighGrowth}",
        _ => $"high-growth ({HighGrowth}) and at most {MaximumAgeYears.ToString(CultureInfo.InvariantCulture)} years old at the end of the year",
    };

    internal (TierOutcome Outcome, string Detail) Evaluate(Enterprise e, int year)
    {
        switch (Kind)
        {
            case TierCriterionKind.Band:
                if (e.AmountIn(Measure, year) is not { } amount)
                {
                    return (TierOutcome.NotEvaluable, $"no {HighGrowthRule.Describe(Measure)} for {year}");
                }

                return Band.Contains(amount)
                    ? (TierOutcome.Qualifies, $"{HighGrowthRule.Describe(Measure)} {amount}: in {Band}")
                    : (TierOutcome.DoesNotQualify, $"{HighGrowthRule.Describe(Measure)} {amount}: not in {Band}");
            case TierCriterionKind.Listed:
                if (e.Listing is not { } listing)
                {
                    return (TierOutcome.DoesNotQualify, "not listed");
                }

                return listing.IsListedByEndOf(year)
                    ? (TierOutcome.Qualifies, $"listed {listing}")
                    : (TierOutcome.DoesNotQualify, $"listed only later, {listing}");
            case TierCriterionKind.SizeClass:
                if (e.AmountIn(EnterpriseMeasure.Revenue, year) is not { } revenue)
                {
                    return (TierOutcome.NotEvaluable, $"no revenue for {year}");
                }

                if (e.ValueIn(EnterpriseMeasure.Employees, year) is not decimal employees)
                {
                    return (TierOutcome.NotEvaluable, $"no employees for {year}");
                }

                var cls = SizeStandard!.Classify(employees, revenue);
                return (cls == SizeClass ? TierOutcome.Qualifies : TierOutcome.DoesNotQualify, $"{employees.ToString(CultureInfo.InvariantCulture)} employees, revenue {revenue}: {cls.ToString().ToLowerInvariant()}");
            case TierCriterionKind.HighGrowth:
                var hge = HighGrowth!.Assess(e, year);
                return (hge.Outcome, hge.Detail);
            default:
                int age = e.AgeAtEndOf(year);
                if (age > MaximumAgeYears)
                {
                    return (TierOutcome.DoesNotQualify, $"{age.ToString(CultureInfo.InvariantCulture)} years old at the end of {year}, over {MaximumAgeYears.ToString(CultureInfo.InvariantCulture)}");
                }

                var g = HighGrowth!.Assess(e, year);
                return (g.Outcome, $"{age.ToString(CultureInfo.InvariantCulture)} years old; {g.Detail}");
        }
    }
}
