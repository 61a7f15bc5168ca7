#:project ../../src/Taizhou.Metrics.IO/Taizhou.Metrics.IO.csproj
#:project ../../src/Taizhou.Metrics.Charts/Taizhou.Metrics.Charts.csproj
// A target and its projection, with a chart: the seed's 2021 target for the seven clusters (七大千亿产业, over 5000 亿元)
// — the growth it needs from the first half of 2018 — then an annual series read from a file, projected to 2021 with a
// log-linear trend against the same target, and the chart of both as a PNG.
//   dotnet run docs/examples/target.cs [series.csv] [chart.png]
// Without arguments it reads data/cluster-output.csv beside this file (illustrative figures) and writes the chart to
// the temporary folder. The chart needs a CJK font (fonts-noto-cjk; `bash .ci/fonts` installs one).
using System;
using System.IO;
using Taizhou.Metrics.Charts;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Samples;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Units;

string path = args.Length > 0 ? args[0] : Path.Combine(Here(), "data", "cluster-output.csv");
string chartPath = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "taizhou-target.png");

// 1. The seed (2018-08-14): 1-6月 output of the seven clusters 1042.27 亿元, +26.7 %; target 5000 亿元 by 2021. The full
//    year 2018 is estimated from the half year, and the constant growth from it to the target is what 2019-2021 need.
TaizhouReport seed = TaizhouReport.Compute(TaizhouSample.Instance);
Console.WriteLine($"seed: {seed.Period.ToString(PeriodNotation.Chinese)} {seed.ClusterOutput}, {seed.ClusterGrowth}; target {seed.Target} by {seed.TargetYear}");
Console.WriteLine(FormattableString.Invariant($"  2018 full year (estimate, {seed.FullYearEstimate.Method}): {seed.FullYearEstimate.Value:F2} 亿元"));
Console.WriteLine($"  growth needed: {seed.RequiredGrowth} a year for {seed.YearsToTarget} years");
Console.WriteLine($"  at +26.7 % a year: {seed.ProjectedAtCurrentGrowth:F2} by {seed.TargetYear}, {(seed.OnTrack ? "on track" : "short")}");

// 2. An annual series (年份, 数值) from a file, projected to 2021 by a log-linear trend with a 95 % prediction interval.
TimeSeries output = SeriesReader.Read(path, MetricUnit.YiYuan).WithName("产值"); // named after the file otherwise
var target = new ValueTarget("产值目标", ReportingPeriod.CalendarYear(2021), 5000m);
Projection trend = Project.LogLinear(output, target.Period);
Console.WriteLine();
Console.WriteLine(trend.ToTextTable());
TargetGap gap = TargetGap.Of(trend, target);
Console.WriteLine(gap);

// 3. The chart: actual values, the projection with its interval and the target line, titled in Chinese.
Chart chart = ProjectionChart.Draw(output, trend, target, new ChartOptions { Language = ChartLanguage.Chinese });
chart.Save(chartPath);
Console.WriteLine();
Console.WriteLine($"chart: {chart.Title} → {Path.GetFileName(chartPath)}, {chart.Options.Width}×{chart.Options.Height} px");

// The folder of this file: .NET 10 tells a file-based app where its file is (a [CallerFilePath] would name the build's
// mapped path, /_/..., in a deterministic CI build).
static string Here() => AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
