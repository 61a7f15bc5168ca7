namespace Taizhou.Metrics.Panels;

/// <summary>
/// The columns the panel kernels read: rows 0 to <see cref="RowCount"/> − 1 of four arrays (which may be longer), sorted
/// by (enterprise, period), on a month axis starting at <see cref="FirstMonthKey"/>. A whole <see cref="EnterprisePanel"/>,
/// or the batch of whole firms a <see cref="PanelAccumulator"/> holds.
/// </summary>
internal readonly struct PanelColumns
{
    public PanelColumns(int[] enterpriseIds, int[] clusters, int[] periods, double[] output, int rowCount, int firstMonthKey)
    {
        EnterpriseIdArray = enterpriseIds;
        ClusterArray = clusters;
        PeriodArray = periods;
        OutputArray = output;
        RowCount = rowCount;
        FirstMonthKey = firstMonthKey;
    }

    public int[] EnterpriseIdArray { get; }

    public int[] ClusterArray { get; }

    public int[] PeriodArray { get; }

    public double[] OutputArray { get; }

    public int RowCount { get; }

    public int FirstMonthKey { get; }
}
