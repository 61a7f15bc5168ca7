namespace Taizhou.Metrics.Disaggregation;

/// <summary>
/// How the high-frequency values make up a low-frequency value: the constraint C y = y_l a disaggregation keeps
/// exactly (tempdisagg's <c>conversion</c>).
/// </summary>
public enum DisaggregationConversion
{
    /// <summary>The low-frequency value is the sum of its sub-periods (flows: output, sales). The default.</summary>
    Sum = 0,

    /// <summary>The low-frequency value is the mean of its sub-periods (indices, rates; tempdisagg's <c>average</c> or <c>mean</c>).</summary>
    Average = 1,

    /// <summary>The low-frequency value is that of its first sub-period (a stock at the start of the period).</summary>
    First = 2,

    /// <summary>The low-frequency value is that of its last sub-period (a stock at the end of the period).</summary>
    Last = 3,
}
