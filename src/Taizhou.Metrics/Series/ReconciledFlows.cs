using System.Collections.Generic;
using System.Globalization;

namespace Taizhou.Metrics.Series;

/// <summary>
/// Per-period flows from a cumulative series with the published per-period values taking precedence, and every
/// period where the two differ.
/// </summary>
public sealed class ReconciledFlows
{
    internal ReconciledFlows(TimeSeries flows, TimeSeries derived, IReadOnlyList<FlowDiscrepancy> discrepancies)
    {
        Flows = flows;
        Derived = derived;
        Discrepancies = discrepancies;
    }

    /// <summary>Gets the flows: the published value where one is given for the same period, the derived one elsewhere.</summary>
    public TimeSeries Flows { get; }

    /// <summary>Gets the flows as de-cumulation derives them, before any published value overrides them.</summary>
    public TimeSeries Derived { get; }

    /// <summary>Gets the periods whose published value differs from the derived one, in order.</summary>
    public IReadOnlyList<FlowDiscrepancy> Discrepancies { get; }

    /// <summary>Returns a one-line summary: <c>Flows of output: 3 periods 2018-01..2018-03, 1 discrepancy with the published</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"Flows{(Flows.Name is null ? string.Empty : " of " + Flows.Name)}: {Flows.Count} period{(Flows.Count == 1 ? string.Empty : "s")}{(Flows.Count == 0 ? string.Empty : $" {Flows.Observations[0].Period}..{Flows.Observations[^1].Period}")}, {Discrepancies.Count} discrepanc{(Discrepancies.Count == 1 ? "y" : "ies")} with the published");
}
