using System;
using System.IO;
using System.Linq;
using System.Text;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Tables;

/// <summary><see cref="SeriesReader"/>: Chinese headers, bureau period forms, delimiters, streams and a sheet's rows.</summary>
public class SeriesReaderTest
{
    [Fact]
    public void Read_ChineseHeadersAndBureauPeriods_ReadsTheMonths()
    {
        using var folder = new TempFolder();
        string path = folder.WriteText("月度.csv", "时间,数值\n2018年4月份,170.5\n2018.05,\"1,175.25\"\n2018年6月份,185.32\n");

        var series = SeriesReader.Read(path, MetricUnit.YiYuan);

        Assert.Equal("月度", series.Name);
        Assert.Equal([ReportingPeriod.Month(2018, 4), ReportingPeriod.Month(2018, 5), ReportingPeriod.Month(2018, 6)], series.Observations.Select(o => o.Period));
        Assert.Equal([170.5m, 1175.25m, 185.32m], series.Observations.Select(o => o.Value!.Value));
    }

    [Theory]
    [InlineData("期間;數值\r\n2010年;1\r\n2011年;2\r\n")]
    [InlineData("時期\t數值\n2010\t1\n2011\t2\n")]
    [InlineData("\n\nperiod,value\n2010,1\n2011,2\n")]
    [InlineData("\"period, or 期间\";value\r2010;1\r2011;2")] // a comma inside quotes is not a delimiter; old Mac line ends
    [InlineData("value;period\n1;2010\n2;2011\n")]
    [InlineData("\uFEFFperiod\tvalue\n2010\t1\n2011\t2\n")]
    public void Read_FromAStream_DetectsTheDelimiterAndNamesTheSeriesAfterTheSource(string text)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var options = text.StartsWith('"') ? new TableReadOptions { HeaderAliases = new System.Collections.Generic.Dictionary<string, string> { ["period, or 期间"] = "period" } } : null;

        var series = SeriesReader.Read(stream, "-", MetricUnit.YiYuan, options);

        Assert.Equal("-", series.Name);
        Assert.Equal([ReportingPeriod.CalendarYear(2010), ReportingPeriod.CalendarYear(2011)], series.Observations.Select(o => o.Period));
        Assert.Equal([1m, 2m], series.Observations.Select(o => o.Value!.Value));
    }

    [Fact]
    public void Read_BlankLinesBeforeAnAmbiguousHeader_NameTheHeadersLine()
    {
        using var stream = new MemoryStream("\r\n \r\nperiod;value,x\n"u8.ToArray());

        var ex = Assert.Throws<InputFormatException>(() => SeriesReader.Read(stream, "s.csv", MetricUnit.YiYuan));

        Assert.Equal("s.csv: line 3: the header holds ',' and ';': which one separates the columns? Give the delimiter (--delimiter , | tab | ;).", ex.Message);
        Assert.Equal(3, ex.Line);
    }

    [Fact]
    public void Read_BadPeriodAfterDetection_KeepsThePhysicalLine()
    {
        using var stream = new MemoryStream("\nperiod\tvalue\n2010\t1\n\n2011x\t2\n"u8.ToArray());

        var ex = Assert.Throws<InputFormatException>(() => SeriesReader.Read(stream, "s.tsv", MetricUnit.YiYuan));

        Assert.StartsWith("s.tsv: line 5, column 'period': '2011x' is not a reporting period.", ex.Message, StringComparison.Ordinal);
        Assert.Equal(5, ex.Line);
        Assert.Equal("period", ex.Column);
    }

    [Fact]
    public void Read_SheetRows_ReportsTheSheetAndRow()
    {
        (int, string[])[] rows = [(1, ["统计表"]), (2, []), (3, ["期间", "数值", ""]), (4, ["2010年", "1"]), (7, ["2010年", "2"])];

        // A sheet whose title row is not the header: the first non-blank row is, so the title must be removed first.
        using var titled = RowTable.FromSheet("book.xlsx", "Data", rows, TableReadOptions.Default, ["period", "value"], HeaderAliases.Series);
        var missing = Assert.Throws<InputFormatException>(() => SeriesReader.Read(titled, MetricUnit.YiYuan, "s"));
        Assert.Equal("book.xlsx: sheet 'Data' row 1: missing column 'period' (the columns are: 统计表).", missing.Message);

        using var table = RowTable.FromSheet("book.xlsx", "Data", rows[2..], TableReadOptions.Default, ["period", "value"], HeaderAliases.Series);
        var repeated = Assert.Throws<InputFormatException>(() => SeriesReader.Read(table, MetricUnit.YiYuan, "s"));
        Assert.Equal("book.xlsx: sheet 'Data' row 7, column '期间': 2010 already appears on sheet 'Data' row 4.", repeated.Message);
        Assert.Equal(7, repeated.Line);
    }

    [Fact]
    public void Read_SheetRowWiderThanTheHeader_IsAnErrorNamingTheCell()
    {
        (int, string[])[] rows = [(1, ["period", "value"]), (2, ["2010", "1", "", "9"])];
        using var table = RowTable.FromSheet("book.xlsx", "Sheet1", rows, TableReadOptions.Default, ["period", "value"], HeaderAliases.Series);

        var ex = Assert.Throws<InputFormatException>(() => SeriesReader.Read(table, MetricUnit.YiYuan, "s"));

        Assert.Equal("book.xlsx: sheet 'Sheet1' row 2: a value in column 4 ('9'), but the header has 2 columns.", ex.Message);
    }

    [Fact]
    public void Read_MissingFile_NamesIt()
    {
        var ex = Assert.Throws<InputFormatException>(() => SeriesReader.Read("/nonexistent/s.csv", MetricUnit.YiYuan));

        Assert.StartsWith("/nonexistent/s.csv: cannot be read: ", ex.Message, StringComparison.Ordinal);
    }
}
