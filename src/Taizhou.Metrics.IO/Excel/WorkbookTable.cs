using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Globalization;

namespace Taizhou.Metrics.IO;

/// <summary>
/// A worksheet read as a table of text: its first non-blank row as the header, the non-blank rows below it as data
/// (see <see cref="WorkbookReader"/> for how cells become text).
/// </summary>
public sealed class WorkbookTable
{
    internal WorkbookTable(string sheetName, WorkbookRow? header, IList<WorkbookRow> rows)
    {
        SheetName = sheetName;
        HeaderRowNumber = header?.RowNumber;
        Header = header?.Cells ?? ReadOnlyCollection<string>.Empty;
        Rows = new ReadOnlyCollection<WorkbookRow>(rows);
    }

    /// <summary>Gets the sheet's name, as on its tab.</summary>
    public string SheetName { get; }

    /// <summary>Gets the 1-based row number of the header, or null when the sheet is empty.</summary>
    public int? HeaderRowNumber { get; }

    /// <summary>Gets the header's cells (empty when the sheet is empty); as many as every row has.</summary>
    public IReadOnlyList<string> Header { get; }

    /// <summary>Gets the data rows below the header, blank rows left out; empty when the sheet has no data.</summary>
    public IReadOnlyList<WorkbookRow> Rows { get; }

    /// <summary>A one-line summary: the sheet, its header and how many rows it has.</summary>
    /// <returns>For example <c>sheet 'Data': 期间, 数值, 日期, 公式; 2 rows</c>.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"sheet '{SheetName}': {(Header.Count == 0 ? "empty" : string.Join(", ", Header))}; {Rows.Count} {(Rows.Count == 1 ? "row" : "rows")}");
}
