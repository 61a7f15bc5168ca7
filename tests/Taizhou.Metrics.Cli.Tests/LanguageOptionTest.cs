using System;
using System.Linq;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>--lang</c> on every command that prints words: zh and zh-Hans print Simplified, zh-Hant Traditional, and no
/// output mixes the scripts. The input data below has no Chinese of its own, so every Chinese character is the tool's.
/// </summary>
public sealed class LanguageOptionTest
{
    /// <summary>Characters written only in Traditional text (Simplified writes 亿万规计业统产长动贡献与数个据内区实标准际参达绝约总余负缩径检恒范围价权义残).</summary>
    private const string TraditionalOnly = "億萬規計業統產長動貢獻與數個據內區實標準際參達絕約總餘負縮徑檢恆範圍價權義殘佔佈態";

    /// <summary>The Simplified forms of <see cref="TraditionalOnly"/>, none of which Traditional text uses for these words.</summary>
    private const string SimplifiedOnly = "亿万规计业统产长动贡献与数个据内区实标准际参达绝约总余负缩径检恒范围价权义残态";

    private const string Enterprises = "id,name,industry_code,cluster,county,listed_on,founded,year,output_yi,revenue_wan,employees\nA,Alpha,3670,,Jiaojiang,,2001-01-01,2020,90,850000,3000\nA,Alpha,3670,,Jiaojiang,,2001-01-01,2021,100,950000,3000\nB,Beta,3441,,Wenling,2020-07-01,2001-01-01,2021,55,480000,2000\n";

    private const string Breakdown = "part,current,growth,share,contribution_pp,precision\nIndustry,529.0,10.1,50.8,5.1,1\nServices,513.27,6.9,49.2,3.4,2\n";

    private const string Panel = "ent_id,cluster,period,ytd_output\n1,0,202301,100\n1,0,202401,120\n2,1,202301,50\n2,1,202401,45\n";

    private const string Regional = "region,industry,value,previous,projected\nR1,a,1000,1400,\nR1,b,4400,3600,\nN,a,2900,3700,2500\nN,b,9100,6300,12500\n";

    private const string Series = "period,value\n2014,1000\n2015,1100\n2016,1210\n2017,1331\n";

    // A cumulative series with a 1-2月 to split, a growth not printed and a base that can reach zero: every label of `series`.
    private const string Cumulative = "period,value,growth\n2023年1-2月,190.0,5.0\n2024年1-2月,200.0,5.3\n2024年1-3月,300.0,\n2024年1-4月,400.0,0.0\n2024年1-5月,401.0,0.9\n";

    /// <summary>Every command that prints words; each takes <c>--lang</c>.</summary>
    public static TheoryData<string> Commands => new() { "report", "contrib", "project", "tiers", "panel", "regional", "derive", "series" };

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_Simplified_HasNoTraditionalOnlyCharacter(string command)
    {
        foreach (string lang in new[] { "zh", "zh-Hans", "en" })
        {
            string output = Run(command, lang);
            Assert.True(output.Any(c => c >= '\u4e00' && c <= '\u9fff') || lang == "en", $"{command} --lang {lang} printed no Chinese at all");
            Assert.Empty(output.Where(c => TraditionalOnly.Contains(c, StringComparison.Ordinal)).Distinct());
        }
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_Traditional_HasNoSimplifiedOnlyCharacter(string command)
    {
        string output = Run(command, "zh-Hant");

        Assert.Contains(output, c => c >= '\u4e00' && c <= '\u9fff');
        Assert.Empty(output.Where(c => SimplifiedOnly.Contains(c, StringComparison.Ordinal)).Distinct());
    }

    [Fact]
    public void Tiers_Chinese_PrintsChineseLabelsInEachScript()
    {
        string hans = Run("tiers", "zh");
        string hant = Run("tiers", "zh-Hant");

        Assert.Contains("2021年企业梯队: 2 家企业", hans, StringComparison.Ordinal);
        Assert.Contains("航母企业", hans, StringComparison.Ordinal);
        Assert.Contains("output ≥ 100 亿元", hans, StringComparison.Ordinal);
        Assert.Contains("2021年20家", hans, StringComparison.Ordinal);
        Assert.Contains("large under NBS 2017 (统计上大中小微型企业划分办法), industry", hans, StringComparison.Ordinal);
        Assert.Contains("差距 = 企业数 − 目标 (负值: 未达目标)", hans, StringComparison.Ordinal);
        Assert.Contains("2021年企業梯隊: 2 家企業", hant, StringComparison.Ordinal);
        Assert.Contains("航母企業", hant, StringComparison.Ordinal);
        Assert.Contains("output ≥ 100 億元", hant, StringComparison.Ordinal);
        Assert.Contains("large under NBS 2017 (統計上大中小微型企業劃分辦法), industry", hant, StringComparison.Ordinal);
    }

    [Fact]
    public void Tiers_English_IsTheDefault_WithSimplifiedNames()
    {
        string english = Run("tiers", null);

        Assert.Contains("Tiers in 2021: 2 firms", english, StringComparison.Ordinal);
        Assert.Contains("aircraft_carrier       航母企业", english, StringComparison.Ordinal);
        Assert.Contains("汽车及零部件", english, StringComparison.Ordinal);
    }

    [Fact]
    public void Panel_Chinese_PrintsTheSummaryInEachScript()
    {
        string hans = Run("panel", "zh");
        string hant = Run("panel", "zh-Hant");

        Assert.Contains(": 4 行, 2 家企业, 2 个集群, 13 个月 (2023-01 至 2024-01)。", hans, StringComparison.Ordinal);
        Assert.Contains("已写入 ", hans, StringComparison.Ordinal);
        Assert.Contains(": 4 行, 2 家企業, 2 個集群, 13 個月 (2023-01 至 2024-01)。", hant, StringComparison.Ordinal);
        Assert.Contains("已寫入 ", hant, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("report")]
    [InlineData("contrib", "-i", "x.csv")]
    [InlineData("project", "-i", "x.csv", "--target", "2021:1")]
    [InlineData("tiers", "-i", "x.csv", "-y", "2021")]
    [InlineData("panel", "-i", "x.csv", "-o", "out")]
    [InlineData("regional", "-i", "x.csv")]
    [InlineData("derive", "time-progress", "--months", "10")]
    [InlineData("series", "-i", "x.csv")]
    public void UnknownLanguage_ExitsTwo_NamingTheOptionAndTheValues(params string[] args)
    {
        var (code, output, error) = CliRunner.Run([.. args, "--lang", "zh-TW"]);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("--lang: unknown language 'zh-TW'; expected en, zh, zh-Hans or zh-Hant.", error, StringComparison.Ordinal);
    }

    private static string Run(string command, string? lang)
    {
        using var scratch = new Scratch();
        string[] args = command switch
        {
            "report" => ["report"],
            "contrib" => ["contrib", "-i", scratch.Text("b.csv", Breakdown), "--check"],
            "project" => ["project", "-i", scratch.Text("s.csv", Series), "--target", "2021:2000", "--share-of", scratch.Text("t.csv", Series.Replace(",1", ",3", StringComparison.Ordinal)), "--share", "40", "--scenarios", "low:5,high:12"],
            "tiers" => ["tiers", "-i", scratch.Text("e.csv", Enterprises), "-y", "2021", "--targets", "2211"],
            "regional" => ["regional", "-i", scratch.Text("r.csv", Regional), "--reference", "N"],
            "derive" => ["derive", "target-progress", "--actual", "629.0", "--target", "647.4", "--date", "2023-10-31", "--printed-completion", "97.2", "--printed-ahead", "13.8"],
            "series" => ["series", "-i", scratch.Text("c.csv", Cumulative), "--single-month", "--average-years", "1", "--split-jan-feb", "equal"],
            _ => ["panel", "-i", scratch.Text("p.csv", Panel), "-o", scratch.PathOf("out")],
        };
        var (code, output, error) = CliRunner.Run(lang is null ? args : [.. args, "--lang", lang]);
        Assert.True(code is 0 or 1, $"{string.Join(' ', args)} exited {code}: {error}");
        return output;
    }
}
