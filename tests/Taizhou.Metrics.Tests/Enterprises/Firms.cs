using System.Collections.Generic;
using System.Linq;
using NodaTime;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Tests.Enterprises;

/// <summary>Builds test enterprises from yearly values.</summary>
internal static class Firms
{
    public static TimeSeries Yearly(MetricUnit unit, SeriesKind kind, params (int Year, decimal Value)[] values) =>
        TimeSeries.Create(kind, unit, values.Select(v => Observation.Of(ReportingPeriod.CalendarYear(v.Year), v.Value)));

    /// <summary>A firm with output in 億元 by year, and optionally revenue in 萬元 and employees by year.</summary>
    public static Enterprise Make(
        string id,
        IEnumerable<(int Year, decimal Yi)> outputYi,
        string code = "3670",
        string county = "椒江區",
        int foundedYear = 2000,
        IEnumerable<(int Year, decimal Wan)>? revenueWan = null,
        IEnumerable<(int Year, decimal Count)>? employees = null,
        Listing? listing = null,
        Cluster? cluster = null) =>
        new(
            id,
            "firm " + id,
            IndustryCode.Parse(code),
            county,
            new LocalDate(foundedYear, 3, 1),
            Yearly(MetricUnit.YiYuan, SeriesKind.Flow, [.. outputYi]),
            revenueWan is null ? null : Yearly(MetricUnit.WanYuan, SeriesKind.Flow, [.. revenueWan]),
            employees is null ? null : Yearly(MetricUnit.Count, SeriesKind.Stock, [.. employees]),
            listing,
            cluster);

    public static Enterprise Output(string id, int year, decimal yi, string code = "3670", string county = "椒江區") =>
        Make(id, [(year, yi)], code, county);
}
