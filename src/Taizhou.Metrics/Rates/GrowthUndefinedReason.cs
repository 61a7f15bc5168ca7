namespace Taizhou.Metrics.Rates;

/// <summary>Why a <see cref="GrowthRate"/> has no value.</summary>
public enum GrowthUndefinedReason
{
    /// <summary>The rate is defined.</summary>
    None = 0,

    /// <summary>The base value is zero: growth from nothing has no rate (pandas gives inf; this library gives no number).</summary>
    ZeroBase = 1,

    /// <summary>
    /// The base value is negative: (x − b) / b would have the wrong sign (−10 to 5 is not −150 %). Chinese releases
    /// report such a change in words (扭亏为盈, "turned from loss to profit"), not as a rate.
    /// </summary>
    NegativeBase = 2,

    /// <summary>The current value is missing.</summary>
    MissingCurrent = 3,

    /// <summary>The base value is missing (absent from the series, or present without a value).</summary>
    MissingBase = 4,

    /// <summary>
    /// The end value of a compound rate (CAGR, annualising, log growth) is zero or negative, so no real root exists.
    /// </summary>
    NonPositiveEnd = 5,
}
