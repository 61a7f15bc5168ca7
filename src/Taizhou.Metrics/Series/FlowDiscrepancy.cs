using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Series;

/// <summary>
/// A per-period value published beside a cumulative series that differs from the value de-cumulation derives
/// (上月止累计 + 本月 ≠ 本月止累计 in practice: sample changes, revisions, scope adjustments).
/// </summary>
/// <param name="Period">The period.</param>
/// <param name="Derived">The value de-cumulation gives: YTD[t] − YTD[t−1].</param>
/// <param name="Published">The per-period value as published.</param>
public readonly record struct FlowDiscrepancy(ReportingPeriod Period, decimal Derived, decimal Published)
{
    /// <summary>Gets derived − published (NBS March 2021 profit: 7113.7 − 7111.8 = 1.9).</summary>
    public decimal Difference => Derived - Published;

    /// <summary>Returns the period and both values as held, invariant culture whatever the current culture: <c>2021-03: derived 7113.7, published 7111.8</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Taizhou.Metrics.Published.Rounding.InvariantText, $"{Period}: derived {Derived}, published {Published}");
}
