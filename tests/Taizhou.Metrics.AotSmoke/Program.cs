using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;
using Taizhou.Metrics.Charts;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Panels;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Serialization;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;

// What .ci/aot runs as a native binary: each package on a path a user calls, each line a value known in advance.
// Usage: Taizhou.Metrics.AotSmoke OUTPUT-FOLDER   (the chart and the Parquet file are written there).
string output = args.Length == 1 ? args[0] : throw new ArgumentException("usage: Taizhou.Metrics.AotSmoke OUTPUT-FOLDER");
Directory.CreateDirectory(output);
string data = Path.Combine(AppContext.BaseDirectory, "data");

// IO (GB18030 text through the table reader) and the core (shares, 拉动, 贡献率).
var table = BreakdownReader.Read(Path.Combine(data, "industries-2018-06.gbk.csv"), "规模以上工业", new TableReadOptions { Encoding = InputEncoding.Gb18030 });
BreakdownAnalysis analysis = table.Analyse();
Print($"table: {table.Parts.Count} parts, total {analysis.Total.Name} {analysis.Total.Previous} -> {analysis.Total.Current}, growth {analysis.Total.Growth}, check {(table.Check().Passed ? "passed" : "failed")}");
foreach (BreakdownPart part in analysis.Parts)
{
    Print($"{part.Name}: growth {part.Growth}, share {part.Share:P2}, 拉动 {part.ContributionPoints * 100:F2} pp, 贡献率 {part.ContributionRate:P2}");
}

// IO: Excel workbooks through ExcelDataReader, both formats.
foreach (string workbook in new[] { "bureau.xlsx", "bureau.xls" })
{
    Print($"{workbook}: {WorkbookReader.ReadTable(Path.Combine(data, workbook))}");
}

// The core's source-generated JSON (no reflection), out and back.
string json = JsonSerializer.Serialize(analysis, MetricsJson.Context.BreakdownAnalysis);
using (JsonDocument document = JsonDocument.Parse(json))
{
    Print($"json: {json.Length} characters, growth of the total {document.RootElement.GetProperty("total").GetProperty("growth")}");
}

Print($"json rate: {JsonSerializer.Serialize(analysis.Parts[0].Growth, MetricsJson.Context.GrowthRate)}");

// IO and the core: the panel from CSV (Sylvan), to Parquet and back (Parquet.Net), the cluster metrics.
EnterprisePanel fromCsv = PanelReader.Read(Path.Combine(data, "panel.csv"), progress: null);
string parquet = Path.Combine(output, "panel.parquet");
PanelWriter.WriteParquet(fromCsv, parquet);
EnterprisePanel panel = PanelReader.Read(parquet, progress: null);
PanelMetrics metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true);
Print($"panel: {panel.RowCount} rows, {panel.EnterpriseCount} firms, the same as from CSV: {fromCsv.YearToDateOutput.SequenceEqual(panel.YearToDateOutput)}");
Print($"{metrics}");

// The same panel with optional (nullable) columns, as DuckDB and pandas write them: Parquet.Net makes the Nullable<T>
// types of such columns with Type.MakeGenericType, which Native AOT can do only for instantiations it compiled.
string nullable = Path.Combine(output, "panel-nullable.parquet");
await WriteNullableAsync(panel, nullable);
EnterprisePanel fromNullable = PanelReader.Read(nullable, progress: null);
Print($"panel with optional columns: {fromNullable.RowCount} rows, the same: {panel.YearToDateOutput.SequenceEqual(fromNullable.YearToDateOutput) && panel.Periods.SequenceEqual(fromNullable.Periods)}");
int last = panel.MonthCount - 1;
Print($"{metrics.Total(last)}");
Print($"{metrics.Cluster(0, last)}");

// Charts: the contributions chart in Chinese, drawn by ScottPlot and SkiaSharp to a PNG.
Chart chart = ContributionChart.Draw(analysis, new ChartOptions { Language = ChartLanguage.Chinese });
string png = Path.Combine(output, "contributions.png");
chart.Save(png);
Print($"chart: {chart.Title}");

// IO (a UTF-8 annual series), the core (a log-linear projection to a target) and a projection chart as SVG.
TimeSeries cluster = SeriesReader.Read(Path.Combine(data, "cluster-output.csv"), MetricUnit.YiYuan);
var horizon = ReportingPeriod.CalendarYear(2021);
Projection trend = Project.LogLinear(cluster, horizon);
var target = new ValueTarget("产值 3500 亿元", horizon, 3500m);
Print($"projection: {cluster.Count} years to {cluster.Observations[^1].Period}, 2021 {trend.At(horizon).Estimate:F1}, first reaching 3500 in {trend.FirstReaching(3500)}");
string svg = ProjectionChart.Draw(cluster, trend, target, new ChartOptions { Language = ChartLanguage.Chinese }).ToSvg();
File.WriteAllText(Path.Combine(output, "projection.svg"), svg);
Print($"svg: {(svg.Contains("</svg>", StringComparison.Ordinal) ? "a document" : "not a document")}");

static async Task WriteNullableAsync(EnterprisePanel panel, string path)
{
    DataField[] fields = [new DataField<int?>("ent_id"), new DataField<int?>("cluster"), new DataField<int?>("period"), new DataField<double?>("ytd_output")];
    await using var stream = File.Create(path);
    await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream);
    using var group = writer.CreateRowGroup();
    await group.WriteAsync<int>(fields[0], panel.EnterpriseIds.ToArray().Select(v => (int?)v).ToArray().AsMemory());
    await group.WriteAsync<int>(fields[1], panel.Clusters.ToArray().Select(v => (int?)v).ToArray().AsMemory());
    await group.WriteAsync<int>(fields[2], panel.Periods.ToArray().Select(v => (int?)v).ToArray().AsMemory());
    await group.WriteAsync<double>(fields[3], panel.YearToDateOutput.ToArray().Select(v => (double?)v).ToArray().AsMemory());
}

static void Print(FormattableString line) => Console.WriteLine(line.ToString(CultureInfo.InvariantCulture));
