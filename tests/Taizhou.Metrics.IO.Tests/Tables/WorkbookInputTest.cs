using System;
using System.IO;
using System.Linq;
using Taizhou.Metrics.IO.Tests.Excel;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Tables;

/// <summary>
/// The table readers on Excel workbooks: Excel/Data/report.xls and report.xlsx, written by LibreOffice Calc from
/// report.fods (see Excel/Data/README.md). Sheet 月报 is the bureau's table of Tables/Data/bureau-2018-06.utf8.csv with
/// 增长% as percentage-formatted cells (0.267 shown as 26.7%); the expected values are that CSV's, read by the CSV path,
/// so the two sources must agree exactly (the inputs are the same decimals: tolerance 0).
/// </summary>
public class WorkbookInputTest
{
    private static readonly ReportingPeriod H1 = ReportingPeriod.YearToDate(2018, 6);

    private static string Workbook(string name) => Path.Combine(AppContext.BaseDirectory, "Excel", "Data", name);

    private static string Csv(string name) => Path.Combine(AppContext.BaseDirectory, "Tables", "Data", name);

    private static TableReadOptions Sheet(string sheet) => new() { Sheet = SheetSelector.Parse(sheet) };

    [Theory]
    [InlineData("report.xls")]
    [InlineData("report.xlsx")]
    public void Breakdown_BureauWorkbook_GivesTheAnalysisOfTheCsvTable(string file)
    {
        var fromCsv = BreakdownReader.Read(Csv("bureau-2018-06.utf8.csv")).Analyse();

        var table = BreakdownReader.Read(Workbook(file));
        var fromBook = table.Analyse();

        Assert.Equal(PublishedValue.Parse("26.7"), table.Parts[0].GrowthPercent); // the cell shows 26.7%
        Assert.Equal(fromCsv.Parts.Select(p => p.Name), fromBook.Parts.Select(p => p.Name));
        Assert.Equal(fromCsv.Parts.Select(p => (p.Previous, p.Current, p.Share, p.ContributionPoints, p.ContributionRate, p.Growth.ToString())), fromBook.Parts.Select(p => (p.Previous, p.Current, p.Share, p.ContributionPoints, p.ContributionRate, p.Growth.ToString())));
        Assert.Equal((fromCsv.Total.Previous, fromCsv.Total.Current), (fromBook.Total.Previous, fromBook.Total.Current));
        Assert.Equal([2, 3, 4], table.Parts.Select(p => table.Lines[p.Name]));
    }

    [Theory]
    [InlineData("report.xls")]
    [InlineData("report.xlsx")]
    public void MonthlyReport_BureauWorkbook_ReadsAsTheCsv(string file)
    {
        var fromCsv = MonthlyReportReader.Read(Csv("bureau-2018-06.utf8.csv"), H1, MetricUnit.YiYuan);

        var fromBook = MonthlyReportReader.Read(Workbook(file), H1, MetricUnit.YiYuan, options: Sheet("月报"));

        Assert.Equal(fromCsv.Table.Months.Values.Select(v => v.Value), fromBook.Table.Months.Values.Select(v => v.Value));
        Assert.Equal(fromCsv.Table.Parts.Select(p => p.GrowthPercent), fromBook.Table.Parts.Select(p => p.GrowthPercent));
    }

    [Fact]
    public void Breakdown_WorkbookOnAStreamThatCannotSeek_IsToldByItsBytes()
    {
        using var stream = new ForwardOnly(File.ReadAllBytes(Workbook("report.xlsx")));

        var table = BreakdownReader.Read(stream, "-");

        Assert.Equal(["规模以上工业总产值", "工业销售产值", "出口交货值"], table.Parts.Select(p => p.Name));
    }

    [Fact]
    public void Breakdown_CsvOnAStreamThatCannotSeek_StillReadsAsText()
    {
        using var stream = new ForwardOnly(File.ReadAllBytes(Csv("bureau-2018-06.utf8.csv")));

        var table = BreakdownReader.Read(stream, "-");

        Assert.Equal(PublishedValue.Parse("1042.27"), table.Parts[0].Current);
    }

    [Theory]
    [InlineData("report.xls")]
    [InlineData("report.xlsx")]
    public void Series_WorkbookSheetByName_GivesTheValues(string file)
    {
        // 产值: 2015年 3012.5, 2016年 3250.8, 2017年 3601.2, 2018年 3988 (typed into report.fods).
        var series = SeriesReader.Read(Workbook(file), MetricUnit.YiYuan, Sheet("产值"));

        Assert.Equal([2015, 2016, 2017, 2018], series.Observations.Select(o => o.Period.Year));
        Assert.Equal([3012.5m, 3250.8m, 3601.2m, 3988m], series.Observations.Select(o => o.Value!.Value));
        Assert.Equal("report", series.Name);
    }

    [Fact]
    public void Series_WorkbookSheetByPosition_IsTheSameSheet()
    {
        var byName = SeriesReader.Read(Workbook("report.xlsx"), MetricUnit.YiYuan, Sheet("产值"));

        var byPosition = SeriesReader.Read(Workbook("report.xlsx"), MetricUnit.YiYuan, Sheet("#2"));

        Assert.Equal(byName.Observations, byPosition.Observations);
    }

    [Fact]
    public void Series_EncodingAndDelimiter_AreIgnoredForAWorkbook()
    {
        var options = new TableReadOptions { Sheet = SheetSelector.Parse("产值"), Encoding = InputEncoding.Gb18030, Delimiter = ';' };

        var series = SeriesReader.Read(Workbook("report.xlsx"), MetricUnit.YiYuan, options);

        Assert.Equal(4, series.Count);
    }

    [Fact]
    public void Series_SheetChosenForCsv_IsAnError()
    {
        string path = Csv("bureau-2018-06.utf8.csv");

        var ex = Assert.Throws<InputFormatException>(() => SeriesReader.Read(path, MetricUnit.YiYuan, Sheet("Data")));

        Assert.Equal($"{path}: a sheet (Data) was given, but the file is delimited text (CSV), not an Excel workbook (.xlsx or .xls); text has no sheets.", ex.Message);
    }

    [Theory]
    [InlineData("report.xls")]
    [InlineData("report.xlsx")]
    public void Series_UnknownSheet_ListsTheSheets(string file)
    {
        string path = Workbook(file);

        var ex = Assert.Throws<InputFormatException>(() => SeriesReader.Read(path, MetricUnit.YiYuan, Sheet("Data")));

        Assert.Equal($"{path}: there is no sheet named 'Data': the workbook has 4 sheets: #1 '月报', #2 '产值', #3 '日期', #4 '百分比'.", ex.Message);
    }

    [Theory]
    [InlineData("report.xls")]
    [InlineData("report.xlsx")]
    public void Series_DateInThePeriodColumn_SaysToWriteThePeriodAsText(string file)
    {
        string path = Workbook(file);

        var ex = Assert.Throws<InputFormatException>(() => SeriesReader.Read(path, MetricUnit.YiYuan, Sheet("日期")));

        Assert.Equal($"{path}: sheet '日期' row 2, column '期间': '2018-06-01' is a date (the cell has a date format in the workbook), not a period; write the period as text, such as 2018年6月份, 2018.06 or 2018Q2 (type a ' before it, or format the column as Text).", ex.Message);
        Assert.Equal(2, ex.Line);
    }

    [Theory]
    [InlineData("report.xls")]
    [InlineData("report.xlsx")]
    public void Series_PercentInTheValueColumn_IsRefused(string file)
    {
        string path = Workbook(file);

        var ex = Assert.Throws<InputFormatException>(() => SeriesReader.Read(path, MetricUnit.YiYuan, Sheet("百分比")));

        Assert.Equal($"{path}: sheet '百分比' row 2, column '数值': '26.7%' is a percentage (the cell has a percentage format in the workbook), but this column holds a level, not a percent; give the number itself (format the cell as Number or General).", ex.Message);
    }

    [Fact]
    public void Breakdown_PercentInTheCurrentColumn_IsRefused()
    {
        using var folder = new TempFolder();
        string path = new XlsxBuilder().Sheet("Data")
            .Text("A1", "part").Text("B1", "current").Text("C1", "growth")
            .Text("A2", "A").Number("B2", "0.3", XlsxBuilder.PercentStyle).Number("C2", "0.05", XlsxBuilder.PercentStyle)
            .Save(folder.File("t.xlsx"));

        var ex = Assert.Throws<InputFormatException>(() => BreakdownReader.Read(path));

        Assert.Equal($"{path}: sheet 'Data' row 2, column 'current': '30%' is a percentage (the cell has a percentage format in the workbook), but this column holds a level, not a percent; give the number itself (format the cell as Number or General).", ex.Message);
        Assert.Equal("current", ex.Column);
    }

    [Theory]
    [InlineData("bureau.xls")]
    [InlineData("bureau.xlsx")]
    public void Series_ErrorCell_NamesSheetAndCell(string file)
    {
        string path = Workbook(file);

        var ex = Assert.Throws<InputFormatException>(() => SeriesReader.Read(path, MetricUnit.YiYuan, Sheet("错误")));

        Assert.Equal($"{path}: sheet '错误', cell B2: #DIV/0!: the cell holds an error instead of a value; correct the formula or its inputs in the workbook, or clear the cell.", ex.Message);
    }

    [Fact]
    public void Series_CumulativePeriodInAWorkbook_NamesTheSheetRow()
    {
        // bureau.xlsx's first sheet holds 2018年1-6月份 under 期间 in row 2.
        string path = Workbook("bureau.xlsx");

        var ex = Assert.Throws<InputFormatException>(() => SeriesReader.Read(path, MetricUnit.YiYuan));

        Assert.StartsWith($"{path}: sheet 'Data' row 2, column '期间': ", ex.Message);
    }

    private sealed class ForwardOnly(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }
    }
}
