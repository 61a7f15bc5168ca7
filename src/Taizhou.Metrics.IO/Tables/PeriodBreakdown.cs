using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.IO;

/// <summary>One period's rows of a breakdown table with a <c>period</c> column, read as a table of their own.</summary>
/// <param name="Period">The period, or null when the table has no period column (the whole table is then one group).</param>
/// <param name="Table">The period's parts, total row and lines.</param>
internal sealed record PeriodBreakdown(ReportingPeriod? Period, BreakdownTable Table);
