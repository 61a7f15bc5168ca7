#:project ../../src/Taizhou.Metrics.IO/Taizhou.Metrics.IO.csproj
#:project ../../src/Taizhou.Metrics.Charts/Taizhou.Metrics.Charts.csproj
// From a bureau's own table to growth, contributions, a Chinese chart and JSON, in a few lines:
//   dotnet run docs/examples/analysis.cs [table.csv] [output folder] [gb18030|utf8|detect]
// The table is what Excel on Chinese Windows saves (GBK, Chinese headers 指标, 本月, 1-本月累计, 上年同期累计, 增长%),
// a row per industry under the total's row (规模以上工业); without an argument the example reads the one next to this file.
using System;
using System.IO;
using System.Text.Json;
using Taizhou.Metrics.Charts;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Serialization;
using Taizhou.Metrics.Units;

string path = args.Length > 0 ? args[0] : Path.Combine(Here(), "data", "industries-2018-06.gbk.csv");
string outDir = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "taizhou-analysis");
Directory.CreateDirectory(outDir);

// 1. Read. GBK text carries no mark that tells it from UTF-8, so it is named (GB18030 reads GBK); with "detect" a
//    UTF-8 or UTF-16 file is recognised and anything else refused with the line. The delimiter (comma, tab,
//    semicolon) is detected and the Chinese headers are known.
var encoding = args.Length > 2 ? Enum.Parse<InputEncoding>(args[2], ignoreCase: true) : InputEncoding.Gb18030;
var report = MonthlyReportReader.Read(path, ReportingPeriod.YearToDate(2018, 6), MetricUnit.YiYuan, totalName: "规模以上工业", options: new TableReadOptions { Encoding = encoding });

// 2. Growth and contributions (拉动, 贡献率), and every printed 增长% checked within its rounding.
var analysis = report.Analysis!; // present: the total's row is named
Console.WriteLine(analysis.ToTextTable());
Console.WriteLine(report.Check.Passed ? "printed growth rates: consistent" : "printed growth rates: " + string.Join("; ", report.Check.Broken));

// 3. A chart in Chinese (a CJK font that has the glyphs is chosen; ChartOptions.FontFile names one).
string chart = Path.Combine(outDir, "contributions.png");
ContributionChart.Draw(analysis, new ChartOptions { Language = ChartLanguage.Chinese }).Save(chart);
Console.WriteLine($"chart: {chart}");

// 4. JSON for another program: the library's converters (periods as ISO text, rates with their reason when undefined).
string json = Path.Combine(outDir, "analysis.json");
File.WriteAllText(json, JsonSerializer.Serialize(analysis, MetricsJson.Context.BreakdownAnalysis));
Console.WriteLine($"json: {json}");

// The folder of this file: .NET 10 tells a file-based app where its file is (a [CallerFilePath] would name the build's
// mapped path, /_/..., in a deterministic CI build).
static string Here() => AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
