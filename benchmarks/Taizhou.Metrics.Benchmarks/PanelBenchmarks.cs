using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>
/// The enterprise panel (<see cref="EnterprisePanel"/>, <see cref="PanelCalculator"/>, <see cref="PanelReader"/>) against
/// DuckDB running the same workload in SQL in the same run on the same data, plus a plain array-copy bandwidth
/// baseline. Sizes: <see cref="Firms"/> enterprises × 120 months of <see cref="SyntheticPanel"/> (about 110 rows each).
/// </summary>
/// <remarks>
/// The sizes come from the environment variable <c>TZM_PANEL_FIRMS</c> (comma-separated; default
/// <c>5000,100000,500000</c>). Data files are written once to <c>$TMPDIR/tzm-panel-bench/</c> and reused.
/// </remarks>
[MemoryDiagnoser]
[Config(typeof(PanelConfig))]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class PanelBenchmarks
{
    /// <summary>The seed of every generated panel.</summary>
    public const ulong Seed = 20180601;

    /// <summary>The months of every generated panel.</summary>
    public const int Months = 120;

    private SyntheticPanel data = null!;
    private EnterprisePanel panel = null!;
    private PanelMetrics metrics = null!;
    private PanelMetrics clusterMetrics = null!;
    private PanelMetrics comparableMetrics = null!;
    private DuckDbPanel duck = null!;
    private string parquetPath = string.Empty;
    private string csvPath = string.Empty;
    private int[][] copyTargetsInt = [];
    private double[] copyTargetDouble = [];

    /// <summary>Gets or sets the number of enterprises.</summary>
    [ParamsSource(nameof(Sizes))]
    public int Firms { get; set; }

    /// <summary>Gets the sizes to run: <c>TZM_PANEL_FIRMS</c> or 5,000, 100,000 and 500,000.</summary>
    public static IEnumerable<int> Sizes =>
        (Environment.GetEnvironmentVariable("TZM_PANEL_FIRMS") ?? "5000,100000,500000")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => int.Parse(s, System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Generates the panel, the metrics buffers, the Parquet file and the DuckDB table (outside the measurement).</summary>
    [GlobalSetup(Targets = [nameof(DuckDbJoin), nameof(DuckDbWindow), nameof(Library), nameof(LibraryClustersOnly), nameof(LibraryClustersComparable), nameof(ArrayCopy), nameof(ArrayCopyParallel)])]
    public void SetupCompute()
    {
        Generate();
        parquetPath = DataFile("parquet");
        metrics = PanelMetrics.Allocate(panel, includeEnterpriseYearOnYear: true);
        clusterMetrics = PanelMetrics.Allocate(panel, includeEnterpriseYearOnYear: false);
        comparableMetrics = PanelMetrics.Allocate(panel, includeEnterpriseYearOnYear: false, includeComparable: true);
        PanelCalculator.ComputeInto(panel, metrics);
        copyTargetsInt = [new int[panel.RowCount], new int[panel.RowCount], new int[panel.RowCount]];
        copyTargetDouble = new double[panel.RowCount];
        duck = DuckDbPanel.Open();
        duck.LoadParquet(parquetPath);
    }

    /// <summary>Writes the Parquet file (once) and opens DuckDB.</summary>
    [GlobalSetup(Targets = [nameof(LoadParquetLibrary), nameof(LoadParquetDuckDb)])]
    public void SetupParquet()
    {
        Generate();
        parquetPath = DataFile("parquet");
        FreePanel();
        duck = DuckDbPanel.Open();
    }

    /// <summary>Writes the CSV file (once) and opens DuckDB.</summary>
    [GlobalSetup(Targets = [nameof(LoadCsvLibrary), nameof(LoadCsvDuckDb)])]
    public void SetupCsv()
    {
        Generate();
        csvPath = DataFile("csv");
        FreePanel();
        duck = DuckDbPanel.Open();
    }

    /// <summary>Closes DuckDB.</summary>
    [GlobalCleanup]
    public void Cleanup() => duck?.Dispose();

    /// <summary>DuckDB: cluster metrics (window functions on a dense grid) and the enterprise growth by self-join, materialised.</summary>
    /// <returns>DuckDB's status of the last statement.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("Compute")]
    public long DuckDbJoin() => duck.ComputeWithJoin();

    /// <summary>DuckDB: cluster metrics and the enterprise growth by a RANGE window of exactly period − 100, materialised.</summary>
    /// <returns>DuckDB's status of the last statement.</returns>
    [Benchmark]
    [BenchmarkCategory("Compute")]
    public long DuckDbWindow() => duck.ComputeWithWindow();

    /// <summary>The library: cluster metrics and every row's growth, into a reused buffer.</summary>
    /// <returns>The metrics.</returns>
    [Benchmark]
    [BenchmarkCategory("Compute")]
    public PanelMetrics Library()
    {
        PanelCalculator.ComputeInto(panel, metrics);
        return metrics;
    }

    /// <summary>The library: cluster metrics only.</summary>
    /// <returns>The metrics.</returns>
    [Benchmark]
    [BenchmarkCategory("Compute")]
    public PanelMetrics LibraryClustersOnly()
    {
        PanelCalculator.ComputeInto(panel, clusterMetrics);
        return clusterMetrics;
    }

    /// <summary>The library: cluster metrics with the comparable basis (同口径) and the entry/exit decomposition.</summary>
    /// <returns>The metrics.</returns>
    [Benchmark]
    [BenchmarkCategory("Compute")]
    public PanelMetrics LibraryClustersComparable()
    {
        PanelCalculator.ComputeInto(panel, comparableMetrics);
        return comparableMetrics;
    }

    /// <summary>Bandwidth baseline: copies the panel's four columns (20 bytes a row read, 20 written) on one core.</summary>
    /// <returns>A copied value.</returns>
    [Benchmark]
    [BenchmarkCategory("Compute")]
    public double ArrayCopy()
    {
        panel.EnterpriseIds.CopyTo(copyTargetsInt[0]);
        panel.Clusters.CopyTo(copyTargetsInt[1]);
        panel.Periods.CopyTo(copyTargetsInt[2]);
        panel.YearToDateOutput.CopyTo(copyTargetDouble);
        return copyTargetDouble[^1];
    }

    /// <summary>Bandwidth baseline: the same copy split in two halves on two cores.</summary>
    /// <returns>A copied value.</returns>
    [Benchmark]
    [BenchmarkCategory("Compute")]
    public double ArrayCopyParallel()
    {
        int n = panel.RowCount;
        int half = n / 2;
        Parallel.For(0, 2, k =>
        {
            int start = k == 0 ? 0 : half;
            int length = k == 0 ? half : n - half;
            panel.EnterpriseIds.Slice(start, length).CopyTo(copyTargetsInt[0].AsSpan(start));
            panel.Clusters.Slice(start, length).CopyTo(copyTargetsInt[1].AsSpan(start));
            panel.Periods.Slice(start, length).CopyTo(copyTargetsInt[2].AsSpan(start));
            panel.YearToDateOutput.Slice(start, length).CopyTo(copyTargetDouble.AsSpan(start));
        });
        return copyTargetDouble[^1];
    }

    /// <summary>The library loads the Parquet file into a validated panel.</summary>
    /// <returns>The panel.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("LoadParquet")]
    public EnterprisePanel LoadParquetLibrary() => PanelReader.ReadParquet(parquetPath, null);

    /// <summary>DuckDB loads the Parquet file into a table (<c>CREATE OR REPLACE TABLE … AS SELECT … FROM read_parquet</c>).</summary>
    /// <returns>The row count.</returns>
    [Benchmark]
    [BenchmarkCategory("LoadParquet")]
    public long LoadParquetDuckDb()
    {
        duck.LoadParquet(parquetPath);
        return duck.Count("panel");
    }

    /// <summary>The library loads the CSV file into a validated panel.</summary>
    /// <returns>The panel.</returns>
    [Benchmark(Baseline = true)]
    [BenchmarkCategory("LoadCsv")]
    public EnterprisePanel LoadCsvLibrary() => PanelReader.ReadCsv(csvPath, null);

    /// <summary>DuckDB loads the CSV file into a table, with the column types given.</summary>
    /// <returns>The row count.</returns>
    [Benchmark]
    [BenchmarkCategory("LoadCsv")]
    public long LoadCsvDuckDb()
    {
        duck.LoadCsv(csvPath);
        return duck.Count("panel");
    }

    private void Generate()
    {
        data = SyntheticPanel.Generate(Firms, Months, withCents: false, Seed);
        panel = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        data = null!;
    }

    private void FreePanel()
    {
        panel = null!;
        GC.Collect();
    }

    private string DataFile(string extension)
    {
        string dir = Path.Combine(Path.GetTempPath(), "tzm-panel-bench");
        Directory.CreateDirectory(dir);
        string path = Path.Combine(dir, $"panel-{Firms}-{Seed}.{extension}");
        if (!File.Exists(path))
        {
            string temp = path + ".tmp";
            if (extension == "parquet")
            {
                PanelWriter.WriteParquet(panel, temp);
            }
            else
            {
                PanelWriter.WriteCsv(panel, temp);
            }

            File.Move(temp, path, overwrite: true);
        }

        return path;
    }
}
