#:project ../../src/Taizhou.Metrics.IO/Taizhou.Metrics.IO.csproj
// A yearbook table (统计年鉴: output of above-scale industry by industry, two years, with the printed 增长, 比重, 拉动 and
// 贡献率) read from a file, turned into shares, 拉动 (percentage points) and 贡献率, and every printed figure checked
// within its rounding; then the same table with one figure mistyped, to show what the check reports.
//   dotnet run docs/examples/yearbook.cs [table.csv]
// Without an argument it reads data/yearbook-2017-industry.csv beside this file (UTF-8; the figures are illustrative).
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Taizhou.Metrics.IO;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;

string path = args.Length > 0 ? args[0] : Path.Combine(Here(), "data", "yearbook-2017-industry.csv");

// 1. Read. The Chinese headers 指标, 增长(%), 比重(%), 拉动(百分点) and 贡献率(%) are known to the reader; a yearbook
//    names its two level columns by their years, so those two are mapped here. The total's row is named: the parts
//    need not add up to it, and the rest is reported as "other", never dropped.
var options = new TableReadOptions
{
    HeaderAliases = new Dictionary<string, string> { ["2016年"] = "previous", ["2017年"] = "current" },
};
BreakdownTable table = BreakdownReader.Read(path, totalName: "规模以上工业", options: options);

// 2. Shares (占比), growth, 拉动 (points of last year's total) and 贡献率 (share of the total's increase), with the
//    remainder; the contributions add up to the total's growth and the rates to 100 %.
BreakdownAnalysis analysis = table.Analyse();
Console.WriteLine(analysis.ToTextTable());
Console.WriteLine(FormattableString.Invariant($"sum of 拉动: {analysis.SumOfContributionPoints * 100:F2} points = total growth {analysis.Total.Growth}; sum of 贡献率: {analysis.SumOfContributionRates * 100:F2} %"));

// 3. The check: every printed growth, share, 拉动 and 贡献率 against the one the levels give, within the rounding of the
//    printed figures (9.8 stands for [9.75, 9.85]).
TableCheck check = table.Check();
Console.WriteLine($"check: {check.Findings.Count} printed figures, {(check.Passed ? "all consistent" : "broken: " + string.Join("; ", check.Broken))}");

// 4. The same table with the car industry's 拉动 mistyped as 2.9 (the levels give 1.92): the check names the row, the
//    figure and how far it is outside the rounding.
var car = table.Parts[0];
var mistyped = new BreakdownRow(car.Name, car.Current, car.Previous, car.GrowthPercent)
{
    SharePercent = car.SharePercent,
    ContributionPoints = PublishedValue.Parse("2.9"),
    ContributionRatePercent = car.ContributionRatePercent,
};
TableCheck again = Breakdown.Check([mistyped, .. table.Parts.Skip(1)], table.Total);
foreach (TableCheckFinding finding in again.Broken)
{
    Console.WriteLine(FormattableString.Invariant(
        $"mistyped: {finding.Row} {finding.Figure} printed {finding.Published.Estimate:G6}, the other figures give {finding.Derived.Estimate:G6} [{finding.Derived.Bounds.Lower:G6}, {finding.Derived.Bounds.Upper:G6}]: off by {finding.Break:G3} beyond rounding"));
}

// The folder of this file: .NET 10 tells a file-based app where its file is (a [CallerFilePath] would name the build's
// mapped path, /_/..., in a deterministic CI build).
static string Here() => AppContext.GetData("EntryPointFileDirectoryPath") as string ?? Directory.GetCurrentDirectory();
