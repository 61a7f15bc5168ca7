#:project ../../src/Taizhou.Metrics.IO/Taizhou.Metrics.IO.csproj
// A panel of firms' monthly year-to-date output (1-N月累计, one row per firm and month) from a Parquet file to cluster
// metrics: each cluster's 1-6月 total, its 同比, its share (占比) and its 拉动 (points of last year's total), and each
// firm's own 同比. The same code reads a panel of 500,000 firms (docs/panel.md).
//   dotnet run docs/examples/panel.cs [panel.parquet|panel.csv]
// Without an argument it reads data/panel-2017-2018.parquet beside this file: six made-up firms in three clusters,
// January 2017 to June 2018 (the same rows as data/panel-2017-2018.csv, written by PanelWriter.WriteParquet).
using System;
using System.IO;
using NodaTime;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Panels;

string path = args.Length > 0 ? args[0] : Path.Combine(Here(), "data", "panel-2017-2018.parquet");
string[] clusters = ["汽车及零部件", "医药医化", "其他"];

// 1. Read (columns ent_id, cluster, period yyyymm, ytd_output in yuan; Parquet or CSV, told by the file's bytes).
//    Every row is checked: sorted by firm and month, no duplicate, no year-to-date output falling within a year.
EnterprisePanel panel = PanelReader.Read(path, progress: null);
Console.WriteLine(FormattableString.Invariant($"{panel.RowCount} rows, {panel.EnterpriseCount} firms, {panel.ClusterCount} clusters, {Month(panel.FirstMonth)} to {Month(panel.LastMonth)}"));

// 2. One pass over the panel: totals, 同比, shares and 拉动 of every cluster and the total in every month.
PanelMetrics metrics = PanelCalculator.Compute(panel, includeEnterpriseYearOnYear: true);
int june = panel.MonthIndex(new YearMonth(2018, 6));
Console.WriteLine("2018年1-6月: 累计(亿元)    同比     占比  拉动(百分点)");
for (int c = 0; c < metrics.ClusterCount; c++)
{
    Print(clusters[c], metrics.Cluster(c, june));
}

Print("合计", metrics.Total(june));

// 3. Each firm's own 同比 in June 2018 (null: no row a year earlier, as for the firm that entered in 2018).
for (int row = 0; row < panel.RowCount; row++)
{
    if (panel.Periods[row] == 201806)
    {
        string growth = metrics.EnterpriseYearOnYear(row) is double g
            ? FormattableString.Invariant($"{g * 100:+0.0;-0.0}%")
            : "n/a (no row a year earlier)";
        Console.WriteLine($"firm {panel.EnterpriseIds[row]}: 同比 {growth}");
    }
}

// Rates are fractions (0.267 = 26.7 %) and a missing one is null, never NaN; printed in the invariant culture.
static void Print(string name, PanelCell cell) => Console.WriteLine(FormattableString.Invariant(
    $"{cell.YearToDateTotal / 1e8,22:F2} {cell.YearOnYear * 100,7:+0.00;-0.00}% {cell.Share * 100,7:F2}% {cell.Contribution * 100,12:+0.00;-0.00}  {name}"));

static string Month(YearMonth month) => FormattableString.Invariant($"{month.Year}-{month.Month:00}");

// The folder of this file: .NET 10 tells a file-based app where its file is (a [CallerFilePath] would name the build's
// mapped path, /_/..., in a deterministic CI build).
static string Here() => AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
