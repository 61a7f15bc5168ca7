using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary>The annual series the target and projection tests build (used with <c>using static</c>).</summary>
internal static class AnnualSeries
{
    /// <summary>The calendar year <paramref name="year"/>.</summary>
    public static ReportingPeriod Year(int year) => ReportingPeriod.CalendarYear(year);

    /// <summary>An annual flow series in 億元 starting at <paramref name="firstYear"/>.</summary>
    public static TimeSeries Annual(int firstYear, params decimal[] values) =>
        TimeSeries.FromValues(
            SeriesKind.Flow,
            MetricUnit.YiYuan,
            values.Select((_, i) => Year(firstYear + i)).ToArray(),
            values.Select(v => (decimal?)v).ToArray(),
            "cluster output");

    /// <summary>An annual series from doubles (generated data), each converted to the nearest decimal.</summary>
    public static TimeSeries Annual(int firstYear, IEnumerable<double> values) =>
        Annual(firstYear, values.Select(v => (decimal)v).ToArray());
}
