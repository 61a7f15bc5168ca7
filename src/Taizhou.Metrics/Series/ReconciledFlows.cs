using System.Collections.Generic;

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
}
