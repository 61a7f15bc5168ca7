#:project ../../src/Taizhou.Metrics.IO/Taizhou.Metrics.IO.csproj
using System;
using System.IO;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Units;

// A bureau's monthly report as Excel on Chinese Windows saves it as "CSV": GBK (read as GB18030), Chinese headers
// (指标, 本月, 1-本月累计, 上年同期累计, 增长%), thousands separators in quoted cells. The period is in the report's
// title, not in its cells, so it is given here.
string path = Path.Combine(Here(), "data", "bureau-2018-06.gbk.csv");
var h1 = ReportingPeriod.YearToDate(2018, 6);
var report = MonthlyReportReader.Read(path, h1, MetricUnit.YiYuan, options: new TableReadOptions { Encoding = InputEncoding.Gb18030 });

// Every published growth rate checked against its two levels, within the rounding of the printed figures.
Console.WriteLine(report.Check.Passed ? "published growth rates: consistent" : "published growth rates: " + string.Join("; ", report.Check.Broken));

// Each indicator as a cumulative series (2017年1-6月 and 2018年1-6月): its 同比 computed, beside the one printed.
foreach (var row in report.Table.Parts)
{
    GrowthRate yoy = Growth.YearOnYear(report.Series[row.Name], h1);
    string month = report.Table.Months.TryGetValue(row.Name, out var m) ? m.ToString() : "-";
    Console.WriteLine(FormattableString.Invariant($"{row.Name}: 本月 {month}, {h1.ToString(PeriodNotation.Chinese)} {row.Current} 亿元, 同比 {yoy} (published {row.GrowthPercent} %)"));
}

// Errors name the file, the line and the column as the header writes it.
try
{
    using var bad = new MemoryStream("指标,1-本月累计,上年同期累计\n产值,1042.27,八百\n"u8.ToArray());
    MonthlyReportReader.Read(bad, "pasted", h1, MetricUnit.YiYuan);
}
catch (InputFormatException ex)
{
    Console.WriteLine(FormattableString.Invariant($"line {ex.Line}, column {ex.Column}: {ex.Message}"));
}

// The folder of this file: .NET 10 tells a file-based app where its file is (a [CallerFilePath] would name the build's
// mapped path, /_/..., in a deterministic CI build).
static string Here() => AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
