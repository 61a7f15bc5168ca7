using System;
using System.IO;
using System.Text.Json;
using Taizhou.Metrics.IO.Tests.Excel;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// contrib, project and tiers on Excel workbooks (Workbooks/: report.xls and report.xlsx written by LibreOffice from
/// tests/Taizhou.Metrics.IO.Tests/Excel/Data/report.fods). The expected output is the tool's own output on the CSV of the
/// same table, so a workbook must give what its CSV gives.
/// </summary>
public class WorkbookCommandTest
{
    private static string Workbook(string name) => Path.Combine(AppContext.BaseDirectory, "Workbooks", name);

    [Theory]
    [InlineData("report.xls")]
    [InlineData("report.xlsx")]
    public void Contrib_BureauWorkbook_PrintsWhatItsCsvPrints(string file)
    {
        var fromCsv = CliRunner.Run("contrib", "--input", Workbook("bureau-2018-06.utf8.csv"), "--lang", "zh");

        var fromBook = CliRunner.Run("contrib", "--input", Workbook(file), "--lang", "zh");

        Assert.Equal((0, string.Empty), (fromBook.ExitCode, fromBook.Error));
        Assert.Equal(fromCsv.Output, fromBook.Output);
    }

    [Fact]
    public void Contrib_WorkbookJson_HasTheCsvFiguresWithoutTheirTrailingZeros()
    {
        // A workbook stores numbers, not their printed decimals: 805.20 of the CSV is 805.2 in the sheet.
        var fromCsv = CliRunner.Run("contrib", "--input", Workbook("bureau-2018-06.utf8.csv"), "--format", "json");
        var fromBook = CliRunner.Run("contrib", "--input", Workbook("report.xlsx"), "--sheet", "月报", "--format", "json");

        Assert.Equal(0, fromBook.ExitCode);
        Assert.Equal(fromCsv.Output.Replace("805.20", "805.2", StringComparison.Ordinal).Replace("101.80", "101.8", StringComparison.Ordinal).Replace("118.30", "118.3", StringComparison.Ordinal), fromBook.Output);
    }

    [Fact]
    public void Contrib_WorkbookOnStandardInput_IsToldByItsBytes()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var fromFile = CliRunner.Run("contrib", "--input", Workbook("report.xlsx"));

        int code = CliApp.Run(["contrib", "--input", "-"], output, error, () => new MemoryStream(File.ReadAllBytes(Workbook("report.xlsx"))));

        Assert.Equal((0, string.Empty), (code, error.ToString()));
        Assert.Equal(fromFile.Output, output.ToString());
    }

    [Theory]
    [InlineData("产值")]
    [InlineData("#2")]
    public void Project_SeriesSheet_ProjectsAsTheCsv(string sheet)
    {
        using var s = new Scratch();
        string csv = s.Text("report.csv", "period,value\n2015,3012.5\n2016,3250.8\n2017,3601.2\n2018,3988\n");
        var fromCsv = CliRunner.Run("project", "--input", csv, "--target", "2021:5000", "--format", "json");

        var fromBook = CliRunner.Run("project", "--input", Workbook("report.xls"), "--sheet", sheet, "--target", "2021:5000", "--format", "json");

        Assert.Equal((0, string.Empty), (fromBook.ExitCode, fromBook.Error));
        Assert.Equal(fromCsv.Output, fromBook.Output);
    }

    [Fact]
    public void Project_ShareOfAWorkbook_ReadsTheSameSheet()
    {
        // The input and the total are the same sheet: the share is 100 % in every year.
        var run = CliRunner.Run("project", "--input", Workbook("report.xlsx"), "--share-of", Workbook("report.xls"), "--sheet", "产值", "--share", "70", "--target", "2021:5000", "--format", "json");

        Assert.Equal((0, string.Empty), (run.ExitCode, run.Error));
        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal(JsonValueKind.Object, doc.RootElement.ValueKind);
    }

    [Fact]
    public void Tiers_EnterpriseWorkbook_CountsAsTheCsv()
    {
        const string Header = "id,name,industry_code,cluster,county,listed_on,founded,year,output_yi,revenue_wan,employees";
        using var s = new Scratch();
        string csv = s.Text("firms.csv", $"{Header}\nA,甲,3670,,椒江区,,2001-01-01,2021,100,950000,3000\nC,丙,1311,,临海市,2020-07-01,2001-01-01,2021,10,95000,500\n");
        var book = new XlsxBuilder().Sheet("说明").Text("A1", "2021年 企业名录").Sheet("企业");
        string[] names = Header.Split(',');
        for (int i = 0; i < names.Length; i++)
        {
            book.Text($"{(char)('A' + i)}1", names[i]);
        }

        // Dates as date cells (serial 36892 is 2001-01-01, 44013 is 2020-07-01), codes and figures as numbers.
        book.Text("A2", "A").Text("B2", "甲").Number("C2", "3670").Text("E2", "椒江区").Number("G2", "36892", XlsxBuilder.DateStyle).Number("H2", "2021").Number("I2", "100").Number("J2", "950000").Number("K2", "3000");
        book.Text("A3", "C").Text("B3", "丙").Number("C3", "1311").Text("E3", "临海市").Number("F3", "44013", XlsxBuilder.DateStyle).Number("G3", "36892", XlsxBuilder.DateStyle).Number("H3", "2021").Number("I3", "10").Number("J3", "95000").Number("K3", "500");
        string xlsx = book.Save(s.PathOf("firms.xlsx"));
        var fromCsv = CliRunner.Run("tiers", "--input", csv, "--year", "2021", "--targets", "2211", "--format", "json");

        var fromBook = CliRunner.Run("tiers", "--input", xlsx, "--sheet", "企业", "--year", "2021", "--targets", "2211", "--format", "json");

        Assert.Equal((0, string.Empty), (fromBook.ExitCode, fromBook.Error));
        Assert.Equal(fromCsv.Output, fromBook.Output);
    }
}
