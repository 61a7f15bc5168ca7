namespace Taizhou.Metrics.Enterprises;

/// <summary>The outcome of evaluating a tier rule for an enterprise in a year.</summary>
public enum TierOutcome
{
    /// <summary>The firm holds the tier in the year.</summary>
    Qualifies = 0,

    /// <summary>The firm does not hold the tier in the year.</summary>
    DoesNotQualify = 1,

    /// <summary>A value the rule needs is missing (no output, revenue or employees for a year it reads): not counted either way.</summary>
    NotEvaluable = 2,

    /// <summary>The rule has no version in effect in the year.</summary>
    NotInEffect = 3,
}
