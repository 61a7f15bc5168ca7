using System;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>
/// De-cumulation (<see cref="TimeSeries.ToFlow"/>), cumulation (<see cref="TimeSeries.ToCumulative"/>) and creation
/// with validation (<see cref="TimeSeries.Create"/>) of series of <see cref="N"/> monthly points, each against a
/// hand-written loop over plain arrays (one baseline per category).
/// </summary>
[MemoryDiagnoser]
[Config(typeof(PerPointConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class SeriesBenchmarks : SyntheticSeriesBenchmark
{
    /// <summary>De-cumulates a decimal[] of year-to-date values: the difference from the previous month, reset each January.</summary>
    /// <returns>The monthly flows.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ToFlow")]
    public decimal[] DecimalArrayToFlow()
    {
        decimal[] ytd = Data.Cumulative;
        var flows = new decimal[ytd.Length];
        for (int i = 0; i < ytd.Length; i++)
        {
            flows[i] = i % 12 == 0 ? ytd[i] : ytd[i] - ytd[i - 1];
        }

        return flows;
    }

    /// <summary><see cref="TimeSeries.ToFlow"/> of a cumulative (1-N月) series.</summary>
    /// <returns>The flow series.</returns>
    [Benchmark]
    [BenchmarkCategory("ToFlow")]
    public TimeSeries[] SeriesToFlow() => Array.ConvertAll(Data.CumulativeSeries, s => s.ToFlow());

    /// <summary>Cumulates a decimal[] of monthly flows: a running total reset each January.</summary>
    /// <returns>The year-to-date values.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("ToCumulative")]
    public decimal[] DecimalArrayToCumulative()
    {
        decimal[] flows = Data.Flows;
        var ytd = new decimal[flows.Length];
        decimal total = 0m;
        for (int i = 0; i < flows.Length; i++)
        {
            total = i % 12 == 0 ? flows[i] : total + flows[i];
            ytd[i] = total;
        }

        return ytd;
    }

    /// <summary><see cref="TimeSeries.ToCumulative"/> of a monthly flow series.</summary>
    /// <returns>The cumulative series.</returns>
    [Benchmark]
    [BenchmarkCategory("ToCumulative")]
    public TimeSeries[] SeriesToCumulative() => Array.ConvertAll(Data.FlowSeries, s => s.ToCumulative());

    /// <summary>
    /// The checks of a cumulative series done by hand on arrays already in order: copy the months and values, check the
    /// months strictly increase and the values do not fall within a year.
    /// </summary>
    /// <returns>The copied values.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Create")]
    public decimal[] DecimalArrayChecks()
    {
        int[] months = (int[])Data.MonthIndex.Clone();
        decimal[] values = (decimal[])Data.Cumulative.Clone();
        for (int i = 1; i < months.Length; i++)
        {
            if (i % SyntheticData.SeriesLength == 0)
            {
                continue; // a new series starts
            }

            if (months[i] <= months[i - 1])
            {
                throw new InvalidOperationException($"Month {months[i]} is out of order.");
            }

            if (months[i] / 12 == months[i - 1] / 12 && values[i] < values[i - 1])
            {
                throw new InvalidOperationException($"The value for month {months[i]} falls.");
            }
        }

        return values;
    }

    /// <summary><see cref="TimeSeries.Create"/> of a cumulative series from observations already in order (copy, sort, validate).</summary>
    /// <returns>The series.</returns>
    [Benchmark]
    [BenchmarkCategory("Create")]
    public TimeSeries[] CreateCumulativeSeries() => Array.ConvertAll(Data.CumulativeObservations, o => TimeSeries.Create(SeriesKind.Cumulative, MetricUnit.YiYuan, o));

    /// <summary><see cref="TimeSeries.Create"/> of a monthly flow series from observations already in order (adds the overlap check).</summary>
    /// <returns>The series.</returns>
    [Benchmark]
    [BenchmarkCategory("Create")]
    public TimeSeries[] CreateFlowSeries() => Array.ConvertAll(Data.FlowObservations, o => TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan, o));
}
