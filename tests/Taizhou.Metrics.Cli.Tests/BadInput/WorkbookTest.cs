using System;
using System.IO;
using Taizhou.Metrics.IO.Tests.Excel;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.BadInput;

/// <summary>docs/bad-input.md, "Excel workbooks": a sheet that is not there, options for the other kind of file, and cells Excel writes that a table cannot take.</summary>
public class WorkbookTest
{
    private static string Workbook(string name) => Path.Combine(AppContext.BaseDirectory, "Workbooks", name);

    [Fact]
    public void SheetForACsvInput_ExitsTwoNamingSheet()
    {
        using var s = new Scratch();
        string path = s.Text("t.csv", "part,current,growth\nA,30,26.7\n");

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path, "--sheet", "Data"), $"{path}: --sheet Data was given, but the file is delimited text (CSV), not an Excel workbook (.xlsx or .xls); text has no sheets.");
    }

    [Fact]
    public void UnknownSheet_ExitsTwoListingTheSheets()
    {
        string path = Workbook("report.xlsx");

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path, "--sheet", "Data"), $"{path}: there is no sheet named 'Data': the workbook has 4 sheets: #1 '月报', #2 '产值', #3 '日期', #4 '百分比'.");
    }

    [Fact]
    public void SheetPositionBeyondTheTabs_ExitsTwoListingTheSheets()
    {
        string path = Workbook("report.xls");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--sheet", "#5", "--target", "2021:5000"), $"{path}: there is no sheet #5: the workbook has 4 sheets: #1 '月报'");
    }

    [Fact]
    public void SheetPositionZero_ExitsTwoNamingSheet()
    {
        Expect.Exit(2, CliRunner.Run("contrib", "--input", Workbook("report.xlsx"), "--sheet", "#0"), "--sheet: '#0' is not a sheet: give its name, or # and its position (#1 is the first sheet).");
    }

    [Fact]
    public void EncodingForAWorkbook_ExitsTwoNamingEncoding()
    {
        string path = Workbook("report.xlsx");

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path, "--encoding", "gbk"), $"{path}: --encoding applies to delimited text, but the file is an Excel workbook; leave out --encoding.");
    }

    [Fact]
    public void DelimiterForAWorkbook_ExitsTwoNamingDelimiter()
    {
        string path = Workbook("report.xls");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--sheet", "产值", "--delimiter", "tab", "--target", "2021:5000"), $"{path}: --delimiter applies to delimited text, but the file is an Excel workbook; leave out --delimiter.");
    }

    [Fact]
    public void ErrorCellInTheSheet_ExitsTwoNamingTheCell()
    {
        string path = Workbook("bureau.xlsx");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--sheet", "错误", "--target", "2021:5000"), $"{path}: sheet '错误', cell B2: #DIV/0!: the cell holds an error instead of a value;");
    }

    [Fact]
    public void PercentInALevelColumn_ExitsTwoNamingTheCell()
    {
        using var s = new Scratch();
        string path = new XlsxBuilder().Sheet("Data")
            .Text("A1", "part").Text("B1", "current").Text("C1", "growth")
            .Text("A2", "A").Number("B2", "0.3", XlsxBuilder.PercentStyle).Number("C2", "0.05", XlsxBuilder.PercentStyle)
            .Save(s.PathOf("t.xlsx"));

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: sheet 'Data' row 2, column 'current': '30%' is a percentage (the cell has a percentage format in the workbook), but this column holds a level, not a percent;");
    }

    [Fact]
    public void DateInAPeriodColumn_ExitsTwoSayingToWriteItAsText()
    {
        string path = Workbook("report.xlsx");

        Expect.Exit(2, CliRunner.Run("project", "--input", path, "--sheet", "日期", "--target", "2021:5000"), $"{path}: sheet '日期' row 2, column '期间': '2018-06-01' is a date (the cell has a date format in the workbook), not a period; write the period as text");
    }

    [Fact]
    public void ZipThatIsNotAWorkbook_ExitsTwoSayingItIsDamaged()
    {
        using var s = new Scratch();
        string path = s.Bytes("t.csv", [(byte)'P', (byte)'K', 3, 4, 0, 0, 0, 0, 0, 0]);

        Expect.Exit(2, CliRunner.Run("contrib", "--input", path), $"{path}: is damaged or not a workbook this reader understands (");
    }
}
