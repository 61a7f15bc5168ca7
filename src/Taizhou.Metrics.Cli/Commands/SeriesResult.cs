using System.Collections.Generic;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>What <c>taizhou-metrics series</c> computed from a cumulative series.</summary>
/// <param name="Input">The input as named on the command line (<c>-</c> for standard input).</param>
/// <param name="LevelDecimals">The most decimals of the levels as printed: levels are shown with as many.</param>
/// <param name="SingleMonths">The single-month figures, or null without <c>--single-month</c>.</param>
/// <param name="AverageYears">The n of <c>--average-years</c>, or null.</param>
/// <param name="Averages">The n-year averages of every period with a base n years earlier, or null without <c>--average-years</c>.</param>
/// <param name="Splits">With <c>--split-jan-feb</c>: the estimated split of every 1-2月合计 figure, by year; empty otherwise.</param>
internal sealed record SeriesResult(string Input, int LevelDecimals, IReadOnlyList<SingleMonthFigure>? SingleMonths, int? AverageYears, IReadOnlyList<AverageRow>? Averages, IReadOnlyDictionary<int, JanuaryFebruarySplit> Splits)
{
    /// <summary>The estimated split of a single-month figure, when it is a 1-2月合计 that <c>--split-jan-feb</c> split.</summary>
    /// <param name="figure">The figure.</param>
    /// <returns>The split, or null.</returns>
    public JanuaryFebruarySplit? SplitOf(SingleMonthFigure figure) =>
        figure.Period == ReportingPeriod.JanuaryFebruary(figure.Period.Year) && Splits.TryGetValue(figure.Period.Year, out var split) ? split : null;
}

/// <summary>The n-year average growth of one cumulative period, by the two routes the file allows.</summary>
/// <param name="Period">The period.</param>
/// <param name="BasePeriod">The same period n years earlier.</param>
/// <param name="FromLevels">From the two levels as printed, with bounds; null when the file has no level n years earlier (or a level is not positive).</param>
/// <param name="FromYearOnYear">From the n chained year-on-year rates as printed, with bounds (approximate); null when a rate is not in the file.</param>
internal sealed record AverageRow(ReportingPeriod Period, ReportingPeriod BasePeriod, BoundedEstimate? FromLevels, BoundedEstimate? FromYearOnYear);
