namespace Taizhou.Metrics.IO;

/// <summary>
/// The columns of a panel file, in Parquet and CSV alike: <c>ent_id</c> (int32), <c>cluster</c> (int32, 0-based),
/// <c>period</c> (int32, <c>yyyymm</c>) and <c>ytd_output</c> (double, yuan). Other columns are ignored.
/// </summary>
public static class PanelSchema
{
    /// <summary>The enterprise id column (int32).</summary>
    public const string EnterpriseId = "ent_id";

    /// <summary>The cluster column (int32, 0-based; the last cluster is "other").</summary>
    public const string Cluster = "cluster";

    /// <summary>The period column (int32, <c>yyyymm</c>).</summary>
    public const string Period = "period";

    /// <summary>The year-to-date output column (double, yuan).</summary>
    public const string YearToDateOutput = "ytd_output";
}
