using System;
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
using Microsoft.Win32.SafeHandles;
using Sylvan.Data.Csv;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.IO;

/// <summary>The CSV half of <see cref="PanelReader"/>: the file counted and cut into parts at line starts, parsed on every core, validated in file order.</summary>
public static partial class PanelReader
{
    private static EnterprisePanel ReadCsvCore(string path, IProgress<PanelLoadProgress>? progress, int partBytes)
    {
        CsvScan scan;
        using (var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read, FileOptions.SequentialScan))
        {
            scan = CsvScan.Run(handle, partBytes);
            if (scan.Parts is { } parts && ReadCsvParts(path, handle, parts, progress) is { } panel)
            {
                return panel;
            }
        }

        // A small file, one with a double quote (a quoted field may hold a line break) or a lone carriage return, or one
        // whose parts did not hold the rows counted in them: one pass on this thread.
        return ReadCsvSequential(path, progress, scan.Lines);
    }

    private static EnterprisePanel ReadCsvSequential(string path, IProgress<PanelLoadProgress>? progress, long lines)
    {
        using var csv = CsvDataReader.Create(path, CsvOptions(hasHeaders: true));
        var layout = CsvLayout.FromHeader(csv, path);
        long expected = Math.Max(0, lines - 1);
        var builder = new EnterprisePanelBuilder((int)Math.Min(expected, Array.MaxLength));
        const int Batch = 4096;
        var ids = new int[Batch];
        var clusters = new int[Batch];
        var periods = new int[Batch];
        var output = new double[Batch];
        long row = 0;
        int n = 0;
        while (true)
        {
            try
            {
                if (!csv.Read())
                {
                    break;
                }

                layout.ReadRow(csv, row + 1, out ids[n], out clusters[n], out periods[n], out output[n]);
            }
            catch (Exception ex) when (ex is PanelFormatException or CsvFormatException or IOException)
            {
                // A row before this one may break a rule of the panel: that error comes first in the file, so it wins.
                Flush(builder, ids, clusters, periods, output, n, path);
                throw;
            }

            row++;
            if (++n == Batch)
            {
                Flush(builder, ids, clusters, periods, output, n, path);
                n = 0;
                if (progress is not null && row % ProgressStep == 0)
                {
                    progress.Report(new PanelLoadProgress(row, expected));
                }
            }
        }

        Flush(builder, ids, clusters, periods, output, n, path);
        progress?.Report(new PanelLoadProgress(row, row));
        return Build(builder, path);
    }

    /// <summary>
    /// Parses the parts of a CSV file on this thread and one more thread per further core, straight into the panel's
    /// columns, and validates them here in file order, each as soon as it is parsed, so that the error reported is the
    /// first of the file.
    /// </summary>
    /// <returns>The panel, or null if a part did not hold the rows counted in it (then the file is read on one thread).</returns>
    private static EnterprisePanel? ReadCsvParts(string path, SafeFileHandle handle, CsvPart[] parts, IProgress<PanelLoadProgress>? progress)
    {
        CsvLayout layout;
        using (var header = CsvDataReader.Create(path, CsvOptions(hasHeaders: true)))
        {
            layout = CsvLayout.FromHeader(header, path);
        }

        int total = parts[^1].FirstRow + parts[^1].Rows;
        var builder = new EnterprisePanelBuilder(total);
        var work = new InOrderWork(parts.Length);
        var parse = new CsvParse(handle, layout, parts, builder, work);
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
                if (parse.Overflowed(p))
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

    private static CsvDataReaderOptions CsvOptions(bool hasHeaders) =>
        new() { HasHeaders = hasHeaders, Delimiter = ',', BufferSize = CsvBufferSize };

    private static int ParseInt(CsvDataReader csv, int column, string name, string path, long row)
    {
        var text = csv.GetFieldSpan(column);
        return int.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out int value)
            ? value
            : throw CellError(path, row, null, name, text, "a 32-bit integer");
    }

    private static void Flush(EnterprisePanelBuilder builder, int[] ids, int[] clusters, int[] periods, double[] output, int n, string path)
    {
        try
        {
            builder.AddRange(ids.AsSpan(0, n), clusters.AsSpan(0, n), periods.AsSpan(0, n), output.AsSpan(0, n));
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

    private static PanelFormatException CsvRowError(string path, PanelDataException ex) =>
        RowError(path, ex, string.Create(CultureInfo.InvariantCulture, $"row {ex.RowIndex + 1} (line {ex.RowIndex + 2})"));

    private static PanelFormatException CellError(string path, long row, int? id, string column, ReadOnlySpan<char> text, string expected) =>
        new(path, row, id, string.Create(CultureInfo.InvariantCulture, $"{path}: row {row} (line {row + 1}), column '{column}': '{text}' is not {expected}."), null);

    /// <summary>A part of a CSV file, from a line start to a line start (or the end), and the data rows it holds.</summary>
    /// <param name="Start">The byte offset of its first line.</param>
    /// <param name="End">The byte offset just after its last line.</param>
    /// <param name="FirstRow">The 0-based index of its first data row in the file.</param>
    /// <param name="Rows">The number of data rows it holds, counted by its line feeds.</param>
    private readonly record struct CsvPart(long Start, long End, int FirstRow, int Rows);

    /// <summary>The columns of a CSV panel file: the header's field count and the ordinals of the four panel columns.</summary>
    private readonly record struct CsvLayout(string Path, int FieldCount, int IdColumn, int ClusterColumn, int PeriodColumn, int OutputColumn)
    {
        /// <summary>Finds the panel's columns in the header a reader has read.</summary>
        /// <exception cref="PanelFormatException">A column is missing.</exception>
        public static CsvLayout FromHeader(CsvDataReader csv, string path)
        {
            int Ordinal(string name)
            {
                for (int i = 0; i < csv.FieldCount; i++)
                {
                    if (string.Equals(csv.GetName(i).Trim(), name, StringComparison.Ordinal))
                    {
                        return i;
                    }
                }

                var names = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i));
                throw new PanelFormatException(path, null, null, $"{path}: line 1: no column '{name}'; the header has {string.Join(", ", names)}. Expected {PanelSchema.EnterpriseId},{PanelSchema.Cluster},{PanelSchema.Period},{PanelSchema.YearToDateOutput}.", null);
            }

            return new CsvLayout(path, csv.FieldCount, Ordinal(PanelSchema.EnterpriseId), Ordinal(PanelSchema.Cluster), Ordinal(PanelSchema.Period), Ordinal(PanelSchema.YearToDateOutput));
        }

        /// <summary>Parses the record a reader is on, the 1-based data row <paramref name="row"/> of the file.</summary>
        /// <exception cref="PanelFormatException">The record has fewer fields than the header, or a cell is not a number.</exception>
        public void ReadRow(CsvDataReader csv, long row, out int id, out int cluster, out int period, out double output)
        {
            if (csv.RowFieldCount < FieldCount)
            {
                throw new PanelFormatException(Path, row, null, string.Create(CultureInfo.InvariantCulture, $"{Path}: row {row} (line {row + 1}): {csv.RowFieldCount} fields, but the header has {FieldCount}."), null);
            }

            id = ParseInt(csv, IdColumn, PanelSchema.EnterpriseId, Path, row);
            cluster = ParseInt(csv, ClusterColumn, PanelSchema.Cluster, Path, row);
            period = ParseInt(csv, PeriodColumn, PanelSchema.Period, Path, row);
            var text = csv.GetFieldSpan(OutputColumn);
            if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out output))
            {
                throw CellError(Path, row, id, PanelSchema.YearToDateOutput, text, "a number");
            }
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

        /// <summary>Gets the number of lines of the file, the last one counted whether or not it ends with a line feed.</summary>
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

            long total = scan.newlines.Sum();
            scan.Lines = scan.length > 0 && scan.lastByte != (byte)'\n' ? total + 1 : total;
            scan.Parts = scan.Cut();
            return scan;
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
                    || span.Contains((byte)'"')
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
            // it falls in its buffer) or in UTF-16 (no one-byte line feeds).
            int chunks = newlines.Length;
            if (chunks < 2 || irregulars.Contains(true) || firstNewline[0] < 0 || Lines - 1 > Array.MaxLength)
            {
                return null;
            }

            // A boundary is the byte after a line feed; the lines before it are the line feeds before it. The last part
            // ends at the end of the file, with one more line if the file does not end with a line feed.
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
                    boundary = length;
                    linesAt = Lines;
                }
                else
                {
                    long first = firstNewline[k];
                    long before = newlinesBefore;
                    newlinesBefore += newlines[k];
                    if (first < 0 || first + 1 >= length)
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
    /// part the rows parsed, its error and whether it held more records than counted.
    /// </summary>
    private sealed class CsvParse
    {
        private const int StreamBufferBytes = 1 << 15;
        private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

        private readonly SafeFileHandle handle;
        private readonly CsvLayout layout;
        private readonly CsvPart[] parts;
        private readonly Memory<int> ids;
        private readonly Memory<int> clusters;
        private readonly Memory<int> periods;
        private readonly Memory<double> output;
        private readonly int[] parsed;
        private readonly Exception?[] errors;
        private readonly bool[] overflowed;
        private readonly InOrderWork work;

        public CsvParse(SafeFileHandle handle, CsvLayout layout, CsvPart[] parts, EnterprisePanelBuilder builder, InOrderWork work)
        {
            this.work = work;
            this.handle = handle;
            this.layout = layout;
            this.parts = parts;
            ids = builder.PendingEnterpriseIds;
            clusters = builder.PendingClusters;
            periods = builder.PendingPeriods;
            output = builder.PendingYearToDateOutput;
            parsed = new int[parts.Length];
            errors = new Exception?[parts.Length];
            overflowed = new bool[parts.Length];
        }

        /// <summary>Gets the number of rows of a parsed part written to the columns, before its error if any.</summary>
        public int RowsParsed(int part) => parsed[part];

        /// <summary>Tells whether a parsed part held more records than the line feeds counted in it.</summary>
        public bool Overflowed(int part) => overflowed[part];

        /// <summary>Throws the error of a parsed part, if any.</summary>
        public void ThrowIfFailed(int part)
        {
            if (errors[part] is { } error)
            {
                ExceptionDispatchInfo.Throw(error);
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
            int n = 0;
            try
            {
                using var text = new StreamReader(new FileRangeStream(handle, part.Start, part.End), Utf8, detectEncodingFromByteOrderMarks: false, StreamBufferBytes);
                using var csv = CsvDataReader.Create(text, buffer, CsvOptions(hasHeaders: false));
                while (csv.Read())
                {
                    if (n == idColumn.Length)
                    {
                        overflowed[p] = true;
                        break;
                    }

                    layout.ReadRow(csv, part.FirstRow + n + 1L, out idColumn[n], out clusterColumn[n], out periodColumn[n], out outputColumn[n]);
                    n++;
                    if ((n & 0xFFF) == 0 && work.IsStopped)
                    {
                        break;
                    }
                }
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
