using System;
using System.Collections.Generic;
using System.Globalization;
using DuckDB.NET.Data;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>
/// The panel workload in SQL on an embedded, in-memory DuckDB: loading a Parquet or CSV file into a table, and two
/// formulations of the computation (cluster and total metrics, and each row's year-on-year growth), each materialised
/// into tables. Shared by the benchmarks and, linked as source, by the agreement test.
/// </summary>
internal sealed class DuckDbPanel : IDisposable
{
    /// <summary>
    /// The cluster and total metrics on a dense (cluster, month) grid, with window functions; the total is cluster −1.
    /// Same definitions as the library: growth against the same month a year earlier, missing for the first year or a
    /// zero base; share of the total; contribution (Δcluster / total a year earlier).
    /// </summary>
    public const string ClusterSql = """
        CREATE OR REPLACE TABLE cluster_metrics AS
        WITH keyed AS (SELECT cluster, (period // 100) * 12 + period % 100 - 1 AS key, ytd_output FROM panel),
        bounds AS (SELECT min(key) AS k0, max(key) AS k1, max(cluster) AS cmax FROM keyed),
        sums AS (SELECT cluster, key, sum(ytd_output) AS x FROM keyed GROUP BY cluster, key),
        grid AS (
            SELECT c.range AS cluster, m.range AS key, coalesce(s.x, 0.0) AS x
            FROM bounds
            CROSS JOIN LATERAL range(0, bounds.cmax + 1) c
            CROSS JOIN LATERAL range(bounds.k0, bounds.k1 + 1) m
            LEFT JOIN sums s ON s.cluster = c.range AND s.key = m.range),
        everything AS (SELECT cluster, key, x FROM grid UNION ALL SELECT -1 AS cluster, key, sum(x) AS x FROM grid GROUP BY key),
        w AS (
            SELECT cluster, key, x,
                   lag(x, 12) OVER (PARTITION BY cluster ORDER BY key) AS xb,
                   max(x) FILTER (WHERE cluster = -1) OVER (PARTITION BY key) AS t
            FROM everything),
        w2 AS (SELECT *, lag(t, 12) OVER (PARTITION BY cluster ORDER BY key) AS tb FROM w)
        SELECT cluster, (key // 12) * 100 + key % 12 + 1 AS period, x AS ytd_total,
               CASE WHEN xb <> 0 THEN x / xb - 1 END AS yoy,
               CASE WHEN t <> 0 THEN x / t END AS share,
               CASE WHEN tb <> 0 THEN (CASE WHEN cluster = -1 THEN x / xb - 1 ELSE (x - xb) / tb END) END AS contrib
        FROM w2
        """;

    /// <summary>Each row's growth against its own row for period − 100: a self-join.</summary>
    public const string EnterpriseJoinSql = """
        CREATE OR REPLACE TABLE enterprise_yoy AS
        SELECT p.ent_id, p.period, CASE WHEN b.ytd_output <> 0 THEN p.ytd_output / b.ytd_output - 1 END AS yoy
        FROM panel p LEFT JOIN panel b ON b.ent_id = p.ent_id AND b.period = p.period - 100
        """;

    /// <summary>Each row's growth against its own row for period − 100: a window with a RANGE frame of exactly that period.</summary>
    public const string EnterpriseWindowSql = """
        CREATE OR REPLACE TABLE enterprise_yoy AS
        SELECT ent_id, period, CASE WHEN yb <> 0 THEN ytd_output / yb - 1 END AS yoy
        FROM (SELECT ent_id, period, ytd_output,
                     first_value(ytd_output) OVER (PARTITION BY ent_id ORDER BY period RANGE BETWEEN 100 PRECEDING AND 100 PRECEDING) AS yb
              FROM panel)
        """;

    private readonly DuckDBConnection connection;

    private DuckDbPanel()
    {
        connection = new DuckDBConnection("DataSource=:memory:");
        connection.Open();
    }

    /// <summary>Opens an in-memory database.</summary>
    /// <returns>The database.</returns>
    public static DuckDbPanel Open() => new();

    /// <summary>Loads (or reloads) the table <c>panel</c> from a Parquet file.</summary>
    /// <param name="path">The file.</param>
    public void LoadParquet(string path) =>
        Execute($"CREATE OR REPLACE TABLE panel AS SELECT ent_id, cluster, period, ytd_output FROM read_parquet('{Escape(path)}')");

    /// <summary>Loads (or reloads) the table <c>panel</c> from a CSV file, with the column types given.</summary>
    /// <param name="path">The file.</param>
    public void LoadCsv(string path) =>
        Execute($"CREATE OR REPLACE TABLE panel AS SELECT * FROM read_csv('{Escape(path)}', header = true, columns = {{'ent_id': 'INTEGER', 'cluster': 'INTEGER', 'period': 'INTEGER', 'ytd_output': 'DOUBLE'}})");

    /// <summary>Runs the whole workload: cluster metrics, and the enterprise growth by self-join.</summary>
    /// <returns>What DuckDB reports for the last statement (0 for <c>CREATE TABLE … AS</c>; use <see cref="Count"/> for the rows).</returns>
    public long ComputeWithJoin()
    {
        Execute(ClusterSql);
        return Execute(EnterpriseJoinSql);
    }

    /// <summary>Runs the whole workload: cluster metrics, and the enterprise growth by window.</summary>
    /// <returns>What DuckDB reports for the last statement (0 for <c>CREATE TABLE … AS</c>; use <see cref="Count"/> for the rows).</returns>
    public long ComputeWithWindow()
    {
        Execute(ClusterSql);
        return Execute(EnterpriseWindowSql);
    }

    /// <summary>Reads the cluster metrics table, keyed by (cluster or −1 for the total, yyyymm).</summary>
    /// <returns>The rows.</returns>
    public Dictionary<(int Cluster, int Period), (double Total, double? YoY, double? Share, double? Contrib)> ReadClusterMetrics()
    {
        var rows = new Dictionary<(int, int), (double, double?, double?, double?)>();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT cluster::INTEGER, period::INTEGER, ytd_total, yoy, share, contrib FROM cluster_metrics";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows[(r.GetInt32(0), r.GetInt32(1))] = (r.GetDouble(2), Get(r, 3), Get(r, 4), Get(r, 5));
        }

        return rows;
    }

    /// <summary>Reads the enterprise growth table, keyed by (enterprise, yyyymm).</summary>
    /// <returns>The rows.</returns>
    public Dictionary<(int Id, int Period), double?> ReadEnterpriseYearOnYear()
    {
        var rows = new Dictionary<(int, int), double?>();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT ent_id, period, yoy FROM enterprise_yoy";
        using var r = cmd.ExecuteReader();
        while (r.Read())
        {
            rows[(r.GetInt32(0), r.GetInt32(1))] = Get(r, 2);
        }

        return rows;
    }

    /// <summary>Returns the number of rows of a table.</summary>
    /// <param name="table">The table.</param>
    /// <returns>The count.</returns>
    public long Count(string table)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = $"SELECT count(*) FROM {table}";
        return Convert.ToInt64(cmd.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <inheritdoc/>
    public void Dispose() => connection.Dispose();

    private static double? Get(DuckDBDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private static string Escape(string path) => path.Replace("'", "''", StringComparison.Ordinal);

    /// <summary>Runs one statement (a <c>CREATE TABLE … AS</c>, a <c>COPY … TO</c>) on the database.</summary>
    /// <param name="sql">The statement.</param>
    /// <returns>What DuckDB reports for it (rows changed or copied, 0 for <c>CREATE TABLE … AS</c>).</returns>
    public long Execute(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        return cmd.ExecuteNonQuery();
    }
}
