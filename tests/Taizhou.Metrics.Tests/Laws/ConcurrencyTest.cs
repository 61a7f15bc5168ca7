using System;
using System.Collections.Concurrent;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using NodaTime;
using Taizhou.Metrics.Enterprises;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Laws;

/// <summary>
/// Shared immutable instances used from many threads at once give the results they give on one thread: no lazy state
/// computed twice or half-published, no shared buffers.
/// </summary>
public class ConcurrencyTest
{
    private const int Threads = 8;
    private const int Rounds = 20;

    /// <summary>Runs <paramref name="work"/> on <see cref="Threads"/> threads started together, <see cref="Rounds"/> times each.</summary>
    private static void AllAgree(Func<string> work)
    {
        string expected = work();
        var results = new ConcurrentBag<string>();
        using var start = new Barrier(Threads);
        var tasks = Enumerable.Range(0, Threads).Select(_ => Task.Factory.StartNew(
            () =>
            {
                start.SignalAndWait();
                for (int r = 0; r < Rounds; r++)
                {
                    results.Add(work());
                }
            },
            TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(tasks);

        Assert.Equal(Threads * Rounds, results.Count);
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void ClusterMap_SharedAcrossThreads_AssignsTheSame()
    {
        var map = ClusterMap.TaizhouDefault;
        string[] codes = ["3670", "3660", "2710", "3811", "2651", "1810", "4411", "3513", "2929", "0111"];
        AllAgree(() => string.Join(";", codes.Select(c => map.Assign(IndustryCode.Parse(c)).ToString())));
    }

    [Fact]
    public void TierRuleSet_SharedAcrossThreads_ClassifiesTheSame()
    {
        var rules = TierRules.Default;
        var firms = Enumerable.Range(0, 30).Select(i =>
        {
            var output = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, Enumerable.Range(2014, 5).Select(y => Observation.Of(ReportingPeriod.CalendarYear(y), (i * 7.3m) + ((y - 2013) * i * 1.9m))));
            var revenue = TimeSeries.Create(SeriesKind.Flow, MetricUnit.WanYuan, Enumerable.Range(2014, 5).Select(y => Observation.Of(ReportingPeriod.CalendarYear(y), (i * 73000m) + ((y - 2013) * i * 19000m))));
            var employees = TimeSeries.Create(SeriesKind.Stock, MetricUnit.Count, Enumerable.Range(2014, 5).Select(y => Observation.Of(ReportingPeriod.CalendarYear(y), 10m + (i * 40m) + (y - 2013))));
            return new Enterprise("f" + i.ToString(CultureInfo.InvariantCulture), "firm", IndustryCode.Parse(i % 2 == 0 ? "3670" : "2710"), "椒江區", new LocalDate(2005 + (i % 12), 1, 1), output, revenue, employees, null, null);
        }).ToList();
        AllAgree(() => string.Join(";", firms.Select(f => string.Join(",", rules.TiersOf(f, 2018)))));
    }

    [Fact]
    public void TimeSeries_SharedAcrossThreads_GivesTheSameDerivedSeries()
    {
        var flow = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, Enumerable.Range(0, 36).Select(i => Observation.Of(ReportingPeriod.Month(2016 + (i / 12), (i % 12) + 1), 100m + (i * 3.7m))), "output");
        AllAgree(() => string.Join(
            "|",
            string.Join(";", flow.ToCumulative().Observations),
            string.Join(";", flow.ToCumulative().ToFlow().Observations),
            string.Join(";", flow.Aggregate(PeriodKind.Quarter).Observations),
            string.Join(";", flow.ConvertTo(MetricUnit.WanYuan).Observations),
            Growth.YearOnYear(flow, ReportingPeriod.Month(2018, 6)).ToString("6", null)));
    }

    [Fact]
    public void BreakdownAnalysis_SharedAcrossThreads_ReadsTheSame()
    {
        var rows = Enumerable.Range(0, 12).Select(i => new BreakdownRow("p" + i.ToString(CultureInfo.InvariantCulture), PublishedValue.Of(100m + (i * 13.7m)), PublishedValue.Of(90m + (i * 11.1m)))).ToList();
        var total = new BreakdownRow("total", PublishedValue.Of(3000m), PublishedValue.Of(2500m));
        var analysis = Breakdown.Analyse(rows, total);
        var check = Breakdown.Check(rows, total);
        AllAgree(() => string.Join(
            ";",
            analysis.Parts.Select(p => $"{p.Name}:{p.Share:R}:{p.ContributionPoints:R}:{p.ContributionRate:R}:{p.Growth}")
                .Append($"{analysis.Remainder?.Current}:{analysis.SumOfContributionPoints:R}:{analysis.SumOfContributionRates:R}")
                .Concat(check.Findings.Select(f => f.ToString()))
                .Append(string.Join(",", Breakdown.Analyse(rows, total).Parts.Select(p => p.Share?.ToString("R", CultureInfo.InvariantCulture))))));
    }
}
