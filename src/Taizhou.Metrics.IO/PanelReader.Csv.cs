using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using System.Threading;
using System;
using Microsoft.Win32.SafeHandles;
using Sylvan.Data.Csv;
using Taizhou.Metrics.IO.Text;
using Taizhou.Metrics.Panels;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.IO;

/// <summary>The CSV half of <see cref="PanelReader"/>: the file counted and cut into parts at line starts, parsed on every core, validated in file order.</summary>
public static partial class PanelReader
{
    private static EnterprisePanel ReadCsvCore(string file, string path, IProgress<PanelLoadProgress>? progress, int partBytes, InputEncoding encoding, char? given)
    {
        CsvScan scan;
        char delimiter;
        using (var handle = File.OpenHandle(file, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan))
        {
            delimiter = given ?? DetectDelimiter(handle, path, encoding);
            scan = CsvScan.Run(handle, partBytes);
            if (encoding != InputEncoding.Utf16 && scan.Parts is { } parts && ReadCsvParts(path, handle, parts, progress, encoding, delimiter) is { } panel)
            {
                return panel;
            }
        }

        // A small file, one with a double quote (a quoted field may hold a line break), a lone carriage return, a NUL
        // or a blank line before its end, a UTF-16 file, or one whose parts did not hold the rows counted in them: one
        // pass on this thread, through the tokenizer every CSV reader of the project shares.
        return ReadCsvSequential(file, path, progress, scan.Lines, encoding, delimiter);
    }

    /// <summary>Chooses the delimiter from the header line, as every table reader does (docs/input.md).</summary>
    private static char DetectDelimiter(SafeFileHandle handle, string path, InputEncoding encoding)
    {
        var reader = new DecodingReader(new FileRangeStream(handle, 0, RandomAccess.GetLength(handle)), path, encoding);
        char delimiter = DelimiterDetection.Detect(reader, path, out var replay);
        replay.Dispose();
        return delimiter;
    }

    private static EnterprisePanel ReadCsvSequential(string file, string path, IProgress<PanelLoadProgress>? progress, long lines, InputEncoding encoding, char delimiter)
    {
        long expected = Math.Max(0, lines - 1);
        var builder = NewBuilder((int)Math.Min(expected, Array.MaxLength));
        long row = 0;

        // The blocks the stream reads (ForEachCsvBlock): a row before a cell that cannot be parsed may break a rule of
        // the panel, and it is added before the cell's error is thrown, so the file's first error wins.
        ForEachCsvBlock(file, path, encoding, delimiter, (ids, clusters, periods, output) =>
        {
            Flush(builder, ids, clusters, periods, output, path);
            row += ids.Length;
            if (progress is not null && ids.Length > 0 && row % ProgressStep == 0)
            {
                progress.Report(new PanelLoadProgress(row, expected));
            }
        });
        progress?.Report(new PanelLoadProgress(row, row));
        return Build(builder, path);
    }

    /// <summary>
    /// Parses the parts of a CSV file on this thread and one more thread per further core, straight into the panel's
    /// columns, and validates them here in file order, each as soon as it is parsed, so that the error reported is the
    /// first of the file.
    /// </summary>
    /// <returns>The panel, or null if a part did not hold the rows counted in it (then the file is read on one thread).</returns>
    private static EnterprisePanel? ReadCsvParts(string path, SafeFileHandle handle, CsvPart[] parts, IProgress<PanelLoadProgress>? progress, InputEncoding encoding, char delimiter)
    {
        CsvLayout layout;
        InputEncoding resolved;
        using (var reader = new DecodingReader(new FileRangeStream(handle, 0, RandomAccess.GetLength(handle)), path, encoding))
        using (var header = new CsvTokenizer(reader, path, delimiter))
        {
            layout = CsvLayout.FromHeader(header.ReadHeader(), path, header.HeaderLine, delimiter);
            resolved = reader.Resolved;

            // The parts start on line 2: the header must be the first line, and the text one byte per ASCII character.
            if (header.HeaderLine != 1 || resolved is not (InputEncoding.Utf8 or InputEncoding.Gb18030))
            {
                return null;
            }
        }

        int total = parts[^1].FirstRow + parts[^1].Rows;
        var builder = NewBuilder(total);
        var work = new InOrderWork(parts.Length);
        var parse = new CsvParse(handle, layout, parts, builder, work, resolved);
        try
        {
            for (int h = 0; h < work.HelpersWorthStarting; h++)
            {
                var helperBuffer = new char[CsvBufferSize];
                work.StartHelper(p => parse.Parse(p, helperBuffer));
            }

            var buffer = new char[CsvBufferSize];
            Action<int> parseHere = p => parse.Parse(p, buffer);
            long nextReport = ProgressStep;
            for (int p = 0; p < parts.Length; p++)
            {
                work.WaitFor(p, parseHere);
                if (parse.Irregular(p))
                {
                    return null;
                }

                // The rows before a part's parse error are validated first: one of them may break a rule.
                int rows = parse.RowsParsed(p);
                AddPending(builder, rows, path);
                parse.ThrowIfFailed(p);
                if (rows != parts[p].Rows)
                {
                    return null;
                }

                long read = parts[p].FirstRow + (long)rows;
                if (progress is not null && read >= nextReport && p + 1 < parts.Length)
                {
                    progress.Report(new PanelLoadProgress(read, total));
                    nextReport = ((read / ProgressStep) + 1) * ProgressStep;
                }
            }

            progress?.Report(new PanelLoadProgress(total, total));
            return Build(builder, path);
        }
        finally
        {
            work.Dispose();
        }
    }

    /// <summary>Opens CSV file <paramref name="file"/> for the shared tokenizer, naming it <paramref name="path"/> in messages.</summary>
    private static CsvTokenizer OpenCsv(string file, string path, InputEncoding encoding, char delimiter)
    {
        FileStream stream;
        try
        {
            stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InputFormatException(path, null, null, $"{path}: cannot be read: {ex.Message}", ex);
        }

        return new CsvTokenizer(new DecodingReader(stream, path, encoding), path, delimiter);
    }

    private static CsvDataReaderOptions CsvOptions(char delimiter) =>
        new() { HasHeaders = false, Delimiter = delimiter, BufferSize = CsvBufferSize, Comment = '\0' };   // no comment lines: '#' starts a row, as in the tokenizer

    private static void Flush(EnterprisePanelBuilder builder, ReadOnlySpan<int> ids, ReadOnlySpan<int> clusters, ReadOnlySpan<int> periods, ReadOnlySpan<double> output, string path)
    {
        try
        {
            builder.AddRange(ids, clusters, periods, output);
        }
        catch (PanelDataException ex)
        {
            throw CsvRowError(path, ex);
        }
    }

    private static void AddPending(EnterprisePanelBuilder builder, int rows, string path)
    {
        try
        {
            builder.AddPending(rows);
        }
        catch (PanelDataException ex)
        {
            throw CsvRowError(path, ex);
        }
    }

    /// <summary>
    /// An error of the tokenizer or the decoder in the record of data row <paramref name="row"/>: its "line N" becomes
    /// "row R (line N)", as the panel's other row errors read, on one thread and in parts alike.
    /// </summary>
    private static PanelFormatException TextError(string path, long row, InputFormatException ex)
    {
        string prefix = ex.Line is long line ? string.Create(CultureInfo.InvariantCulture, $"{path}: line {line}: ") : string.Empty;
        string message = prefix.Length > 0 && ex.Message.StartsWith(prefix, StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture, $"{path}: row {row} (line {ex.Line}): {ex.Message[prefix.Length..]}")
            : ex.Message;
        return new PanelFormatException(path, row, null, message, ex);
    }

    private static PanelFormatException CsvRowError(string path, PanelDataException ex) =>
        RowError(path, ex, string.Create(CultureInfo.InvariantCulture, $"row {ex.RowIndex + 1} (line {ex.RowIndex + 2})"));

    private static PanelFormatException CellError(string path, long row, long line, int? id, string column, ReadOnlySpan<char> text, string expected) =>
        new(path, row, id, string.Create(CultureInfo.InvariantCulture, $"{path}: row {row} (line {line}), column '{column}': {CellText.Quote(text)} is not {expected}."), null);

    /// <summary>A part of a CSV file, from a line start to a line start (or the end), and the data rows it holds.</summary>
    /// <param name="Start">The byte offset of its first line.</param>
    /// <param name="End">The byte offset just after its last line.</param>
    /// <param name="FirstRow">The 0-based index of its first data row in the file.</param>
    /// <param name="Rows">The number of data rows it holds, counted by its line feeds.</param>
    private readonly record struct CsvPart(long Start, long End, int FirstRow, int Rows);

    /// <summary>A record of a CSV reader, seen as fields (a struct, so that the row parser is compiled for each reader).</summary>
    private interface ICsvRecord
    {
        int FieldCount { get; }

        ReadOnlySpan<char> Field(int index);
    }

    /// <summary>The record the shared tokenizer is on.</summary>
    private readonly struct TokenizerRecord(CsvTokenizer csv) : ICsvRecord
    {
        public int FieldCount => csv.FieldCount;

        public ReadOnlySpan<char> Field(int index) => csv.Field(index);
    }

    /// <summary>The record Sylvan's reader is on (the parts of a regular file).</summary>
    private readonly struct SylvanRecord(CsvDataReader csv) : ICsvRecord
    {
        public int FieldCount => csv.RowFieldCount;

        public ReadOnlySpan<char> Field(int index) => csv.GetFieldSpan(index);
    }

    /// <summary>The columns of a CSV panel file: the header's field count and the ordinals of the four panel columns.</summary>
    private readonly record struct CsvLayout(string Path, int FieldCount, int IdColumn, int ClusterColumn, int PeriodColumn, int OutputColumn, char Delimiter)
    {
        private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

        /// <summary>Finds the panel's columns in a header.</summary>
        /// <exception cref="PanelFormatException">A column is missing.</exception>
        public static CsvLayout FromHeader(IReadOnlyList<string> names, string path, long headerLine, char delimiter)
        {
            // A header of one field holding another delimiter: the delimiter given does not match the file's.
            string hint = names.Count == 1 && DelimiterDetection.Candidates.FirstOrDefault(c => c != delimiter && names[0].Contains(c, StringComparison.Ordinal)) is char other and not '\0'
                ? $" It is read with the delimiter {DelimiterDetection.Name(delimiter)}, but holds {DelimiterDetection.Name(other)}: give --delimiter {DelimiterName(other)} or leave it out to detect it."
                : string.Empty;

            int Ordinal(string name)
            {
                for (int i = 0; i < names.Count; i++)
                {
                    if (string.Equals(names[i], name, StringComparison.Ordinal))
                    {
                        return i;
                    }
                }

                throw new PanelFormatException(path, null, null, string.Create(CultureInfo.InvariantCulture, $"{path}: line {headerLine}: no column '{name}'; the header has {string.Join(", ", names.Select(n => CellText.Shorten(n)))}. Expected {PanelSchema.EnterpriseId},{PanelSchema.Cluster},{PanelSchema.Period},{PanelSchema.YearToDateOutput}.{hint}"), null);
            }

            return new CsvLayout(path, names.Count, Ordinal(PanelSchema.EnterpriseId), Ordinal(PanelSchema.Cluster), Ordinal(PanelSchema.Period), Ordinal(PanelSchema.YearToDateOutput), delimiter);
        }

        private static string DelimiterName(char delimiter) => delimiter == '\t' ? "tab" : delimiter.ToString();

        /// <summary>Parses a record, the 1-based data row <paramref name="row"/> of the file on line <paramref name="line"/>.</summary>
        /// <returns>False for a blank record (spaces and delimiters only), which holds no row.</returns>
        /// <exception cref="PanelFormatException">The record has more or fewer fields than the header, or a cell is not a number.</exception>
        public bool ReadRow<TRecord>(TRecord record, long row, long line, out int id, out int cluster, out int period, out double output)
            where TRecord : ICsvRecord
        {
            (id, cluster, period, output) = (0, 0, 0, 0.0);
            if (record.FieldCount != FieldCount)
            {
                if (IsBlank(record))
                {
                    return false;
                }

                string hint = record.FieldCount > FieldCount && Delimiter == ',' ? " A number with a thousands separator, such as 1,234.5, must be quoted (\"1,234.5\") or written without it." : string.Empty;
                throw new PanelFormatException(Path, row, null, string.Create(CultureInfo.InvariantCulture, $"{Path}: row {row} (line {line}): {record.FieldCount} fields, but the header has {FieldCount}.{hint}"), null);
            }

            var text = record.Field(IdColumn);
            if (!PanelNumber.TryParseInt32(text, IntegerStyle, out id))
            {
                return IsBlank(record) ? false : throw CellError(Path, row, line, null, PanelSchema.EnterpriseId, text, "a 32-bit integer");
            }

            text = record.Field(ClusterColumn);
            if (!PanelNumber.TryParseInt32(text, IntegerStyle, out cluster))
            {
                throw CellError(Path, row, line, id, PanelSchema.Cluster, text, "a 32-bit integer");
            }

            text = record.Field(PeriodColumn);
            if (!PanelNumber.TryParseInt32(text, IntegerStyle, out period))
            {
                throw CellError(Path, row, line, id, PanelSchema.Period, text, "a 32-bit integer");
            }

            text = record.Field(OutputColumn);
            if (!PanelNumber.TryParseDouble(text, out output))
            {
                throw CellError(Path, row, line, id, PanelSchema.YearToDateOutput, text, "a number");
            }

            return true;
        }

        private static bool IsBlank<TRecord>(TRecord record)
            where TRecord : ICsvRecord
        {
            for (int i = 0; i < record.FieldCount; i++)
            {
                if (!record.Field(i).IsWhiteSpace())
                {
                    return false;
                }
            }

            return true;
        }
    }

    /// <summary>
    /// The first pass over a CSV file: counts its line feeds chunk by chunk on every core, looks for what stops it from
    /// being cut at line feeds (double quotes, lone carriage returns), and cuts the file after its header into parts
    /// that start at the first line of each chunk.
    /// </summary>
    private sealed class CsvScan
    {
        private const int BufferBytes = 1 << 18;

        private readonly SafeFileHandle handle;
        private readonly long length;
        private readonly long chunkBytes;
        private readonly long[] newlines;
        private readonly long[] firstNewline;
        private readonly bool[] irregulars;
        private byte lastByte = (byte)'\n';
        private long contentEnd;
        private Exception? error;

        private CsvScan(SafeFileHandle handle, long length, long chunkBytes)
        {
            this.handle = handle;
            this.length = length;
            this.chunkBytes = chunkBytes;
            int chunks = (int)Math.Max(1, (length + chunkBytes - 1) / chunkBytes);
            newlines = new long[chunks];
            firstNewline = new long[chunks];
            irregulars = new bool[chunks];
        }

        /// <summary>
        /// Gets the number of lines of the file up to its last line with content (blank lines at its end not counted),
        /// the last one counted whether or not it ends with a line feed.
        /// </summary>
        public long Lines { get; private set; }

        /// <summary>Gets the parts to parse on several threads, or null to read the file on one thread.</summary>
        public CsvPart[]? Parts { get; private set; }

        /// <summary>Scans a file in chunks of <paramref name="chunkBytes"/> on this thread and one more per further core.</summary>
        public static CsvScan Run(SafeFileHandle handle, int chunkBytes)
        {
            var scan = new CsvScan(handle, RandomAccess.GetLength(handle), chunkBytes);
            int chunks = scan.newlines.Length;
            using (var work = new InOrderWork(chunks))
            {
                Action<int> scanChunk = k => scan.ScanChunkOrStop(k, work);
                for (int h = 0; h < work.HelpersWorthStarting; h++)
                {
                    work.StartHelper(scanChunk);
                }

                work.DoAll(scanChunk);
            }

            if (scan.error is { } failure)
            {
                ExceptionDispatchInfo.Throw(failure);
            }

            scan.TrimTrailingBlankLines(scan.newlines.Sum());
            scan.Parts = scan.Cut();
            return scan;
        }

        /// <summary>
        /// Counts the lines up to the end of the last line with content: blank lines at the end of a file (spaces,
        /// tabs, commas and line ends only; the blank records every reader skips) hold no rows, so the lines are counted,
        /// and the parts end, before them.
        /// </summary>
        private void TrimTrailingBlankLines(long newlinesInFile)
        {
            byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
            try
            {
                long last = -1;
                for (long at = length; at > 0 && last < 0;)
                {
                    int n = (int)Math.Min(BufferBytes, at);
                    at -= n;
                    ReadExactly(buffer.AsSpan(0, n), at);
                    int i = buffer.AsSpan(0, n).LastIndexOfAnyExcept(" \t,\r\n"u8);
                    last = i >= 0 ? at + i : -1;
                }

                // The last line with content ends at the first line feed after its last content byte.
                long end = length;
                long blankNewlines = 0;
                bool ended = false;
                for (long at = last + 1; at < length;)
                {
                    int n = (int)Math.Min(BufferBytes, length - at);
                    var span = buffer.AsSpan(0, n);
                    ReadExactly(span, at);
                    if (!ended && span.IndexOf((byte)'\n') is int lf and >= 0)
                    {
                        ended = true;
                        end = at + lf + 1;
                        span = span[(lf + 1)..];
                    }

                    if (ended)
                    {
                        blankNewlines += span.Count((byte)'\n');
                    }

                    at += n;
                }

                contentEnd = last < 0 ? 0 : end;
                long newlines = newlinesInFile - blankNewlines;
                Lines = last < 0 ? 0 : ended || lastByte == (byte)'\n' ? newlines : newlines + 1;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private void ReadExactly(Span<byte> span, long at)
        {
            while (!span.IsEmpty)
            {
                int read = RandomAccess.Read(handle, span, at);
                if (read == 0)
                {
                    throw new IOException(string.Create(CultureInfo.InvariantCulture, $"the file ended at byte {at}, before its length {length}; was it changed while being read?"));
                }

                span = span[read..];
                at += read;
            }
        }

        /// <summary>Scans chunk k; the first error is kept and stops the job.</summary>
        private void ScanChunkOrStop(int k, InOrderWork work)
        {
            byte[] buffer = ArrayPool<byte>.Shared.Rent(BufferBytes);
            try
            {
                ScanChunk(k, buffer);
            }
            catch (Exception ex)
            {
                Interlocked.CompareExchange(ref error, ex, null);
                work.Stop();
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
            }
        }

        private void ScanChunk(int k, byte[] buffer)
        {
            long start = k * chunkBytes;
            long end = Math.Min(start + chunkBytes, length);
            long count = 0;
            long first = -1;
            bool irregular = false;
            bool endsWithCr = false;
            for (long at = start; at < end;)
            {
                int read = RandomAccess.Read(handle, buffer.AsSpan(0, (int)Math.Min(BufferBytes, end - at)), at);
                if (read == 0)
                {
                    throw new IOException(string.Create(CultureInfo.InvariantCulture, $"the file ended at byte {at}, before its length {length}; was it changed while being read?"));
                }

                var span = buffer.AsSpan(0, read);
                if (first < 0 && span.IndexOf((byte)'\n') is int i and >= 0)
                {
                    first = at + i;
                }

                count += span.Count((byte)'\n');
                irregular |= (at == 0 && span is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
                    || (endsWithCr && span[0] != (byte)'\n')
                    || span.IndexOfAny((byte)'"', (byte)0) >= 0
                    || HasLoneCarriageReturn(span);
                endsWithCr = span[^1] == (byte)'\r';
                at += read;
                if (at == length)
                {
                    lastByte = span[^1];
                }
            }

            if (endsWithCr)
            {
                Span<byte> after = stackalloc byte[1];
                irregular |= end == length || RandomAccess.Read(handle, after, end) != 1 || after[0] != (byte)'\n';
            }

            newlines[k] = count;
            firstNewline[k] = first;
            irregulars[k] = irregular;
        }

        /// <summary>Tells whether a carriage return in the span, before its last byte, is not followed by a line feed.</summary>
        private static bool HasLoneCarriageReturn(ReadOnlySpan<byte> span)
        {
            if (span.Length < 2 || !span[..^1].Contains((byte)'\r'))
            {
                return false;
            }

            // A line feed after each carriage return (CRLF), 16 bytes at a time against the same bytes shifted by one.
            var cr = Vector128.Create((byte)'\r');
            var lf = Vector128.Create((byte)'\n');
            ref byte bytes = ref MemoryMarshal.GetReference(span);
            int i = 0;
            for (; i + Vector128<byte>.Count < span.Length; i += Vector128<byte>.Count)
            {
                var here = Vector128.LoadUnsafe(ref bytes, (nuint)i);
                var next = Vector128.LoadUnsafe(ref bytes, (nuint)i + 1);
                if (Vector128.AndNot(Vector128.Equals(here, cr), Vector128.Equals(next, lf)) != Vector128<byte>.Zero)
                {
                    return true;
                }
            }

            for (; i < span.Length - 1; i++)
            {
                if (span[i] == (byte)'\r' && span[i + 1] != (byte)'\n')
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Cuts the file after its header at the first line start of each chunk, if it can be parsed in parts.</summary>
        private CsvPart[]? Cut()
        {
            // Read on one thread: a file with a double quote (a quoted field may hold a line break), with a carriage
            // return not followed by a line feed (the CSV reader may or may not end a record there, depending on where
            // it falls in its buffer), with a NUL (an error the tokenizer reports with its line) or in UTF-16 (no
            // one-byte line feeds).
            int chunks = newlines.Length;
            if (chunks < 2 || irregulars.Contains(true) || firstNewline[0] < 0 || firstNewline[0] + 1 >= contentEnd || Lines - 1 > Array.MaxLength)
            {
                return null;
            }

            // A boundary is the byte after a line feed; the lines before it are the line feeds before it. The last part
            // ends at the end of the last line with content, with one more line if that line does not end with a line
            // feed.
            var parts = new List<CsvPart>(chunks);
            long start = firstNewline[0] + 1;
            long linesBefore = 1;
            long newlinesBefore = newlines[0];
            for (int k = 1; k <= chunks; k++)
            {
                long boundary;
                long linesAt;
                if (k == chunks)
                {
                    boundary = contentEnd;
                    linesAt = Lines;
                }
                else
                {
                    long first = firstNewline[k];
                    long before = newlinesBefore;
                    newlinesBefore += newlines[k];
                    if (first < 0 || first + 1 >= contentEnd)
                    {
                        continue;
                    }

                    boundary = first + 1;
                    linesAt = before + 1;
                }

                if (boundary > start)
                {
                    parts.Add(new CsvPart(start, boundary, (int)(linesBefore - 1), (int)(linesAt - linesBefore)));
                    start = boundary;
                    linesBefore = linesAt;
                }
            }

            return parts.Count < 2 ? null : [.. parts];
        }
    }

    /// <summary>
    /// What the threads parsing the parts of a CSV file into a builder's pending columns share: the columns, and of each
    /// part the rows parsed, its error and whether it was irregular (more records than counted, or a blank record).
    /// </summary>
    private sealed class CsvParse
    {
        private readonly SafeFileHandle handle;
        private readonly InputEncoding encoding;
        private readonly CsvLayout layout;
        private readonly CsvPart[] parts;
        private readonly Memory<int> ids;
        private readonly Memory<int> clusters;
        private readonly Memory<int> periods;
        private readonly Memory<double> output;
        private readonly int[] parsed;
        private readonly Exception?[] errors;
        private readonly bool[] irregular;
        private readonly InOrderWork work;

        public CsvParse(SafeFileHandle handle, CsvLayout layout, CsvPart[] parts, EnterprisePanelBuilder builder, InOrderWork work, InputEncoding encoding)
        {
            this.work = work;
            this.encoding = encoding;
            this.handle = handle;
            this.layout = layout;
            this.parts = parts;
            ids = builder.PendingEnterpriseIds;
            clusters = builder.PendingClusters;
            periods = builder.PendingPeriods;
            output = builder.PendingYearToDateOutput;
            parsed = new int[parts.Length];
            errors = new Exception?[parts.Length];
            irregular = new bool[parts.Length];
        }

        /// <summary>Gets the number of rows of a parsed part written to the columns, before its error if any.</summary>
        public int RowsParsed(int part) => parsed[part];

        /// <summary>
        /// Tells whether a parsed part held more records than the line feeds counted in it, or a blank record (which
        /// holds no row, so that the rows after it would not be where the part's count put them): the file is then
        /// read on one thread.
        /// </summary>
        public bool Irregular(int part) => irregular[part];

        /// <summary>Throws the error of a parsed part, if any.</summary>
        public void ThrowIfFailed(int part)
        {
            if (errors[part] is { } error)
            {
                ExceptionDispatchInfo.Throw(error);
            }
        }

        /// <summary>
        /// Parses a part from its bytes when all its lines are plain (<see cref="TryParsePlainPart"/>); false leaves it,
        /// and any fault of the file, to the general path.
        /// </summary>
        private bool TryParsePlain(CsvPart part, Span<int> idColumn, Span<int> clusterColumn, Span<int> periodColumn, Span<double> outputColumn)
        {
            int length = (int)(part.End - part.Start);
            byte[] bytes = ArrayPool<byte>.Shared.Rent(Math.Max(length, 1));
            try
            {
                ParquetLayout.ReadExactly(handle, bytes.AsSpan(0, length), part.Start);
                return TryParsePlainPart(bytes.AsSpan(0, length), layout, idColumn, clusterColumn, periodColumn, outputColumn);
            }
            catch (IOException)
            {
                return false;
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(bytes);
            }
        }

        /// <summary>Parses part p with a thread's own record buffer, keeping its error if any; ends early when the job stops.</summary>
        public void Parse(int p, char[] buffer)
        {
            var part = parts[p];
            var idColumn = ids.Span.Slice(part.FirstRow, part.Rows);
            var clusterColumn = clusters.Span.Slice(part.FirstRow, part.Rows);
            var periodColumn = periods.Span.Slice(part.FirstRow, part.Rows);
            var outputColumn = output.Span.Slice(part.FirstRow, part.Rows);
            if (part.End - part.Start <= Array.MaxLength && TryParsePlain(part, idColumn, clusterColumn, periodColumn, outputColumn))
            {
                parsed[p] = part.Rows;
                return;
            }

            int n = 0;
            try
            {
                // Every line of a regular part is a row: data row r (1-based) is on line r + 1.
                long firstLine = part.FirstRow + 2L;
                using var text = new DecodingReader(new FileRangeStream(handle, part.Start, part.End), layout.Path, encoding, firstLine: firstLine, detectMark: false);
                using var csv = CsvDataReader.Create(text, buffer, CsvOptions(layout.Delimiter));
                while (csv.Read())
                {
                    long row = part.FirstRow + n + 1L;
                    if (n == idColumn.Length
                        || !layout.ReadRow(new SylvanRecord(csv), row, row + 1, out idColumn[n], out clusterColumn[n], out periodColumn[n], out outputColumn[n]))
                    {
                        irregular[p] = true;
                        break;
                    }

                    n++;
                    if ((n & 0xFFF) == 0 && work.IsStopped)
                    {
                        break;
                    }
                }
            }
            catch (InputFormatException ex)
            {
                errors[p] = TextError(layout.Path, part.FirstRow + n + 1L, ex);
            }
            catch (Exception ex)
            {
                errors[p] = ex;
            }

            parsed[p] = n;
        }
    }

    /// <summary>A read-only stream over a byte range of a file, read at explicit offsets so that threads can share the handle.</summary>
    private sealed class FileRangeStream(SafeFileHandle handle, long start, long end) : Stream
    {
        private long position = start;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = (int)Math.Min(buffer.Length, end - position);
            if (n <= 0)
            {
                return 0;
            }

            n = RandomAccess.Read(handle, buffer[..n], position);
            position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
