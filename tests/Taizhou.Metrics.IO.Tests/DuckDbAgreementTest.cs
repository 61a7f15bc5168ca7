using System;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.IO.Tests;

/// <summary>
/// The library and DuckDB (the benchmarks' comparator, <see cref="DuckDbPanel"/>) agree on the same generated panel,
/// loaded by each from the same Parquet file: every cluster cell and every enterprise row, to 1e-9 relative (rates
/// compared as growth factors 1 + r, so to 1e-9 absolute), and on which values are missing.
/// </summary>
public class DuckDbAgreementTest
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void LibraryAndDuckDb_Agree_OnTheSmallPanel()
    {
        using var folder = new TempFolder();
        var data = SyntheticPanel.Generate(5_000, 120, withCents: false, seed: 20180601);
        var generated = EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
        string path = folder.File("panel.parquet");
        PanelWriter.WriteParquet(generated, path);

        var panel = PanelReader.ReadParquet(path, null);
        var metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true);
        using var duck = DuckDbPanel.Open();
        duck.LoadParquet(path);
        duck.ComputeWithJoin();
        Assert.Equal(panel.RowCount, duck.Count("enterprise_yoy"));
        var cells = duck.ReadClusterMetrics();
        Assert.Equal((panel.ClusterCount + 1) * panel.MonthCount, cells.Count);
        for (int m = 0; m < metrics.MonthCount; m++)
        {
            for (int c = -1; c < metrics.ClusterCount; c++)
            {
                var cell = c < 0 ? metrics.Total(m) : metrics.Cluster(c, m);
                int period = (cell.Month.Year * 100) + cell.Month.Month;
                var (total, yoy, share, contrib) = cells[(c, period)];
                Assert.True(Math.Abs(total - (cell.YearToDateTotal ?? 0.0)) <= Tolerance * Math.Abs(total), $"total {c} {period}: {total} vs {cell.YearToDateTotal}");
                AssertRate(yoy, cell.YearOnYear, $"growth {c} {period}");
                AssertRate(share, cell.Share, $"share {c} {period}");
                AssertRate(contrib, cell.Contribution, $"contribution {c} {period}");
            }
        }

        int missing = 0;
        foreach (var window in new[] { false, true })
        {
            if (window)
            {
                duck.ComputeWithWindow();
            }

            var rows = duck.ReadEnterpriseYearOnYear();
            Assert.Equal(panel.RowCount, rows.Count);
            for (int i = 0; i < panel.RowCount; i++)
            {
                var expected = rows[(panel.EnterpriseIds[i], panel.Periods[i])];
                AssertRate(expected, metrics.EnterpriseYearOnYear(i), $"row {i}");
                missing += expected is null ? 1 : 0;
            }
        }

        Assert.True(missing > 0);
    }

    private static void AssertRate(double? duck, double? library, string what)
    {
        Assert.True(duck.HasValue == library.HasValue, $"{what}: DuckDB {duck}, library {library}");
        if (duck is double d && library is double l)
        {
            Assert.True(Math.Abs(d - l) <= Tolerance * Math.Max(1.0, Math.Abs(d)), $"{what}: DuckDB {d:R}, library {l:R}");
        }
    }
}
