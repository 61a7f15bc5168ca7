#:project ../../src/Taizhou.Metrics.IO/Taizhou.Metrics.IO.csproj
using System;
using Taizhou.Metrics.IO;

// Look at an Excel workbook (.xlsx or .xls) before reading it as a series or a breakdown: its sheets, then one sheet
// as a header and rows of text. Run from the repository's root: dotnet run docs/examples/workbook.cs [file] [sheet]
string path = args.Length > 0 ? args[0] : "tests/Taizhou.Metrics.IO.Tests/Excel/Data/bureau.xlsx";
SheetSelector sheet = args.Length > 1 ? SheetSelector.Parse(args[1]) : SheetSelector.First;

try
{
    Console.WriteLine($"sheets: {string.Join(", ", WorkbookReader.SheetNames(path))}");
    WorkbookTable table = WorkbookReader.ReadTable(path, sheet);
    Console.WriteLine(table);
    foreach (WorkbookRow row in table.Rows)
    {
        Console.WriteLine(row);
    }
}
catch (InputFormatException ex)
{
    // Every problem (not a workbook, no such sheet, a #DIV/0! cell) comes as one message naming the file.
    Console.Error.WriteLine(ex.Message);
    return 2;
}

return 0;
