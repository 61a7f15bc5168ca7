using System;
using System.Globalization;
using System.IO;
using System.Text;
using Taizhou.Metrics.Benchmarks;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.Panels;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <see cref="PanelCsv.WriteEnterpriseYearOnYear(EnterprisePanel, Stream)"/>, formatted in blocks on every core: the
/// same bytes as the sequential writer it replaced (kept below as <see cref="WriteSequentially"/>), whatever
/// the block size, and the first failing row in file order is the one reported.
/// </summary>
public class PanelCsvTest
{
    private static readonly Lazy<EnterprisePanel> Generated = new(() =>
    {
        var data = SyntheticPanel.Generate(1500, 90, withCents: true, seed: 1401);
        return EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
    });

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(4096)]
    [InlineData(PanelCsv.EnterpriseBlockRows)]
    [InlineData(int.MaxValue)]
    public void EnterpriseYearOnYear_FormattedInParallelBlocks_IsByteIdenticalToTheSequentialWriter(int blockRows)
    {
        var panel = blockRows == 1 ? Small() : Generated.Value;
        using var expected = new MemoryStream();
        WriteSequentially(panel, expected);
        using var actual = new MemoryStream();

        PanelCsv.WriteEnterpriseYearOnYear(panel, actual, blockRows);

        Assert.True(expected.Length > (blockRows == 1 ? 1000 : 1 << 20), "the panel spans many blocks");
        Assert.Equal(expected.ToArray(), actual.ToArray());
    }

    [Fact]
    public void EnterpriseYearOnYear_GrowthsBeyondADouble_ReportsTheFirstInFileOrder()
    {
        // Firm 1's 2024-01 grows from 1e-300 to 1e300 (a factor of 1e600: infinite), as does firm 9's, 2000 rows later:
        // with blocks of 16 rows, firm 9's block is formatted while firm 1's is, but firm 1 is the one reported.
        int n = 2000;
        var ids = new int[n + 4];
        var clusters = new int[n + 4];
        var periods = new int[n + 4];
        var output = new double[n + 4];
        void Firm(int at, int id, double before, double after)
        {
            (ids[at], periods[at], output[at]) = (id, 202301, before);
            (ids[at + 1], periods[at + 1], output[at + 1]) = (id, 202401, after);
        }

        Firm(0, 1, 1e-300, 1e300);
        for (int k = 0; k < n; k += 2)
        {
            Firm(2 + k, 2 + (k / 2), 100, 110);
        }

        Firm(n + 2, n + 2, 1e-300, 1e300);
        var panel = EnterprisePanel.Create(ids, clusters, periods, output);
        using var stream = new MemoryStream();

        var ex = Assert.Throws<OverflowException>(() => PanelCsv.WriteEnterpriseYearOnYear(panel, stream, 16));

        Assert.Equal("the growth of enterprise 1 in 202401 is beyond the range of a double (±1.8e308).", ex.Message);
    }

    private static EnterprisePanel Small()
    {
        var data = SyntheticPanel.Generate(30, 40, withCents: true, seed: 7);
        return EnterprisePanel.Create(data.EnterpriseIds, data.Clusters, data.Periods, data.YearToDateOutput);
    }

    /// <summary>The writer of enterprise_yoy.csv before it formatted on every core (commit 6506c03), verbatim but for its overflow message.</summary>
    private static void WriteSequentially(EnterprisePanel panel, Stream stream)
    {
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        writer.Write(PanelCsv.EnterpriseHeader);
        writer.Write('\n');
        var ids = panel.EnterpriseIds;
        var periods = panel.Periods;
        const int BlockRows = 1 << 14;
        var values = new double[BlockRows];
        var defined = new bool[BlockRows];
        Span<char> buffer = stackalloc char[80];
        for (int start = 0; start < panel.RowCount; start += BlockRows)
        {
            int n = Math.Min(BlockRows, panel.RowCount - start);
            PanelCalculator.EnterpriseYearOnYearInto(panel, start, values.AsSpan(0, n), defined.AsSpan(0, n));
            for (int k = 0; k < n; k++)
            {
                int i = start + k;
                ids[i].TryFormat(buffer, out int at, default, CultureInfo.InvariantCulture);
                buffer[at++] = ',';
                periods[i].TryFormat(buffer[at..], out int w, default, CultureInfo.InvariantCulture);
                at += w;
                buffer[at++] = ',';
                if (defined[k])
                {
                    double percent = values[k] * 100.0;
                    if (!double.IsFinite(percent))
                    {
                        throw new OverflowException("not finite");
                    }

                    percent.TryFormat(buffer[at..], out w, "G15", CultureInfo.InvariantCulture);
                    at += w;
                }

                buffer[at++] = '\n';
                writer.Write(buffer[..at]);
            }
        }
    }
}
