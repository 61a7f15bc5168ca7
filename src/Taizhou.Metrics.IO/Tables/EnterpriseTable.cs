using System.Collections.Generic;
using Taizhou.Metrics.Enterprises;

namespace Taizhou.Metrics.IO;

/// <summary>The firms of an enterprise table as <see cref="EnterpriseReader"/> read them, and the years the table covers.</summary>
public sealed class EnterpriseTable
{
    internal EnterpriseTable(IReadOnlyList<Enterprise> enterprises, SortedSet<int> years)
    {
        Enterprises = enterprises;
        Years = years;
    }

    /// <summary>Gets the firms, in the order of their first row.</summary>
    public IReadOnlyList<Enterprise> Enterprises { get; }

    /// <summary>Gets the years that have at least one row, in ascending order.</summary>
    public IReadOnlyCollection<int> Years { get; }
}
