using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>taizhou-metrics tiers</c>: small hand-made files for the rules and the errors, and the generated enterprise file
/// (<see cref="GeneratedEnterprises"/>, 3000 firms over 2015-2021) whose counts, gaps, leaders and pipeline are checked
/// against an independent computation below: plain LINQ over the CSV rows, the 2211 thresholds restated in 万元, the
/// default cluster table restated by prefix. Counts and ids must match exactly; growth rates to 1e-12.
/// </summary>
public class TiersCommandTest
{
    private const string Header = "id,name,industry_code,cluster,county,listed_on,founded,year,output_yi,revenue_wan,employees";

    private static readonly Lazy<string> Generated = new(() => GeneratedEnterprises.Generate());

    [Fact]
    public void SmallFile_CountsAgainstThe2211Targets()
    {
        // A: exactly 100 亿元 (aircraft-carrier); B: 50 亿元 (flagship); C: 10 亿元, listed 2020 (listed).
        using var csv = new TempCsv($"""
            {Header}
            A,甲,3670,,椒江區,,2001-01-01,2021,100,950000,3000
            B,乙,3441,,溫嶺市,,2001-01-01,2021,50,480000,2000
            C,丙,1311,,臨海市,2020-07-01,2001-01-01,2021,10,95000,500
            """);

        var (code, output, error) = CliRunner.Run("tiers", "--input", csv.Path, "--year", "2021", "--targets", "2211", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("taizhou-metrics/tiers/v1", root.GetProperty("schema").GetString());
        Assert.Equal(3, root.GetProperty("firms").GetInt32());
        var carrier = Tier(root, "aircraft_carrier");
        Assert.Equal(1, carrier.GetProperty("count").GetInt32());
        Assert.Equal(20, carrier.GetProperty("target").GetInt32());
        Assert.Equal(-19, carrier.GetProperty("gap").GetInt32());
        Assert.Equal(1, carrier.GetProperty("by_cluster").GetProperty("auto").GetInt32());
        Assert.Equal(1, Tier(root, "flagship").GetProperty("by_cluster").GetProperty("pumps").GetInt32());
        Assert.Equal(1, Tier(root, "listed").GetProperty("by_county").GetProperty("臨海市").GetInt32());
        Assert.Equal(JsonValueKind.Null, Tier(root, "above_designated_size").GetProperty("target").ValueKind);
        Assert.Equal(3, Tier(root, "above_designated_size").GetProperty("count").GetInt32());

        // Pipeline: the target year 2021 is not after 2021, so it looks one year ahead; only C is below 50 亿元.
        var flagshipPipe = root.GetProperty("pipelines").EnumerateArray().Single(p => p.GetProperty("tier").GetString() == "flagship");
        Assert.Equal(2022, flagshipPipe.GetProperty("target_year").GetInt32());
        var c = Assert.Single(flagshipPipe.GetProperty("shown").EnumerateArray());
        Assert.Equal(4.0, c.GetProperty("required_growth").GetDouble(), 12);   // 10 → 50 in one year: +400 %
        Assert.Equal(40m, c.GetProperty("shortfall").GetDecimal());
    }

    [Fact]
    public void SmallFile_TableAndMarkdown()
    {
        using var csv = new TempCsv($"""
            {Header}
            A,甲,3670,,椒江區,,2001-01-01,2020,90,850000,3000
            A,甲,3670,,椒江區,,2001-01-01,2021,100,950000,3000
            """);

        var table = CliRunner.Run("tiers", "-i", csv.Path, "-y", "2021", "--targets", "2211");
        var markdown = CliRunner.Run("tiers", "-i", csv.Path, "-y", "2021", "--format", "markdown");

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("Tiers in 2021: 1 firms", table.Output, StringComparison.Ordinal);
        Assert.Contains("20 by 2021", table.Output, StringComparison.Ordinal);
        Assert.Contains("output ≥ 100 亿元", table.Output, StringComparison.Ordinal);
        Assert.Contains("Leading firms by cluster", table.Output, StringComparison.Ordinal);
        Assert.Equal(0, markdown.ExitCode);
        Assert.Contains("## Pipeline: aircraft-carrier firm", markdown.Output, StringComparison.Ordinal);
        Assert.Contains("| aircraft_carrier | 航母企业 |", markdown.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A,甲,3670,,椒江區,,2001-01-01,2021,1,2000,10\nA,甲,3670,,椒江區,,2001-01-01,2021,2,2000,10", "line 3, column 'year': firm 'A' already has a row for 2021 on line 2")]
    [InlineData("A,甲,367,,椒江區,,2001-01-01,2021,1,2000,10", "line 2, column 'industry_code': '367' is a GB/T 4754 division or group, not a class")]
    [InlineData("A,甲,9910,,椒江區,,2001-01-01,2021,1,2000,10", "line 2, column 'industry_code': '9910' is not a GB/T 4754-2017 industry class")]
    [InlineData("A,甲,3670,cars,椒江區,,2001-01-01,2021,1,2000,10", "line 2, column 'cluster': 'cars' is not a cluster")]
    [InlineData("A,甲,3670,,椒江區,,2001-01-01,2021,1,,10", "line 2, column 'revenue_wan': empty")]
    [InlineData("A,甲,3670,,椒江區,,2001-01-01,2021,1,2000,-3", "line 2, column 'employees': -3 is negative")]
    [InlineData("A,甲,3670,,椒江區,2020/01/01,2001-01-01,2021,1,2000,10", "line 2, column 'listed_on': '2020/01/01' is not a date")]
    [InlineData("A,甲,3670,,椒江區,,2001-01-01,2020,1,2000,10\nA,乙,3670,,椒江區,,2001-01-01,2021,1,2000,10", "line 3, column 'name': firm 'A' has '乙' here but '甲' on line 2")]
    [InlineData("A,甲,3670,,椒江區,,2001-01-01,1999,1,2000,10", "line 2, column 'year': 1999 is before the firm's founding date 2001-01-01")]
    [InlineData("A,甲,3670,,椒江區,,2001-01-01,2020,1,2000,10", "no rows for --year 2021 (the file has 2020)")]
    public void BadRows_ExitTwo_NamingLineAndColumn(string rows, string message)
    {
        using var csv = new TempCsv(Header + "\n" + rows + "\n");

        var (code, output, error) = CliRunner.Run("tiers", "--input", csv.Path, "--year", "2021");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("id,name,industry_code,county,listed_on,founded,year,output_usd,revenue_wan,employees", "line 1, column 'output_usd': unknown unit 'usd'")]
    [InlineData("id,name,industry_code,county,listed_on,founded,year,output_wan,employees", "line 1: missing column 'revenue' (revenue in 元, revenue_wan in 万元 or revenue_yi in 亿元): the above-designated-size (规上) and NBS size-class rules need it")]
    [InlineData("id,name,industry_code,county,listed_on,founded,year,output_wan,output_yi,revenue_wan,employees", "column 'output_yi': the output is already given in column 'output_wan'")]
    [InlineData("id,name,industry_code,county,founded,year,output_wan,revenue_wan,employees", "missing column 'listed_on'")]
    [InlineData("id,name,industry_code,county,listed_on,founded,year,output_wan,revenue_wan,employees,profit", "column 'profit': unknown column")]
    public void BadHeader_ExitTwo(string header, string message)
    {
        int fields = header.Split(',').Length;
        using var csv = new TempCsv(header + "\n" + string.Join(",", Enumerable.Repeat("1", fields)) + "\n");

        var (code, _, error) = CliRunner.Run("tiers", "--input", csv.Path, "--year", "2021");

        Assert.Equal(2, code);
        Assert.Contains(message, error, StringComparison.Ordinal);
    }

    [Fact]
    public void HugeOutput_IsCountedAndPrintedWhole()
    {
        // 7.9e23 亿元 is 7.9e31 元, beyond a decimal: before, the conversion to 元 overflowed (exit 1). The library
        // compares amounts across units without leaving the range, so the firm is an aircraft-carrier firm (≥ 100 亿元)
        // and its output prints as given.
        using var csv = new TempCsv($"""
            {Header}
            A,甲,3670,,椒江區,,2001-01-01,2021,790000000000000000000000,950000,3000
            """);

        var (code, output, error) = CliRunner.Run("tiers", "-i", csv.Path, "-y", "2021", "--format", "json");
        var table = CliRunner.Run("tiers", "-i", csv.Path, "-y", "2021");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(1, Tier(doc.RootElement, "aircraft_carrier").GetProperty("count").GetInt32());
        Assert.Equal(790000000000000000000000m, doc.RootElement.GetProperty("leaders")[0].GetProperty("leaders")[0].GetProperty("output").GetDecimal());
        Assert.Equal(0, table.ExitCode);
        Assert.Contains(" 790000000000000000000000.00", table.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_RoundsAmountsHalfAwayFromZero()
    {
        // 12.345 亿元 prints with two decimals as 12.35, 四舍五入 (before: 12.34, half to even).
        using var csv = new TempCsv($"""
            {Header}
            D,丁,2710,,黃岩區,,2010-01-01,2021,12.345,95000,500
            """);

        var (code, output, _) = CliRunner.Run("tiers", "-i", csv.Path, "-y", "2021");

        Assert.Equal(0, code);
        Assert.Contains(" 12.35", output, StringComparison.Ordinal);
        Assert.DoesNotContain("12.34", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownTargets_IsAUsageError()
    {
        using var csv = new TempCsv(Header + "\nA,甲,3670,,椒江區,,2001-01-01,2021,1,2000,10\n");

        var (code, _, error) = CliRunner.Run("tiers", "--input", csv.Path, "--year", "2021", "--targets", "2525");

        Assert.Equal(2, code);
        Assert.Contains("2525", error, StringComparison.Ordinal);
    }

    [Fact]
    public void GeneratedFile_IsDeterministicAndRealistic()
    {
        string text = Generated.Value;
        var rows = Parse(text);

        Assert.Equal(text, GeneratedEnterprises.Generate());
        Assert.InRange(rows.Select(r => r.Id).Distinct().Count(), 3000, 3010);
        Assert.InRange(rows.Count, 12_000, 21_000);
        Assert.Equal(GeneratedEnterprises.FirstYear, rows.Min(r => r.Year));
        Assert.InRange(rows.Count(r => r.Year == 2021 && r.OutputWan >= 1_000_000m), 8, 60);   // some tens of 航母
    }

    [Theory]
    [InlineData(2021)]
    [InlineData(2019)]
    public void GeneratedFile_CountsGapsLeadersAndPipeline_MatchAnIndependentComputation(int year)
    {
        using var csv = new TempCsv(Generated.Value);
        var rows = Parse(Generated.Value);

        var (code, output, error) = CliRunner.Run("tiers", "--input", csv.Path, "--year", year.ToString(CultureInfo.InvariantCulture), "--targets", "2211", "--format", "json");

        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        var now = rows.Where(r => r.Year == year).ToList();
        Assert.Equal(now.Count, root.GetProperty("firms").GetInt32());

        // Tier membership by the default rules, restated.
        var expected = new Dictionary<string, List<Row>>
        {
            ["aircraft_carrier"] = [.. now.Where(r => r.OutputWan >= 1_000_000m)],
            ["flagship"] = [.. now.Where(r => r.OutputWan >= 500_000m && r.OutputWan < 1_000_000m)],
            ["listed"] = [.. now.Where(r => r.ListedOn is DateOnly d && d.Year <= year)],
            ["above_designated_size"] = [.. now.Where(r => r.RevenueWan >= 2000m)],
            ["high_growth"] = [.. now.Where(r => IsHighGrowth(rows, r))],
            ["gazelle"] = [.. now.Where(r => IsHighGrowth(rows, r) && year - r.Founded.Year <= 5)],
            ["size_large"] = [.. now.Where(r => Size(r) == "large")],
            ["size_medium"] = [.. now.Where(r => Size(r) == "medium")],
            ["size_small"] = [.. now.Where(r => Size(r) == "small")],
            ["size_micro"] = [.. now.Where(r => Size(r) == "micro")],
        };
        var targets = new Dictionary<string, int> { ["aircraft_carrier"] = 20, ["flagship"] = 20, ["listed"] = 100, ["gazelle"] = 100 };
        Assert.True(expected["gazelle"].Count > 0, "the generated file should have gazelles");
        foreach (var (tier, members) in expected)
        {
            var t = Tier(root, tier);
            Assert.True(members.Count == t.GetProperty("count").GetInt32(), $"{tier}: expected {members.Count}, got {t.GetProperty("count")}");
            if (targets.TryGetValue(tier, out int target))
            {
                Assert.Equal(target, t.GetProperty("target").GetInt32());
                Assert.Equal(members.Count - target, t.GetProperty("gap").GetInt32());
            }

            foreach (var g in members.GroupBy(ClusterOf))
            {
                Assert.True(g.Count() == t.GetProperty("by_cluster").GetProperty(g.Key).GetInt32(), $"{tier} in {g.Key}");
            }

            Assert.Equal(members.Count, t.GetProperty("by_cluster").EnumerateObject().Sum(p => p.Value.GetInt32()));
            foreach (var g in members.GroupBy(r => r.County))
            {
                Assert.Equal(g.Count(), t.GetProperty("by_county").GetProperty(g.Key).GetInt32());
            }
        }

        if (year == 2021)
        {
            var carriers = expected["aircraft_carrier"].Select(r => r.Id).ToList();
            Assert.Contains("TZB0001", carriers);                                    // exactly 100 亿元
            Assert.Contains("TZB0003", expected["flagship"].Select(r => r.Id));     // 99.99999 亿元
            Assert.Contains("TZB0005", expected["gazelle"].Select(r => r.Id));      // 125 → 217
            Assert.DoesNotContain("TZB0004", expected["gazelle"].Select(r => r.Id)); // 125 → 216: exactly 20 %
        }

        // Counts by year: every year of the file up to the year.
        var byYear = root.GetProperty("by_year").EnumerateArray().ToList();
        Assert.Equal(Enumerable.Range(GeneratedEnterprises.FirstYear, year - GeneratedEnterprises.FirstYear + 1), byYear.Select(y => y.GetProperty("year").GetInt32()));
        foreach (var y in byYear)
        {
            int v = y.GetProperty("year").GetInt32();
            Assert.Equal(rows.Count(r => r.Year == v && r.OutputWan >= 1_000_000m), y.GetProperty("counts").GetProperty("aircraft_carrier").GetInt32());
            Assert.Equal(rows.Count(r => r.Year == v), y.GetProperty("firms").GetInt32());
        }

        // Leaders: top 3 by output per cluster, ties by id.
        foreach (var l in root.GetProperty("leaders").EnumerateArray())
        {
            string cluster = l.GetProperty("cluster").GetString()!;
            var mine = now.Where(r => ClusterOf(r) == cluster).OrderByDescending(r => r.OutputWan).ThenBy(r => r.Id, StringComparer.Ordinal).ToList();
            Assert.Equal(mine.Count, l.GetProperty("firms").GetInt32());
            Assert.Equal(mine.Take(3).Select(r => r.Id), l.GetProperty("leaders").EnumerateArray().Select(x => x.GetProperty("id").GetString()));
            Assert.Equal(mine[0].OutputWan / 10_000m, l.GetProperty("leaders")[0].GetProperty("output").GetDecimal());
        }

        Assert.Equal(now.Select(ClusterOf).Distinct().Count(), root.GetProperty("leaders").GetArrayLength());

        // Pipeline to aircraft-carrier: firms below 100 亿元, growth (1e6 / output_wan)^(1/years) − 1 ascending.
        int targetYear = year < 2021 ? 2021 : year + 1;
        var pipe = root.GetProperty("pipelines").EnumerateArray().Single(p => p.GetProperty("tier").GetString() == "aircraft_carrier");
        var below = now.Where(r => r.OutputWan < 1_000_000m)
            .Select(r => (r.Id, Growth: Math.Pow(1_000_000.0 / (double)r.OutputWan, 1.0 / (targetYear - year)) - 1.0))
            .OrderBy(x => x.Growth).ThenBy(x => x.Id, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(targetYear, pipe.GetProperty("target_year").GetInt32());
        Assert.Equal(below.Count, pipe.GetProperty("candidates").GetInt32());
        var shown = pipe.GetProperty("shown").EnumerateArray().ToList();
        Assert.Equal(10, shown.Count);
        for (int i = 0; i < shown.Count; i++)
        {
            Assert.Equal(below[i].Id, shown[i].GetProperty("id").GetString());
            Assert.Equal(below[i].Growth, shown[i].GetProperty("required_growth").GetDouble(), 1e-12);
        }
    }

    private static bool IsHighGrowth(List<Row> rows, Row r)
    {
        // OECD-Eurostat 2007: employees in t > employees in t − 3 · 1.2³ (exact, decimal), ≥ 10 at t − 3, not born in t − 3.
        var start = rows.FirstOrDefault(s => s.Id == r.Id && s.Year == r.Year - 3);
        return start is not null && start.Employees >= 10m && r.Founded.Year < r.Year - 3 && r.Employees > start.Employees * 1.728m;
    }

    private static string Size(Row r) => (r.Employees, r.RevenueWan) switch
    {
        ( >= 1000m, >= 40000m) => "large",
        ( >= 300m, >= 2000m) => "medium",
        ( >= 20m, >= 300m) => "small",
        _ => "micro",
    };

    private static string ClusterOf(Row r)
    {
        if (r.Cluster.Length > 0)
        {
            return r.Cluster;
        }

        // The default table, most specific prefix first.
        (string Prefix, string Cluster)[] table =
        [
            ("3525", "moulds"), ("3523", "moulds"), ("3855", "toilets"), ("3072", "toilets"), ("3553", "sewing"), ("3441", "pumps"),
            ("374", "aviation"), ("562", "aviation"), ("292", "moulds"), ("381", "pumps"), ("36", "auto"), ("27", "pharma"),
        ];
        return table.FirstOrDefault(t => r.Code.StartsWith(t.Prefix, StringComparison.Ordinal)).Cluster ?? "other";
    }

    private static JsonElement Tier(JsonElement root, string code) =>
        root.GetProperty("tiers").EnumerateArray().Single(t => t.GetProperty("tier").GetString() == code);

    private static List<Row> Parse(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(line =>
        {
            var f = line.Split(',');
            var inv = CultureInfo.InvariantCulture;
            return new Row(
                f[0],
                f[2],
                f[3],
                f[4],
                f[5].Length == 0 ? null : DateOnly.ParseExact(f[5], "yyyy-MM-dd", inv),
                DateOnly.ParseExact(f[6], "yyyy-MM-dd", inv),
                int.Parse(f[7], inv),
                decimal.Parse(f[8], inv),
                decimal.Parse(f[9], inv),
                decimal.Parse(f[10], inv));
        })];

    private sealed record Row(string Id, string Code, string Cluster, string County, DateOnly? ListedOn, DateOnly Founded, int Year, decimal OutputWan, decimal RevenueWan, decimal Employees);
}
