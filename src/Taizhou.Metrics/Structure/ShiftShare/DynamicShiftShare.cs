using System;
using System.Collections.Generic;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The result of a dynamic shift-share analysis (Barff and Knight 1988; REAT's <c>shiftd</c>): a classic (Dunn)
/// analysis for each pair of consecutive periods, and the sums of their components per industry and in total.
/// </summary>
/// <remarks>
/// <para>
/// Step t runs from period t to period t + 1 and uses that step's reference growth rates, so a shifting industry
/// structure within the horizon is taken into account. Each sum Σₜ (NSₜ + IMₜ + RSₜ) telescopes to e_T − e₀, the
/// change over the whole horizon, whatever the zero bases along the way (each step follows the policy of
/// <see cref="ShiftShare"/>). With two periods the result is the classic analysis.
/// </para>
/// </remarks>
public sealed class DynamicShiftShare
{
    private readonly string[] industries;
    private readonly ReportingPeriod[] periods;
    private readonly DunnShiftShare[] steps;
    private readonly ShiftShareComponents[] industryTotals;

    internal DynamicShiftShare(string[] industries, ReportingPeriod[] periods, DunnShiftShare[] steps, ShiftShareComponents[] industryTotals, ShiftShareComponents total)
    {
        this.industries = industries;
        Industries = Array.AsReadOnly(industries);
        this.periods = periods;
        Periods = Array.AsReadOnly(periods);
        this.steps = steps;
        Steps = Array.AsReadOnly(steps);
        this.industryTotals = industryTotals;
        IndustryTotals = Array.AsReadOnly(industryTotals);
        Total = total;
    }

    /// <summary>Gets the industries' names, in the order given.</summary>
    public IReadOnlyList<string> Industries { get; }

    /// <summary>Gets the periods of the path, in order (one more than <see cref="Steps"/>).</summary>
    public IReadOnlyList<ReportingPeriod> Periods { get; }

    /// <summary>Gets the classic analysis of each step, from <see cref="Periods"/>[t] to <see cref="Periods"/>[t + 1].</summary>
    public IReadOnlyList<DunnShiftShare> Steps { get; }

    /// <summary>Gets each industry's components summed over the steps, in the order of <see cref="Industries"/>.</summary>
    public IReadOnlyList<ShiftShareComponents> IndustryTotals { get; }

    /// <summary>Gets the components summed over the steps and the industries (REAT's <c>shiftd</c> components).</summary>
    public ShiftShareComponents Total { get; }

    /// <summary>Returns the horizon and the total components.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(Rounding.InvariantText, $"Dynamic shift-share {periods[0]}–{periods[^1]}, {steps.Length} steps: {Total}");
}
