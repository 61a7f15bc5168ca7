using System;
using System.Globalization;
using DuckDB.NET.Data;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>
/// DuckDB's side of <c>benchmarks/whole-job.sh</c>: does in one process what <c>taizhou-metrics panel</c> does (load the
/// panel file, compute, write the results) with the SQL of <see cref="DuckDbPanel"/>, and compares two cluster-metrics
/// files so that the script times the same job on both sides.
/// </summary>
public static class Program
{
    private const string Usage = """
        usage:
          Taizhou.Metrics.DuckDbJob panel --input FILE.parquet|FILE.csv --output DIR [--enterprise-yoy] [--output-format csv|parquet] [--enterprise-sql window|join]
          Taizhou.Metrics.DuckDbJob compare OURS DUCKDB    (cluster_metrics.csv or .parquet of taizhou-metrics, then of this program)
          Taizhou.Metrics.DuckDbJob version
        """;

    /// <summary>Runs one of the commands of <see cref="Usage"/>.</summary>
    /// <param name="args">The command and its arguments.</param>
    /// <returns>0 on success, 1 when the compared files disagree, 2 on a usage error.</returns>
    public static int Main(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        try
        {
            return args switch
            {
                ["panel", .. var rest] => DuckDbJob.Run(DuckDbJob.Parse([.. rest]), Console.Out),
                ["compare", var ours, var duck] => ClusterComparison.Run(ours, duck, Console.Out),
                ["version"] => Version(),
                _ => throw new ArgumentException("unknown command"),
            };
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine($"Taizhou.Metrics.DuckDbJob: {ex.Message}");
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    private static int Version()
    {
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version()";
        object? version = command.ExecuteScalar();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"DuckDB {version} (DuckDB.NET.Data {typeof(DuckDBConnection).Assembly.GetName().Version})"));
        return 0;
    }
}
