using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Enterprises;

/// <summary>The result of a <see cref="HighGrowthRule"/> for one firm: the annualised growth, the outcome and why.</summary>
public sealed class HighGrowthAssessment
{
    internal HighGrowthAssessment(TierOutcome outcome, GrowthRate annualisedGrowth, string detail)
    {
        Outcome = outcome;
        AnnualisedGrowth = annualisedGrowth;
        Detail = detail;
    }

    /// <summary>Gets the outcome: <see cref="TierOutcome.Qualifies"/>, <see cref="TierOutcome.DoesNotQualify"/> or <see cref="TierOutcome.NotEvaluable"/>.</summary>
    public TierOutcome Outcome { get; }

    /// <summary>Gets whether the firm is a high-growth enterprise.</summary>
    public bool IsHighGrowth => Outcome == TierOutcome.Qualifies;

    /// <summary>
    /// Gets the average annualised growth (x_t / x_{t−n})^(1/n) − 1, rounded to <see cref="double"/> for display; the
    /// classification never uses this rounded value (see <see cref="HighGrowthRule.Assess(decimal, decimal, decimal, bool)"/>).
    /// Undefined when a value is missing or the start is not positive.
    /// </summary>
    public GrowthRate AnnualisedGrowth { get; }

    /// <summary>Gets why, in words: the exact comparison made, or what is missing or excluded.</summary>
    public string Detail { get; }

    /// <summary>Returns the outcome and the detail.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Outcome}: {Detail}";
}
