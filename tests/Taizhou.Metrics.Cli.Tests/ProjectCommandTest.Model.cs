using System;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary><c>taizhou-metrics project</c>: the model table names each parameter in the reader's language.</summary>
public partial class ProjectCommandTest
{
    [Theory]
    [InlineData("constant", "zh", new[] { "增速 g (growth) (估计)", "平均期数 k (periods)", "对数增长率均值 r̄ (logGrowthMean) (估计)" })]
    [InlineData("constant", "zh-Hant", new[] { "增速 g (growth) (估計)", "平均期數 k (periods)", "對數增長率均值 r̄ (logGrowthMean) (估計)" })]
    [InlineData("loglinear", "zh", new[] { "截距 a (intercept)", "斜率 b (slope)", "增速 g (growth)" })]
    [InlineData("holt", "zh", new[] { "水平平滑系数 α (alpha)", "趋势平滑系数 β (beta)", "阻尼系数 φ (phi)", "初始水平 ℓ₀ (initialLevel)", "期末趋势 bₙ (trend)" })]
    [InlineData("holt", "zh-Hant", new[] { "水平平滑係數 α (alpha)", "趨勢平滑係數 β (beta)", "阻尼係數 φ (phi)" })]
    public void Project_ModelTable_InChinese_NamesEachParameterByItsTermAndItsJsonName(string method, string lang, string[] expected)
    {
        using var csv = new TempCsv("period,value\n2013,3000\n2014,3150\n2015,3330\n2016,3560\n2017,3900\n2018,4239.75\n");

        var (code, output, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:5000", "--method", method, "--lang", lang);

        Assert.True(code == 0, error);
        foreach (string label in expected)
        {
            Assert.Contains(label, output, StringComparison.Ordinal);
        }

        // No parameter is left under its code name alone at the start of a row.
        Assert.DoesNotMatch(@"(?m)^\s*(growth|logGrowthMean|alpha|intercept)\s", output);
    }

    [Fact]
    public void Project_ModelTable_InEnglish_KeepsTheJsonNames()
    {
        using var csv = new TempCsv("period,value\n2016,3800\n2017,4000\n2018,4239.75\n");

        var (code, output, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:5000", "--lang", "en");

        Assert.True(code == 0, error);
        Assert.Matches(@"(?m)^\s*logGrowthMean \(estimated\)\s", output);
    }
}
