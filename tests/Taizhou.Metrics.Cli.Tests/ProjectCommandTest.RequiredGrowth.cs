using System;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary><c>taizhou-metrics project</c>: the constant annual growth required from the last actual value to the target.</summary>
public partial class ProjectCommandTest
{
    // Last actual 4239.75 in 2018, target 5000 in 2021 (3 years).
    // By hand: 5000 / 4239.75 = 1.17931482; ln = 0.16493; / 3 = 0.054978; e^0.054978 = 1.0565172: +5.65 % a year.
    private const string ToFiveThousand = "period,value\n2016,3800\n2017,4000\n2018,4239.75\n";

    private const double RequiredTo5000 = 0.0565172327; // (5000 / 4239.75)^(1/3) − 1, to 1e-9

    [Fact]
    public void Project_RequiredGrowth_IsTheConstantAnnualGrowthFromTheLastActualToTheTarget()
    {
        using var csv = new TempCsv(ToFiveThousand);

        var (code, output, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:5000", "--format", "json");

        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        var target = doc.RootElement.GetProperty("target");
        Assert.Equal(RequiredTo5000, target.GetProperty("required_growth").GetDouble(), 9);
        Assert.Equal(3.0, target.GetProperty("years").GetDouble());
        Assert.False(target.GetProperty("already_met").GetBoolean());
        Assert.False(target.TryGetProperty("required_growth_undefined", out _));
    }

    [Theory]
    [InlineData("table", "en", "required annual growth (2018 → 2021)")]
    [InlineData("markdown", "en", "required annual growth (2018 → 2021)")]
    [InlineData("html", "en", "required annual growth (2018 → 2021)")]
    [InlineData("table", "zh", "所需年均增速 (2018 → 2021)")]
    [InlineData("markdown", "zh-Hant", "所需年均增速 (2018 → 2021)")]
    [InlineData("html", "zh", "所需年均增速 (2018 → 2021)")]
    public void Project_RequiredGrowth_IsPrintedNextToTheProjectionInEveryFormatAndLanguage(string format, string lang, string label)
    {
        using var csv = new TempCsv(ToFiveThousand);

        var (code, output, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:5000", "--format", format, "--lang", lang);

        Assert.True(code == 0, error);
        int at = output.IndexOf(label, StringComparison.Ordinal);
        Assert.True(at >= 0, output);
        string line = output[at..output.IndexOf('\n', at)];
        Assert.Contains("+5.65%", line, StringComparison.Ordinal); // 5.6517 % to two decimals
        Assert.DoesNotContain("目标", line, StringComparison.Ordinal); // not met: no "already met" note
    }

    [Theory]
    [InlineData("en", "-0.66% (target already met: the last actual value 5100 ≥ 5000)")]
    [InlineData("zh", "-0.66% (已达到目标: 最新实际值 5100 ≥ 5000)")]
    [InlineData("zh-Hant", "-0.66% (已達到目標: 最新實際值 5100 ≥ 5000)")]
    public void Project_RequiredGrowth_TargetAlreadyMet_SaysSo(string lang, string expected)
    {
        // (5000 / 5100)^(1/3) − 1 = 0.980392^(1/3) − 1 = −0.006579: −0.66%, at or below zero: already met.
        using var csv = new TempCsv("period,value\n2016,4800\n2017,5000\n2018,5100\n");

        var (code, output, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:5000", "--lang", lang);
        var (jsonCode, json, _) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:5000", "--format", "json");

        Assert.True(code == 0, error);
        Assert.Contains(expected, output, StringComparison.Ordinal);
        Assert.Equal(0, jsonCode);
        using var doc = JsonDocument.Parse(json);
        var target = doc.RootElement.GetProperty("target");
        Assert.Equal(-0.0065791378, target.GetProperty("required_growth").GetDouble(), 9);
        Assert.True(target.GetProperty("already_met").GetBoolean());
    }

    [Theory]
    [InlineData("period,value\n2011,12\n2012,10\n2013,9\n2014,7\n2015,5\n2016,3\n2017,1\n2018,0\n", "0", "ZeroBase")]
    [InlineData("period,value\n2011,12\n2012,10\n2013,9\n2014,7\n2015,5\n2016,3\n2017,1\n2018,-2\n", "-2", "NegativeBase")]
    public void Project_RequiredGrowth_FromAZeroOrNegativeLastValue_IsUndefinedWithTheReason(string series, string last, string reason)
    {
        // Holt projects a series ending at zero or below; no growth takes a non-positive level to 5: undefined, never a number.
        using var csv = new TempCsv(series);

        var (code, output, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:5", "--method", "holt");
        var (_, zh, _) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:5", "--method", "holt", "--lang", "zh");
        var (_, json, _) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:5", "--method", "holt", "--format", "json");

        Assert.True(code == 0, error);
        Assert.Contains($"— (undefined: the last actual value {last} is not positive)", output, StringComparison.Ordinal);
        Assert.Contains($"— (无法计算: 最新实际值 {last} 不为正)", zh, StringComparison.Ordinal);
        using var doc = JsonDocument.Parse(json);
        var target = doc.RootElement.GetProperty("target");
        Assert.Equal(JsonValueKind.Null, target.GetProperty("required_growth").ValueKind);
        Assert.Equal(reason, target.GetProperty("required_growth_undefined").GetString());
        Assert.False(target.GetProperty("already_met").GetBoolean());
    }

    [Theory]
    [InlineData("2018:5000")]
    [InlineData("2017:5000")]
    public void Project_TargetPeriodNotAfterTheLastActual_IsBadInput(string target)
    {
        // No growth is required over zero or negative years: refused (exit 2) naming --target, before any output.
        using var csv = new TempCsv(ToFiveThousand);

        var (code, output, error) = CliRunner.Run("project", "-i", csv.Path, "--target", target);

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"taizhou-metrics: --target '{target}': ", error, StringComparison.Ordinal);
        Assert.Contains("must be after the series' last actual period 2018", error, StringComparison.Ordinal);
    }
}
