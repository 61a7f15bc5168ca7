using System;
using System.IO;

namespace Taizhou.Metrics.Benchmarks;

/// <summary>
/// The whole panel job on DuckDB, in one process: create the table <c>panel</c> from the file
/// (<see cref="DuckDbPanel.LoadParquet"/> or <see cref="DuckDbPanel.LoadCsv"/>, explicit columns), then <c>COPY</c> the
/// cluster query (<see cref="DuckDbPanel.ClusterSql"/>) and, with <c>--enterprise-yoy</c>, the per-firm query
/// (<see cref="DuckDbPanel.EnterpriseWindowSql"/> or <see cref="DuckDbPanel.EnterpriseJoinSql"/>) to
/// <c>cluster_metrics.csv</c> and <c>enterprise_yoy.csv</c> (or <c>.parquet</c>) in the output folder. The queries are
/// copied straight to the file, not materialised first. Rates are the SQL's fractions, not percent.
/// </summary>
internal static class DuckDbJob
{
    /// <summary>Reads the options of the <c>panel</c> command.</summary>
    /// <param name="args">The arguments after <c>panel</c>.</param>
    /// <returns>The options.</returns>
    /// <exception cref="ArgumentException">An option is unknown, lacks its value or is missing.</exception>
    public static DuckDbJobOptions Parse(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? input = null;
        string? output = null;
        bool enterprise = false;
        bool parquet = false;
        bool join = false;
        for (int i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--input":
                    input = Value();
                    break;
                case "--output":
                    output = Value();
                    break;
                case "--enterprise-yoy":
                    enterprise = true;
                    break;
                case "--output-format":
                    parquet = Value() switch
                    {
                        "csv" => false,
                        "parquet" => true,
                        var v => throw new ArgumentException($"--output-format {v}: csv or parquet"),
                    };
                    break;
                case "--enterprise-sql":
                    join = Value() switch
                    {
                        "window" => false,
                        "join" => true,
                        var v => throw new ArgumentException($"--enterprise-sql {v}: window or join"),
                    };
                    break;
                default:
                    throw new ArgumentException($"unknown option {args[i]}");
            }
        }

        return new DuckDbJobOptions(
            input ?? throw new ArgumentException("--input is required"),
            output ?? throw new ArgumentException("--output is required"),
            enterprise,
            parquet,
            join);
    }

    /// <summary>Loads, computes and writes.</summary>
    /// <param name="options">The options.</param>
    /// <param name="output">Where to say what was written.</param>
    /// <returns>0.</returns>
    public static int Run(DuckDbJobOptions options, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        using var duck = DuckDbPanel.Open();
        if (options.Input.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase))
        {
            duck.LoadParquet(options.Input);
        }
        else
        {
            duck.LoadCsv(options.Input);
        }

        Directory.CreateDirectory(options.Output);
        Copy(duck, DuckDbPanel.ClusterSql, Path.Combine(options.Output, "cluster_metrics"), options.Parquet, output);
        if (options.EnterpriseYearOnYear)
        {
            string sql = options.EnterpriseJoin ? DuckDbPanel.EnterpriseJoinSql : DuckDbPanel.EnterpriseWindowSql;
            Copy(duck, sql, Path.Combine(options.Output, "enterprise_yoy"), options.Parquet, output);
        }

        return 0;
    }

    /// <summary>
    /// The query of a <c>CREATE OR REPLACE TABLE name AS</c> statement of <see cref="DuckDbPanel"/>: everything after its
    /// first line.
    /// </summary>
    /// <param name="createSql">The statement.</param>
    /// <returns>The query.</returns>
    /// <exception cref="InvalidOperationException">The statement does not start with such a line.</exception>
    public static string Query(string createSql)
    {
        ArgumentNullException.ThrowIfNull(createSql);
        int end = createSql.IndexOf('\n', StringComparison.Ordinal);
        if (end < 0 || !createSql.StartsWith("CREATE OR REPLACE TABLE ", StringComparison.Ordinal) || !createSql[..end].TrimEnd().EndsWith(" AS", StringComparison.Ordinal))
        {
            throw new InvalidOperationException("expected a first line CREATE OR REPLACE TABLE name AS");
        }

        return createSql[(end + 1)..];
    }

    private static void Copy(DuckDbPanel duck, string createSql, string pathWithoutExtension, bool parquet, TextWriter output)
    {
        string path = pathWithoutExtension + (parquet ? ".parquet" : ".csv");
        string format = parquet ? "FORMAT parquet" : "FORMAT csv, HEADER";
        long rows = duck.Execute($"COPY ({Query(createSql)}) TO '{path.Replace("'", "''", StringComparison.Ordinal)}' ({format})");
        output.WriteLine($"wrote {path} ({rows} rows)");
    }
}
