using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>Adds the per-point columns (mean time and allocation divided by the parameter <c>N</c>) to a benchmark class.</summary>
public sealed class PerPointConfig : ManualConfig
{
    /// <summary>Initializes a new instance of the <see cref="PerPointConfig"/> class.</summary>
    public PerPointConfig()
    {
        AddColumn(new PerPointColumn(allocation: false), new PerPointColumn(allocation: true));
    }

    private sealed class PerPointColumn(bool allocation) : IColumn
    {
        public string Id => allocation ? "BytesPerPoint" : "NsPerPoint";

        public string ColumnName => allocation ? "B/point" : "ns/point";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => allocation ? 1 : 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => allocation
            ? "Bytes allocated per operation divided by N (managed memory, all generations)"
            : "Mean time per operation divided by N, in nanoseconds";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            ArgumentNullException.ThrowIfNull(summary);
            ArgumentNullException.ThrowIfNull(benchmarkCase);
            var report = summary[benchmarkCase];
            if (report is null || benchmarkCase.Parameters["N"] is not int n || n <= 0)
            {
                return "-";
            }

            if (allocation)
            {
                long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
                return bytes is long b ? (b / (double)n).ToString("0.0", CultureInfo.InvariantCulture) : "-";
            }

            double? mean = report.ResultStatistics?.Mean;
            return mean is double m ? (m / n).ToString("0.00", CultureInfo.InvariantCulture) : "-";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
