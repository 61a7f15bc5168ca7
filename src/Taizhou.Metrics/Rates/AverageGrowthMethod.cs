namespace Taizhou.Metrics.Rates;

/// <summary>How an average annual growth rate over several years is computed (NBS 平均增长速度).</summary>
public enum AverageGrowthMethod
{
    /// <summary>
    /// The level (geometric) method, 水平法: (y_n / y_0)^(1/n) − 1. It depends only on the first and last levels and
    /// is the compound annual growth rate (CAGR).
    /// </summary>
    Geometric = 0,

    /// <summary>
    /// The cumulative (equation) method, 累计法 or 方程式法: the rate x that solves
    /// Σ_{k=1..n} (1 + x)^k = Σ_{k=1..n} y_k / y_0, used for plan-period totals such as investment.
    /// </summary>
    Cumulative = 1,
}
