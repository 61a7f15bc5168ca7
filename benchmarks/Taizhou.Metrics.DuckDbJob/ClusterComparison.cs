using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using DuckDB.NET.Data;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>
/// Checks that the cluster metrics of <c>taizhou-metrics panel</c> and of <see cref="DuckDbJob"/> are the same table,
/// so that the whole-job script times the same job on both sides. Both files are read with DuckDB (CSV or Parquet, by
/// extension). Ours has the total as cluster <c>total</c>, rates in percent (divided by 100 here) and an empty total
/// for a month no row falls in; DuckDB's has the total as cluster −1, rates as fractions and 0 for such a month.
/// The same (cluster, month) cells must be in both; totals must agree to 1e-9 relative, and rates must be missing in
/// the same cells and agree to 1e-9 relative to max(1, |rate|) (as growth factors 1 + r, like the agreement test
/// <c>DuckDbAgreementTest</c>). Our comparable-basis columns have no DuckDB counterpart and are not compared.
/// </summary>
internal static class ClusterComparison
{
    private const double Tolerance = 1e-9;

    /// <summary>Compares the two files and says how they compare.</summary>
    /// <param name="ours">Our <c>cluster_metrics.csv</c> or <c>.parquet</c>.</param>
    /// <param name="duck">DuckDB's.</param>
    /// <param name="output">Where to write the verdict and the first differences.</param>
    /// <returns>0 when they agree, 1 when they do not.</returns>
    public static int Run(string ours, string duck, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
        var a = Read(connection, ours, "yoy_pct", "share_pct", "contrib_pp", 100.0);
        var b = Read(connection, duck, "yoy", "share", "contrib", 1.0);
        var differences = new List<string>();
        if (a.Count != b.Count)
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"{a.Count} cells in {ours}, {b.Count} in {duck}"));
        }

        double worst = 0;
        foreach (var (key, x) in a)
        {
            if (!b.TryGetValue(key, out var y))
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"cluster {key.Cluster} {key.Period}: only in {ours}"));
                continue;
            }

            Check(key, "ytd_total", x.Total, y.Total, Math.Abs(y.Total), differences, ref worst);
            Check(key, "yoy", x.YoY, y.YoY, Math.Max(1.0, Math.Abs(y.YoY ?? 0)), differences, ref worst);
            Check(key, "share", x.Share, y.Share, Math.Max(1.0, Math.Abs(y.Share ?? 0)), differences, ref worst);
            Check(key, "contrib", x.Contrib, y.Contrib, Math.Max(1.0, Math.Abs(y.Contrib ?? 0)), differences, ref worst);
        }

        if (differences.Count == 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"same cluster metrics: {a.Count} cells, largest relative difference {worst:G3}"));
            return 0;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"cluster metrics DIFFER ({differences.Count} differences; the first 10):"));
        foreach (string d in differences.GetRange(0, Math.Min(10, differences.Count)))
        {
            output.WriteLine("  " + d);
        }

        return 1;
    }

    private static void Check((int Cluster, int Period) key, string what, double? x, double? y, double scale, List<string> differences, ref double worst)
    {
        if (x.HasValue != y.HasValue)
        {
            differences.Add(string.Create(CultureInfo.InvariantCulture, $"cluster {key.Cluster} {key.Period} {what}: ours {x}, DuckDB {y}"));
        }
        else if (x is double u && y is double v)
        {
            double relative = scale == 0 ? Math.Abs(u - v) : Math.Abs(u - v) / scale;
            worst = Math.Max(worst, relative);
            if (!(relative <= Tolerance))
            {
                differences.Add(string.Create(CultureInfo.InvariantCulture, $"cluster {key.Cluster} {key.Period} {what}: ours {u:R}, DuckDB {v:R}"));
            }
        }
    }

    private static Dictionary<(int Cluster, int Period), (double Total, double? YoY, double? Share, double? Contrib)> Read(
        DuckDBConnection connection, string path, string yoy, string share, string contrib, double percent)
    {
        string file = path.Replace("'", "''", StringComparison.Ordinal);
        string source = path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)
            ? $"read_parquet('{file}')"
            : $"read_csv('{file}', header = true, all_varchar = true)";
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT CAST(cluster AS VARCHAR), CAST(period AS INTEGER), CAST(ytd_total AS DOUBLE),
                   CAST({yoy} AS DOUBLE), CAST({share} AS DOUBLE), CAST({contrib} AS DOUBLE)
            FROM {source}
            """;
        var rows = new Dictionary<(int, int), (double, double?, double?, double?)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            string name = reader.GetString(0);
            int cluster = name == "total" ? -1 : int.Parse(name, CultureInfo.InvariantCulture);
            var key = (cluster, reader.GetInt32(1));
            double? Rate(int i) => reader.IsDBNull(i) ? null : reader.GetDouble(i) / percent;
            if (!rows.TryAdd(key, (reader.IsDBNull(2) ? 0.0 : reader.GetDouble(2), Rate(3), Rate(4), Rate(5))))
            {
                throw new InvalidDataException(string.Create(CultureInfo.InvariantCulture, $"{path}: cluster {name} {key.Item2} twice"));
            }
        }

        return rows;
    }
}
