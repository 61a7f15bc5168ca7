using System;
using System.Collections.Generic;
using BenchmarkDotNet.Attributes;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>
/// Year-on-year growth (同比, <see cref="Growth.YearOnYear(Series.TimeSeries)"/>) over a monthly flow series and over a
/// cumulative (1-N月) series of <see cref="N"/> points, against hand-written loops over plain arrays.
/// </summary>
/// <remarks>
/// The baselines compare each point with the one 12 positions earlier, which is only right for a gap-free monthly
/// array; the library finds the base by calendar (a binary search for the same period a year earlier), handles
/// missing values and returns the period, the base period and a <see cref="GrowthRate"/> with its reason.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(PerPointConfig))]
public class RatesBenchmarks : SyntheticSeriesBenchmark
{
    /// <summary>The same arithmetic as the library, (x − b) / b in decimal rounded once to double, over a decimal[] of flows.</summary>
    /// <returns>The rates, NaN where undefined (first year, non-positive base).</returns>
    [Benchmark(Baseline = true)]
    public double[] DecimalArrayYoY()
    {
        decimal[] x = Data.Flows;
        var result = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            if (i % SyntheticData.SeriesLength < 12 || x[i - 12] <= 0m)
            {
                result[i] = double.NaN;
                continue;
            }

            decimal b = x[i - 12];
            result[i] = (double)((x[i] - b) / b);
        }

        return result;
    }

    /// <summary>The same rates in double arithmetic over a double[] of flows (the cost of decimal division, by contrast).</summary>
    /// <returns>The rates, NaN where undefined.</returns>
    [Benchmark]
    public double[] DoubleArrayYoY()
    {
        double[] x = Data.FlowsAsDouble;
        var result = new double[x.Length];
        for (int i = 0; i < x.Length; i++)
        {
            result[i] = i % SyntheticData.SeriesLength < 12 || x[i - 12] <= 0.0 ? double.NaN : (x[i] / x[i - 12]) - 1.0;
        }

        return result;
    }

    /// <summary><see cref="Growth.YearOnYear(Series.TimeSeries)"/> of a monthly flow series.</summary>
    /// <returns>One growth per month.</returns>
    [Benchmark]
    public IReadOnlyList<PeriodGrowth>[] FlowSeriesYoY() => Array.ConvertAll(Data.FlowSeries, Growth.YearOnYear);

    /// <summary><see cref="Growth.YearOnYear(Series.TimeSeries)"/> of a cumulative (1-N月) series: 1-6月 against last year's 1-6月.</summary>
    /// <returns>One growth per cumulative period.</returns>
    [Benchmark]
    public IReadOnlyList<PeriodGrowth>[] CumulativeSeriesYoY() => Array.ConvertAll(Data.CumulativeSeries, Growth.YearOnYear);
}
