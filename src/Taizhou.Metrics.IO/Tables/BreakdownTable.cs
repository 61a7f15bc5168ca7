using System;
using System.Collections.Generic;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;

namespace Taizhou.Metrics.IO;

/// <summary>
/// A breakdown table as <see cref="BreakdownReader"/> read it: its parts, its total row (or null), where each row is,
/// and the month's own values (本月) when the table has them.
/// </summary>
public sealed class BreakdownTable
{
    internal BreakdownTable(string source, IReadOnlyList<BreakdownRow> parts, BreakdownRow? total, IReadOnlyDictionary<string, int> lines, IReadOnlyDictionary<string, PublishedValue> months)
    {
        Source = source;
        Parts = parts;
        Total = total;
        Lines = lines;
        Months = months;
    }

    /// <summary>Gets the file (or stream's name) the table was read from.</summary>
    public string Source { get; }

    /// <summary>Gets the parts, in the order of the table (the total's row left out).</summary>
    public IReadOnlyList<BreakdownRow> Parts { get; }

    /// <summary>Gets the total row, or null when no total was named (the total is then the sum of the parts).</summary>
    public BreakdownRow? Total { get; }

    /// <summary>Gets the line (of a text file) or row (of a sheet) of every row, total included, by its <c>part</c> name.</summary>
    public IReadOnlyDictionary<string, int> Lines { get; }

    /// <summary>Gets the month's own value (本月) of every row whose <c>month</c> cell is not empty, by its <c>part</c> name; empty when the table has no such column.</summary>
    public IReadOnlyDictionary<string, PublishedValue> Months { get; }

    /// <summary>Computes shares, contributions (拉动) and contribution rates (贡献率): <see cref="Breakdown.Analyse(IReadOnlyList{BreakdownRow}, BreakdownRow)"/>.</summary>
    /// <returns>The analysis.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Breakdown.Analyse(IReadOnlyList{BreakdownRow}, BreakdownRow)"/>: the library refuses the table.</exception>
    public BreakdownAnalysis Analyse() => Breakdown.Analyse(Parts, Total);

    /// <summary>Checks every identity the table's published figures allow within rounding: <see cref="Breakdown.Check(IReadOnlyList{BreakdownRow}, BreakdownRow)"/>.</summary>
    /// <returns>The findings.</returns>
    /// <exception cref="ArgumentException">As for <see cref="Breakdown.Check(IReadOnlyList{BreakdownRow}, BreakdownRow)"/>.</exception>
    public TableCheck Check() => Breakdown.Check(Parts, Total);
}
