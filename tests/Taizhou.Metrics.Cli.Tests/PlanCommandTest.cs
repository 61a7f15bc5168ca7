using System;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>taizhou-metrics plan</c> on the Taizhou 2021 targets and a five-year plan (docs/targets.md, "The plan command").
/// Expected values are by hand (stated at each assertion), to 1e-9 unless said otherwise.
/// </summary>
public class PlanCommandTest
{
    /// <summary>Tolerance for figures computed in a few double operations.</summary>
    private const double Tight = 1e-9;

    /// <summary>Four targets: a count (listed companies), a level without a published base, an average growth and a falling level.</summary>
    internal const string Targets =
        "indicator,unit,kind,base_period,base_value,target_period,target_value,direction\n" +
        "listed companies,家,count,2017,52,2021,100,\n" +
        "seven-cluster output,亿元,level,2017,,2021,5000,\n" +
        "value added index,index,average_growth,2020,100,2025,7,\n" +
        "energy intensity,index,level,2020,100,2025,86.5,down\n";

    /// <summary>The outcomes: Taizhou's published counts, an "over" cluster figure, the chained value-added index and a 2025 energy index.</summary>
    internal const string Actuals =
        "indicator,period,value\n" +
        "listed companies,2020,62\n" +
        "listed companies,2021,66\n" +
        "seven-cluster output,2021,超2600\n" +
        "value added index,2021,112.4\n" +
        "value added index,2022,116.896\n" +
        "value added index,2023,124.49424\n" +
        "energy intensity,2025,87.0\n";

    [Fact]
    public void ListedCompanies_MissedBy34_WithTheRequiredAndAchievedGrowthAsFractions()
    {
        var root = Json("--actuals");
        var listed = Target(root, "listed companies");

        Assert.Equal("taizhou-metrics/plan/v1", root.GetProperty("schema").GetString());
        Assert.Equal("missed", listed.GetProperty("verdict").GetString());
        // 66 / 100.
        Assert.Equal(0.66, listed.GetProperty("attainment").GetDouble(), Tight);
        // (100 / 52)^(1/4) − 1: ln(100/52) = 0.6539265, / 4 = 0.1634816, e^… = 1.1776037.
        Assert.Equal(Math.Pow(100.0 / 52.0, 0.25) - 1.0, listed.GetProperty("required_growth").GetDouble(), Tight);
        Assert.Equal(0.177604, listed.GetProperty("required_growth").GetDouble(), 1e-6);
        // (66 / 52)^(1/4) − 1 = 1.0614148 − 1.
        Assert.Equal(0.061415, listed.GetProperty("achieved_growth").GetDouble(), 1e-6);
        Assert.Equal(34.0, listed.GetProperty("shortfall").GetDouble());
        // (66 − 52) / (100 − 52) = 14 / 48; the rounding of 66 (± 0.5) gives [13.5, 14.5] / 48.
        Assert.Equal(14.0 / 48.0, listed.GetProperty("completion").GetDouble(), Tight);
        Assert.Equal([13.5 / 48.0, 14.5 / 48.0], listed.GetProperty("completion_bounds").EnumerateArray().Select(b => b.GetDouble()));
        // 100 at +6.14 % a year from 52: ln(100/52) / ln(1.0614148) = 10.97 years, so 2017 + 11.
        Assert.Equal(2028, listed.GetProperty("reached_at_pace_in").GetInt32());
        Assert.Equal(66, listed.GetProperty("latest").GetProperty("value").GetInt32());
    }

    [Fact]
    public void ClusterLevelWithoutBase_OverOutcome_IsUndeterminedWithUndefinedGrowth()
    {
        var cluster = Target(Json("--actuals"), "seven-cluster output");

        // 超2600 is (2600, ∞) without a ceiling: it straddles 5000.
        Assert.Equal("undetermined", cluster.GetProperty("verdict").GetString());
        Assert.Equal("over", cluster.GetProperty("latest").GetProperty("qualifier").GetString());
        Assert.Equal("超2600", cluster.GetProperty("latest").GetProperty("printed").GetString());
        Assert.Equal(JsonValueKind.Null, cluster.GetProperty("base_value").ValueKind);
        Assert.Equal(JsonValueKind.Null, cluster.GetProperty("required_growth").ValueKind);
        Assert.Equal("MissingBase", cluster.GetProperty("required_growth_undefined").GetString());
        // 2600 / 5000 from the printed figure.
        Assert.Equal(0.52, cluster.GetProperty("attainment").GetDouble(), Tight);
    }

    [Fact]
    public void AverageGrowth_AsOf2023_TimeProgressCompletionAndPaceForTheRest()
    {
        var va = Target(Json("--actuals", "--as-of", "2023"), "value added index");

        Assert.Equal("in_progress", va.GetProperty("verdict").GetString());
        // 7 % a year is the required growth itself; the level is 100 × 1.07^5 = 140.2551731.
        Assert.Equal(0.07, va.GetProperty("required_growth").GetDouble(), Tight);
        Assert.Equal(140.2551731, va.GetProperty("target_level").GetDouble(), 1e-7);
        // 3 of 5 years elapsed.
        Assert.Equal(0.6, va.GetProperty("time_progress").GetDouble(), Tight);
        // (124.49424 − 100) / (140.2551731 − 100) = 24.49424 / 40.2551731 = 0.608474.
        Assert.Equal(0.608474, va.GetProperty("completion").GetDouble(), 1e-6);
        // (140.2551731 / 124.49424)^(1/2) − 1 = 1.1265994^(1/2) − 1 = 0.061414.
        Assert.Equal(0.061414, va.GetProperty("required_pace_for_rest").GetDouble(), 1e-6);
        // 1.2449424^(1/3) − 1: ln 1.2449424 = 0.2190893, / 3 = 0.0730298, e^… = 1.0757625; achieved / required = 0.0757625 / 0.07 = 1.08232.
        Assert.Equal(0.075763, va.GetProperty("achieved_growth").GetDouble(), 1e-6);
        Assert.Equal(1.08232, va.GetProperty("attainment").GetDouble(), 1e-5);
    }

    [Fact]
    public void FallingTarget_MissedByHalfAPoint_AttainmentIsTheShareOfTheFall()
    {
        var energy = Target(Json("--actuals"), "energy intensity");

        Assert.Equal("down", energy.GetProperty("direction").GetString());
        Assert.Equal("missed", energy.GetProperty("verdict").GetString());
        // 87.0 − 86.5.
        Assert.Equal(0.5, energy.GetProperty("shortfall").GetDouble(), Tight);
        // (100 − 87) / (100 − 86.5) = 13 / 13.5 = 0.962963.
        Assert.Equal(13.0 / 13.5, energy.GetProperty("attainment").GetDouble(), Tight);
        // 0.865^(1/5) − 1: ln 0.865 = −0.1450258, / 5 = −0.0290052, e^… = 0.9714115.
        Assert.Equal(-0.028589, energy.GetProperty("required_growth").GetDouble(), 1e-6);
    }

    [Fact]
    public void WithoutActuals_EveryTargetIsNotEvaluable_NamingTheTargetYear()
    {
        var root = Json();

        Assert.All(root.GetProperty("targets").EnumerateArray(), t => Assert.Equal("not_evaluable", t.GetProperty("verdict").GetString()));
        Assert.Equal("no outcome of 'listed companies' for 2021 was published", Target(root, "listed companies").GetProperty("missing_outcome").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("actuals").ValueKind);
    }

    [Fact]
    public void Table_InEnglishAndTraditionalChinese_PrintsTheVerdictsAndGrowth()
    {
        using var targets = new TempCsv(Targets);
        using var actuals = new TempCsv(Actuals);

        var (code, output, error) = CliRunner.Run("plan", "--input", targets.Path, "--actuals", actuals.Path);
        Assert.True(code == 0, error);
        Assert.Contains("missed by 34 家", output, StringComparison.Ordinal);
        Assert.Contains("+17.76 %", output, StringComparison.Ordinal);
        Assert.Contains("+6.14 %", output, StringComparison.Ordinal);

        (code, output, error) = CliRunner.Run("plan", "--input", targets.Path, "--actuals", actuals.Path, "--lang", "zh-Hant", "--format", "markdown");
        Assert.True(code == 0, error);
        Assert.Contains("| 指標 |", output, StringComparison.Ordinal);
        Assert.Contains("未完成, 差 34 家", output, StringComparison.Ordinal);
        Assert.Contains("無法判定", output, StringComparison.Ordinal);

        (code, output, error) = CliRunner.Run("plan", "--input", targets.Path, "--format", "html", "--lang", "zh");
        Assert.True(code == 0, error);
        Assert.Contains("lang=\"zh-Hans\"", output, StringComparison.Ordinal);
        Assert.Contains("无法评估: 无2021年实际值", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ChineseHeadersAndShareInPercent_AreRead()
    {
        // A share of 60 % (2020) to 70 % (2025), 65.2 % printed for 2025: attainment 65.2 / 70, missed by 4.8 points.
        using var targets = new TempCsv("指标,单位,类型,基期,基期值,目标年,目标值,方向\n占比,%,share,2020,60,2025,70,up\n");
        using var actuals = new TempCsv("指标,年份,实际值\n占比,2025,65.2\n");

        var (code, output, error) = CliRunner.Run("plan", "--input", targets.Path, "--actuals", actuals.Path, "--format", "json");
        Assert.True(code == 0, error);
        var share = JsonDocument.Parse(output).RootElement.GetProperty("targets")[0];
        Assert.Equal(0.7, share.GetProperty("target_level").GetDouble(), Tight);
        Assert.Equal(65.2 / 70.0, share.GetProperty("attainment").GetDouble(), Tight);
        Assert.Equal(0.048, share.GetProperty("shortfall").GetDouble(), Tight);
        Assert.Equal("missed", share.GetProperty("verdict").GetString());
    }

    [Fact]
    public void TargetsFromStandardInput_GiveTheSameJsonAsTheFile()
    {
        using var actuals = new TempCsv(Actuals);
        var (code, output, error) = CliRunner.RunWithInput(System.Text.Encoding.UTF8.GetBytes(Targets), "plan", "--input", "-", "--actuals", actuals.Path, "--format", "json");

        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(Json("--actuals").GetProperty("targets").ToString(), root.GetProperty("targets").ToString());
        Assert.Equal("missed", Target(root, "listed companies").GetProperty("verdict").GetString());
    }

    [Fact]
    public void ActualsFromStandardInputBeside_TargetsFromStandardInput_IsRefusedNamingBoth()
    {
        var (code, _, error) = CliRunner.RunWithInput(System.Text.Encoding.UTF8.GetBytes(Targets), "plan", "--input", "-", "--actuals", "-", "--format", "json");

        Assert.Equal(2, code);
        Assert.Contains("--actuals", error, StringComparison.Ordinal);
        Assert.Contains("--input -", error, StringComparison.Ordinal);
    }

    private static JsonElement Json(params string[] more)
    {
        using var targets = new TempCsv(Targets);
        using var actuals = new TempCsv(Actuals);
        string[] args = ["plan", "--input", targets.Path, "--format", "json", .. more.SelectMany(a => a == "--actuals" ? new[] { a, actuals.Path } : [a])];
        var (code, output, error) = CliRunner.Run(args);
        Assert.True(code == 0, error);
        Assert.Equal(string.Empty, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static JsonElement Target(JsonElement root, string indicator) =>
        root.GetProperty("targets").EnumerateArray().Single(t => t.GetProperty("indicator").GetString() == indicator);
}
