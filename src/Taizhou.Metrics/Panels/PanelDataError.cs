namespace Taizhou.Metrics.Panels;

/// <summary>What is wrong with a row of an enterprise panel (企业面板); carried by <see cref="PanelDataException"/>.</summary>
public enum PanelDataError
{
    /// <summary>The row comes before the previous one: rows must be sorted by enterprise id, then period.</summary>
    Unsorted = 1,

    /// <summary>The row has the same enterprise and period as the previous one.</summary>
    Duplicate = 2,

    /// <summary>The year-to-date output (1-N月累计) is below the enterprise's previous row of the same calendar year.</summary>
    FallingYearToDate = 3,

    /// <summary>The period is not a <c>yyyymm</c> month (year 1000 to 9999, month 1 to 12).</summary>
    InvalidPeriod = 4,

    /// <summary>The cluster number is negative or above <see cref="EnterprisePanel.MaxClusterCount"/> − 1.</summary>
    InvalidCluster = 5,

    /// <summary>The year-to-date output is negative, NaN or infinite.</summary>
    InvalidOutput = 6,

    /// <summary>There are no rows or too many, the periods span more than <see cref="EnterprisePanel.MaxMonthCount"/> months, or the metrics tables would be too large.</summary>
    Shape = 7,
}
