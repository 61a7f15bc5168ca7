using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>taizhou-metrics derive</c> on the sentences of docs/structure.md ("Figures derived in the text") and docs/targets.md
/// ("Target progress as bulletins print it"): 泉州市统计局, October 2022 (高新技术产业 8.5 %, 全市 3.4 %, 快于 5.1 个百分点);
/// 国家统计局, first half of 2004 (第二产业 8791 亿元 +41.8 %, 工业 8511 亿元 +42.3 %, 建筑业 +28.0 %); a city's
/// 国有控股企业 and 亿元企业 (83.55 亿元 +29.8 % 贡献率 13.7 %; 790.99 亿元, 76.5 % of the total, +18.6 %, 贡献率 79.1 %);
/// 2835 家小型企业 4401.73 亿元, 平均每家 1.55 亿元; a key-project report (629.0 of 647.4 亿元 after ten months, 97.2 %,
/// 超过时间进度 13.8 个百分点) and a 1—4月 report (完成率 43.2 %, 超时序进度 9.9 个百分点). Expected values by hand in the
/// comments (interval ends at the corners of the rounding box); tolerance 1e-9 on fractions and levels unless stated.
/// </summary>
public class DeriveCommandTest
{
    private const double Tolerance = 1e-9;

    [Fact]
    public void PointDifference_Quanzhou2022_Is5_1PointsBetween5_0And5_2_AndThePrinted5_1IsConsistent()
    {
        // 8.5 − 3.4 = 5.1 points; each rate is within ±0.05, so the difference is within 5.1 ± 0.1 = [5.0, 5.2]:
        // as fractions 0.051 [0.050, 0.052]. The printed 5.1 stands for [5.05, 5.15], which meets it: break 0.
        var (code, root) = Json(0, "derive", "point-difference", "--rate", "8.5", "--other", "3.4", "--printed", "5.1");

        Assert.Equal(0, code);
        Assert.Equal("point-difference", root.GetProperty("figure").GetString());
        var r = Single(root, "difference");
        Assert.Equal("points", r.GetProperty("unit").GetString());
        AssertFigure(r, 0.051, 0.050, 0.052);
        var c = r.GetProperty("check");
        Assert.Equal(5.1, c.GetProperty("published").GetDouble(), Tolerance);
        AssertPair(c.GetProperty("published_bounds"), 5.05, 5.15);
        Assert.Equal(5.1, c.GetProperty("derived").GetDouble(), Tolerance);
        AssertPair(c.GetProperty("derived_bounds"), 5.0, 5.2);
        Assert.Equal(0.0, c.GetProperty("break").GetDouble());
        Assert.False(c.GetProperty("broken").GetBoolean());
        Assert.True(root.GetProperty("check").GetProperty("passed").GetBoolean());
    }

    [Fact]
    public void PointDifference_Printed5_4_BreaksBy0_15_AndExitsOne()
    {
        // 5.4 stands for [5.35, 5.45]; the rates allow at most 5.2: the gap is 5.35 − 5.2 = 0.15.
        var (code, output, error) = CliRunner.Run("derive", "point-difference", "--rate", "8.5", "--other", "3.4", "--printed", "5.4");

        Assert.Equal(1, code);
        Assert.Contains("taizhou-metrics: check failed: --printed: difference: printed 5.4 [5.35, 5.45], derived 5.1 [5, 5.2], breaks by 0.15", error, StringComparison.Ordinal);
        Assert.Contains("breaks by 0.15", output, StringComparison.Ordinal);
        Assert.Contains("1 printed figure breaks beyond rounding.", output, StringComparison.Ordinal);
    }

    [Fact]
    public void PointDifference_Below_IsNegative_AndMeetsANegativePrinted()
    {
        // 低于全市平均 5.1 个百分点: 3.4 − 8.5 = −5.1 points in [−5.2, −5.0], as fractions −0.051 [−0.052, −0.050];
        // the printed −5.1 ([−5.15, −5.05]) meets it, a printed +5.1 misses it by 5.05 − (−5.0) = 10.05.
        var (code, below) = Json(0, "derive", "point-difference", "--rate", "3.4", "--other", "8.5", "--printed", "-5.1");
        var (wrongSign, _, _) = CliRunner.Run("derive", "point-difference", "--rate", "3.4", "--other", "8.5", "--printed", "5.1");

        Assert.Equal(0, code);
        AssertFigure(Single(below, "difference"), -0.051, -0.052, -0.050);
        Assert.Equal(1, wrongSign);
    }

    [Fact]
    public void PointDifference_TrailingZeroIsPrecision_8_50IsNot8_5()
    {
        // 8.50 is printed to two decimals (±0.005): 8.50 − 3.4 = 5.1 within ±(0.005 + 0.05) = [5.045, 5.155] points.
        var (_, root) = Json(0, "derive", "point-difference", "--rate", "8.50", "--other", "3.4");

        AssertFigure(Single(root, "difference"), 0.051, 0.05045, 0.05155);
        var rate = root.GetProperty("inputs")[0];
        Assert.Equal("8.50", rate.GetProperty("printed").GetString());
        Assert.Equal(2, rate.GetProperty("decimals").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("check").ValueKind);
    }

    [Fact]
    public void RestGrowth_SecondaryIndustryExcludingIndustry2004_Is28_1Percent_AndThePrinted28_0IsConsistent()
    {
        // Rest 8791 − 8511 = 280; its base 8791 / 1.418 − 8511 / 1.423 = 6199.576869 − 5981.026001 = 218.550867:
        // growth 280 / 218.550867 − 1 = 0.2811663. Lowest at (8790.5, 41.75, 8511.5, 42.35): 0.2559958; highest at
        // (8791.5, 41.85, 8510.5, 42.25): 0.3071756. The printed 28.0 ([27.95, 28.05]) lies inside [25.60, 30.72].
        var (code, root) = Json(0, "derive", "rest-growth", "--total", "8791", "--total-growth", "41.8", "--part", "8511", "--part-growth", "42.3", "--printed", "28.0");

        Assert.Equal(0, code);
        var r = Single(root, "rest_growth");
        Assert.Equal("percent", r.GetProperty("unit").GetString());
        AssertFigure(r, 0.2811662717, 0.2559957850, 0.3071755901, 1e-9);
        Assert.False(r.GetProperty("check").GetProperty("broken").GetBoolean());
        Assert.Equal(28.0, r.GetProperty("check").GetProperty("published").GetDouble());
        Assert.Equal(28.116627173, r.GetProperty("check").GetProperty("derived").GetDouble(), 1e-7);
    }

    [Fact]
    public void RestGrowth_PartAlmostTheWholeTotal_IsUnbounded()
    {
        // 100.0 at +10.0 % less 99.8 at +9.8 %: the rest's base 100 / 1.1 − 99.8 / 1.098 = −0.0001 can reach zero within
        // the rounding (100.05 / 1.0995 − 99.75 / 1.0985 > 0 > 99.95 / 1.1005 − 99.85 / 1.0975), so no range exists.
        var (_, root) = Json(0, "derive", "rest-growth", "--total", "100.0", "--total-growth", "10.0", "--part", "99.8", "--part-growth", "9.8");

        var r = Single(root, "rest_growth");
        Assert.True(r.GetProperty("unbounded").GetBoolean());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("bounds").ValueKind);
        var (_, text, _) = CliRunner.Run("derive", "rest-growth", "--total", "100.0", "--total-growth", "10.0", "--part", "99.8", "--part-growth", "9.8", "--lang", "zh");
        Assert.Contains("无界", text, StringComparison.Ordinal);
    }

    [Fact]
    public void TotalFromShare_BillionYuanFirms_Imply1033_97()
    {
        // 790.99 / 0.765 = 1033.973856; smallest 790.985 / 0.7655 = 1033.291966, largest 790.995 / 0.7645 = 1034.656638.
        var (_, root) = Json(0, "derive", "total-from-share", "--part", "790.99", "--share", "76.5");

        var r = Single(root, "total");
        Assert.Equal("level", r.GetProperty("unit").GetString());
        AssertFigure(r, 1033.97385621, 1033.29196604, 1034.65663833, 1e-8);
    }

    [Fact]
    public void ChangeFromContribution_TwoPrintedRatesOfOneCity_DoNotMeet()
    {
        // 国有控股: 83.55 × 0.298 / 1.298 / 0.137 = 140.012709, in [139.314836, 140.715576] (corners of 83.55 ± 0.005,
        // 29.8 ± 0.05, 13.7 ± 0.05). 亿元企业: 790.99 × 0.186 / 1.186 / 0.791 = 156.827697, lowest 156.372250 at
        // (790.985, 18.55, 79.15). The city's one increase cannot be both: 140.72 < 156.37.
        var (_, state) = Json(0, "derive", "change-from-contribution", "--part", "83.55", "--part-growth", "29.8", "--contribution-rate", "13.7");
        var (_, billion) = Json(0, "derive", "change-from-contribution", "--part", "790.99", "--part-growth", "18.6", "--contribution-rate", "79.1");

        var s = Single(state, "total_change");
        AssertFigure(s, 140.01270905, 139.31483622, 140.71557630, 1e-8);
        var b = Single(billion, "total_change");
        Assert.Equal(156.82769692, b.GetProperty("value").GetDouble(), 1e-8);
        Assert.Equal(156.37224965, b.GetProperty("bounds")[0].GetDouble(), 1e-8);
        Assert.True(s.GetProperty("bounds")[1].GetDouble() < b.GetProperty("bounds")[0].GetDouble());
    }

    [Fact]
    public void ChangeFromContribution_FromTheIncrease_IsIncreaseOverRate()
    {
        // 19.18 / 0.137 = 140.0; smallest 19.175 / 0.1375 = 139.454545, largest 19.185 / 0.1365 = 140.549451.
        // The printed 141 ([140.5, 141.5]) meets it.
        var (code, root) = Json(0, "derive", "change-from-contribution", "--part-increase", "19.18", "--contribution-rate", "13.7", "--printed", "141");

        Assert.Equal(0, code);
        Assert.Equal("part-increase / contribution-rate", root.GetProperty("formula").GetString());
        AssertFigure(Single(root, "total_change"), 140.0, 139.45454545, 140.54945055, 1e-8);
    }

    [Fact]
    public void PerUnit_2835SmallFirms_Average1_55_IsConsistent()
    {
        // 4401.73 / 2835 = 1.5526384; an exact count, so only the total's rounding: 4401.725 / 2835 = 1.5526367,
        // 4401.735 / 2835 = 1.5526402. The printed 1.55 ([1.545, 1.555]) meets it.
        var (code, root) = Json(0, "derive", "per-unit", "--total", "4401.73", "--count", "2835", "--printed", "1.55");

        Assert.Equal(0, code);
        var r = Single(root, "average");
        AssertFigure(r, 1.55263845, 1.55263668, 1.55264021, 1e-8);
        Assert.False(r.GetProperty("check").GetProperty("broken").GetBoolean());
    }

    [Fact]
    public void PerUnit_CountRounded_WidensTheBoundsByTheCountsRounding()
    {
        // --count-rounded: 2835 stands for [2834.5, 2835.5]: 4401.725 / 2835.5 = 1.5523629, 4401.735 / 2834.5 = 1.5529141.
        var (_, root) = Json(0, "derive", "per-unit", "--total", "4401.73", "--count", "2835", "--count-rounded");

        AssertFigure(Single(root, "average"), 1.55263845, 1.55236290, 1.55291409, 1e-8);
    }

    [Fact]
    public void TimeProgress_ByMonthsAndByDays()
    {
        // 10 / 12 = 0.8333333 (exact: no rounding); 2024-02-29 is day 60 of 366: 0.1639344, printed as 16.4 (consistent).
        var (_, months) = Json(0, "derive", "time-progress", "--months", "10");
        var (code, days) = Json(0, "derive", "time-progress", "--date", "2024-02-29", "--printed", "16.4");

        AssertFigure(Single(months, "time_progress"), 10.0 / 12.0, 10.0 / 12.0, 10.0 / 12.0);
        Assert.Equal(0, code);
        AssertFigure(Single(days, "time_progress"), 60.0 / 366.0, 60.0 / 366.0, 60.0 / 366.0);
        Assert.False(Single(days, "time_progress").GetProperty("check").GetProperty("broken").GetBoolean());
    }

    [Fact]
    public void TargetProgress_KeyProjects_97_2PercentAnd13_8PointsAheadByMonths()
    {
        // 629.0 / 647.4 = 0.9715786 in [628.95 / 647.45, 629.05 / 647.35] = [0.9714264, 0.9717309]: the printed 97.2
        // ([97.15, 97.25]) meets it. Ahead of 10 / 12: 0.1382453 in [0.1380930, 0.1383976]; the printed 13.8 meets it.
        var (code, root) = Json(0, "derive", "target-progress", "--actual", "629.0", "--target", "647.4", "--months", "10", "--printed-completion", "97.2", "--printed-ahead", "13.8");

        Assert.Equal(0, code);
        var completion = Single(root, "completion");
        AssertFigure(completion, 0.97157862218, 0.97142636497, 0.97173090291);
        Assert.Equal("printed-completion", completion.GetProperty("check").GetProperty("option").GetString());
        AssertFigure(Single(root, "time_progress"), 10.0 / 12.0, 10.0 / 12.0, 10.0 / 12.0);
        var ahead = Single(root, "ahead_of_time");
        Assert.Equal("points", ahead.GetProperty("unit").GetString());
        AssertFigure(ahead, 0.13824528885, 0.13809303164, 0.13839756958);
        Assert.False(ahead.GetProperty("check").GetProperty("broken").GetBoolean());
    }

    [Fact]
    public void TargetProgress_KeyProjectsCountedInDays_BreaksTheirPrinted13_8_AndExitsOne()
    {
        // By days to 2023-10-31, 304 / 365 = 0.8328767: the lead is [0.1385497, 0.1388542], 13.85497 to 13.88542 points,
        // and misses the printed 13.8 ([13.75, 13.85]) by 0.0049653: the bureau counted months.
        var (code, output, error) = CliRunner.Run("derive", "target-progress", "--actual", "629.0", "--target", "647.4", "--date", "2023-10-31", "--printed-ahead", "13.8", "--format", "json");

        Assert.Equal(1, code);
        Assert.Contains("check failed: --printed-ahead: ahead_of_time: printed 13.8", error, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(output);
        var ahead = Single(doc.RootElement, "ahead_of_time");
        AssertFigure(ahead, 0.13870190985, 0.13854965264, 0.13885419058, 1e-8);
        Assert.Equal(0.0049652642, ahead.GetProperty("check").GetProperty("break").GetDouble(), 1e-8);
        Assert.False(doc.RootElement.GetProperty("check").GetProperty("passed").GetBoolean());
    }

    [Theory]
    [InlineData("43.2", "4", "9.9", 0.43200 - 1.0 / 3.0)]    // 43.2 − 33.333 = 9.867 points, [9.817, 9.917]
    [InlineData("37.8", "4", "4.5", 0.37800 - 1.0 / 3.0)]    // 37.8 − 33.333 = 4.467, [4.417, 4.517]
    [InlineData("85.1", "10", "1.8", 0.85100 - 10.0 / 12.0)] // 85.1 − 83.333 = 1.767, [1.717, 1.817]
    [InlineData("45.0", "6", "-5.0", 0.45000 - 0.5)]        // 落后时间进度 5.0: 45.0 − 50 = −5.0, [−5.05, −4.95]
    public void TargetProgress_PrintedCompletion_ChecksThePrintedLead(string completion, string months, string printed, double expected)
    {
        var (code, root) = Json(0, "derive", "target-progress", "--completion", completion, "--months", months, "--printed-ahead", printed);

        Assert.Equal(0, code);
        // The completion's rounding is ±0.05 points: ±0.0005 as a fraction.
        AssertFigure(Single(root, "ahead_of_time"), expected, expected - 0.0005, expected + 0.0005);
        Assert.DoesNotContain(root.GetProperty("results").EnumerateArray(), r => r.GetProperty("name").GetString() == "completion");
    }

    [Fact]
    public void TargetProgress_ExactTarget_TakesOnlyTheActualsRounding()
    {
        // 2500.0 of an exact 5000: 0.5 within [2499.95 / 5000, 2500.05 / 5000] = [0.49999, 0.50001]; without
        // --target-exact 5000 stands for [4999.5, 5000.5] and the range is [2499.95 / 5000.5, 2500.05 / 4999.5].
        var (_, exact) = Json(0, "derive", "target-progress", "--actual", "2500.0", "--target", "5000", "--target-exact");
        var (_, printed) = Json(0, "derive", "target-progress", "--actual", "2500.0", "--target", "5000");

        AssertFigure(Single(exact, "completion"), 0.5, 0.49999, 0.50001);
        AssertFigure(Single(printed, "completion"), 0.5, 2499.95 / 5000.5, 2500.05 / 4999.5);
    }

    [Fact]
    public void Table_ChineseLabels_SimplifiedAndTraditional()
    {
        var (_, zh, _) = CliRunner.Run("derive", "point-difference", "--rate", "8.5", "--other", "3.4", "--printed", "5.1", "--lang", "zh");
        var (_, hant, _) = CliRunner.Run("derive", "target-progress", "--actual", "629.0", "--target", "647.4", "--months", "10", "--lang", "zh-Hant");
        var (_, en, _) = CliRunner.Run("derive", "point-difference", "--rate", "8.5", "--other", "3.4", "--printed", "5.1");

        Assert.Contains("相差 (个百分点)", zh, StringComparison.Ordinal);
        Assert.Contains("一致", zh, StringComparison.Ordinal);
        Assert.Contains("全部公布数在四舍五入范围内一致。", zh, StringComparison.Ordinal);
        Assert.Contains("完成全年目標 (%)", hant, StringComparison.Ordinal);
        Assert.Contains("超時間進度 (個百分點)", hant, StringComparison.Ordinal);
        Assert.DoesNotContain("个", hant, StringComparison.Ordinal);
        // The English table: the difference 5.1 in [5, 5.2] (six significant digits, as FigureCheck prints), checked.
        Assert.Matches(@"difference \(percentage points\)\s+5\.1\s+\[5, 5\.2\]\s+5\.1\s+consistent", en);
    }

    [Fact]
    public void Markdown_IsTwoTables()
    {
        var (code, output, _) = CliRunner.Run("derive", "per-unit", "--total", "4401.73", "--count", "2835", "--format", "markdown");

        Assert.Equal(0, code);
        Assert.Contains("## Average per unit (平均每户, 人均)", output, StringComparison.Ordinal);
        Assert.Contains("## Derived: total / count", output, StringComparison.Ordinal);
        // Seven digits where six would make the two ends equal: [1.552637, 1.55264] (1.5526402 to seven digits).
        Assert.Contains("| average per unit | 1.552638 | [1.552637, 1.55264] |", output, StringComparison.Ordinal);
    }

    [Fact]
    public void RandomFigures_ExitZeroOneOrTwo_NeverAStackTrace()
    {
        // Bounded random options (seeded): figures at the edges of a decimal, zero, signs, text that is not a number.
        // The tool must decide every one: exit 0 or 1 with a whole JSON document, or 2 with one message.
        string[] pool =
        [
            "0", "-0", "0.0", "1", "8.5", "3.4", "100", "-100", "-99.99", "99.8", "12", "13", "2835", "1e5", "NaN", "８", "", " ",
            "1,000", ".5", "5.", "+2", "79228162514264337593543950335", "-79228162514264337593543950335",
            "0.0000000000000000000000000001", "7922816251426433759354395033.5", "2024-02-29", "2023-13-01",
        ];
        (string Figure, string[] Options)[] figures =
        [
            ("point-difference", ["--rate", "--other", "--printed"]),
            ("rest-growth", ["--total", "--total-growth", "--part", "--part-growth", "--printed"]),
            ("total-from-share", ["--part", "--share", "--printed"]),
            ("change-from-contribution", ["--part-increase", "--part", "--part-growth", "--contribution-rate", "--printed"]),
            ("per-unit", ["--total", "--count", "--printed"]),
            ("time-progress", ["--months", "--date", "--printed"]),
            ("target-progress", ["--actual", "--target", "--completion", "--months", "--date", "--printed-completion", "--printed-ahead"]),
        ];
        var random = new Random(13);
        for (int run = 0; run < 3000; run++)
        {
            var (figure, options) = figures[random.Next(figures.Length)];
            var args = new System.Collections.Generic.List<string> { "derive", figure, "--format", "json" };
            foreach (string option in options.Where(_ => random.Next(4) > 0))
            {
                args.Add(option);
                args.Add(random.Next(3) == 0 ? (random.NextDouble() * 200 - 100).ToString("F" + random.Next(4), System.Globalization.CultureInfo.InvariantCulture) : pool[random.Next(pool.Length)]);
            }

            var (code, output, error) = CliRunner.Run([.. args]);
            string line = string.Join(' ', args);
            Assert.True(code is 0 or 1 or 2, $"{line}: exit {code}: {error}");
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            Assert.DoesNotContain("internal error", error, StringComparison.Ordinal);
            if (code != 2)
            {
                using var doc = JsonDocument.Parse(output);
                Assert.Equal(code == 0, doc.RootElement.GetProperty("check").ValueKind == JsonValueKind.Null || doc.RootElement.GetProperty("check").GetProperty("passed").GetBoolean());
            }
        }
    }

    [Fact]
    public void StructureDoc_WorkedExamples_AreTheToolsOutput()
    {
        // Every "$ taizhou-metrics derive …" line of docs/structure.md is run, and its output must be the lines after it.
        string[] lines = File.ReadAllLines(Path.Combine(RepositoryRoot(), "docs", "structure.md"));
        int runs = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("$ taizhou-metrics derive ", StringComparison.Ordinal))
            {
                continue;
            }

            var expected = lines.Skip(i + 1).TakeWhile(l => !l.StartsWith('$') && !l.StartsWith("```", StringComparison.Ordinal));
            var (_, output, _) = CliRunner.Run(lines[i]["$ taizhou-metrics ".Length..].Split(' '));
            Assert.Equal(string.Join('\n', expected).TrimEnd(), output.ReplaceLineEndings("\n").TrimEnd());
            runs++;
        }

        Assert.Equal(2, runs);
    }

    private static (int Code, JsonElement Root) Json(int expectedCode, params string[] args)
    {
        var (code, output, error) = CliRunner.Run([.. args, "--format", "json"]);
        Assert.True(code == expectedCode, $"exit code {code}: {error}");
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("taizhou-metrics/derive/v1", doc.RootElement.GetProperty("schema").GetString());
        return (code, doc.RootElement.Clone());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Taizhou.Metrics.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Taizhou.Metrics.sln above {AppContext.BaseDirectory}.");
    }

    private static JsonElement Single(JsonElement root, string name) =>
        root.GetProperty("results").EnumerateArray().Single(r => r.GetProperty("name").GetString() == name);

    private static void AssertFigure(JsonElement figure, double value, double lower, double upper, double tolerance = Tolerance)
    {
        Assert.Equal(value, figure.GetProperty("value").GetDouble(), tolerance);
        Assert.False(figure.GetProperty("unbounded").GetBoolean());
        AssertPair(figure.GetProperty("bounds"), lower, upper, tolerance);
    }

    private static void AssertPair(JsonElement pair, double lower, double upper, double tolerance = Tolerance)
    {
        Assert.Equal(2, pair.GetArrayLength());
        Assert.Equal(lower, pair[0].GetDouble(), tolerance);
        Assert.Equal(upper, pair[1].GetDouble(), tolerance);
    }
}
