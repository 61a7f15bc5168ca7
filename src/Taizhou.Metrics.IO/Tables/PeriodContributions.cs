using System.Collections.Generic;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;

namespace Taizhou.Metrics.IO;

/// <summary>
/// One period's rows of a contribution table without levels (only 贡献率 and/or 拉动 per part), as the breakdown
/// reader read them: the parts, the total's growth from the <c>--total</c> row's <c>growth</c> cell (or null), and the
/// line of every row.
/// </summary>
/// <param name="Period">The period, or null when the table has no period column.</param>
/// <param name="Parts">The parts, in the order of the table.</param>
/// <param name="TotalGrowthPercent">The total's growth in percent as printed, or null when the table does not give it.</param>
/// <param name="Lines">The line (or sheet row) of every row, total included, by its part name.</param>
internal sealed record PeriodContributions(ReportingPeriod? Period, IReadOnlyList<ContributionRow> Parts, PublishedValue? TotalGrowthPercent, IReadOnlyDictionary<string, int> Lines);
