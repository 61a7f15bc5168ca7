using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>taizhou-metrics series</c>. Published cases: 社会消费品零售总额 2023 (NBS releases of 2023-05-16 and 2023-06-15,
/// reprinted; research notes §3): 1-4月 149833 亿元 +8.5 %, 1-5月 187636 亿元 +9.3 %, May printed 37803 亿元 +12.7 %;
/// 规上工业增加值 1-2月 (NBS releases of 2020-03-16 and 2021-03-15): 2020 −13.5 %, 2021 +35.1 %, printed two-year
/// average 8.1 %. Expected values by hand (Python, the 16 corners of the rounding box) in the comments; tolerance 1e-9
/// on JSON numbers unless stated.
/// </summary>
public class SeriesCommandTest
{
    private const string Retail = "时期,累计值,增速\n2023年1-4月,149833,8.5\n2023年1-5月,187636,9.3\n";

    [Fact]
    public void SingleMonth_RetailSalesMay2023_Json_GivesThePrintedLevelAndBoundsHoldingThePrintedGrowth()
    {
        using var csv = new TempCsv(Retail);

        using var json = Json(0, "series", "--input", csv.Path, "--single-month", "--format", "json");

        var root = json.RootElement;
        Assert.Equal("taizhou-metrics/series/v1", root.GetProperty("schema").GetString());
        var months = root.GetProperty("single_month").EnumerateArray().ToList();
        Assert.Equal(2, months.Count);

        // The year's first release in the file, 1-4月, stands for itself: months 1 to 4 together, marked as a span.
        Assert.Equal("2023-01/04", months[0].GetProperty("period").GetString());
        Assert.True(months[0].GetProperty("span").GetBoolean());
        Assert.Equal(0.085, months[0].GetProperty("growth").GetDouble(), 1e-15);
        AssertPair(months[0].GetProperty("growth_bounds"), 0.0845, 0.0855, 1e-15);

        var may = months[1];
        Assert.Equal("2023-05", may.GetProperty("period").GetString());
        Assert.Equal("2023-01..05", may.GetProperty("cumulative_period").GetString());
        Assert.False(may.GetProperty("span").GetBoolean());
        Assert.Equal(37803.0, may.GetProperty("level").GetDouble());                    // 187636 − 149833 = the printed 37803
        AssertPair(may.GetProperty("level_bounds"), 37802.0, 37804.0, 1e-9);
        Assert.Equal(33575.70041445, may.GetProperty("comparable_base").GetDouble(), 1e-8); // 187636 / 1.093 − 149833 / 1.085
        Assert.Equal(0.125903541351861, may.GetProperty("growth").GetDouble(), 1e-12);
        var bounds = may.GetProperty("growth_bounds");
        AssertPair(bounds, 0.121155117068147, 0.130692167005367, 1e-12);
        Assert.InRange(0.127, bounds[0].GetDouble(), bounds[1].GetDouble());            // NBS printed +12.7 %
        Assert.False(may.GetProperty("growth_unbounded").GetBoolean());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("averages").ValueKind);
    }

    [Fact]
    public void SingleMonth_Table_ShowsTheMonthWithItsRange_InChineseWithLangZh()
    {
        using var csv = new TempCsv(Retail);

        var (code, output, error) = CliRunner.Run("series", "--input", csv.Path, "--lang", "zh");

        Assert.True(code == 0, error);
        Assert.Contains("单月同比", output, StringComparison.Ordinal);
        var may = output.Split('\n').Single(l => l.Contains("2023年5月", StringComparison.Ordinal));
        Assert.Contains("37803", may, StringComparison.Ordinal);
        Assert.Contains("[37802.0, 37804.0]", may, StringComparison.Ordinal);
        Assert.Contains("33575.70", may, StringComparison.Ordinal);
        Assert.Contains("12.59", may, StringComparison.Ordinal);
        Assert.Contains("[12.12, 13.07]", may, StringComparison.Ordinal);
        Assert.Contains("2023年1-4月合计", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleMonth_Csv_WritesFullPrecisionWithPercentColumns()
    {
        using var csv = new TempCsv(Retail);

        var (code, output, error) = CliRunner.Run("series", "--input", csv.Path, "--format", "csv");

        Assert.True(code == 0, error);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,cumulative_period,level,level_lower,level_upper,comparable_base,comparable_base_lower,comparable_base_upper,growth_pct,growth_lower_pct,growth_upper_pct,growth_undefined,estimated", lines[0]);
        string[] may = lines[2].Split(',');
        Assert.Equal(["2023-05", "2023-01..05", "37803", "37802", "37804"], may[..5]);
        Assert.Equal(12.5903541351861, double.Parse(may[8], System.Globalization.CultureInfo.InvariantCulture), 1e-10);
        Assert.Equal(12.1155117068147, double.Parse(may[9], System.Globalization.CultureInfo.InvariantCulture), 1e-10);
        Assert.Equal(13.0692167005367, double.Parse(may[10], System.Globalization.CultureInfo.InvariantCulture), 1e-10);
        Assert.Equal(string.Empty, may[11]);
        Assert.Equal("false", may[12]);
    }

    [Fact]
    public void SingleMonth_JanuaryFebruaryFirst_IsTheCombinedMonths_AndAMissingGrowthIsUndefinedNotZero()
    {
        // 1-2月 190.0 (+5.0), 1-3月 300.0 (no growth printed): 1-2月合计 190.0; March 110.0 with no growth (MissingBase).
        using var csv = new TempCsv("period,value,growth\n2024年1-2月,190.0,5.0\n2024年1-3月,300.0,\n");

        using var json = Json(0, "series", "--input", csv.Path, "--format", "json");

        var months = json.RootElement.GetProperty("single_month").EnumerateArray().ToList();
        Assert.Equal("2024-01/02", months[0].GetProperty("period").GetString());
        Assert.True(months[0].GetProperty("span").GetBoolean());
        Assert.Equal("2024-03", months[1].GetProperty("period").GetString());
        Assert.Equal(110.0, months[1].GetProperty("level").GetDouble(), 1e-9);
        Assert.Equal(JsonValueKind.Null, months[1].GetProperty("growth").ValueKind);
        Assert.Equal("MissingBase", months[1].GetProperty("growth_undefined").GetString());
        Assert.Equal(JsonValueKind.Null, months[1].GetProperty("comparable_base").ValueKind);
    }

    [Fact]
    public void SingleMonth_JanuaryWrittenAsTheMonth_IsJanuaryYearToDate()
    {
        using var csv = new TempCsv("period,value,growth\n2024年1月,100.0,5.0\n2024年1-2月,210.0,6.0\n");

        using var json = Json(0, "series", "--input", csv.Path, "--format", "json");

        var months = json.RootElement.GetProperty("single_month").EnumerateArray().ToList();
        Assert.Equal("2024-01", months[0].GetProperty("period").GetString());
        Assert.Equal("2024-01..01", months[0].GetProperty("cumulative_period").GetString());
        // February: 110 on 210 / 1.06 − 100 / 1.05 = 102.875112: +6.926 %.
        Assert.Equal((110.0 / ((210.0 / 1.06) - (100.0 / 1.05))) - 1.0, months[1].GetProperty("growth").GetDouble(), 1e-12);
    }

    [Fact]
    public void SplitJanFeb_WorkingDays_AddsEstimatedJanuaryAndFebruaryThatAddUp()
    {
        // Hand: 1-2月 8000 (±0.5) split 21 : 14 working days: January 8000 × 0.6 = 4800 [4799.7, 4800.3], February
        // 3200 [3199.8, 3200.2]; the 1-2月合计 itself stays as printed, and March is 12100 − 8000 = 4100.
        using var csv = new TempCsv("period,value,growth\n2024年1-2月,8000,3.5\n2024年1-3月,12100,4.0\n");

        using var json = Json(0, "series", "--input", csv.Path, "--split-jan-feb", "working-days:21,14", "--format", "json");

        var months = json.RootElement.GetProperty("single_month").EnumerateArray().ToList();
        Assert.Equal("2024-01/02", months[0].GetProperty("period").GetString());
        Assert.Equal(8000.0, months[0].GetProperty("level").GetDouble());
        var split = months[0].GetProperty("split");
        Assert.Equal("working days 21:14", split.GetProperty("rule").GetString());
        Assert.True(split.GetProperty("estimated").GetBoolean());
        Assert.Equal(4800.0, split.GetProperty("january").GetDouble(), 1e-9);
        AssertPair(split.GetProperty("january_bounds"), 4799.7, 4800.3, 1e-9);
        Assert.Equal(3200.0, split.GetProperty("february").GetDouble(), 1e-9);
        AssertPair(split.GetProperty("february_bounds"), 3199.8, 3200.2, 1e-9);
        Assert.Equal(JsonValueKind.Null, months[1].GetProperty("split").ValueKind);
        Assert.Equal(4100.0, months[1].GetProperty("level").GetDouble(), 1e-9);

        var (code, output, error) = CliRunner.Run("series", "--input", csv.Path, "--split-jan-feb", "equal", "--lang", "zh");
        Assert.True(code == 0, error);
        Assert.Contains("2024年1月 (估算)  4000.0", output, StringComparison.Ordinal);
        Assert.Contains("估算: 1-2月合计按规则拆分为1月和2月 (equal)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AverageYears_IndustryJanuaryFebruary2021_GrowthOnly_Is8_1AsPrinted()
    {
        // 规上工业增加值 1-2月: 2020 −13.5 %, 2021 +35.1 %, no levels (a rates-only release): sqrt(0.865 × 1.351) − 1
        // = 8.1025 % in [8.0512, 8.1537] (each rate ±0.05); NBS printed 两年平均增长8.1%.
        using var csv = new TempCsv("时期,累计值,累计增长\n2020年1-2月,,-13.5\n2021年1-2月,,35.1\n");

        using var json = Json(0, "series", "--input", csv.Path, "--average-years", "2", "--format", "json");

        var root = json.RootElement;
        Assert.Equal(JsonValueKind.Null, root.GetProperty("single_month").ValueKind);
        Assert.Equal(2, root.GetProperty("average_years").GetInt32());
        var row = Assert.Single(root.GetProperty("averages").EnumerateArray().ToList());
        Assert.Equal("2021-01..02", row.GetProperty("period").GetString());
        Assert.Equal("2019-01..02", row.GetProperty("base_period").GetString());
        Assert.Equal(JsonValueKind.Null, row.GetProperty("from_levels").ValueKind);
        Assert.Equal(0.081025, row.GetProperty("from_year_on_year").GetDouble(), 1e-6);
        AssertPair(row.GetProperty("from_year_on_year_bounds"), 0.080512, 0.081537, 1e-6);
    }

    [Fact]
    public void AverageYears_FromLevels_ComparesWithTheSamePeriodNYearsEarlier()
    {
        // 1-6月: 2019 100.0, 2021 121.0: sqrt(121.0 / 100.0) − 1 = 10 %; bounds sqrt(120.95 / 100.05) − 1 and
        // sqrt(121.05 / 99.95) − 1. 2020 has no 2018 row and no rates: no row.
        using var csv = new TempCsv("period,value\n2019年1-6月,100.0\n2020年1-6月,98.0\n2021年1-6月,121.0\n");

        using var json = Json(0, "series", "--input", csv.Path, "--average-years", "2", "--format", "json");

        var row = Assert.Single(json.RootElement.GetProperty("averages").EnumerateArray().ToList());
        Assert.Equal("2021-01..06", row.GetProperty("period").GetString());
        Assert.Equal(0.1, row.GetProperty("from_levels").GetDouble(), 1e-12);
        AssertPair(row.GetProperty("from_levels_bounds"), Math.Sqrt(120.95 / 100.05) - 1, Math.Sqrt(121.05 / 99.95) - 1, 1e-12);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("from_year_on_year").ValueKind);
    }

    [Fact]
    public void AverageYears_Csv_WritesPercentColumns_EmptyWhereARouteHasNoFigures()
    {
        // As the JSON case above, in percent: 8.102497658472263 [8.051249414340411, 8.153744734059032] (hand, 1e-10).
        using var csv = new TempCsv("period,value,growth\n2020年1-2月,,-13.5\n2021年1-2月,,35.1\n");

        var (code, output, error) = CliRunner.Run("series", "--input", csv.Path, "--average-years", "2", "--format", "csv");

        Assert.True(code == 0, error);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,base_period,from_levels_pct,from_levels_lower_pct,from_levels_upper_pct,from_year_on_year_pct,from_year_on_year_lower_pct,from_year_on_year_upper_pct", lines[0]);
        string[] cells = lines[^1].Split(',');
        Assert.Equal(["2021-01..02", "2019-01..02", "", "", ""], cells[..5]);
        Assert.Equal(8.102497658472263, double.Parse(cells[5], System.Globalization.CultureInfo.InvariantCulture), 1e-10);
        Assert.Equal(8.051249414340411, double.Parse(cells[6], System.Globalization.CultureInfo.InvariantCulture), 1e-10);
        Assert.Equal(8.153744734059032, double.Parse(cells[7], System.Globalization.CultureInfo.InvariantCulture), 1e-10);
    }

    [Fact]
    public void AverageYears_Table_SaysTheChainedRatesAreApproximate()
    {
        using var csv = new TempCsv("period,value,growth\n2020年1-2月,,-13.5\n2021年1-2月,,35.1\n");

        var (code, output, error) = CliRunner.Run("series", "--input", csv.Path, "--average-years", "2");

        Assert.True(code == 0, error);
        var row = output.Split('\n').Single(l => l.StartsWith("  2021-01..02", StringComparison.Ordinal));
        Assert.Contains("8.10", row, StringComparison.Ordinal);
        Assert.Contains("[8.05, 8.15]", row, StringComparison.Ordinal);
        Assert.Contains("approximate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void SingleMonth_LevelsWith28Decimals_PrintTheirRangeWithin28Decimals()
    {
        // The range is shown with one decimal more than the levels, the base with two: at 28 decimals (a decimal's
        // limit) both stay at 28 instead of failing as an internal error.
        using var csv = new TempCsv("period,value,growth\n2024年1-2月,0.0000000000000000000000000001,1.0\n2024年1-3月,0.0000000000000000000000000003,2.0\n");

        var (code, output, error) = CliRunner.Run("series", "--input", csv.Path, "--split-jan-feb", "equal");

        Assert.True(code == 0, error);
        Assert.Contains("2024-03", output, StringComparison.Ordinal);
    }

    private static JsonDocument Json(int expectedCode, params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.True(code == expectedCode, $"exit code {code}: {error}");
        return JsonDocument.Parse(output);
    }

    private static void AssertPair(JsonElement pair, double lower, double upper, double tolerance)
    {
        Assert.Equal(2, pair.GetArrayLength());
        Assert.Equal(lower, pair[0].GetDouble(), tolerance);
        Assert.Equal(upper, pair[1].GetDouble(), tolerance);
    }
}
