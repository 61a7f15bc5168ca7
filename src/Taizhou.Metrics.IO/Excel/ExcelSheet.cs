using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using ExcelDataReader;
using ExcelDataReader.Exceptions;

namespace Taizhou.Metrics.IO.Excel;

/// <summary>
/// Reads one worksheet of an Excel workbook (.xlsx or .xls, told apart by the file's first bytes, not its name) into rows
/// of text for the table readers, with ExcelDataReader.
/// </summary>
/// <remarks>
/// Cells become text by the rules of <see cref="ExcelCellText"/>. Rows whose cells are all empty or white space are
/// left out, as blank lines of a CSV file are; columns past the last one that holds something in any row are left
/// out, and the other rows are padded to that width. A merged range keeps its value in its top-left cell only (the
/// other cells of the range are empty, as the file stores them). An error cell (<c>#DIV/0!</c>, <c>#N/A</c>, …)
/// anywhere in the sheet is an <see cref="InputFormatException"/> naming the sheet and the cell.
/// </remarks>
internal static class ExcelSheet
{
    private const string Advice = "save it again from Excel or WPS as an .xlsx workbook, or as CSV";

    /// <summary>Reads the rows of one sheet.</summary>
    /// <param name="stream">The workbook's bytes, from their start (read to the end; a stream that cannot seek is copied to memory first); the caller disposes it.</param>
    /// <param name="path">The file as the user named it, for messages.</param>
    /// <param name="sheet">Which sheet.</param>
    /// <returns>The non-blank rows, in order, all of the same length.</returns>
    /// <exception cref="InputFormatException">
    /// The file is not a workbook, is damaged or password-protected, has no such sheet (the message lists its sheets), or
    /// the sheet holds an error cell.
    /// </exception>
    internal static IEnumerable<SheetRow> ReadRows(Stream stream, string path, SheetSelector sheet) =>
        Read(stream, path, sheet).Rows;

    /// <summary>Reads the rows of one sheet, with the sheet's name (see <see cref="ReadRows"/>).</summary>
    /// <param name="stream">The workbook's bytes.</param>
    /// <param name="path">The file, for messages.</param>
    /// <param name="sheet">Which sheet.</param>
    /// <returns>The sheet's name and its rows.</returns>
    internal static (string SheetName, IReadOnlyList<SheetRow> Rows) Read(Stream stream, string path, SheetSelector sheet)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        Stream seekable = Seekable(stream, path);
        try
        {
            string sheetName;
            List<RawRow> raw;
            using (IExcelDataReader reader = Open(seekable))
            {
                List<string> names = SheetNames(reader);
                int index = sheet.Resolve(names, path);
                reader.Reset();
                for (int i = 0; i < index; i++)
                {
                    reader.NextResult();
                }

                sheetName = names[index];
                raw = ReadRaw(reader);
            }

            CellError? error = FirstError(seekable, sheetName);
            if (error is { } e)
            {
                throw new InputFormatException(
                    path,
                    e.RowNumber,
                    CellError.ColumnName(e.ColumnNumber),
                    $"{path}: sheet '{sheetName}', cell {e.Address}: {e.Value}: the cell holds an error instead of a value; correct the formula or its inputs in the workbook, or clear the cell.",
                    null);
            }

            return (sheetName, Shape(raw));
        }
        catch (Exception ex) when (IsReaderFailure(ex))
        {
            throw Unreadable(path, ex);
        }
        finally
        {
            if (!ReferenceEquals(seekable, stream))
            {
                seekable.Dispose();
            }
        }
    }

    /// <summary>Lists a workbook's sheets, in tab order (hidden sheets included).</summary>
    /// <param name="stream">The workbook's bytes.</param>
    /// <param name="path">The file, for messages.</param>
    /// <returns>The names.</returns>
    /// <exception cref="InputFormatException">The file is not a workbook, or is damaged or password-protected.</exception>
    internal static IReadOnlyList<string> SheetNames(Stream stream, string path)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(path);
        Stream seekable = Seekable(stream, path);
        try
        {
            using IExcelDataReader reader = Open(seekable);
            return SheetNames(reader);
        }
        catch (Exception ex) when (IsReaderFailure(ex))
        {
            throw Unreadable(path, ex);
        }
        finally
        {
            if (!ReferenceEquals(seekable, stream))
            {
                seekable.Dispose();
            }
        }
    }

    private static IExcelDataReader Open(Stream seekable)
    {
        CodePages.EnsureRegistered();
        seekable.Seek(0, SeekOrigin.Begin);
        return ExcelReaderFactory.CreateReader(seekable, new ExcelReaderConfiguration { LeaveOpen = true });
    }

    private static List<string> SheetNames(IExcelDataReader reader)
    {
        var names = new List<string>(reader.ResultsCount);
        reader.Reset();
        do
        {
            names.Add(reader.Name ?? string.Empty);
        }
        while (reader.NextResult());
        return names;
    }

    private static List<RawRow> ReadRaw(IExcelDataReader reader)
    {
        var rows = new List<RawRow>();
        int rowNumber = 0;
        while (reader.Read())
        {
            rowNumber++;
            var cells = new string[reader.FieldCount];
            for (int i = 0; i < cells.Length; i++)
            {
                object? value = reader.GetValue(i);
                cells[i] = value is null ? string.Empty : ExcelCellText.Format(value, reader.GetNumberFormatString(i));
            }

            rows.Add(new RawRow(rowNumber, cells));
        }

        return rows;
    }

    private static CellError? FirstError(Stream seekable, string sheetName)
    {
        seekable.Seek(0, SeekOrigin.Begin);
        Span<byte> probe = stackalloc byte[2];
        bool zip = seekable.Read(probe) == 2 && probe[0] == (byte)'P' && probe[1] == (byte)'K';
        return zip ? XlsxErrorCells.FindFirst(seekable, sheetName) : XlsErrorCells.FindFirst(seekable, sheetName);
    }

    /// <summary>Leaves out blank rows and the empty columns at the right, and pads the rows to one width.</summary>
    private static List<SheetRow> Shape(List<RawRow> raw)
    {
        int width = 0;
        foreach (RawRow row in raw)
        {
            width = Math.Max(width, Used(row.Cells));
        }

        var rows = new List<SheetRow>(raw.Count);
        foreach (RawRow row in raw)
        {
            if (Used(row.Cells) == 0)
            {
                continue;
            }

            string[] cells = row.Cells.Length == width ? row.Cells : new string[width];
            if (!ReferenceEquals(cells, row.Cells))
            {
                Array.Fill(cells, string.Empty);
                Array.Copy(row.Cells, cells, Math.Min(width, row.Cells.Length));
            }

            rows.Add(new SheetRow(row.RowNumber, cells));
        }

        return rows;
    }

    /// <summary>The number of cells up to the last one that holds more than white space.</summary>
    private static int Used(string[] cells)
    {
        for (int i = cells.Length - 1; i >= 0; i--)
        {
            if (!string.IsNullOrWhiteSpace(cells[i]))
            {
                return i + 1;
            }
        }

        return 0;
    }

    private static Stream Seekable(Stream stream, string path)
    {
        if (stream.CanSeek)
        {
            return stream;
        }

        var copy = new MemoryStream();
        try
        {
            stream.CopyTo(copy);
        }
        catch (IOException ex)
        {
            copy.Dispose();
            throw new InputFormatException(path, null, null, $"{path}: cannot be read: {ex.Message}", ex);
        }

        copy.Position = 0;
        return copy;
    }

    /// <summary>
    /// Whether an exception comes from a file ExcelDataReader (or the zip and XML readers under it) cannot read, rather
    /// than from this code: our own messages and caller bugs pass through.
    /// </summary>
    private static bool IsReaderFailure(Exception ex) =>
        ex is not (InputFormatException or ArgumentNullException or OutOfMemoryException or OperationCanceledException);

    private static InputFormatException Unreadable(string path, Exception ex)
    {
        string what = ex switch
        {
            InvalidPasswordException => $"the workbook is password-protected (encrypted); remove the password in Excel or WPS (File, Info, Protect Workbook) and {Advice}",
            HeaderException => "is not an Excel workbook: its first bytes are neither an .xlsx (zip) nor an .xls (Excel 97-2003) file's; if it is a CSV or text file, read it as CSV",
            _ => $"is damaged or not a workbook this reader understands ({Describe(ex)}); {Advice}",
        };
        return new InputFormatException(path, null, null, $"{path}: {what}.", ex);
    }

    private static string Describe(Exception ex)
    {
        string message = ex.Message.Trim().TrimEnd('.');
        return message.Length is > 0 and <= 200 && !message.Contains('\n', StringComparison.Ordinal) ? message : ex.GetType().Name;
    }

    private readonly record struct RawRow(int RowNumber, string[] Cells);

    /// <summary>
    /// Makes the Windows code pages (1252, 936, …) available to <see cref="Encoding.GetEncoding(int)"/>: ExcelDataReader
    /// 3.6 needs them even for an .xlsx, because <see cref="ExcelReaderConfiguration"/>'s constructor asks for code page
    /// 1252 (its default <see cref="ExcelReaderConfiguration.FallbackEncoding"/>), and an .xls names its code page
    /// (936 on Chinese Windows) in a record the library decodes with <see cref="Encoding.GetEncoding(int)"/> itself;
    /// neither can be passed an encoding instead. Registering the provider is process-wide, but it only adds
    /// encodings (it changes none that already worked), and registering the same provider again does nothing; this
    /// class does it once.
    /// </summary>
    private static class CodePages
    {
        static CodePages() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        /// <summary>Runs the static constructor (once per process).</summary>
        public static void EnsureRegistered()
        {
            // The static constructor has run by the time this body runs.
        }
    }
}
