using System;
using System.IO;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary><c>taizhou-metrics project</c>: expected values are hand calculations in the comments.</summary>
public partial class ProjectCommandTest
{
    // Grows 10 % a year exactly: 1000, 1100, 1210, 1331, 1464.1
    internal const string Exact = "period,value\n2014,1000\n2015,1100\n2016,1210\n2017,1331\n2018,1464.1\n";

    [Fact]
    public void Project_Constant_ProjectsTheLatestGrowthAndMeasuresTheGap()
    {
        // 1464.1 × 1.1³ = 1948.7171 in 2021; target 2000 → gap −51.2829 (−2.56 %); not on track
        using var csv = new TempCsv(Exact);

        var (code, output, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:2000", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("taizhou-metrics/project/v1", root.GetProperty("schema").GetString());
        var path = root.GetProperty("projection").GetProperty("path");
        Assert.Equal(3, path.GetArrayLength());
        Assert.Equal("2021", path[2].GetProperty("period").GetString());
        Assert.Equal(1948.7171, path[2].GetProperty("estimate").GetDouble(), 6);
        var gap = root.GetProperty("gap");
        Assert.Equal(1948.7171 - 2000.0, gap.GetProperty("gap").GetDouble(), 6);
        Assert.Equal((1948.7171 - 2000.0) / 2000.0, gap.GetProperty("gap_share").GetDouble(), 9);
        Assert.False(gap.GetProperty("on_track").GetBoolean());
        Assert.Equal(JsonValueKind.Null, gap.GetProperty("first_reaching").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("share").ValueKind);
    }

    [Fact]
    public void Project_LogLinear_OnAnExactExponential_RecoversTheGrowth()
    {
        // ln y = ln 1000 + t ln 1.1 exactly: the fit has R² = 1 and the path is 1000 × 1.1^t
        using var csv = new TempCsv(Exact);

        var (code, output, _) = CliRunner.Run("project", "-i", csv.Path, "--target", "2020:1700", "--method", "loglinear", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var projection = doc.RootElement.GetProperty("projection");
        Assert.Equal("loglinear", projection.GetProperty("method").GetString());
        Assert.Equal(1.0, projection.GetProperty("fit").GetProperty("r_squared").GetDouble(), 9);
        Assert.Equal(1000 * Math.Pow(1.1, 6), projection.GetProperty("path")[1].GetProperty("estimate").GetDouble(), 6);
        Assert.Equal("2020", doc.RootElement.GetProperty("gap").GetProperty("first_reaching").GetString()); // 1771.56 ≥ 1700
        Assert.True(doc.RootElement.GetProperty("gap").GetProperty("on_track").GetBoolean());
    }

    [Fact]
    public void Project_ShareTarget_ProjectsPartAndTotalTogether()
    {
        // part 10 %/yr from 1464.1, total 5 %/yr from 4000 (…, 3628.1, 3810, 4000): 2021 part 1948.72, total 4630.5;
        // share 42.1 %; 70 % needs 3241.35 > 2000: the share binds
        using var part = new TempCsv(Exact);
        using var total = new TempCsv("period,value\n2016,3628.1\n2017,3809.5\n2018,4000\n");

        var (code, output, _) = CliRunner.Run("project", "-i", part.Path, "--target", "2021:2000", "--share-of", total.Path, "--share", "70", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var share = doc.RootElement.GetProperty("share");
        double totalGrowth = (4000.0 / 3809.5) - 1.0;
        double projectedTotal = 4000.0 * Math.Pow(1.0 + totalGrowth, 3);
        Assert.Equal(1948.7171 / projectedTotal, share.GetProperty("projected_share").GetDouble(), 9);
        Assert.Equal(0.7 * projectedTotal, share.GetProperty("level_needed_for_share").GetDouble(), 6);
        Assert.Equal("share", share.GetProperty("binding").GetString());
        Assert.Equal(Math.Pow(0.7 * projectedTotal / 1464.1, 1.0 / 3.0) - 1.0, share.GetProperty("required_growth").GetDouble(), 9);
    }

    [Fact]
    public void Project_Scenarios_TableOfConstantGrowthPaths()
    {
        // from 1464.1 in 2018: 5 % → 1694.88 in 2021 (short of 2000); 12 % → 2056.97 (reaches it in 2021)
        using var csv = new TempCsv(Exact);

        var (code, output, _) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:2000", "--scenarios", "low:5, high:12", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var scenarios = doc.RootElement.GetProperty("scenarios");
        Assert.Equal(2, scenarios.GetArrayLength());
        Assert.Equal("low", scenarios[0].GetProperty("name").GetString());
        Assert.Equal(1464.1 * Math.Pow(1.05, 3), scenarios[0].GetProperty("at_target").GetDouble(), 6);
        Assert.False(scenarios[0].GetProperty("on_track").GetBoolean());
        Assert.Equal(1464.1 * Math.Pow(1.12, 3), scenarios[1].GetProperty("at_target").GetDouble(), 6);
        Assert.Equal("2021", scenarios[1].GetProperty("first_reaching").GetString());
        Assert.Equal(3, scenarios[1].GetProperty("path").GetArrayLength());
    }

    [Theory]
    [InlineData("low5")]
    [InlineData("low:x")]
    [InlineData("a:1,a:2")]
    public void Project_BadScenarios_ExitTwo(string scenarios)
    {
        using var csv = new TempCsv(Exact);
        var (code, _, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:2000", "--scenarios", scenarios);
        Assert.Equal(2, code);
        Assert.Contains("--scenarios", error);
    }

    [Theory]
    [InlineData(".png")]
    [InlineData(".svg")]
    public void Project_Chart_WritesAPicture(string extension)
    {
        using var csv = new TempCsv(Exact);
        using var s = new Scratch();
        string chart = s.PathOf("chart" + extension);

        var (code, _, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:2000", "--method", "loglinear", "--chart", chart);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        byte[] bytes = File.ReadAllBytes(chart);
        Assert.True(bytes.Length > 10_000, $"the chart has {bytes.Length} bytes");
        if (extension == ".png")
        {
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        }
        else
        {
            string svg = File.ReadAllText(chart);
            Assert.Contains("<svg", svg, StringComparison.Ordinal);
            Assert.Contains("projection to 2021", svg, StringComparison.Ordinal);
            Assert.Contains("prediction interval", svg, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("--target", "2010:2000", "must be after")]
    [InlineData("--target", "2021", "is not PERIOD:LEVEL")]
    [InlineData("--target", "2021:-5", "must be a positive number")]
    [InlineData("--target", "20x1:5", "is not a period")]
    [InlineData("--share", "70", "--share-of and --share go together")]
    [InlineData("--chart", "out.gif", ".png or .svg")]
    public void Project_BadOptions_ExitTwo(string option, string value, string expected)
    {
        using var csv = new TempCsv(Exact);
        string[] args = option == "--target"
            ? ["project", "-i", csv.Path, option, value]
            : ["project", "-i", csv.Path, "--target", "2021:2000", option, value];

        var (code, _, error) = CliRunner.Run(args);

        Assert.Equal(2, code);
        Assert.Contains(expected, error);
    }

    [Fact]
    public void Project_TooFewPointsForTheMethod_ExitsTwoSayingWhatIsMissing()
    {
        using var csv = new TempCsv("period,value\n2017,1\n2018,2\n");
        var (code, _, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:5", "--method", "loglinear");
        Assert.Equal(2, code);
        Assert.Contains("3", error);
    }

    [Fact]
    public void Project_GapInTheSeries_ExitsTwoNamingTheMissingPeriod()
    {
        using var csv = new TempCsv("period,value\n2014,1\n2015,\n2016,3\n2017,4\n");
        var (code, _, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:5", "--method", "loglinear");
        Assert.Equal(2, code);
        Assert.Contains("2015", error);
    }

    [Fact]
    public void Project_ChartCannotBeWritten_ExitsThree_WithNoResultOnStandardOutput()
    {
        // A folder where the chart should be: the environment, exit 3 (before: exit 2 as if the input were bad).
        using var csv = new TempCsv(Exact);
        using var s = new Scratch();
        string folder = s.Folder;
        string chart = Path.Combine(folder, "chart.png");
        Directory.CreateDirectory(chart);

        var (code, output, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:2000", "--chart", chart, "--format", "json");

        Assert.Equal(3, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith($"taizhou-metrics: cannot write {chart}: ", error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder)); // no temporary file left
    }

    [Fact]
    public void Project_Chart_ReplacesAnEarlierChartWhole()
    {
        using var csv = new TempCsv(Exact);
        using var s = new Scratch();
        string chart = s.PathOf("chart.svg");
        File.WriteAllText(chart, "an earlier chart that is much longer than nothing");

        var (code, _, _) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:2000", "--chart", chart);

        Assert.Equal(0, code);
        string svg = File.ReadAllText(chart);
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        Assert.DoesNotContain("an earlier chart", svg, StringComparison.Ordinal);
        Assert.EndsWith("</svg>", svg.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public void Project_TargetTooFarForMonthlyData_ExitsTwoNamingTarget()
    {
        // 10 → 13 in three months is +8.3 % a month: by 9999-12 (95,000 months ahead) the path leaves a double's range.
        using var csv = new TempCsv("period,value\n2018-01,10\n2018-02,11\n2018-03,12\n2018-04,13\n");

        var (code, output, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "9999-12:5000");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("taizhou-metrics: --target '9999-12:5000': ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Project_TargetOfAnotherKindOfPeriod_ExitsTwoNamingTarget()
    {
        using var csv = new TempCsv(Exact);
        var (code, _, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021-03:5000");
        Assert.Equal(2, code);
        Assert.StartsWith("taizhou-metrics: --target '2021-03:5000': ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_LastValueNearZero_Json_IsFinite()
    {
        // 1 → 1e-28 is a growth of −100 % in a double; its log, taken from the levels, is ln(1e-28) = −28 ln 10 =
        // −64.4723826 (before: ln(1 + rate) = −∞ reached the JSON writer, "Unhandled exception" and exit 1). Constant
        // growth then gives 1e-28 × (1e-28)³ = 1e-112 in 2021.
        using var csv = new TempCsv("period,value\n2015,1\n2016,2\n2017,1\n2018,0.0000000000000000000000000001\n");

        var (code, output, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:5", "--format", "json");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        using var doc = JsonDocument.Parse(output);
        var projection = doc.RootElement.GetProperty("projection");
        Assert.Equal(-28.0 * Math.Log(10.0), projection.GetProperty("parameters").GetProperty("logGrowthMean").GetDouble(), 9);
        Assert.Equal(1.0, projection.GetProperty("path")[2].GetProperty("estimate").GetDouble() / 1e-112, 9);
    }

    [Fact]
    public void Project_ScenarioBeyondTheDecimalRange_ExitsTwoNamingScenarios()
    {
        // 1464.1 × 1.99^n passes 7.9e28 after about 80 years, long before 2500 (before: decimal overflow, exit 1).
        using var csv = new TempCsv(Exact);

        var (code, output, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2500:5", "--scenarios", "hi:99");

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("taizhou-metrics: --scenarios 'hi:99': ", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_BadOptionValues_AreQuotedWithControlCharactersEscaped()
    {
        using var csv = new TempCsv(Exact);
        var (code, _, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "20\u001b[2J21:5");
        Assert.Equal(2, code);
        Assert.Contains("'20\\u001b[2J21:5'", error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_CumulativePeriods_AreRefused()
    {
        using var csv = new TempCsv("period,value\n2017年1-6月,1\n2018年1-6月,2\n");
        var (code, _, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:5");
        Assert.Equal(2, code);
        Assert.Contains("cumulative", error);
    }
}
