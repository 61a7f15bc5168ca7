namespace Taizhou.Metrics.Enterprises;

/// <summary>How a value is compared with a threshold: the operator is part of a rule, since sources differ (">20 %" against "20 % or more").</summary>
public enum ThresholdComparison
{
    /// <summary>Strictly greater than the threshold (&gt;): a value exactly at the threshold does not qualify.</summary>
    GreaterThan = 0,

    /// <summary>Greater than or equal to the threshold (≥, "or more", 以上): a value exactly at the threshold qualifies.</summary>
    AtLeast = 1,
}
