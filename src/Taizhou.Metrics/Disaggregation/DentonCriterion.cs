namespace Taizhou.Metrics.Disaggregation;

/// <summary>What a Denton method keeps smooth: the differences of the adjustment (additive) or of its ratio to the indicator (proportional).</summary>
public enum DentonCriterion
{
    /// <summary>
    /// Proportional (比例): penalises the h-th differences of (y − x) / (x / mean x), so the benchmarked series keeps
    /// the indicator's period-to-period movement in ratio. The indicator may not be zero. tempdisagg's default.
    /// </summary>
    Proportional = 0,

    /// <summary>Additive (加法): penalises the h-th differences of y − x.</summary>
    Additive = 1,
}
