namespace Taizhou.Metrics.IO.Excel;

/// <summary>One non-blank row of a worksheet, its cells as text (see <see cref="ExcelCellText"/>).</summary>
/// <param name="RowNumber">The 1-based row number, as Excel shows it at the left of the sheet.</param>
/// <param name="Cells">
/// The cells from column A on, as many as the sheet's widest non-blank row (trailing empty columns of the sheet are
/// left out, and shorter rows are padded with empty strings, so every row of a sheet has the same length).
/// </param>
internal readonly record struct SheetRow(int RowNumber, string[] Cells);
