using System;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.IO.Tests;

/// <summary>Tests of <see cref="EnterprisePanelBuilder.AddPending"/>, the path the Parquet reader decodes into.</summary>
public class BuilderPendingTest
{
    [Fact]
    public void AddPending_ValidatesRowsWrittenInPlace_AndBuildsWithoutCopying()
    {
        var builder = new EnterprisePanelBuilder(4);
        builder.Add(1, 0, 202401, 1.0);
        int[] ids = [1, 2, 2];
        int[] clusters = [0, 1, 1];
        int[] periods = [202402, 202401, 202402];
        double[] output = [2.0, 5.0, 6.0];
        ids.CopyTo(builder.PendingEnterpriseIds);
        clusters.CopyTo(builder.PendingClusters);
        periods.CopyTo(builder.PendingPeriods);
        output.CopyTo(builder.PendingYearToDateOutput);
        Assert.Equal(3, builder.PendingEnterpriseIds.Length);
        builder.AddPending(3);
        Assert.Equal(4, builder.Count);
        Assert.Equal(0, builder.PendingPeriods.Length);
        var panel = builder.Build();
        Assert.Equal([1, 1, 2, 2], panel.EnterpriseIds.ToArray());
        Assert.Equal([202401, 202402, 202401, 202402], panel.Periods.ToArray());
        Assert.Equal(2, panel.EnterpriseCount);
        Assert.Equal(2, panel.ClusterCount);
        Assert.Equal(2, panel.MonthCount);
    }

    [Fact]
    public void AddPending_BrokenRule_NamesTheRowAndKeepsTheRowsBefore()
    {
        var builder = new EnterprisePanelBuilder(3);
        int[] ids = [7, 7, 7];
        int[] periods = [202401, 202402, 202403];
        double[] output = [1.0, 3.0, 2.0];
        ids.CopyTo(builder.PendingEnterpriseIds);
        periods.CopyTo(builder.PendingPeriods);
        output.CopyTo(builder.PendingYearToDateOutput);
        var ex = Assert.Throws<PanelDataException>(() => builder.AddPending(3));
        Assert.Equal(2, ex.RowIndex);
        Assert.Equal(7, ex.EnterpriseId);
        Assert.Equal(PanelDataError.FallingYearToDate, ex.Error);
        Assert.Equal(2, builder.Count);
    }

    [Fact]
    public void AddPending_MoreThanTheCapacityLeft_Throws()
    {
        var builder = new EnterprisePanelBuilder(2);
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddPending(3));
        Assert.Throws<ArgumentOutOfRangeException>(() => builder.AddPending(-1));
        builder.Add(1, 0, 202401, 1.0);
        builder.Build();
        Assert.Throws<InvalidOperationException>(() => builder.AddPending(0));
        Assert.Throws<InvalidOperationException>(() => builder.PendingClusters);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    public void AddRangeAndAddPending_ReportTheSameFirstErrorAsAddingRowByRow(int breakage)
    {
        var data = SyntheticPanel.Generate(60, 30, withCents: false, seed: 11);
        var random = new Random(breakage);
        for (int trial = 0; trial < 40; trial++)
        {
            int[] ids = (int[])data.EnterpriseIds.Clone();
            int[] clusters = (int[])data.Clusters.Clone();
            int[] periods = (int[])data.Periods.Clone();
            double[] output = (double[])data.YearToDateOutput.Clone();
            int row = random.Next(1, ids.Length);
            switch (breakage)
            {
                case 0: periods[row] = random.Next(2) == 0 ? 202413 : 99912; break;
                case 1: clusters[row] = random.Next(2) == 0 ? -1 : 4096; break;
                case 2: output[row] = random.Next(3) switch { 0 => -0.5, 1 => double.NaN, _ => double.PositiveInfinity }; break;
                case 3: ids[row] = ids[row - 1] - 1; break;
                case 4: (ids[row], periods[row]) = (ids[row - 1], periods[row - 1]); break;
                case 5: (ids[row], periods[row]) = (ids[row - 1], periods[row - 1] - 1); break;
                case 6: (ids[row], periods[row], output[row]) = (ids[row - 1], periods[row - 1] + 1, output[row - 1] - 0.25); break;
                default: break;
            }

            string? Error(Action<EnterprisePanelBuilder> add, out int kept)
            {
                var builder = new EnterprisePanelBuilder(ids.Length);
                try
                {
                    add(builder);
                    kept = builder.Count;
                    var panel = builder.Build();
                    return $"ok {panel.EnterpriseCount} {panel.ClusterCount} {panel.FirstMonth} {panel.MonthCount}";
                }
                catch (PanelDataException ex)
                {
                    kept = builder.Count;
                    return $"{ex.Error} {ex.RowIndex} {ex.EnterpriseId} {ex.Message}";
                }
            }

            string? oneByOne = Error(
                b =>
                {
                    for (int i = 0; i < ids.Length; i++)
                    {
                        b.Add(ids[i], clusters[i], periods[i], output[i]);
                    }
                },
                out int keptOneByOne);
            string? range = Error(
                b =>
                {
                    for (int start = 0; start < ids.Length; start += 97)
                    {
                        int n = Math.Min(97, ids.Length - start);
                        b.AddRange(ids.AsSpan(start, n), clusters.AsSpan(start, n), periods.AsSpan(start, n), output.AsSpan(start, n));
                    }
                },
                out int keptRange);
            string? pending = Error(
                b =>
                {
                    ids.CopyTo(b.PendingEnterpriseIds);
                    clusters.CopyTo(b.PendingClusters);
                    periods.CopyTo(b.PendingPeriods);
                    output.CopyTo(b.PendingYearToDateOutput);
                    b.AddPending(ids.Length);
                },
                out int keptPending);
            Assert.Equal(oneByOne, range);
            Assert.Equal(oneByOne, pending);
            Assert.Equal(keptOneByOne, keptRange);
            Assert.Equal(keptOneByOne, keptPending);
            Assert.Equal(breakage == 7, oneByOne!.StartsWith("ok", StringComparison.Ordinal));
        }
    }
}
