namespace Taizhou.Metrics.Rates;

/// <summary>What a growth rate from a negative base is.</summary>
public enum NegativeBasePolicy
{
    /// <summary>Undefined (<see cref="GrowthUndefinedReason.NegativeBase"/>), as NBS-style releases treat it. The default.</summary>
    Undefined = 0,

    /// <summary>(x − b) / |b|, so that a rise shows as a positive rate (−10 to 5 is +150 %). Only when the caller asks.</summary>
    AbsoluteBase = 1,
}
