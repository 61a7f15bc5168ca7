using System.Collections.Generic;

namespace Taizhou.Metrics.IO;

/// <summary>
/// The table <c>taizhou-metrics contrib</c> reads: either a breakdown with levels (one table per period) or a
/// contribution table without levels (one per period); exactly one of the two lists is not null.
/// </summary>
/// <param name="WithLevels">The periods of a table with levels, or null.</param>
/// <param name="WithoutLevels">The periods of a table without levels, or null.</param>
internal sealed record ContribInput(IReadOnlyList<PeriodBreakdown>? WithLevels, IReadOnlyList<PeriodContributions>? WithoutLevels);
