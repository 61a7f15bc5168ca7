using System;
using NodaTime;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.Tests.Panels;

/// <summary>Tests of <see cref="EnterprisePanel"/> and <see cref="EnterprisePanelBuilder"/>: the columns and the row rules.</summary>
public class EnterprisePanelTest
{
    [Fact]
    public void Create_KeepsColumnsAndDerivesShape()
    {
        var panel = EnterprisePanel.Create([7, 7, 9], [0, 0, 2], [202311, 202401, 202312], [5.0, 1.0, 3.0]);
        Assert.Equal(3, panel.RowCount);
        Assert.Equal(2, panel.EnterpriseCount);
        Assert.Equal(3, panel.ClusterCount);
        Assert.Equal(new YearMonth(2023, 11), panel.FirstMonth);
        Assert.Equal(new YearMonth(2024, 1), panel.LastMonth);
        Assert.Equal(3, panel.MonthCount);
        Assert.Equal(2, panel.MonthIndex(new YearMonth(2024, 1)));
        Assert.Equal([7, 7, 9], panel.EnterpriseIds.ToArray());
        Assert.Equal([202311, 202401, 202312], panel.Periods.ToArray());
        Assert.Equal([5.0, 1.0, 3.0], panel.YearToDateOutput.ToArray());
    }

    [Fact]
    public void Create_CopiesTheInput()
    {
        int[] ids = [1, 2];
        var panel = EnterprisePanel.Create(ids, [0, 0], [202401, 202401], [1.0, 2.0]);
        ids[0] = 99;
        Assert.Equal(1, panel.EnterpriseIds[0]);
    }

    [Fact]
    public void YearToDate_MayFallAcrossJanuary()
    {
        var panel = EnterprisePanel.Create([1, 1], [0, 0], [202312, 202401], [120.0, 10.0]);
        Assert.Equal(2, panel.RowCount);
    }

    [Theory]
    [InlineData(new[] { 1, 1, 1 }, new[] { 202401, 202403, 202402 }, new[] { 1.0, 2.0, 3.0 }, PanelDataError.Unsorted, 2, 1)]
    [InlineData(new[] { 1, 2, 1 }, new[] { 202401, 202401, 202402 }, new[] { 1.0, 2.0, 3.0 }, PanelDataError.Unsorted, 2, 1)]
    [InlineData(new[] { 5, 5, 5 }, new[] { 202401, 202402, 202402 }, new[] { 1.0, 2.0, 3.0 }, PanelDataError.Duplicate, 2, 5)]
    [InlineData(new[] { 5, 6, 6 }, new[] { 202401, 202401, 202402 }, new[] { 1.0, 2.0, 1.5 }, PanelDataError.FallingYearToDate, 2, 6)]
    [InlineData(new[] { 5, 6, 6 }, new[] { 202401, 202413, 202402 }, new[] { 1.0, 2.0, 3.0 }, PanelDataError.InvalidPeriod, 1, 6)]
    [InlineData(new[] { 5, 6, 6 }, new[] { 202401, 202400, 202402 }, new[] { 1.0, 2.0, 3.0 }, PanelDataError.InvalidPeriod, 1, 6)]
    [InlineData(new[] { 5, 6, 6 }, new[] { 202401, 202401, 202402 }, new[] { 1.0, -2.0, 3.0 }, PanelDataError.InvalidOutput, 1, 6)]
    [InlineData(new[] { 5, 6, 6 }, new[] { 202401, 202401, 202402 }, new[] { double.NaN, 2.0, 3.0 }, PanelDataError.InvalidOutput, 0, 5)]
    public void Create_BrokenRule_NamesRowAndEnterprise(int[] ids, int[] periods, double[] output, PanelDataError error, int row, int enterprise)
    {
        var ex = Assert.Throws<PanelDataException>(() => EnterprisePanel.Create(ids, new int[ids.Length], periods, output));
        Assert.Equal(error, ex.Error);
        Assert.Equal(row, ex.RowIndex);
        Assert.Equal(enterprise, ex.EnterpriseId);
        Assert.StartsWith($"Row {row} (enterprise {enterprise}): ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NegativeCluster_IsRejected()
    {
        var ex = Assert.Throws<PanelDataException>(() => EnterprisePanel.Create([1], [-1], [202401], [1.0]));
        Assert.Equal(PanelDataError.InvalidCluster, ex.Error);
    }

    [Fact]
    public void Create_Empty_IsRejected()
    {
        var ex = Assert.Throws<PanelDataException>(() => EnterprisePanel.Create([], [], [], []));
        Assert.Equal(PanelDataError.Shape, ex.Error);
    }

    [Fact]
    public void Create_TwoRowsNineThousandYearsApart_IsRejectedNamingBothPeriods()
    {
        // Two rows, 1000-01 and 9999-12: 108,000 months, whose metrics tables (and output file) would dwarf the input.
        var ex = Assert.Throws<PanelDataException>(() => EnterprisePanel.Create([1, 2], [0, 147], [100001, 999912], [1.0, 2.0]));
        Assert.Equal(PanelDataError.Shape, ex.Error);
        Assert.Equal(
            "The panel's periods run from 100001 to 999912, 108000 months; a panel spans at most 1200 months (100 years), from its earliest period to its latest.",
            ex.Message);
    }

    [Theory]
    [InlineData(190001, 199912, 1200)]
    [InlineData(202401, 202401, 1)]
    public void Create_SpanUpToTheLimit_IsAccepted(int first, int last, int months)
    {
        var panel = EnterprisePanel.Create([1, 2], [0, 0], [first, last], [1.0, 2.0]);
        Assert.Equal(months, panel.MonthCount);
        Assert.True(panel.MonthCount <= EnterprisePanel.MaxMonthCount);
    }

    [Fact]
    public void Create_SpanOneMonthBeyondTheLimit_IsRejected()
    {
        var ex = Assert.Throws<PanelDataException>(() => EnterprisePanel.Create([1, 2], [0, 0], [190001, 200001], [1.0, 2.0]));
        Assert.Contains("1201 months", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ColumnsOfDifferentLengths_Throw()
    {
        Assert.Throws<ArgumentException>(() => EnterprisePanel.Create([1, 2], [0], [202401, 202401], [1.0, 2.0]));
    }

    [Fact]
    public void Builder_KeepsRowsBeforeABrokenOne_AndGrows()
    {
        var builder = new EnterprisePanelBuilder(0);
        builder.Add(1, 0, 202401, 1.0);
        Assert.Throws<PanelDataException>(() => builder.Add(1, 0, 202401, 2.0));
        builder.Add(1, 0, 202402, 2.0);
        for (int i = 0; i < 3000; i++)
        {
            builder.Add(10 + i, 1, 202401, i);
        }

        var panel = builder.Build();
        Assert.Equal(3002, panel.RowCount);
        Assert.Equal(3001, panel.EnterpriseCount);
        Assert.Throws<InvalidOperationException>(() => builder.Build());
    }

    [Fact]
    public void Generated_PanelPassesValidation()
    {
        var data = SyntheticPanelFixture.Small;
        var panel = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        Assert.Equal(data.RowCount, panel.RowCount);
        Assert.Equal(SyntheticPanel.ClusterCount, panel.ClusterCount);
        Assert.Equal(new YearMonth(2015, 1), panel.FirstMonth);
        Assert.Equal(120, panel.MonthCount);
    }
}
