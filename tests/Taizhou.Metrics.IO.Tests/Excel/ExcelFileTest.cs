using System;
using System.IO;
using System.Linq;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Excel;

/// <summary>
/// Workbooks written by LibreOffice Calc 7.4 (a real .xls in BIFF8 and a real .xlsx, see Excel/Data/README.md). The
/// expected texts are read off the table in that README (the values typed into the source), not off the reader.
/// </summary>
public class ExcelFileTest
{
    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "Excel", "Data", name);

    [Theory]
    [InlineData("bureau.xls")]
    [InlineData("bureau.xlsx")]
    public void ReadTable_DataSheet_AsTheTableShowsIt(string file)
    {
        WorkbookTable table = WorkbookReader.ReadTable(DataFile(file));

        Assert.Equal("Data", table.SheetName);
        Assert.Equal(1, table.HeaderRowNumber);
        Assert.Equal(["期间", "数值", "日期", "公式"], table.Header);
        Assert.Equal([2, 4], table.Rows.Select(r => r.RowNumber));
        Assert.Equal(["2018年1-6月份", "1234.5", "2018-06-30", "2469"], table.Rows[0].Cells);
        Assert.Equal(["规上工业", "0.1", string.Empty, "0.3"], table.Rows[1].Cells);
        Assert.Equal("sheet 'Data': 期间, 数值, 日期, 公式; 2 rows", table.ToString());
        Assert.Equal("2: 2018年1-6月份, 1234.5, 2018-06-30, 2469", table.Rows[0].ToString());
    }

    [Theory]
    [InlineData("bureau.xls")]
    [InlineData("bureau.xlsx")]
    public void SheetNames_InTabOrder(string file)
    {
        Assert.Equal(["Data", "错误"], WorkbookReader.SheetNames(DataFile(file)));
    }

    [Theory]
    [InlineData("bureau.xls")]
    [InlineData("bureau.xlsx")]
    public void ReadTable_ErrorCell_NamesSheetAndCell(string file)
    {
        string path = DataFile(file);

        var ex = Assert.Throws<InputFormatException>(() => WorkbookReader.ReadTable(path, SheetSelector.Parse("错误")));

        Assert.Equal($"{path}: sheet '错误', cell B2: #DIV/0!: the cell holds an error instead of a value; correct the formula or its inputs in the workbook, or clear the cell.", ex.Message);
        Assert.Equal(2, ex.Line);
        Assert.Equal("B", ex.Column);
    }

    [Fact]
    public void ReadRows_FormatIsToldByContentNotByName()
    {
        using var folder = new TempFolder();
        string misnamed = folder.File("bureau.xlsx");
        File.Copy(DataFile("bureau.xls"), misnamed);

        var rows = WorkbookReader.ReadRows(misnamed);

        Assert.Equal(3, rows.Count);
        Assert.Equal("1234.5", rows[1][1]);
    }

    [Fact]
    public void ReadTable_FromAStream_SameAsFromTheFile()
    {
        using FileStream stream = File.OpenRead(DataFile("bureau.xls"));

        WorkbookTable table = WorkbookReader.ReadTable(stream, "bureau.xls", SheetSelector.ByIndex(0));

        Assert.Equal(WorkbookReader.ReadTable(DataFile("bureau.xls")).Rows.Select(r => r.ToString()), table.Rows.Select(r => r.ToString()));
    }

    [Fact]
    public void ReadTable_PasswordProtectedXls_SaysSo()
    {
        // The LibreOffice .xls with a FILEPASS record (XOR obfuscation, [MS-XLS] 2.4.117) in place of its
        // INTERFACEHDR, MMS and INTERFACEEND records (16 bytes replaced by 16, so no offset moves): a workbook whose
        // password is not Excel's default one, which ExcelDataReader refuses without the password.
        byte[] book = File.ReadAllBytes(DataFile("bureau.xls"));
        int bof = book.AsSpan().IndexOf(new byte[] { 0x09, 0x08, 0x10, 0x00, 0x00, 0x06, 0x05, 0x00 });
        int next = bof + 4 + 16;
        Assert.Equal([0xE1, 0x00, 0x02, 0x00], book[next..(next + 4)]); // INTERFACEHDR, 2 bytes
        Assert.Equal([0xE2, 0x00, 0x00, 0x00], book[(next + 12)..(next + 16)]); // INTERFACEEND, after MMS
        byte[] filePass = [0x2F, 0x00, 12, 0x00, 0x00, 0x00, 0x34, 0x12, 0x78, 0x56, 0, 0, 0, 0, 0, 0];
        filePass.CopyTo(book, next);

        var ex = Assert.Throws<InputFormatException>(() => WorkbookReader.ReadTable(new MemoryStream(book), "protected.xls"));

        Assert.StartsWith("protected.xls: the workbook is password-protected (encrypted); ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTable_MissingFile_IsAnInputFormatException()
    {
        using var folder = new TempFolder();
        string path = folder.File("missing.xlsx");

        var ex = Assert.Throws<InputFormatException>(() => WorkbookReader.ReadTable(path));

        Assert.StartsWith($"{path}: cannot be read: ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTable_EmptySheet_EmptyHeaderAndNoRows()
    {
        using var folder = new TempFolder();
        string path = new XlsxBuilder().Sheet("Empty").Save(folder.File("empty.xlsx"));

        WorkbookTable table = WorkbookReader.ReadTable(path);

        Assert.Empty(table.Header);
        Assert.Empty(table.Rows);
        Assert.Null(table.HeaderRowNumber);
        Assert.Equal("sheet 'Empty': empty; 0 rows", table.ToString());
    }
}
