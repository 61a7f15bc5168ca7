#:project ../../src/Taizhou.Metrics/Taizhou.Metrics.csproj
using System;
using System.Text.Json;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Serialization;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Structure;
using Taizhou.Metrics.Units;

// MetricsJson.Context serializes with no reflection: what a trimmed or Native AOT application calls (a file-based app
// like this one is checked by the AOT analyzers, which flag JsonSerializer.Serialize(value, MetricsJson.Options)).
// A monthly series in 亿元 with a missing month, to JSON and back.
var output = TimeSeries.Create(SeriesKind.Flow, MetricUnit.YiYuan,
[
    Observation.Of(ReportingPeriod.Month(2018, 5), 180.42m),
    Observation.Missing(ReportingPeriod.Month(2018, 6)),
], "规上工业产值");
string json = JsonSerializer.Serialize(output, MetricsJson.Context.TimeSeries);
Console.WriteLine(json);
TimeSeries back = JsonSerializer.Deserialize(json, MetricsJson.Context.TimeSeries)!;
Console.WriteLine($"read back: {back.Count} observations, unit {back.Unit.Code}, name {back.Name}");

// A rate from a zero base is null with its reason, never NaN.
Console.WriteLine(JsonSerializer.Serialize(Growth.Rate(5m, 0m), MetricsJson.Context.GrowthRate));
Console.WriteLine(JsonSerializer.Serialize(GrowthRate.FromPercent(26.7m), MetricsJson.Context.GrowthRate));

// A breakdown (拉动, 贡献率).
var analysis = Breakdown.Analyse(
[
    new BreakdownRow("A", PublishedValue.Parse("30"), previous: PublishedValue.Parse("20")),
    new BreakdownRow("B", PublishedValue.Parse("90"), previous: PublishedValue.Parse("60")),
]);
string breakdown = JsonSerializer.Serialize(analysis, MetricsJson.Context.BreakdownAnalysis);
Console.WriteLine(breakdown.Length > 200 ? breakdown[..200] + "…" : breakdown);
var again = JsonSerializer.Deserialize(breakdown, MetricsJson.Context.BreakdownAnalysis)!;
Console.WriteLine(FormattableString.Invariant($"contribution of B: {again.Parts[1].ContributionPoints} (0.375 = 37.5 points)"));
