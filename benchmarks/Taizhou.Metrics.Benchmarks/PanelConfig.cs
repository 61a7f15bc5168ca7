using System;
using System.Collections.Concurrent;
using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>Adds per-row columns to the panel benchmarks: mean time and allocation divided by the panel's row count.</summary>
public sealed class PanelConfig : ManualConfig
{
    private static readonly ConcurrentDictionary<int, long> Rows = new();

    /// <summary>Initializes a new instance of the <see cref="PanelConfig"/> class.</summary>
    public PanelConfig()
    {
        AddColumn(
            new PerUnitColumn("row", c => Firms(c) is int f ? RowCount(f) : null, allocation: false, decimals: 3),
            new PerUnitColumn("row", c => Firms(c) is int f ? RowCount(f) : null, allocation: true, decimals: 2),
            new RowsColumn());
    }

    private static long RowCount(int firms) => Rows.GetOrAdd(firms, f => SyntheticPanel.CountRows(f, PanelBenchmarks.Months, PanelBenchmarks.Seed));

    private static int? Firms(BenchmarkCase benchmarkCase) => benchmarkCase.Parameters["Firms"] is int f && f > 0 ? f : null;

    private sealed class RowsColumn : IColumn
    {
        public string Id => "PanelRows";

        public string ColumnName => "Rows";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => -1;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Rows of the panel (enterprise-months)";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            ArgumentNullException.ThrowIfNull(benchmarkCase);
            return Firms(benchmarkCase) is int f ? RowCount(f).ToString("N0", CultureInfo.InvariantCulture) : "-";
        }

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
