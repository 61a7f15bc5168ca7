using System;
using System.IO;
using System.Linq;
using System.Text;
using Taizhou.Metrics.IO.Excel;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Excel;

/// <summary>
/// Sheets of .xlsx workbooks built cell by cell (<see cref="XlsxBuilder"/>); the expected texts are written by hand
/// from the stored values.
/// </summary>
public class ExcelSheetTest
{
    private static SheetRow[] Read(byte[] workbook, SheetSelector sheet = default) =>
        [.. ExcelSheet.ReadRows(new MemoryStream(workbook), "book.xlsx", sheet)];

    private static InputFormatException Fails(byte[] workbook, SheetSelector sheet = default) =>
        Assert.Throws<InputFormatException>(() => Read(workbook, sheet));

    private static XlsxBuilder TwoSheets() => new XlsxBuilder()
        .Sheet("Data")
        .Text("A1", "期间").Text("B1", "数值").Text("C1", "日期").Text("D1", "公式")
        .Text("A2", "2018年1-6月份").Number("B2", "1234.5").Number("C2", "43281", XlsxBuilder.DateStyle).Formula("D2", "B2*2", "2469")
        .InlineText("A3", "规上工业").Number("B3", "0.1").Number("C3", "43312", XlsxBuilder.ChineseMonthStyle).Formula("D3", "0.1+0.2", "0.30000000000000004")
        .Sheet("说明")
        .Text("A1", "台州市统计局").Number("B1", "1.2E+11");

    [Fact]
    public void ReadRows_CellsBecomeTextAsExcelShowsThem()
    {
        SheetRow[] rows = Read(TwoSheets().Build());

        Assert.Equal([1, 2, 3], rows.Select(r => r.RowNumber));
        Assert.Equal(["期间", "数值", "日期", "公式"], rows[0].Cells);

        // 43281 days after 1899-12-30 is 2018-06-30; 43312 is 2018-07-31 (shown as 2018年7月 by its format).
        Assert.Equal(["2018年1-6月份", "1234.5", "2018-06-30", "2469"], rows[1].Cells);
        Assert.Equal(["规上工业", "0.1", "2018-07-31", "0.3"], rows[2].Cells);
    }

    [Fact]
    public void ReadRows_SheetByNameOrPosition()
    {
        byte[] book = TwoSheets().Build();
        SheetRow[] byName = Read(book, SheetSelector.Parse("说明"));
        SheetRow[] byPosition = Read(book, SheetSelector.Parse("#2"));
        SheetRow[] byOtherCase = Read(new XlsxBuilder().Sheet("Data").Text("A1", "x").Build(), SheetSelector.Parse("DATA"));

        Assert.Equal(["台州市统计局", "120000000000"], byName.Single().Cells);
        Assert.Equal(byName.Single().Cells, byPosition.Single().Cells);
        Assert.Equal(["x"], byOtherCase.Single().Cells);
    }

    [Fact]
    public void ReadRows_MissingSheet_ListsTheWorkbooksSheets()
    {
        InputFormatException byName = Fails(TwoSheets().Build(), SheetSelector.Parse("工业"));
        InputFormatException byPosition = Fails(TwoSheets().Build(), SheetSelector.Parse("#3"));

        Assert.Equal("book.xlsx: there is no sheet named '工业': the workbook has 2 sheets: #1 'Data', #2 '说明'.", byName.Message);
        Assert.Equal("book.xlsx: there is no sheet #3: the workbook has 2 sheets: #1 'Data', #2 '说明'.", byPosition.Message);
        Assert.Equal("book.xlsx", byName.Path);
        Assert.Null(byName.Line);
    }

    [Fact]
    public void ReadRows_BlankRowsAreLeftOut_RowNumbersAreTheSheets()
    {
        byte[] book = new XlsxBuilder().Sheet("Data")
            .Text("A2", "period").Text("B2", "value")
            .Styled("A3")
            .Text("A4", "  ").Text("B4", string.Empty)
            .Text("A6", "2018-06").Number("B6", "5")
            .Build();

        SheetRow[] rows = Read(book);

        Assert.Equal([2, 6], rows.Select(r => r.RowNumber));
        Assert.Equal(["2018-06", "5"], rows[1].Cells);
    }

    [Fact]
    public void ReadRows_EmptyColumnsAtTheRightAreLeftOut_ShorterRowsArePadded()
    {
        byte[] book = new XlsxBuilder().Sheet("Data")
            .Text("A1", "period").Text("B1", "value").Text("C1", "note").Styled("F1")
            .Text("A2", "2018-06").Number("B2", "5").Text("E2", " ")
            .Text("A3", "2018-07")
            .Build();

        SheetRow[] rows = Read(book);

        Assert.All(rows, r => Assert.Equal(3, r.Cells.Length));
        Assert.Equal(["2018-06", "5", string.Empty], rows[1].Cells);
        Assert.Equal(["2018-07", string.Empty, string.Empty], rows[2].Cells);
    }

    [Fact]
    public void ReadRows_LeadingEmptyColumnsAreKept_ColumnAIsCellZero()
    {
        SheetRow[] rows = Read(new XlsxBuilder().Sheet("Data").Text("B1", "period").Text("C1", "value").Build());

        Assert.Equal([string.Empty, "period", "value"], rows.Single().Cells);
    }

    [Fact]
    public void ReadRows_MergedRange_KeepsItsValueInTheTopLeftCellOnly()
    {
        byte[] book = new XlsxBuilder().Sheet("Data")
            .Text("A1", "工业总产值").Styled("B1", XlsxBuilder.General).Merge("A1:B1")
            .Text("A2", "本月").Text("B2", "1-本月累计")
            .Build();

        SheetRow[] rows = Read(book);

        Assert.Equal(["工业总产值", string.Empty], rows[0].Cells);
    }

    [Fact]
    public void ReadRows_PercentageCellKeepsItsPercentSign_TextIsNotTrimmed_LogicalIsTrueFalse()
    {
        byte[] book = new XlsxBuilder().Sheet("Data")
            .Number("A1", "0.267", XlsxBuilder.PercentStyle).Text("B1", " 规上 ").Boolean("C1", true).FormulaText("D1", "A1&\"\"", "0.267")
            .Build();

        Assert.Equal(["26.7%", " 规上 ", "TRUE", "0.267"], Read(book).Single().Cells);
    }

    [Fact]
    public void ReadRows_ErrorCell_NamesTheSheetAndTheCell()
    {
        byte[] book = new XlsxBuilder().Sheet("Data")
            .Text("A1", "period").Text("B1", "value").Text("C1", "share")
            .Text("A7", "2018-06").Number("B7", "0").Error("C7", "B7/B7", "#DIV/0!")
            .Error("B9", "NA()", "#N/A")
            .Build();

        InputFormatException ex = Fails(book);

        Assert.StartsWith("book.xlsx: sheet 'Data', cell C7: #DIV/0!: ", ex.Message, StringComparison.Ordinal);
        Assert.Equal("book.xlsx", ex.Path);
        Assert.Equal(7, ex.Line);
        Assert.Equal("C", ex.Column);
    }

    [Fact]
    public void ReadRows_ErrorCellInAnotherSheet_DoesNotStopThisOne()
    {
        byte[] book = new XlsxBuilder()
            .Sheet("Data").Text("A1", "period")
            .Sheet("Scratch").Error("AB12", "NA()", "#N/A")
            .Build();

        Assert.Equal(["period"], Read(book).Single().Cells);
        InputFormatException ex = Fails(book, SheetSelector.Parse("Scratch"));
        Assert.StartsWith("book.xlsx: sheet 'Scratch', cell AB12: #N/A: ", ex.Message, StringComparison.Ordinal);
        Assert.Equal("AB", ex.Column);
    }

    [Fact]
    public void ReadRows_EmptySheet_HasNoRows()
    {
        Assert.Empty(Read(new XlsxBuilder().Sheet("Empty").Build()));
    }

    [Fact]
    public void ReadRows_StreamThatCannotSeek_IsCopiedFirst()
    {
        using var stream = new ForwardOnlyStream(TwoSheets().Build());

        SheetRow[] rows = [.. ExcelSheet.ReadRows(stream, "-", SheetSelector.Parse("说明"))];

        Assert.Equal(["台州市统计局", "120000000000"], rows.Single().Cells);
    }

    [Fact]
    public void ReadRows_NotAWorkbook_IsOneErrorNamingTheFile()
    {
        byte[] csv = Encoding.UTF8.GetBytes("period,value\n2018-06,5\n");

        InputFormatException ex = Fails(csv);

        Assert.Equal("book.xlsx: is not an Excel workbook: its first bytes are neither an .xlsx (zip) nor an .xls (Excel 97-2003) file's; if it is a CSV or text file, read it as CSV.", ex.Message);
        Assert.Null(ex.Line);
    }

    [Theory]
    [InlineData("truncated")]
    [InlineData("zip without a workbook")]
    [InlineData("empty")]
    [InlineData("compound file header only")]
    public void ReadRows_DamagedWorkbook_IsOneErrorNamingTheFile(string damage)
    {
        byte[] good = TwoSheets().Build();
        byte[] bad = damage switch
        {
            "truncated" => good[..(good.Length / 2)],
            "zip without a workbook" => ZipOf("hello.txt"),
            "empty" => [],
            _ => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[600]],
        };

        InputFormatException ex = Fails(bad);

        Assert.StartsWith("book.xlsx: ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SheetNames_AreInTabOrder()
    {
        Assert.Equal(["Data", "说明"], ExcelSheet.SheetNames(new MemoryStream(TwoSheets().Build()), "book.xlsx"));
    }

    private static byte[] ZipOf(string name)
    {
        using var memory = new MemoryStream();
        using (var zip = new System.IO.Compression.ZipArchive(memory, System.IO.Compression.ZipArchiveMode.Create, leaveOpen: true))
        {
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write("hello");
        }

        return memory.ToArray();
    }

    /// <summary>A stream that reads forward only, like standard input.</summary>
    private sealed class ForwardOnlyStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;

        public override long Seek(long offset, SeekOrigin loc) => throw new NotSupportedException();

        public override long Position { get => base.Position; set => throw new NotSupportedException(); }
    }
}
