using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Taizhou.Metrics.IO.Excel;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Reads a worksheet of an Excel workbook (.xlsx, or .xls from Excel 97-2003) as text, to look at a bureau's table
/// before reading it as a series or a breakdown: the sheet's names, and a sheet's header and rows.
/// </summary>
/// <remarks>
/// <para>
/// Whether a file is an .xlsx or an .xls is told from its first bytes, not from its name. A sheet is chosen with a
/// <see cref="SheetSelector"/> (by name, or <c>#2</c> for the second tab); the default is the first sheet.
/// </para>
/// <para>
/// Cells become text as follows. Text is kept as stored (not trimmed). A number is rounded to the 15 significant
/// digits Excel keeps and shows, and written plainly with a <c>.</c>: <c>1234.5</c>, <c>2469</c> (no <c>.0</c>),
/// <c>0.3</c> for a formula whose stored result is <c>0.30000000000000004</c>, <c>120000000000</c> (no exponent).
/// Number formats are not applied (no thousands separators, no rounding to the shown decimals), except two: a
/// percentage format gives the number times 100 and <c>%</c> (a cell showing 26.7% gives <c>26.7%</c>), and a date
/// format gives the ISO date <c>2018-06-30</c> (<c>2018-06-30T14:05:00</c> when it has a time of day). Logical values
/// are <c>TRUE</c> and <c>FALSE</c>. A formula gives its result as last calculated and saved by the program that wrote
/// the file (nothing is recalculated). A merged range keeps its value in its top-left cell; the other cells of the
/// range are empty.
/// </para>
/// <para>
/// Rows whose cells are all empty or white space are left out, as blank lines of a CSV file are; the row numbers of
/// the rows kept are the sheet's own. The columns at the right that are empty in every row are left out, and every
/// row has the same number of cells.
/// </para>
/// <para>
/// Every problem is an <see cref="InputFormatException"/> that names the file: a file that is not a workbook, a
/// damaged or password-protected workbook, a sheet that is not there (the message lists the workbook's sheets), and a
/// cell holding an error value such as <c>#DIV/0!</c> or <c>#N/A</c> anywhere in the sheet (the message names the
/// sheet and the cell, <see cref="InputFormatException.Line"/> is its row and <see cref="InputFormatException.Column"/>
/// its column letters).
/// </para>
/// </remarks>
public static class WorkbookReader
{
    /// <summary>Lists the sheets of a workbook file, in tab order (hidden sheets included).</summary>
    /// <param name="path">The .xlsx or .xls file.</param>
    /// <returns>The sheets' names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InputFormatException">The file cannot be read, is not a workbook, or is damaged or password-protected.</exception>
    public static IReadOnlyList<string> SheetNames(string path)
    {
        using FileStream stream = OpenFile(path);
        return ExcelSheet.SheetNames(stream, path);
    }

    /// <summary>Lists the sheets of a workbook, in tab order (hidden sheets included).</summary>
    /// <param name="stream">The workbook's bytes, from their start; a stream that cannot seek is copied to memory. Left open.</param>
    /// <param name="name">The file's name, for messages.</param>
    /// <returns>The sheets' names.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="InputFormatException">The bytes are not a workbook, or it is damaged or password-protected.</exception>
    public static IReadOnlyList<string> SheetNames(Stream stream, string name) => ExcelSheet.SheetNames(stream, name);

    /// <summary>Reads a sheet of a workbook file as a table: its first non-blank row as the header, the rows below as data.</summary>
    /// <param name="path">The .xlsx or .xls file.</param>
    /// <param name="sheet">Which sheet; the first when left out.</param>
    /// <returns>The table; an empty sheet gives an empty header and no rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InputFormatException">
    /// The file cannot be read, is not a workbook, is damaged or password-protected, has no such sheet, or the sheet holds
    /// an error cell.
    /// </exception>
    public static WorkbookTable ReadTable(string path, SheetSelector sheet = default)
    {
        using FileStream stream = OpenFile(path);
        return ReadTable(stream, path, sheet);
    }

    /// <summary>Reads a sheet of a workbook as a table: its first non-blank row as the header, the rows below as data.</summary>
    /// <param name="stream">The workbook's bytes, from their start; a stream that cannot seek is copied to memory. Left open.</param>
    /// <param name="name">The file's name, for messages.</param>
    /// <param name="sheet">Which sheet; the first when left out.</param>
    /// <returns>The table; an empty sheet gives an empty header and no rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="name"/> is null.</exception>
    /// <exception cref="InputFormatException">
    /// The bytes are not a workbook, it is damaged or password-protected, has no such sheet, or the sheet holds an error cell.
    /// </exception>
    public static WorkbookTable ReadTable(Stream stream, string name, SheetSelector sheet = default)
    {
        (string sheetName, IReadOnlyList<SheetRow> rows) = ExcelSheet.Read(stream, name, sheet);
        WorkbookRow[] all = [.. rows.Select(r => new WorkbookRow(r.RowNumber, r.Cells))];
        return all.Length == 0
            ? new WorkbookTable(sheetName, null, [])
            : new WorkbookTable(sheetName, all[0], all[1..]);
    }

    /// <summary>Reads the non-blank rows of a sheet of a workbook file, the header (if any) among them.</summary>
    /// <param name="path">The .xlsx or .xls file.</param>
    /// <param name="sheet">Which sheet; the first when left out.</param>
    /// <returns>The rows, in order, all with the same number of cells; empty for an empty sheet.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="InputFormatException">
    /// The file cannot be read, is not a workbook, is damaged or password-protected, has no such sheet, or the sheet holds
    /// an error cell.
    /// </exception>
    public static IReadOnlyList<WorkbookRow> ReadRows(string path, SheetSelector sheet = default)
    {
        using FileStream stream = OpenFile(path);
        return [.. ExcelSheet.ReadRows(stream, path, sheet).Select(r => new WorkbookRow(r.RowNumber, r.Cells))];
    }

    private static FileStream OpenFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputFormatException(path, null, null, $"{path}: cannot be read: {ex.Message}", ex);
        }
    }
}
