using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>Adds the per-point columns (mean time and allocation divided by the parameter <c>N</c>) to a benchmark class.</summary>
public sealed class PerPointConfig : ManualConfig
{
    /// <summary>Initializes a new instance of the <see cref="PerPointConfig"/> class.</summary>
    public PerPointConfig()
    {
        AddColumn(
            new PerUnitColumn("point", Points, allocation: false, decimals: 2),
            new PerUnitColumn("point", Points, allocation: true, decimals: 1));
    }

    private static long? Points(BenchmarkCase benchmarkCase) => benchmarkCase.Parameters["N"] is int n ? n : null;
}
