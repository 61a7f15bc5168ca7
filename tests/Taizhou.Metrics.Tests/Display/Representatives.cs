using System;
using System.Collections.Generic;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Samples;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Tests.Display;

/// <summary>
/// Representative instances of the core's public types, as a notebook would hold them: the embedded sample and its
/// report, results computed from small series and breakdowns, undefined rates, missing observations, and the default
/// value of every public struct. The getter and display tests walk these and everything reachable from them.
/// </summary>
internal static class Representatives
{
    /// <summary>A monthly year-to-date series 2017-01..2018-06 with a missing month (2018-04).</summary>
    public static TimeSeries Monthly()
    {
        var periods = new List<ReportingPeriod>();
        var values = new List<decimal?>();
        for (int year = 2017; year <= 2018; year++)
        {
            for (int month = 1; month <= (year == 2017 ? 12 : 6); month++)
            {
                periods.Add(ReportingPeriod.Month(year, month));
                values.Add(year == 2018 && month == 4 ? null : 100m + (10m * month) + ((year - 2017) * 15m));
            }
        }

        return TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, periods, values, "output");
    }

    /// <summary>An annual flow series 2013..2018 in 億元.</summary>
    public static TimeSeries Annual() => TimeSeries.FromValues(
        SeriesKind.Flow,
        MetricUnit.YiYuan,
        Enumerable.Range(2013, 6).Select(ReportingPeriod.CalendarYear).ToArray(),
        [500m, 540m, 590m, 640m, 700m, 770m],
        "cluster output");

    /// <summary>A two-part breakdown with a total and a part whose base is zero (growth undefined).</summary>
    public static BreakdownAnalysis Breakdown() => Metrics.Structure.Breakdown.Analyse(
        [
            new BreakdownRow("A", PublishedValue.Of(30m), previous: PublishedValue.Of(20m)),
            new BreakdownRow("B", PublishedValue.Of(5m), previous: PublishedValue.Of(0m)),
        ],
        new BreakdownRow("city", PublishedValue.Of(125m), previous: PublishedValue.Of(100m)));

    /// <summary>Every representative instance.</summary>
    public static IEnumerable<object> All()
    {
        var sample = TaizhouSample.Instance;
        yield return sample;
        yield return TaizhouReport.Compute(sample);
        yield return GrowthRate.FromFraction(0.267);
        yield return GrowthRate.Undefined(GrowthUndefinedReason.ZeroBase);
        yield return GrowthRate.Undefined(GrowthUndefinedReason.MissingBase);
        yield return Observation.Missing(ReportingPeriod.Month(2018, 4));
        yield return Observation.Of(ReportingPeriod.YearToDate(2018, 6), 1042.27m);
        foreach (var p in new[] { ReportingPeriod.Month(2018, 6), ReportingPeriod.Quarter(2018, 2), ReportingPeriod.Half(2018, 1), ReportingPeriod.YearToDate(2018, 6), ReportingPeriod.CalendarYear(2018), ReportingPeriod.JanuaryFebruary(2018) })
        {
            yield return p;
        }

        var monthly = Monthly();
        yield return monthly;
        yield return Growth.YearOnYear(monthly);
        yield return Growth.PeriodOnPeriod(monthly);
        var annual = Annual();
        yield return annual;
        yield return TimeSeries.FromValues(SeriesKind.Flow, MetricUnit.YiYuan, [], [], "empty");
        yield return Breakdown();

        // Contribution tables without levels: a period with a row printed at 贡献率 0.0 (no bound), and rows that disagree.
        var year = new ContributionPeriod("1986", [new ContributionRow("A", PublishedValue.Of(0.0m), PublishedValue.Of(0.0m)), new ContributionRow("B", PublishedValue.Of(92.8m), PublishedValue.Of(5.3m))], PublishedValue.Of(5.7m));
        yield return year;
        yield return ContributionTable.Check(year, partsExhaustTotal: false);
        yield return ContributionTable.Check([new ContributionRow("A", PublishedValue.Of(50.0m), PublishedValue.Of(5.0m)), new ContributionRow("C", PublishedValue.Of(25.0m), PublishedValue.Of(3.0m))], null, partsExhaustTotal: true);
        var target = new ValueTarget("cluster output", ReportingPeriod.CalendarYear(2021), 5000m);
        yield return target;
        foreach (var projection in new[] { Project.ConstantGrowth(annual, ReportingPeriod.CalendarYear(2021)), Project.LogLinear(annual, ReportingPeriod.CalendarYear(2021)), Project.Holt(annual, ReportingPeriod.CalendarYear(2021)) })
        {
            yield return projection;
            yield return TargetGap.Of(projection, target);
        }

        yield return Requirements.AnnualGrowth(770m, ReportingPeriod.CalendarYear(2018), target);
        yield return FullYear.FromRunRate(ReportingPeriod.YearToDate(2018, 6), 1042.27m);
        yield return Implied.Base(PublishedValue.Of(1042.27m), PublishedValue.Of(26.7m));
        yield return BoundedEstimate.Unbounded(2.0);
        yield return MetricUnit.Index;
        yield return MetricUnit.Count;
        yield return MetricUnit.Percent;

        // The default value of every public struct: what an uninitialised field or array element holds.
        foreach (var t in typeof(GrowthRate).Assembly.GetExportedTypes().Where(t => t.IsValueType && !t.IsEnum && !t.IsGenericTypeDefinition))
        {
            yield return Activator.CreateInstance(t)!;
        }
    }
}
