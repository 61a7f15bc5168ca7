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
/// carriage return not followed by a line feed, is read on one thread. Its delimiter (comma, tab or semicolon) is
/// detected from the header line or given in <see cref="PanelReadOptions"/>, as for every table (docs/input.md).
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
    public static EnterprisePanel Read(string path, IProgress<PanelLoadProgress>? progress, InputEncoding encoding) => Read(path, progress, new PanelReadOptions { Encoding = encoding });

    /// <summary>Loads a panel from a file, choosing the format by extension (<c>.parquet</c>, otherwise CSV with the given encoding and delimiter).</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress about every million rows, or null.</param>
    /// <param name="options">The encoding and delimiter of a CSV file (ignored for Parquet).</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read or is not a valid panel.</exception>
    public static EnterprisePanel Read(string path, IProgress<PanelLoadProgress>? progress, PanelReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        return path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase)
            ? ReadParquet(path, progress)
            : ReadCsv(path, path, progress, CsvPartBytes, options.Encoding, options.Delimiter);
    }

    /// <summary>
    /// Loads a panel from a stream, such as standard input: the stream is copied to a temporary file in
    /// <see cref="PanelReadOptions.SpoolDirectory"/> (the system's temporary folder if no file can be created there;
    /// deleted when the read ends, also when it fails), and read as
    /// Parquet if it starts and ends with the Parquet magic <c>PAR1</c>, otherwise as CSV.
    /// </summary>
    /// <param name="input">The stream, read to its end; the caller disposes it.</param>
    /// <param name="source">The name of the input in messages, such as <c>-</c> for standard input.</param>
    /// <param name="progress">Receives progress about every million rows, or null.</param>
    /// <param name="options">The encoding and delimiter of CSV, and the folder of the temporary file.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The stream cannot be read or copied, or is not a valid panel.</exception>
    public static EnterprisePanel Read(Stream input, string source, IProgress<PanelLoadProgress>? progress, PanelReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(options);
        string folder = options.SpoolDirectory ?? Path.GetTempPath();
        string name = string.Create(CultureInfo.InvariantCulture, $".taizhou-metrics-panel-{Guid.NewGuid():N}.tmp");
        string spool = Path.Combine(folder, name);
        try
        {
            bool parquet;
            try
            {
                FileStream file;
                try
                {
                    file = new FileStream(spool, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
                }
                catch (Exception ex) when (options.SpoolDirectory is not null && ex is IOException or UnauthorizedAccessException)
                {
                    // No file can be created in the folder asked for (read-only, missing): the system's temporary folder.
                    folder = Path.GetTempPath();
                    spool = Path.Combine(folder, name);
                    file = new FileStream(spool, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 20);
                }

                using (file)
                {
                    input.CopyTo(file, 1 << 20);
                }

                parquet = IsParquet(spool);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
            {
                throw new PanelFormatException(source, null, null, $"{source}: cannot be copied to a temporary file in {folder}: {OneLine(ex.Message)}", ex);
            }

            return parquet ? ReadParquet(spool, source, progress) : ReadCsv(spool, source, progress, CsvPartBytes, options.Encoding, options.Delimiter);
        }
        finally
        {
            File.Delete(spool);
        }
    }

    /// <summary>Tells whether a file starts and ends with the Parquet magic <c>PAR1</c>.</summary>
    private static bool IsParquet(string path)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        long length = RandomAccess.GetLength(handle);
        if (length < 8)
        {
            return false;
        }

        Span<byte> head = stackalloc byte[4];
        Span<byte> tail = stackalloc byte[4];
        return RandomAccess.Read(handle, head, 0) == 4 && RandomAccess.Read(handle, tail, length - 4) == 4
            && head.SequenceEqual("PAR1"u8) && tail.SequenceEqual("PAR1"u8);
    }

    /// <summary>Loads a panel from a Parquet file (int32 <c>ent_id</c>, <c>cluster</c>, <c>period</c>; double <c>ytd_output</c>).</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress after each row group, or null.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read or is not a valid panel.</exception>
    public static EnterprisePanel ReadParquet(string path, IProgress<PanelLoadProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(path);
        return ReadParquet(path, path, progress);
    }

    /// <summary>
    /// Loads a panel from a Parquet file with Parquet.Net decoding every page (<paramref name="ownDecoder"/> false), for
    /// the tests that compare the reader's own decoder with it.
    /// </summary>
    internal static EnterprisePanel ReadParquet(string path, bool ownDecoder) => ReadParquet(path, path, null, ownDecoder);

    /// <summary>Loads a panel from a Parquet file, naming it <paramref name="path"/> in messages.</summary>
    private static EnterprisePanel ReadParquet(string file, string path, IProgress<PanelLoadProgress>? progress, bool ownDecoder = true)
    {
        try
        {
            return ReadParquetCore(file, path, progress, ownDecoder);
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

    /// <summary>
    /// Loads a panel from a CSV file with the given encoding and delimiter, with a header row naming at least
    /// <c>ent_id,cluster,period,ytd_output</c>, under the CSV policy of every reader of the project (docs/input.md).
    /// </summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress about every million rows, or null.</param>
    /// <param name="options">The encoding and the delimiter (each detected by default).</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read, is not valid in its encoding or breaks the CSV policy, or is not a valid panel.</exception>
    public static EnterprisePanel ReadCsv(string path, IProgress<PanelLoadProgress>? progress, PanelReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        return ReadCsv(path, path, progress, CsvPartBytes, options.Encoding, options.Delimiter);
    }

    /// <summary>Loads a panel from a CSV file, parsed in parts of about <paramref name="partBytes"/> bytes on every core.</summary>
    /// <param name="path">The file.</param>
    /// <param name="progress">Receives progress about every million rows, or null.</param>
    /// <param name="partBytes">The size of the parts, 1 or more; a file no larger is read on one thread (tests lower it).</param>
    /// <param name="encoding">The encoding, or <see cref="InputEncoding.Detect"/>.</param>
    /// <param name="delimiter">The delimiter, or null to detect it from the header line.</param>
    /// <returns>The panel.</returns>
    /// <exception cref="PanelFormatException">The file cannot be read or is not a valid panel.</exception>
    internal static EnterprisePanel ReadCsv(string path, IProgress<PanelLoadProgress>? progress, int partBytes, InputEncoding encoding = InputEncoding.Detect, char? delimiter = null) =>
        ReadCsv(path, path, progress, partBytes, encoding, delimiter);

    /// <summary>Loads a panel from CSV file <paramref name="file"/>, naming it <paramref name="path"/> in messages.</summary>
    private static EnterprisePanel ReadCsv(string file, string path, IProgress<PanelLoadProgress>? progress, int partBytes, InputEncoding encoding, char? delimiter)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(partBytes);
        if (!Enum.IsDefined(encoding))
        {
            throw new ArgumentOutOfRangeException(nameof(encoding), encoding, "Not an input encoding.");
        }

        try
        {
            return ReadCsvCore(file, path, progress, partBytes, encoding, delimiter);
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

    /// <summary>
    /// A builder for a panel of about <paramref name="capacity"/> rows, its columns advised as huge pages
    /// (<see cref="HugePages"/>): the decoders write every byte of them once, in order.
    /// </summary>
    private static EnterprisePanelBuilder NewBuilder(int capacity)
    {
        var builder = new EnterprisePanelBuilder(capacity);
        HugePages.Advise(builder.PendingEnterpriseIds);
        HugePages.Advise(builder.PendingClusters);
        HugePages.Advise(builder.PendingPeriods);
        HugePages.Advise(builder.PendingYearToDateOutput);
        return builder;
    }

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
