namespace Taizhou.Metrics.IO;

/// <summary>Progress of loading a panel file, reported to an <see cref="System.IProgress{T}"/> about every million rows.</summary>
/// <param name="RowsRead">The rows read so far.</param>
/// <param name="TotalRows">The expected total rows (exact for Parquet; counted lines for CSV).</param>
public readonly record struct PanelLoadProgress(long RowsRead, long TotalRows)
{
    /// <summary>Gets the fraction read, 0 to 1 (1 when the total is 0).</summary>
    public double Fraction => TotalRows <= 0 ? 1.0 : System.Math.Min(1.0, RowsRead / (double)TotalRows);
}
