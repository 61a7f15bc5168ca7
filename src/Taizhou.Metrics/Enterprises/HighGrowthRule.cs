using System;
using System.Globalization;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// A high-growth enterprise rule (高成长企业, OECD-Eurostat "high-growth enterprise"): average annualised growth of a
/// measure over n years above a threshold, with a floor on employees at the start. The measure, the threshold, the
/// comparison operator, the window, the floor and whether firms born in the start year are excluded are all part of
/// the rule, since sources differ on each.
/// </summary>
/// <remarks>
/// <para>
/// Annualised growth g = (x_t / x_{t−n})^(1/n) − 1. The comparison is made exactly, without roots or floating point:
/// g &gt; θ ⇔ x_t &gt; x_{t−n} · (1 + θ)^n (and ≥ for <see cref="ThresholdComparison.AtLeast"/>), in
/// <see cref="decimal"/>. So 10 → 17.28 employees (10 · 1.2³) is exactly 20 % and not "greater than 20 %", and 100 →
/// 133.1 (100 · 1.1³) is exactly 10 %: "10 % or more" but not "greater than 10 %". (In IEEE doubles the first gives
/// 0.19999999999999996 and the second 0.10000000000000009, each on the wrong side by accident.)
/// </para>
/// <para>
/// Order of the checks: a firm born in the start year is excluded when the rule says so; a firm with fewer than the
/// floor of employees at the start is not high-growth; a start value that is not positive is not high-growth (no
/// growth rate); then the exact comparison.
/// </para>
/// </remarks>
public sealed class HighGrowthRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="name">The name, with its source.</param>
    /// <param name="measure">The measure whose growth counts: employees, output or revenue.</param>
    /// <param name="annualThreshold">The annual growth threshold θ as a fraction (0.20 = 20 % a year), exact.</param>
    /// <param name="comparison">Whether growth must exceed θ or reach it.</param>
    /// <param name="years">The window n in years, 1 to 10 (3 in every official definition).</param>
    /// <param name="minimumStartEmployees">The floor on employees at t − n (10), inclusive.</param>
    /// <param name="excludeBirthsInStartYear">Whether a firm founded in t − n is excluded (its first year is partial).</param>
    /// <exception cref="ArgumentException">The name is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException">θ is not above −1, the window is outside 1-10, or the floor is negative.</exception>
    public HighGrowthRule(string name, EnterpriseMeasure measure, decimal annualThreshold, ThresholdComparison comparison, int years, decimal minimumStartEmployees, bool excludeBirthsInStartYear)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentOutOfRangeException(nameof(measure), measure, "Unknown measure.");
        }

        if (!Enum.IsDefined(comparison))
        {
            throw new ArgumentOutOfRangeException(nameof(comparison), comparison, "Unknown comparison.");
        }

        if (annualThreshold <= -1m)
        {
            throw new ArgumentOutOfRangeException(nameof(annualThreshold), annualThreshold, "A growth threshold must be above −100 %.");
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(years, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(years, 10);
        ArgumentOutOfRangeException.ThrowIfNegative(minimumStartEmployees);
        Name = name;
        Measure = measure;
        AnnualThreshold = annualThreshold;
        Comparison = comparison;
        Years = years;
        MinimumStartEmployees = minimumStartEmployees;
        ExcludeBirthsInStartYear = excludeBirthsInStartYear;
        decimal factor = 1m;
        for (int i = 0; i < years; i++)
        {
            factor *= 1m + annualThreshold;
        }

        WindowFactor = factor;
    }

    /// <summary>
    /// Gets the OECD-Eurostat rule (Eurostat-OECD Manual on Business Demography Statistics, 2007, ch. 8): employees
    /// growing by more than 20 % a year on average over three years (more than 72.8 % in all), at least 10 employees
    /// at the start; firms born in the start year excluded (the Petersen-Ahmad recommendation adopted for the Manual).
    /// </summary>
    public static HighGrowthRule OecdEurostat2007 { get; } = new("OECD-Eurostat 2007: employees > 20 % a year over 3 years, ≥ 10 at start", EnterpriseMeasure.Employees, 0.20m, ThresholdComparison.GreaterThan, 3, 10m, true);

    /// <summary>
    /// Gets the EU business-statistics rule of 2014 (Commission Implementing Regulation 439/2014; Czech SO indicator
    /// 9511, Eurostat 2016): employees growing by more than 10 % a year over three years, at least 10 at the start,
    /// births of t − 3 excluded.
    /// </summary>
    public static HighGrowthRule EuBusinessStatistics2014 { get; } = new("EU 2014: employees > 10 % a year over 3 years, ≥ 10 at start", EnterpriseMeasure.Employees, 0.10m, ThresholdComparison.GreaterThan, 3, 10m, true);

    /// <summary>
    /// Gets the EU rule under the EBS regulation (Eurostat 2021, Statistics Austria): employees growing by 10 % a year
    /// or more over three years, at least 10 at the start, births of t − 3 excluded.
    /// </summary>
    public static HighGrowthRule EuEbs2021 { get; } = new("EU EBS 2021: employees ≥ 10 % a year over 3 years, ≥ 10 at start", EnterpriseMeasure.Employees, 0.10m, ThresholdComparison.AtLeast, 3, 10m, true);

    /// <summary>Gets the name, with its source.</summary>
    public string Name { get; }

    /// <summary>Gets the measure whose growth counts.</summary>
    public EnterpriseMeasure Measure { get; }

    /// <summary>Gets the annual threshold θ as a fraction.</summary>
    public decimal AnnualThreshold { get; }

    /// <summary>Gets the comparison operator.</summary>
    public ThresholdComparison Comparison { get; }

    /// <summary>Gets the window in years.</summary>
    public int Years { get; }

    /// <summary>Gets the floor on employees at the start, inclusive.</summary>
    public decimal MinimumStartEmployees { get; }

    /// <summary>Gets whether firms born in the start year are excluded.</summary>
    public bool ExcludeBirthsInStartYear { get; }

    /// <summary>Gets (1 + θ)^n, exact: 1.728 for 20 % over three years, 1.331 for 10 %.</summary>
    public decimal WindowFactor { get; }

    /// <summary>
    /// Assesses growth from <paramref name="startValue"/> to <paramref name="endValue"/> over the window, exactly (see
    /// the remarks on <see cref="HighGrowthRule"/>).
    /// </summary>
    /// <param name="startValue">The measure at t − n.</param>
    /// <param name="endValue">The measure at t.</param>
    /// <param name="startEmployees">Employees at t − n (the same as <paramref name="startValue"/> when the measure is employees).</param>
    /// <param name="bornInStartYear">Whether the firm was founded in t − n.</param>
    /// <returns>The assessment: qualifies or not, never "not evaluable" (every value is given).</returns>
    public HighGrowthAssessment Assess(decimal startValue, decimal endValue, decimal startEmployees, bool bornInStartYear)
    {
        var growth = Growth.Cagr(startValue, endValue, Years);
        if (bornInStartYear && ExcludeBirthsInStartYear)
        {
            return new HighGrowthAssessment(TierOutcome.DoesNotQualify, growth, $"founded in the start year t − {Years}: excluded by the rule");
        }

        if (startEmployees < MinimumStartEmployees)
        {
            return new HighGrowthAssessment(TierOutcome.DoesNotQualify, growth, $"{Number(startEmployees)} employees at t − {Years}, below the floor of {Number(MinimumStartEmployees)}");
        }

        if (startValue <= 0m)
        {
            return new HighGrowthAssessment(TierOutcome.DoesNotQualify, growth, $"start value {Number(startValue)} is not positive: no growth rate");
        }

        decimal bar = startValue * WindowFactor;
        int c = endValue.CompareTo(bar);
        bool qualifies = Comparison == ThresholdComparison.GreaterThan ? c > 0 : c >= 0;
        string op = c switch { > 0 => ">", < 0 => "<", _ => "=" };
        return new HighGrowthAssessment(
            qualifies ? TierOutcome.Qualifies : TierOutcome.DoesNotQualify,
            growth,
            $"{Number(endValue)} {op} {Number(startValue)} × {Number(WindowFactor)} = {Number(bar)} ({(Comparison == ThresholdComparison.GreaterThan ? "needs >" : "needs ≥")} {Number(AnnualThreshold * 100m)} % a year)");
    }

    /// <summary>
    /// Assesses an enterprise at the end of <paramref name="year"/>, over <paramref name="year"/> − n to
    /// <paramref name="year"/>; not evaluable when the measure at either end or the employees at the start are missing.
    /// A firm founded in or after t − n counts as born in the start year.
    /// </summary>
    /// <param name="enterprise">The enterprise.</param>
    /// <param name="year">The year t.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="enterprise"/> is null.</exception>
    public HighGrowthAssessment Assess(Enterprise enterprise, int year)
    {
        ArgumentNullException.ThrowIfNull(enterprise);
        int start = year - Years;
        var undefined = GrowthRate.Undefined(GrowthUndefinedReason.MissingBase);
        if (enterprise.ValueIn(Measure, start) is not decimal x0)
        {
            return new HighGrowthAssessment(TierOutcome.NotEvaluable, undefined, $"no {Describe(Measure)} for {start}");
        }

        if (enterprise.ValueIn(Measure, year) is not decimal x1)
        {
            return new HighGrowthAssessment(TierOutcome.NotEvaluable, GrowthRate.Undefined(GrowthUndefinedReason.MissingCurrent), $"no {Describe(Measure)} for {year}");
        }

        if (enterprise.ValueIn(EnterpriseMeasure.Employees, start) is not decimal e0)
        {
            return new HighGrowthAssessment(TierOutcome.NotEvaluable, Growth.Cagr(x0, x1, Years), $"no employees for {start}");
        }

        return Assess(x0, x1, e0, enterprise.Founded.Year >= start);
    }

    /// <summary>Returns the name.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Name;

    internal static string Describe(EnterpriseMeasure measure) => measure switch
    {
        EnterpriseMeasure.Output => "output",
        EnterpriseMeasure.Revenue => "revenue",
        _ => "employees",
    };

    private static string Number(decimal value) => value.ToString("0.############", CultureInfo.InvariantCulture);
}
