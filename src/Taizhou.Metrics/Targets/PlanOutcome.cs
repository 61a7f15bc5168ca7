using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// An outcome published for a plan target's quantity (实际完成值): the period and the figure as printed, with its
/// qualifier (66 listed companies at the end of 2021; 超600亿 of medicine output in 2021). A share is printed in percent
/// (70.2 for 70.2 %); every other kind in the unit of the target's level.
/// </summary>
/// <param name="Period">The period the figure is for (a calendar year).</param>
/// <param name="Value">The figure as printed, with its qualifier.</param>
public readonly record struct PlanOutcome(ReportingPeriod Period, PublishedValue Value);
