using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Charts;

/// <summary>A tick of a period axis: a period, where it sits on the axis, and its label (null for an unlabelled minor tick).</summary>
/// <param name="Period">The period.</param>
/// <param name="Position">The position on the axis, <see cref="PeriodAxis.PositionOf"/> of the period.</param>
/// <param name="Label">The label (<c>2018Q2</c>, <c>2018年二季度</c>, <c>2018-06</c>), or null for a minor tick.</param>
public readonly record struct PeriodTick(ReportingPeriod Period, double Position, string? Label);
