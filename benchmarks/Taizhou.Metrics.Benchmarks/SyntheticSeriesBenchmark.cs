using BenchmarkDotNet.Attributes;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>
/// The common part of the series benchmarks (<see cref="RatesBenchmarks"/>, <see cref="SeriesBenchmarks"/>): the size
/// parameter and the synthetic data built for it.
/// </summary>
public abstract class SyntheticSeriesBenchmark
{
    /// <summary>Gets or sets the number of monthly points, in series of at most <see cref="SyntheticData.SeriesLength"/> (10^6 points are 17 series).</summary>
    [Params(1_000, 10_000, 100_000, 1_000_000)]
    public int N { get; set; }

    /// <summary>Gets the series and arrays of <see cref="N"/> points.</summary>
    private protected SyntheticData Data { get; private set; } = null!;

    /// <summary>Builds the series and arrays (outside the measurement).</summary>
    [GlobalSetup]
    public void Setup() => Data = SyntheticData.Create(N);
}
