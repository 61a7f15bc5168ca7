using System.Globalization;
using System.IO;
using System.Text;
using System;
using Sylvan.Data.Csv;
using Taizhou.Metrics.Panels;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.IO;

/// <summary>
/// Loads an <see cref="EnterprisePanel"/> from a Parquet or CSV file with the columns of <see cref="PanelSchema"/>,
/// streaming the rows into the panel's columns and checking every row as it arrives.
/// </summary>
/// <remarks>
/// <para>
/// A Parquet file is decoded on every core, its row groups' columns straight into the panel's columns, and validated
/// row group by row group in file order as the groups come in, so that the error reported is the first of the file.
/// Before Parquet.Net sees anything, the footer is decoded strictly and checked (row counts, chunk ranges, schema types,
/// and a plausibility limit of <see cref="ParquetLayout.MaxRowsPerByte"/> rows a byte of column data) so that nothing is
/// sized from an unchecked count; every page of a chunk is checked (headers, sizes, encodings, CRC-32 where present)
/// before it is decoded, and the decoded values are checked against the footer's statistics where present. Whatever
/// Parquet.Net throws is reported as a <see cref="PanelFormatException"/>; see docs/panel.md for what is and is not
/// detected.
/// </para>
/// <para>
/// A CSV file is cut into parts of a few megabytes at line starts, after a first pass (on every core too) counts the
/// rows of each part; the parts are parsed on every core straight into the panel's columns and validated in file order
/// in the same way. A small file, or one with a double quote anywhere (a quoted field may hold a line break) or a
/// carriage return not followed by a line feed, is read on one thread.
/// </para>
/// <para>
/// Every problem throws <see cref="PanelFormatException"/> naming the file, the 1-based data row and the enterprise:
/// a missing column or one of the wrong type, an empty or non-numeric cell, a null, an invalid period, cluster or
/// output, and rows that are unsorted, duplicated or whose year-to-date falls within an enterprise and year.
/// </para>
/// </remarks>
public static partial class PanelReader
{
    /// <summary>The size of the parts a CSV file is parsed in on several threads; a file no larger is read on one thread.</summary>
    internal const int CsvPartBytes = 4 << 20;

    private const int ProgressStep = 1 << 20;

    // The CSV reader's record buffer, in characters: a record must fit in it.
    private const int CsvBufferSize = 1 << 16;

    /// <summary>Loads a panel from a file, choosing the format by extension (<c>.parquet</c>, otherwise CSV).</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress about every million rows, or null.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read or is not a valid panel.</exception>
    public static EnterprisePanel Read(string path, IProgress<PanelLoadProgress>? progress) => Read(path, progress, InputEncoding.Detect);

    /// <summary>Loads a panel from a file, choosing the format by extension (<c>.parquet</c>, otherwise CSV in the given encoding).</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress about every million rows, or null.</param>
    /// <param name="encoding">The encoding of a CSV file (ignored for Parquet), or <see cref="InputEncoding.Detect"/>.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read or is not a valid panel.</exception>
    public static EnterprisePanel Read(string path, IProgress<PanelLoadProgress>? progress, InputEncoding encoding)
    {
        ArgumentNullException.ThrowIfNull(path);
        return path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase) ? ReadParquet(path, progress) : ReadCsv(path, progress, encoding);
    }

    /// <summary>Loads a panel from a Parquet file (int32 <c>ent_id</c>, <c>cluster</c>, <c>period</c>; double <c>ytd_output</c>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress after each row group, or null.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read or is not a valid panel.</exception>
    public static EnterprisePanel ReadParquet(string path, IProgress<PanelLoadProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return ReadParquetCore(path, progress);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new PanelFormatException(path, null, null, $"{path}: cannot be read as Parquet: {OneLine(ex.Message)}", ex);
        }
        catch (OutOfMemoryException ex)
        {
            throw new PanelFormatException(path, null, null, $"{path}: cannot be read as Parquet: there is not enough memory to hold its rows.", ex);
        }
    }

    /// <summary>Loads a panel from a CSV file with a header row naming at least <c>ent_id,cluster,period,ytd_output</c>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress about every million rows, or null.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read or is not a valid panel.</exception>
    public static EnterprisePanel ReadCsv(string path, IProgress<PanelLoadProgress>? progress) => ReadCsv(path, progress, InputEncoding.Detect);

    /// <summary>
    /// Loads a panel from a CSV file in the given encoding, with a header row naming at least
    /// <c>ent_id,cluster,period,ytd_output</c>, under the CSV policy of every reader of the project (docs/input.md).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress about every million rows, or null.</param>
    /// <param name="encoding">The encoding, or <see cref="InputEncoding.Detect"/> (the byte-order mark's, otherwise UTF-8).</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read, is not valid in its encoding or breaks the CSV policy, or is not a valid panel.</exception>
    public static EnterprisePanel ReadCsv(string path, IProgress<PanelLoadProgress>? progress, InputEncoding encoding) => ReadCsv(path, progress, CsvPartBytes, encoding);

    /// <summary>Loads a panel from a CSV file, parsed in parts of about <paramref name="partBytes"/> bytes on every core.</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress about every million rows, or null.</param>
    /// <param name="partBytes">The size of the parts, 1 or more; a file no larger is read on one thread (tests lower it).</param>
    /// <param name="encoding">The encoding, or <see cref="InputEncoding.Detect"/>.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read or is not a valid panel.</exception>
    internal static EnterprisePanel ReadCsv(string path, IProgress<PanelLoadProgress>? progress, int partBytes, InputEncoding encoding = InputEncoding.Detect)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partBytes);
        if (!Enum.IsDefined(encoding))
        {
            throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not an input encoding.");
        }

        try
        {
            return ReadCsvCore(path, progress, partBytes, encoding);
        }
        catch (InputFormatException ex)
        {
            throw new PanelFormatException(path, null, null, ex.Message, ex);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or CsvFormatException)
        {
            throw new PanelFormatException(path, null, null, $"{path}: cannot be read as CSV: {CellText.Escape(ex.Message)}", ex);
        }
    }

    /// <summary>Makes a message of the system's (an I/O error) one line, without truncating it.</summary>
    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    private static EnterprisePanel Build(EnterprisePanelBuilder builder, string path)
    {
        try
        {
            return builder.Build();
        }
        catch (PanelDataException ex)
        {
            throw new PanelFormatException(path, null, null, $"{path}: {ex.Message}", ex);
        }
    }

    private static PanelFormatException RowError(string path, PanelDataException ex, string where)
    {
        // The core names the 0-based row index; replace its "Row i (enterprise e): " prefix with the file's row.
        string what = ex.Message;
        int colon = what.IndexOf("): ", StringComparison.Ordinal);
        if (what.StartsWith("Row ", StringComparison.Ordinal) && colon > 0)
        {
            what = what[(colon + 3)..];
        }

        return new PanelFormatException(path, ex.RowIndex + 1, ex.EnterpriseId, string.Create(CultureInfo.InvariantCulture, $"{path}: {where}, enterprise {ex.EnterpriseId}: {what}"), ex);
    }
}
