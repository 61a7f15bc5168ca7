using System.Collections.Generic;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Structure;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>One period (or the whole table) of a contribution table without levels, as read and checked.</summary>
/// <param name="Period">The period, or null when the table has no period column.</param>
/// <param name="Parts">The rows as read.</param>
/// <param name="Result">The check of the rows (always computed: the implied growth comes from it).</param>
internal sealed record LevelFreeResult(ReportingPeriod? Period, IReadOnlyList<ContributionRow> Parts, ContributionTableCheck Result);
