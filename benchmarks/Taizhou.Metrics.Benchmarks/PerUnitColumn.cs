using System;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>
/// A summary column that divides a benchmark's mean time (or its allocation) by the number of units it processed
/// (series points, panel rows), so that sizes can be compared.
/// </summary>
/// <param name="unit">The unit's name in the column header and legend ("point", "row").</param>
/// <param name="units">The number of units of a benchmark case, or null when it has none.</param>
/// <param name="allocation">Bytes allocated per unit when true, nanoseconds per unit when false.</param>
/// <param name="decimals">Decimals printed.</param>
internal sealed class PerUnitColumn(string unit, Func<BenchmarkCase, long?> units, bool allocation, int decimals) : IColumn
{
    public string Id => (allocation ? "BytesPer" : "NsPer") + unit;

    public string ColumnName => (allocation ? "B/" : "ns/") + unit;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => allocation ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => allocation
        ? $"Managed bytes allocated per operation divided by the {unit}s processed"
        : $"Mean time per operation divided by the {unit}s processed, in nanoseconds";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(benchmarkCase);
        var report = summary[benchmarkCase];
        if (report is null || units(benchmarkCase) is not long n || n <= 0)
        {
            return "-";
        }

        string format = "0." + new string('0', decimals);
        if (allocation)
        {
            long? bytes = report.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
            return bytes is long b ? (b / (double)n).ToString(format, CultureInfo.InvariantCulture) : "-";
        }

        double? mean = report.ResultStatistics?.Mean;
        return mean is double m ? (m / n).ToString(format, CultureInfo.InvariantCulture) : "-";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
