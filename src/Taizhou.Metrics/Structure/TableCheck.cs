using System.Collections.Generic;
using System.Linq;

namespace Taizhou.Metrics.Structure;

/// <summary>The result of checking a published table's identities: every identity the given figures allow, consistent or not.</summary>
public sealed partial class TableCheck
{
    internal TableCheck(IReadOnlyList<TableCheckFinding> findings)
    {
        Findings = findings;
    }

    /// <summary>Gets every identity checked, in table order.</summary>
    public IReadOnlyList<TableCheckFinding> Findings { get; }

    /// <summary>Gets the identities that break beyond rounding.</summary>
    public IEnumerable<TableCheckFinding> Broken => Findings.Where(f => f.IsBroken);

    /// <summary>Gets whether every identity holds within rounding (also true when there was nothing to check).</summary>
    public bool Passed => Findings.All(f => !f.IsBroken);
}
