namespace Taizhou.Metrics.Enterprises;

/// <summary>The result of evaluating a <see cref="TierRule"/> for an enterprise in a year: the outcome, the version applied and why.</summary>
public sealed class TierEvaluation
{
    internal TierEvaluation(TierRule rule, Enterprise enterprise, int year, TierRuleVersion? version, TierOutcome outcome, string detail)
    {
        Rule = rule;
        Enterprise = enterprise;
        Year = year;
        Version = version;
        Outcome = outcome;
        Detail = detail;
    }

    /// <summary>Gets the rule.</summary>
    public TierRule Rule { get; }

    /// <summary>Gets the enterprise.</summary>
    public Enterprise Enterprise { get; }

    /// <summary>Gets the year.</summary>
    public int Year { get; }

    /// <summary>Gets the version in effect, or null when none is (<see cref="TierOutcome.NotInEffect"/>).</summary>
    public TierRuleVersion? Version { get; }

    /// <summary>Gets the outcome.</summary>
    public TierOutcome Outcome { get; }

    /// <summary>Gets whether the firm holds the tier.</summary>
    public bool Qualifies => Outcome == TierOutcome.Qualifies;

    /// <summary>Gets why, in words (the value compared, or what is missing).</summary>
    public string Detail { get; }

    /// <summary>Returns the rule, firm, year, outcome and detail.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Rule.Code} {Enterprise.Id} {Year}: {Outcome} ({Detail})";
}
