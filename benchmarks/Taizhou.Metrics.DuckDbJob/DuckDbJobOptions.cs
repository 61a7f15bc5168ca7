namespace Taizhou.Metrics.Benchmarks;

/// <summary>The options of the DuckDB panel job, named like those of <c>taizhou-metrics panel</c>.</summary>
/// <param name="Input">The panel file: <c>.parquet</c>, anything else is read as CSV.</param>
/// <param name="Output">The folder for the results; created if needed.</param>
/// <param name="EnterpriseYearOnYear">Also write every row's growth (<c>--enterprise-yoy</c>).</param>
/// <param name="Parquet">Write Parquet instead of CSV (<c>--output-format parquet</c>).</param>
/// <param name="EnterpriseJoin">Compute the per-row growth by self-join instead of the window (<c>--enterprise-sql join</c>).</param>
internal sealed record DuckDbJobOptions(string Input, string Output, bool EnterpriseYearOnYear, bool Parquet, bool EnterpriseJoin);
