namespace Taizhou.Metrics.IO;

/// <summary>The type of a <see cref="ParquetColumn"/>, with the Parquet physical type it is written as.</summary>
internal enum ParquetColumnType
{
    /// <summary>A signed 32-bit integer: physical type INT32 annotated as a signed 32-bit integer (DuckDB <c>INTEGER</c>, pandas <c>int32</c>).</summary>
    Int32,

    /// <summary>A 64-bit float: physical type DOUBLE (DuckDB <c>DOUBLE</c>, pandas <c>float64</c>).</summary>
    Double,

    /// <summary>Text: physical type BYTE_ARRAY annotated as a UTF-8 string (DuckDB <c>VARCHAR</c>, pandas <c>object</c>).</summary>
    String,
}
