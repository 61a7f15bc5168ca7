using System.IO;
using System.Text;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// The commands that read a table read it through the library's readers: a tab- or semicolon-separated file, standard
/// input (<c>--input -</c>), the bureau's Chinese headers and GB18030 give what the comma-separated file with the
/// reader's own headers gives, byte for byte.
/// </summary>
public class TableInputTest
{
    private const string Comma = "part,previous,current\nA,20,30\nB,80,90\n";

    [Theory]
    [InlineData("part;previous;current\nA;20;30\nB;80;90\n", null)]
    [InlineData("part\tprevious\tcurrent\nA\t20\t30\nB\t80\t90\n", null)]
    [InlineData("part\tprevious\tcurrent\nA\t20\t30\nB\t80\t90\n", "tab")]
    [InlineData("part;previous;current\nA;20;30\nB;80;90\n", ";")]
    [InlineData("指标,上年同期累计,1-本月累计\nA,20,30\nB,80,90\n", null)]
    [InlineData("指標;上年同期累計;本月止累計\nA;20;30\nB;80;90\n", null)]
    public void Contrib_OtherDelimitersAndChineseHeaders_PrintWhatTheCommaFilePrints(string text, string? delimiter)
    {
        using var reference = new TempCsv(Comma);
        using var other = new TempCsv(text);
        var expected = CliRunner.Run("contrib", "--input", reference.Path, "--format", "json");
        string[] args = delimiter is null
            ? ["contrib", "--input", other.Path, "--format", "json"]
            : ["contrib", "--input", other.Path, "--format", "json", "--delimiter", delimiter];

        var actual = CliRunner.Run(args);

        Assert.Equal(0, expected.ExitCode);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Contrib_StandardInputInGb18030_PrintsWhatTheFilePrints()
    {
        using var reference = new TempCsv(Comma);
        var expected = CliRunner.Run("contrib", "--input", reference.Path, "--format", "json");
        byte[] gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes("指标,上年同期累计,1-本月累计\nA,20,30\nB,80,90\n");

        var actual = CliRunner.RunWithInput(gb, "contrib", "--input", "-", "--format", "json", "--encoding", "gb18030");

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Project_StandardInput_PrintsWhatTheFilePrintsUnderTheNameOfStandardInput()
    {
        const string Series = "period,value\n2015,100\n2016,110\n2017,121\n";
        using var reference = new TempCsv(Series);
        var expected = CliRunner.Run("project", "--input", reference.Path, "--target", "2020:200", "--format", "json");

        var actual = CliRunner.RunWithInput(Encoding.UTF8.GetBytes("期间;数值\n2015年;100\n2016年;110\n2017年;\"121\"\n"), "project", "--input", "-", "--target", "2020:200", "--format", "json");

        Assert.Equal(0, actual.ExitCode);
        Assert.Equal(expected.Output.Replace(Path.GetFileNameWithoutExtension(reference.Path), "-", System.StringComparison.Ordinal), actual.Output);
    }

    [Fact]
    public void Tiers_StandardInput_ReadsTheEnterpriseTable()
    {
        string table = "id,name,industry_code,county,listed_on,founded,year,output_yi,revenue_yi,employees\n"
            + "f1,甲,3670,椒江,,2010-01-01,2021,120,110,900\n";
        using var reference = new TempCsv(table);
        var expected = CliRunner.Run("tiers", "--input", reference.Path, "--year", "2021", "--format", "json");

        var actual = CliRunner.RunWithInput(Encoding.UTF8.GetBytes(table.Replace(',', '\t')), "tiers", "--input", "-", "--year", "2021", "--format", "json");

        Assert.Equal(0, expected.ExitCode);
        Assert.Equal(expected.Output.Replace(reference.Path.Replace("\\", "\\\\", System.StringComparison.Ordinal), "-", System.StringComparison.Ordinal), actual.Output);
    }

    [Theory]
    [InlineData("26.7", 0)]
    [InlineData("28.7", 1)]
    public void Contrib_BureauMonthlyReportWithCheck_ChecksThePublishedGrowth(string printed, int exitCode)
    {
        // 1042.27 / 822.63 − 1 = 26.6997 %: 26.7 as printed checks out, 28.7 does not (exit 1, naming the row).
        using var csv = new TempCsv("指标,本月,1-本月累计,上年同期累计,增长%\n规模以上工业总产值,185.32,\"1,042.27\",822.63," + printed + "\n出口交货值,20.45,118.30,101.80,16.2\n");

        var (code, _, error) = CliRunner.Run("contrib", "--input", csv.Path, "--check");

        Assert.Equal(exitCode, code);
        Assert.Equal(exitCode == 0, !error.Contains("'规模以上工业总产值': growth", System.StringComparison.Ordinal));
    }
}
