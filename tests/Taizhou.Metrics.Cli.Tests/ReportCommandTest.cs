using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>taizhou-metrics report</c> on the embedded sample. Expected values are computed here by hand from the published
/// figures (1042.27 億元, +26.7 %, 9.1 points, target 5000 億元 by 2021), independently of the library.
/// </summary>
public class ReportCommandTest
{
    // Hand calculation (decimal arithmetic, as a careful analyst would do it):
    private const decimal Output = 1042.27m;
    private const decimal Base = Output / 1.267m;            // 822.6282557221783741...
    private const decimal Increase = Output - Base;          // 219.6417442778216258...
    private const decimal CityBase = Increase / 0.091m;      // 2413.645541514523...
    private const decimal FullYear = Output * 12m / 6m;      // 2084.54

    [Fact]
    public void Report_Chinese_PrintsTheCriteriaTheAssumptionsAndThePullInChinese()
    {
        var (code, output, _) = CliRunner.Run("report", "--lang", "zh");

        Assert.Equal(0, code);
        Assert.Contains("9.1 个百分点", output, StringComparison.Ordinal);
        Assert.Contains("航母企业        20  年产值超100亿元 (产值上百亿)", output, StringComparison.Ordinal);
        Assert.Contains("2018年全年 = 2018年1-6月 × 12 / 6: 其余月份按前6个月的平均进度, 未作季节调整。", output, StringComparison.Ordinal);
        Assert.Contains("七大产业2018年1-6月的同比增速 (+26.7%) 在2018-2021年间每年保持不变。", output, StringComparison.Ordinal);
        foreach (var english in (string[])["annual output", "listed", "fast-growing", "Full year", "holds in every year", " pp"])
        {
            Assert.DoesNotContain(english, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Report_NoOptions_PrintsTheDerivedFiguresOfTheSeed()
    {
        var (code, output, error) = CliRunner.Run("report");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("1042.27 亿元", output);
        Assert.Contains("+26.7%", output);
        Assert.Contains("822.63 亿元", output);   // FIGURES.md: 822.63
        Assert.Contains("219.64 亿元", output);   // FIGURES.md: 219.64
        Assert.Contains("2413.6 亿元", output);   // FIGURES.md: 2413.6
        Assert.Contains("2084.54 亿元", output);  // run-rate full year
        Assert.Contains("7142.9 亿元", output);   // 5000 / 0.7
        Assert.Contains("run rate", output);      // the assumption is stated
        Assert.Contains("2396.9 to 2430.6", output); // FIGURES.md: bounds from the rounding of the published figures
        Assert.Contains("2142.9 亿元", output);   // the most the rest may be in 2021 under 70 %
        Assert.Contains("-9.4%", output);         // so the rest must shrink
        Assert.Contains("Only constant growth applies", output);
    }

    [Fact]
    public void Report_Json_PlanVerdict_ListedMissedClustersAndTiersNotEvaluable()
    {
        var (code, output, _) = CliRunner.Run("report", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var verdict = doc.RootElement.GetProperty("plan_verdict");

        // 66 listed companies against 100: attainment 0.66; (100/52)^(1/4) − 1 = 0.177604 required,
        // (66/52)^(1/4) − 1 = 0.061415 achieved (ln 1.269231 = 0.238411, / 4 = 0.059603, e^… = 1.061415).
        var listed = verdict.GetProperty("listed_companies");
        Assert.Equal("missed", listed.GetProperty("verdict").GetString());
        Assert.Equal(0.66, listed.GetProperty("attainment").GetDouble(), 12);
        Assert.Equal(0.177604, listed.GetProperty("required_growth").GetDouble(), 6);
        Assert.Equal(0.061415, listed.GetProperty("achieved_growth").GetDouble(), 6);
        Assert.Equal(34.0, listed.GetProperty("shortfall").GetDouble());

        // Lower bound: 1100 + 600 + 200 (over: open) + 200 × 0.95 + 550 × 0.95 = 1900 + 190 + 522.5 = 2612.5;
        // 2612.5 / 5000 = 0.5225; two clusters missing, figures of 2019, 2020 and 2021.
        var clusters = verdict.GetProperty("cluster_output");
        Assert.Equal("not_evaluable", clusters.GetProperty("verdict").GetString());
        Assert.Equal(2612.5, clusters.GetProperty("lower_bound").GetDouble(), 9);
        Assert.True(clusters.GetProperty("lower_bound_open").GetBoolean());
        Assert.Equal(JsonValueKind.Null, clusters.GetProperty("upper_bound").ValueKind);
        Assert.Equal(0.5225, clusters.GetProperty("lower_bound_attainment").GetDouble(), 12);
        Assert.Equal(2650m, clusters.GetProperty("printed_sum").GetDecimal());
        Assert.Equal(["aviation", "toilets"], clusters.GetProperty("missing").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal([2019, 2020, 2021], clusters.GetProperty("periods").EnumerateArray().Select(p => p.GetInt32()));
        Assert.Equal("超1100", clusters.GetProperty("reported")[0].GetProperty("printed").GetString());

        var tiers = verdict.GetProperty("tier_targets");
        Assert.Equal(["aircraft_carrier", "flagship", "gazelle"], tiers.EnumerateArray().Select(t => t.GetProperty("tier").GetString()));
        Assert.All(tiers.EnumerateArray(), t => Assert.Equal("not_evaluable", t.GetProperty("verdict").GetString()));

        // 2021: +12.4 % against +11.0 % in January-June 2018, 1.4 points faster.
        var va = verdict.GetProperty("value_added");
        Assert.Equal(1453.9m, va.GetProperty("level").GetDecimal());
        Assert.Equal(0.124, va.GetProperty("growth").GetDouble(), 12);
        Assert.Equal(0.11, va.GetProperty("pace_2018").GetDouble(), 12);
        Assert.Equal(0.014, va.GetProperty("growth_above_2018_pace").GetDouble(), 12);
    }

    [Theory]
    [InlineData("en", "table", "listed companies, 2021", "52 (2017) → 66; attainment 66.0 %; missed by 34", "> 2612.5 亿元", "+12.4% year on year, against +11.0% in 2018年1-6月: 1.4 pp faster")]
    [InlineData("zh", "markdown", "| 上市公司, 2021年 | 66 / 100 |", "未完成, 差34家", "无法评估: 仅为5/7个产业2019-2021年公布数的下限 (通用航空, 智能马桶无数据); 至少完成目标的52.3 %", "按此增速2028年达到100家")]
    [InlineData("zh-Hant", "html", "2021年目標完成情況", "完成率 66.0 %", "&gt; 2612.5 億元", "無法評估: 未公佈2021年家數 (及2017年基數)")]
    public void Report_PlanVerdict_InEveryFormatAndLanguage(string lang, string format, params string[] says)
    {
        var (code, output, error) = CliRunner.Run("report", "--lang", lang, "--format", format);

        Assert.True(code == 0, error);
        foreach (string text in says)
        {
            Assert.Contains(text, output, StringComparison.Ordinal);
        }

        Assert.Contains("+17.76 %", output, StringComparison.Ordinal);
        Assert.Contains("+6.14 %", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Json_MatchesHandCalculation()
    {
        var (code, output, _) = CliRunner.Run("report", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("taizhou-metrics/report/v1", root.GetProperty("schema").GetString());
        Assert.Equal("2018-01..06", root.GetProperty("period").GetString());
        Assert.Equal("2017-01..06", root.GetProperty("base_period").GetString());
        Assert.Equal("yi", root.GetProperty("unit").GetString());

        var clusters = root.GetProperty("clusters");
        Assert.Equal(7, clusters.GetProperty("members").GetArrayLength());
        Assert.Equal(1042.27m, clusters.GetProperty("output").GetDecimal());
        Assert.Equal(0.267, clusters.GetProperty("growth").GetDouble(), 12);
        Assert.Equal(0.091, clusters.GetProperty("contribution_pp").GetDouble(), 12);
        // Amounts are rounded to 8 decimals in the JSON.
        Assert.Equal(Math.Round(Base, 8), clusters.GetProperty("implied_base").GetDecimal());
        Assert.Equal(Math.Round(Increase, 8), clusters.GetProperty("increase").GetDecimal());
        Assert.Equal(Math.Round(CityBase, 8), clusters.GetProperty("implied_city_base").GetDecimal());

        var target = root.GetProperty("target");
        Assert.Equal(2021, target.GetProperty("year").GetInt32());
        Assert.Equal(FullYear, target.GetProperty("full_year_estimate").GetProperty("value").GetDecimal());
        Assert.Equal("run_rate", target.GetProperty("full_year_estimate").GetProperty("method").GetString());
        Assert.Equal(3, target.GetProperty("years").GetInt32());

        // (5000 / 2084.54)^(1/3) - 1 = 0.3386075...
        double required = Math.Pow(5000.0 / 2084.54, 1.0 / 3.0) - 1.0;
        Assert.Equal(required, target.GetProperty("required_growth").GetDouble(), 12);

        // 2084.54 * 1.267^3 = 2084.54 * 2.033901163 = 4239.748...
        double projected = 2084.54 * 1.267 * 1.267 * 1.267;
        Assert.Equal(projected, (double)target.GetProperty("projected_at_current_growth").GetDecimal(), 6);
        Assert.Equal(projected - 5000.0, (double)target.GetProperty("gap").GetDecimal(), 6);
        Assert.False(target.GetProperty("on_track").GetBoolean());
        Assert.Equal(5000.0 / 0.7, (double)target.GetProperty("implied_total_for_share").GetDecimal(), 6);
        var rest = target.GetProperty("rest_of_economy");
        Assert.Equal(Math.Round(CityBase - Base, 8), rest.GetProperty("base").GetDecimal());
        Assert.Equal(2142.85714286m, rest.GetProperty("max_at_target").GetDecimal());
        Assert.True(rest.GetProperty("max_growth").GetDouble() < 0);
        var bounds = clusters.GetProperty("implied_city_base_bounds");
        Assert.Equal(2396.9, Math.Round(bounds[0].GetDouble(), 1));
        Assert.Equal(2430.6, Math.Round(bounds[1].GetDouble(), 1));

        var tiers = root.GetProperty("tier_targets");
        Assert.Equal(4, tiers.GetArrayLength());
        Assert.Equal("aircraft_carrier", tiers[0].GetProperty("tier").GetString());
        Assert.Equal(20, tiers[0].GetProperty("count").GetInt32());
        Assert.Equal(100, tiers[3].GetProperty("count").GetInt32());
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("zh-Hans")]
    [InlineData("ZH-hans")]
    public void Report_Chinese_UsesSimplifiedLabels(string lang)
    {
        var (code, output, _) = CliRunner.Run("report", "--lang", lang);

        Assert.Equal(0, code);
        Assert.StartsWith("台州市 2018年1-6月 规上工业与七大千亿产业 (由 Taizhou.Metrics 根据内置样本计算)\n", output, StringComparison.Ordinal);
        Assert.Contains("  规上工业增加值            529.0 亿元  增长 +11.0%, 增幅居全省第一", output, StringComparison.Ordinal);
        Assert.Contains("七大千亿产业 (通用航空暂无统计数据)", output, StringComparison.Ordinal);
        Assert.Contains("推算全市规上产值, 2017年1-6月   2413.6 亿元", output, StringComparison.Ordinal);
        Assert.Contains("拉动全市规上产值增速", output, StringComparison.Ordinal);
        Assert.Contains("70%占比目标隐含的规上总产值", output, StringComparison.Ordinal);
        Assert.Contains("= 2018年1-6月 × 12 / 6 (按进度, 无季节调整)", output, StringComparison.Ordinal);
        Assert.Contains("  航母企业        20  年产值超100亿元 (产值上百亿)", output, StringComparison.Ordinal);
        Assert.Contains("假设:", output, StringComparison.Ordinal);
        Assert.Contains("区间来自公布数字的四舍五入 (1042.27 ± 0.005, 26.7% ± 0.05, 9.1 个百分点 ± 0.05)。", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_ZhHant_UsesTraditionalLabels()
    {
        var (code, output, _) = CliRunner.Run("report", "--lang", "zh-Hant");

        Assert.Equal(0, code);
        Assert.Contains("七大千億產業", output, StringComparison.Ordinal);
        Assert.Contains("推算全市規上產值", output, StringComparison.Ordinal);
        Assert.Contains("增幅居全省第一", output, StringComparison.Ordinal);
        Assert.Contains("2413.6 億元", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_English_WritesChineseNamesInSimplified()
    {
        var (code, output, _) = CliRunner.Run("report");

        Assert.Equal(0, code);
        Assert.Contains("published (拉动 … 个百分点)", output, StringComparison.Ordinal);
        Assert.Contains("over 5000 亿元", output, StringComparison.Ordinal);
        Assert.Contains("fast-growing (瞪羚企业)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Markdown_WritesTables()
    {
        var (code, output, _) = CliRunner.Run("report", "--format", "markdown");

        Assert.Equal(0, code);
        Assert.StartsWith("# ", output, StringComparison.Ordinal);
        Assert.Contains("| --- | ---: | --- |", output);
        Assert.Contains("| increase | 219.64 亿元 |", output);
    }

    [Theory]
    [InlineData("report", "--format", "xml")]
    [InlineData("report", "--lang", "fr")]
    [InlineData("report", "--bogus")]
    [InlineData("nonsense")]
    public void Report_BadUsage_ExitsWithTwoAndSaysWhy(params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("taizhou-metrics:", error);
        Assert.Contains("--help", error);
    }

    [Fact]
    public void NoCommand_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run();

        Assert.Equal(2, code);
        Assert.Contains("command", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Help_ExitsWithZeroAndListsReport()
    {
        var (code, output, _) = CliRunner.Run("--help");

        Assert.Equal(0, code);
        Assert.Contains("report", output);
    }

    [Fact]
    public void Report_Json_IsIndependentOfTheCurrentCulture()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");
            var (_, output, _) = CliRunner.Run("report", "--format", "json");
            using var doc = JsonDocument.Parse(output);
            Assert.Equal(1042.27m, doc.RootElement.GetProperty("clusters").GetProperty("output").GetDecimal());
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}
