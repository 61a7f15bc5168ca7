#:project ../../src/Taizhou.Metrics.IO/Taizhou.Metrics.IO.csproj
using System;
using Taizhou.Metrics.IO;

// Look at an Excel workbook (.xlsx or .xls) before reading it as a series or a breakdown: its sheets, then one sheet
// as a header and rows of text; then read the bureau's monthly report from a sheet as a breakdown, as from its CSV.
// Run from the repository's root: dotnet run docs/examples/workbook.cs [file] [sheet]
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

    // The readers take a workbook where they take a CSV file (told by its first bytes); 增长% cells formatted as
    // percentages (26.7%) read as 26.7.
    const string Report = "tests/Taizhou.Metrics.IO.Tests/Excel/Data/report.xlsx";
    BreakdownTable report = BreakdownReader.Read(Report, options: new TableReadOptions { Sheet = SheetSelector.Parse("月报") });
    Console.WriteLine();
    foreach (var part in report.Analyse().Parts)
    {
        Console.WriteLine($"{part.Name}: {part.Previous} → {part.Current}, growth {part.Growth}");
    }
}
catch (InputFormatException ex)
{
    // Every problem (not a workbook, no such sheet, a #DIV/0! cell) comes as one message naming the file.
    Console.Error.WriteLine(ex.Message);
    return 2;
}

return 0;
