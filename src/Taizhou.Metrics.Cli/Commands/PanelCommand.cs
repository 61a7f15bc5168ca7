using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Security.Cryptography;
using Taizhou.Metrics.Cli.Input;
using Taizhou.Metrics.Cli.Output;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Panels;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>
/// <c>taizhou-metrics panel</c>: loads an enterprise panel (Parquet or CSV), computes the cluster and total metrics
/// (year-to-date total, 同比, 占比, 拉动) and optionally each enterprise's growth, and writes them as CSV files or, with
/// <c>--output-format parquet</c>, as Parquet files with the same columns, typed.
/// </summary>
internal static class PanelCommand
{
    /// <summary>The name of the cluster metrics file.</summary>
    public const string ClusterFile = "cluster_metrics.csv";

    /// <summary>The name of the enterprise growth file.</summary>
    public const string EnterpriseFile = "enterprise_yoy.csv";

    /// <summary>The name of the cluster metrics file with <c>--output-format parquet</c>.</summary>
    public const string ClusterParquetFile = "cluster_metrics.parquet";

    /// <summary>The name of the enterprise growth file with <c>--output-format parquet</c>.</summary>
    public const string EnterpriseParquetFile = "enterprise_yoy.parquet";

    /// <summary>Creates the command.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error (progress and errors).</param>
    /// <returns>The command.</returns>
    /// <param name="stdin">Opens standard input, read when the input is <c>-</c>.</param>
    public static Command Create(TextWriter output, TextWriter error, Func<Stream> stdin)
    {
        var input = new Option<string>("--input", "-i")
        {
            Description = "The panel: FILE.parquet or FILE.csv (or TSV, semicolon-separated) with columns ent_id, cluster (0-based), period (yyyymm), ytd_output (yuan), sorted by (ent_id, period); - for standard input (Parquet or CSV, told apart by content).",
            Required = true,
        };
        var outputDir = new Option<string>("--output", "-o")
        {
            Description = $"The folder for {ClusterFile} (and {EnterpriseFile}; .parquet with --output-format parquet) and {PanelManifest.FileName}; created if needed.",
            Required = true,
        };
        var enterprise = new Option<bool>("--enterprise-yoy")
        {
            Description = $"Also write {EnterpriseFile}: every row's year-on-year growth against its own row a year earlier.",
        };
        var format = new Option<string>("--output-format")
        {
            Description = $"Format of the result files: csv (default: {ClusterFile}, {EnterpriseFile}) or parquet ({ClusterParquetFile}, {EnterpriseParquetFile}: the same columns, typed; a missing value is null).",
            DefaultValueFactory = _ => "csv",
            HelpName = "csv|parquet",
        };
        format.AcceptOnlyFromAmong("csv", "parquet");
        var streamed = new Option<bool>("--stream")
        {
            Description = "Read a panel sorted by (ent_id, period) as a stream, Parquet one row group at a time, CSV block by block (in two passes), holding one row group or block and the firm in progress instead of the whole panel: for panels larger than memory. The output files are the same, byte for byte; rows out of order are refused (exit 2) with how to sort the file.",
        };
        var encoding = CommonOptions.Encoding();
        var delimiter = CommonOptions.Delimiter();
        var lang = CommonOptions.Language();
        var command = new Command("panel", "Cluster and total metrics of an enterprise panel: year-to-date total, growth (同比), share and contribution (拉动), in percent.")
        {
            input,
            outputDir,
            enterprise,
            format,
            streamed,
            encoding,
            delimiter,
            lang,
        };
        command.SetAction(parse =>
        {
            string path = parse.GetValue(input)!;
            string dir = parse.GetValue(outputDir)!;
            bool withEnterprise = parse.GetValue(enterprise);
            bool parquet = parse.GetValue(format) == "parquet";
            var table = CommonOptions.ReadOptions(parse.GetValue(encoding), parse.GetValue(delimiter));
            var options = new PanelReadOptions { Encoding = table.Encoding, Delimiter = table.Delimiter, SpoolDirectory = SpoolDirectory(dir) };
            var language = CommonOptions.ParseLanguage(parse.GetValue(lang));
            return parse.GetValue(streamed)
                ? RunStreamed(path, dir, withEnterprise, parquet, options, language, output, error)
                : Run(path, dir, withEnterprise, parquet, options, language, output, error, stdin);
        });
        return command;
    }

    /// <summary>
    /// Loads, computes and writes. A bad panel file throws <see cref="PanelFormatException"/> (exit 2 through
    /// <see cref="CliApp.Fail"/>); an output that cannot be written throws <see cref="OutputException"/> (exit 3).
    /// </summary>
    /// <remarks>
    /// Every file is written atomically (<see cref="AtomicFile"/>) and announced only once it is in place. The
    /// manifest of an earlier run is deleted before the first file is replaced and the new one is written last, so a
    /// <c>manifest.json</c> always describes the files beside it; a result file of an earlier run that this run does
    /// not write (<c>enterprise_yoy</c> without <c>--enterprise-yoy</c>, or either file in the other format) is deleted.
    /// </remarks>
    private static int Run(string path, string dir, bool withEnterprise, bool parquet, PanelReadOptions options, TextLanguage lang, TextWriter output, TextWriter error, Func<Stream> stdin)
    {
        try
        {
            return RunChecked(path, dir, withEnterprise, parquet, options, lang, output, error, stdin);
        }
        catch (OverflowException ex)
        {
            throw new InputException($"{path}: {ex.Message}", ex);
        }
    }

    private static int RunChecked(string path, string dir, bool withEnterprise, bool parquet, PanelReadOptions options, TextLanguage lang, TextWriter output, TextWriter error, Func<Stream> stdin)
    {
        EnterprisePanel panel;
        InputFile input;
        if (path == "-")
        {
            // Standard input is hashed as the reader copies it to its temporary file: it cannot be read again.
            using var hashing = new HashingStream(stdin());
            panel = PanelReader.Read(hashing, path, new ProgressWriter(path, error), options);
            input = new InputFile(path, hashing.BytesRead, hashing.Sha256());
        }
        else
        {
            // The hash for the manifest is a sequential pass of its own, on a thread beside the reader's.
            using var hash = new InputHash(path);
            panel = PanelReader.Read(path, new ProgressWriter(path, error), options);
            input = hash.Result();
        }

        var metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: false, includeComparable: true);

        var shape = new PanelManifest.Shape(panel.RowCount, panel.EnterpriseCount, panel.ClusterCount, panel.MonthCount, panel.FirstMonth, panel.LastMonth);
        WriteSummary(path, shape, lang, output);
        string manifestPath = PrepareOutput(dir);
        var written = new List<WrittenFile>
        {
            Announce(
                parquet
                    ? AtomicFile.Write(Path.Combine(dir, ClusterParquetFile), stream => PanelParquet.WriteClusterMetrics(metrics, stream))
                    : AtomicFile.Write(Path.Combine(dir, ClusterFile), stream => PanelCsv.WriteClusterMetrics(metrics, stream)),
                lang,
                output),
        };
        string enterprisePath = Path.Combine(dir, parquet ? EnterpriseParquetFile : EnterpriseFile);
        if (withEnterprise)
        {
            written.Add(Announce(
                parquet
                    ? AtomicFile.Write(enterprisePath, stream => PanelParquet.WriteEnterpriseYearOnYear(panel, stream))
                    : AtomicFile.Write(enterprisePath, stream => PanelCsv.WriteEnterpriseYearOnYear(panel, stream)),
                lang,
                output));
        }

        Finish(dir, manifestPath, enterprisePath, withEnterprise, parquet, options, input, shape, written, lang, output);
        return CliApp.Done;
    }

    /// <summary>
    /// Creates the output folder and deletes an earlier run's manifest before any result file is replaced, so that a
    /// manifest always describes the files beside it (the new one is written last).
    /// </summary>
    /// <returns>The manifest's path.</returns>
    private static string PrepareOutput(string dir)
    {
        try
        {
            Directory.CreateDirectory(dir);
        }
        catch (Exception ex) when (OutputException.IsEnvironment(ex))
        {
            throw OutputException.CannotWrite(dir, ex);
        }

        string manifestPath = Path.Combine(dir, PanelManifest.FileName);
        AtomicFile.Delete(manifestPath);
        return manifestPath;
    }

    /// <summary>Prints what the panel held: rows, enterprises, clusters and months.</summary>
    private static void WriteSummary(string path, PanelManifest.Shape shape, TextLanguage lang, TextWriter output)
    {
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(lang.Pick(
            string.Create(inv, $"{path}: {shape.RowCount:N0} rows, {shape.EnterpriseCount:N0} enterprises, {shape.ClusterCount} clusters, {shape.MonthCount} months ({shape.FirstMonth:yyyy-MM} to {shape.LastMonth:yyyy-MM})."),
            string.Create(inv, $"{path}: {shape.RowCount:N0} 行, {shape.EnterpriseCount:N0} 家企业, {shape.ClusterCount} 个集群, {shape.MonthCount} 个月 ({shape.FirstMonth:yyyy-MM} 至 {shape.LastMonth:yyyy-MM})。"),
            string.Create(inv, $"{path}: {shape.RowCount:N0} 行, {shape.EnterpriseCount:N0} 家企業, {shape.ClusterCount} 個集群, {shape.MonthCount} 個月 ({shape.FirstMonth:yyyy-MM} 至 {shape.LastMonth:yyyy-MM})。")));
    }

    /// <summary>
    /// Ends a run once its result files are in place: deletes what an earlier run left that this one does not write
    /// (the other format's files; <c>enterprise_yoy</c> without <c>--enterprise-yoy</c>), then writes the manifest, last.
    /// </summary>
    private static void Finish(string dir, string manifestPath, string enterprisePath, bool wroteEnterprise, bool parquet, PanelReadOptions options, InputFile input, PanelManifest.Shape shape, List<WrittenFile> written, TextLanguage lang, TextWriter output)
    {
        // An earlier run's result files that this run does not write would sit beside a manifest that does not name them.
        RemoveStale(Path.Combine(dir, parquet ? ClusterFile : ClusterParquetFile), parquet, lang, output);
        RemoveStale(Path.Combine(dir, parquet ? EnterpriseFile : EnterpriseParquetFile), parquet, lang, output);
        if (!wroteEnterprise && AtomicFile.Delete(enterprisePath))
        {
            output.WriteLine(lang.Pick(
                $"removed {enterprisePath} (an earlier run's; this run is without --enterprise-yoy)",
                $"已删除 {enterprisePath} (上次运行的输出; 本次未用 --enterprise-yoy)",
                $"已刪除 {enterprisePath} (上次運行的輸出; 本次未用 --enterprise-yoy)"));
        }

        KeyValuePair<string, object?>[] given =
        [
            new("enterprise_yoy", wroteEnterprise),
            new("output_format", parquet ? "parquet" : "csv"),
            new("encoding", CommonOptions.EncodingName(options.Encoding)),
            new("delimiter", options.Delimiter switch { null => null, '\t' => "tab", char d => d.ToString() }),
        ];
        Announce(AtomicFile.Write(manifestPath, stream => PanelManifest.Write(stream, input, given, shape, written)), lang, output);
    }

    /// <summary>Deletes a result file of an earlier run in the other format, saying so.</summary>
    private static void RemoveStale(string stale, bool parquet, TextLanguage lang, TextWriter output)
    {
        if (AtomicFile.Delete(stale))
        {
            string format = parquet ? "parquet" : "csv";
            output.WriteLine(lang.Pick(
                $"removed {stale} (an earlier run's; this run writes {format})",
                $"已删除 {stale} (上次运行的输出; 本次输出 {format})",
                $"已刪除 {stale} (上次運行的輸出; 本次輸出 {format})"));
        }
    }

    /// <summary>
    /// The folder standard input is copied to: the output folder's parent (usually on the disk the results go to), or
    /// null (the system's temporary folder) when it does not exist yet.
    /// </summary>
    private static int RunStreamed(string path, string dir, bool withEnterprise, bool parquetOut, PanelReadOptions options, TextLanguage lang, TextWriter output, TextWriter error)
    {
        try
        {
            return RunStreamedChecked(path, dir, withEnterprise, parquetOut, options, lang, output, error);
        }
        catch (OverflowException ex)
        {
            throw new InputException($"{path}: {ex.Message}", ex);
        }
    }

    private static int RunStreamedChecked(string path, string dir, bool withEnterprise, bool parquetOut, PanelReadOptions options, TextLanguage lang, TextWriter output, TextWriter error)
    {
        if (path == "-")
        {
            throw new InputException("-: panel --stream reads a file (Parquet one row group at a time, CSV block by block in two passes); standard input cannot be read twice: save it to a file, or run without --stream.");
        }

        bool parquet = path.EndsWith(".parquet", StringComparison.OrdinalIgnoreCase);
        PanelAccumulator Stream(EnterpriseYearOnYearHandler? handler, IProgress<PanelLoadProgress> progress) => parquet
            ? PanelReader.StreamParquet(path, includeComparable: true, handler, progress)
            : PanelReader.StreamCsv(path, options, includeComparable: true, handler, progress);

        // The hash for the manifest is a sequential pass of its own, on a thread beside the stream.
        using var hash = new InputHash(path);
        string manifestPath = PrepareOutput(dir);
        string enterprisePath = Path.Combine(dir, parquetOut ? EnterpriseParquetFile : EnterpriseFile);
        var progress = new ProgressWriter(path, error);
        PanelAccumulator? accumulator = null;
        PanelMetrics? metrics = null;
        WrittenFile? enterpriseFile = null;
        try
        {
            if (withEnterprise)
            {
                // Each firm's growth is written as the stream completes it; the file appears (atomically) at the end.
                enterpriseFile = AtomicFile.Write(enterprisePath, stream =>
                {
                    if (parquetOut)
                    {
                        using var table = new EnterpriseYoyParquetStream(stream);
                        accumulator = Stream(table.Write, progress);

                        // The last firm reaches the file when the stream is completed; then the last row group.
                        metrics = accumulator.Complete();
                        table.Finish();
                    }
                    else
                    {
                        var csv = new EnterpriseYoyCsvStream(stream);
                        accumulator = Stream(csv.Write, progress);

                        // The last firm reaches the file when the stream is completed; then the lines still buffered.
                        metrics = accumulator.Complete();
                        csv.Finish();
                    }
                });
            }
            else
            {
                accumulator = Stream(null, progress);
                metrics = accumulator.Complete();
            }
        }
        catch (PanelFormatException ex) when (ex.InnerException is PanelDataException { Error: PanelDataError.Unsorted })
        {
            throw new InputException($"{ex.Message} panel --stream reads the rows in file order and needs them sorted by (ent_id, period); sort the file first, for example with DuckDB: COPY (SELECT * FROM '{path}' ORDER BY ent_id, period) TO 'sorted.{(parquet ? "parquet" : "csv")}'", ex);
        }

        var shape = new PanelManifest.Shape(metrics!.RowCount, accumulator!.EnterpriseCount, metrics.ClusterCount, metrics.MonthCount, metrics.FirstMonth, metrics.Month(metrics.MonthCount - 1));
        WriteSummary(path, shape, lang, output);
        var written = new List<WrittenFile>
        {
            Announce(
                parquetOut
                    ? AtomicFile.Write(Path.Combine(dir, ClusterParquetFile), stream => PanelParquet.WriteClusterMetrics(metrics, stream))
                    : AtomicFile.Write(Path.Combine(dir, ClusterFile), stream => PanelCsv.WriteClusterMetrics(metrics, stream)),
                lang,
                output),
        };
        if (enterpriseFile is not null)
        {
            written.Add(Announce(enterpriseFile, lang, output));
        }

        Finish(dir, manifestPath, enterprisePath, enterpriseFile is not null, parquetOut, options, hash.Result(), shape, written, lang, output);
        return CliApp.Done;
    }

    private static string? SpoolDirectory(string dir)
    {
        string? parent = Path.GetDirectoryName(Path.GetFullPath(dir));
        return parent is not null && Directory.Exists(parent) ? parent : null;
    }

    private static WrittenFile Announce(WrittenFile file, TextLanguage lang, TextWriter output)
    {
        output.WriteLine(lang.Pick("wrote ", "已写入 ", "已寫入 ") + file.Path);
        return file;
    }

    /// <summary>Writes loading progress to standard error, synchronously, at most once per tenth of the file.</summary>
    private sealed class ProgressWriter(string path, TextWriter error) : IProgress<PanelLoadProgress>
    {
        private int lastTenth = -1;

        public void Report(PanelLoadProgress value)
        {
            int tenth = (int)(value.Fraction * 10);
            if (tenth == lastTenth)
            {
                return;
            }

            lastTenth = tenth;
            error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"taizhou-metrics: loading {path}: {NumberText.Percent(value.Fraction, 0)} ({value.RowsRead:N0} of {value.TotalRows:N0} rows)"));
        }
    }

    /// <summary>A read-only stream that hashes (SHA-256) and counts the bytes read through it.</summary>
    private sealed class HashingStream(Stream inner) : Stream
    {
        private readonly IncrementalHash hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        /// <summary>Gets the number of bytes read.</summary>
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        /// <summary>The SHA-256 of the bytes read, lowercase hexadecimal.</summary>
        public string Sha256() => Convert.ToHexStringLower(hash.GetCurrentHash());

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            int n = inner.Read(buffer);
            hash.AppendData(buffer[..n]);
            BytesRead += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                hash.Dispose();
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
