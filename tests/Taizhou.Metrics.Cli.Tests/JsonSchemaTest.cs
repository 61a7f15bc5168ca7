using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// docs/schemas holds a JSON Schema (draft 2020-12) for every JSON document the tool writes; each is checked here
/// against the real output of the command on real inputs (the embedded 2018 sample, the Guangdong breakdown, the
/// generated enterprise file, small hand-made files), and against documents broken on purpose, which must fail.
/// </summary>
public class JsonSchemaTest
{
    // Every schema the tool has: a new --format json document needs its schema here and a test below.
    private static readonly string[] Names = ["report", "contrib", "project", "tiers", "panel-manifest", "regional", "derive", "series", "disagg", "plan"];

    private static readonly Dictionary<string, JsonSchema> Schemas = Names.ToDictionary(n => n, Load);

    // Eight years of a bureau-like series (output, 億元), enough for a damped Holt fit (at least 6).
    private const string History = "period,value\n2011,1480.2\n2012,1573.9\n2013,1702.4\n2014,1788.0\n2015,1846.6\n2016,1990.3\n2017,2150.8\n2018,2290.1\n";

    [Fact]
    public void EverySchemaFile_IsCheckedHere_AndIsADraft202012Schema()
    {
        var files = Directory.GetFiles(SchemaFolder, "*.schema.json").Select(f => Path.GetFileName(f)[..^".schema.json".Length]).Order(StringComparer.Ordinal);
        Assert.Equal(Names.Order(StringComparer.Ordinal), files);
        foreach (string name in Names)
        {
            using var document = JsonDocument.Parse(File.ReadAllText(PathOf(name)));
            Assert.Equal("https://json-schema.org/draft/2020-12/schema", document.RootElement.GetProperty("$schema").GetString());
            var meta = MetaSchemas.Draft202012.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(meta.IsValid, $"{name}.schema.json is not a valid draft 2020-12 schema: {Describe(meta)}");
        }
    }

    [Fact]
    public void Report_MatchesItsSchema()
    {
        AssertValid("report", Output(0, "report", "--format", "json"));
    }

    [Fact]
    public void Contrib_GuangdongWithTotalAndCheck_MatchesItsSchema()
    {
        // The check fails (the published rates add to 100.31): exit code 1, the document is still whole.
        using var csv = new TempCsv(ContribCommandTest.Guangdong);

        AssertValid("contrib", Output(1, "contrib", "--input", csv.Path, "--total", "GDP", "--check", "--format", "json"));
    }

    [Fact]
    public void Contrib_SubItemsWithAndWithoutLevels_MatchItsSchema()
    {
        using var levels = new TempCsv("part,parent,previous,current\nA,,40,46\nB,,60,64\nA1,A,30,34\nA2,A,10,12\n");

        AssertValid("contrib", Output(1, "contrib", "--input", ContribCommandTest.Quanzhou, "--check", "--sub-items-exhaust", "--format", "json"));
        AssertValid("contrib", Output(0, "contrib", "--input", levels.Path, "--check", "--sub-items-exhaust", "--format", "json"));
    }

    [Fact]
    public void Contrib_ZeroBaseAndRealGrowth_MatchesItsSchema()
    {
        using var zeroBase = new TempCsv("part,previous,current\nA,0,30\nB,80,90\n");
        using var real = new TempCsv("part,previous,current,real_growth\ncity,100,130,22.1\nA,30,40,25.3\nB,60,66.6,\n");

        string zb = Output(0, "contrib", "--input", zeroBase.Path, "--format", "json");
        string rg = Output(0, "contrib", "--input", real.Path, "--total", "city", "--format", "json");

        AssertValid("contrib", zb);
        Assert.Contains("\"growth_undefined\": \"ZeroBase\"", zb, StringComparison.Ordinal);
        AssertValid("contrib", rg);
        // Real residual 0.221 − 30 / 100 × 0.253 = 0.1451: a number, not the null of a breakdown without real growth.
        Assert.Contains("\"real_residual\": 0.1451", rg, StringComparison.Ordinal);
    }

    [Fact]
    public void Contrib_TwoPeriodsWithCheck_MatchesItsSchema()
    {
        // One object per period; the check fails in 2018 (exit 1), the document is still whole.
        using var csv = new TempCsv(ContribCommandTest.TwoYears);

        string json = Output(1, "contrib", "--input", csv.Path, "--total", "全市", "--check", "--format", "json");
        string noCheck = Output(0, "contrib", "--input", csv.Path, "--total", "全市", "--format", "json");

        AssertValid("contrib", json);
        AssertValid("contrib", noCheck);
    }

    [Fact]
    public void Contrib_TablesWithoutLevels_MatchItsSchema()
    {
        // The Fujian yearbook table (30 years, 1990 and 1991 broken: exit 1), without --check, and one table without periods.
        string fujian = Path.Combine(AppContext.BaseDirectory, "Data", "fujian-2020-table-2-7.csv");
        using var single = new TempCsv("part,contribution_rate,contribution_pp,growth\nA,60.0,3.0,\nB,40.0,2.0,\n全市,,,5.0\n");

        AssertValid("contrib", Output(1, "contrib", "--input", fujian, "--total", "地区生产总值", "--check", "--format", "json"));
        AssertValid("contrib", Output(0, "contrib", "--input", fujian, "--total", "地区生产总值", "--format", "json"));
        AssertValid("contrib", Output(0, "contrib", "--input", single.Path, "--total", "全市", "--check", "--format", "json"));
        AssertValid("contrib", Output(0, "contrib", "--input", single.Path, "--total", "全市", "--format", "json"));
    }

    [Fact]
    public void Contrib_WithoutLevelsMissingTheImpliedGrowth_FailsItsSchema()
    {
        string fujian = Path.Combine(AppContext.BaseDirectory, "Data", "fujian-2020-table-2-7.csv");
        var document = JsonNode.Parse(Output(1, "contrib", "--input", fujian, "--total", "地区生产总值", "--check", "--format", "json"))!;
        document["periods"]![10]!.AsObject().Remove("implied_total_growth_bounds");
        Assert.False(Evaluate("contrib", document.ToJsonString()).IsValid);
    }

    [Fact]
    public void Contrib_PeriodFindingWithoutItsPeriod_FailsItsSchema()
    {
        using var csv = new TempCsv(ContribCommandTest.TwoYears);
        var document = JsonNode.Parse(Output(1, "contrib", "--input", csv.Path, "--total", "全市", "--check", "--format", "json"))!;
        document["periods"]![1]!["check"]!["findings"]![0]!.AsObject().Remove("period");
        Assert.False(Evaluate("contrib", document.ToJsonString()).IsValid);

        var mixed = JsonNode.Parse(Output(1, "contrib", "--input", csv.Path, "--total", "全市", "--check", "--format", "json"))!;
        mixed["parts"] = new JsonArray(); // both shapes at once
        Assert.False(Evaluate("contrib", mixed.ToJsonString()).IsValid);
    }

    [Theory]
    [InlineData("constant")]
    [InlineData("constant", "--average", "4")]
    [InlineData("loglinear")]
    [InlineData("holt")]
    [InlineData("holt", "--damped")]
    public void Project_EveryMethod_MatchesItsSchema(string method, params string[] more)
    {
        using var csv = new TempCsv(History);

        AssertValid("project", Output(0, ["project", "-i", csv.Path, "--target", "2021:3000", "--method", method, "--format", "json", .. more]));
    }

    [Fact]
    public void Project_ShareAndScenarios_MatchesItsSchema()
    {
        using var part = new TempCsv(ProjectCommandTest.Exact);
        using var total = new TempCsv("period,value\n2016,3628.1\n2017,3809.5\n2018,4000\n");

        string json = Output(0, "project", "-i", part.Path, "--target", "2021:2000", "--share-of", total.Path, "--share", "70", "--scenarios", "low:5, high:12", "--format", "json");

        AssertValid("project", json);
        Assert.Contains("\"first_reaching\": \"2021\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("period,value\n2016,3800\n2017,4000\n2018,4239.75\n", "constant", "required_growth\": 0.0565")]
    [InlineData("period,value\n2016,4800\n2017,5000\n2018,5100\n", "constant", "already_met\": true")]
    [InlineData("period,value\n2011,12\n2012,10\n2013,9\n2014,7\n2015,5\n2016,3\n2017,1\n2018,0\n", "holt", "required_growth_undefined\": \"ZeroBase\"")]
    public void Project_RequiredGrowth_MetOrNotOrUndefined_MatchesItsSchema(string series, string method, string expected)
    {
        using var csv = new TempCsv(series);

        string json = Output(0, "project", "-i", csv.Path, "--target", "2021:5000", "--method", method, "--format", "json");

        AssertValid("project", json);
        Assert.Contains(expected, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_RequiredGrowthAsANumberWithAReason_FailsItsSchema()
    {
        using var csv = new TempCsv(ProjectCommandTest.Exact);
        var project = JsonNode.Parse(Output(0, "project", "-i", csv.Path, "--target", "2021:2000", "--format", "json"))!;
        project["target"]!["required_growth_undefined"] = "ZeroBase";
        Assert.False(Evaluate("project", project.ToJsonString()).IsValid);
        project["target"]!["required_growth"] = null;
        Assert.True(Evaluate("project", project.ToJsonString()).IsValid);
        project["target"]!.AsObject().Remove("required_growth_undefined");
        Assert.False(Evaluate("project", project.ToJsonString()).IsValid);
    }

    [Fact]
    public void Tiers_GeneratedFile_MatchesItsSchema()
    {
        using var csv = new TempCsv(GeneratedEnterprises.Generate());

        AssertValid("tiers", Output(0, "tiers", "--input", csv.Path, "--year", "2021", "--targets", "2211", "--format", "json"));
        AssertValid("tiers", Output(0, "tiers", "--input", csv.Path, "--year", "2018", "--format", "json"));
    }

    [Fact]
    public void Tiers_ZeroOutputCandidate_MatchesItsSchema()
    {
        // D's output is zero: its required growth is null with the reason beside it.
        using var csv = new TempCsv("""
            id,name,industry_code,cluster,county,listed_on,founded,year,output_yi,revenue_wan,employees
            A,甲,3670,,椒江區,,2001-01-01,2021,100,950000,3000
            B,乙,3441,,溫嶺市,,2001-01-01,2021,50,480000,2000
            D,丁,1311,,臨海市,,2001-01-01,2021,0,0,5
            """);

        string json = Output(0, "tiers", "--input", csv.Path, "--year", "2021", "--format", "json");

        AssertValid("tiers", json);
        Assert.Contains("\"required_growth_undefined\": \"ZeroBase\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Regional_EconGeoAndShiftShareAndProjection_MatchItsSchema()
    {
        using var econGeo = new TempCsv(RegionalCommandTest.EconGeoCsv());
        using var shift = new TempCsv(RegionalCommandTest.FarhauerKroellCsv(withNation: true));
        using var projection = new TempCsv(RegionalCommandTest.ReatProjection);

        AssertValid("regional", Output(0, "regional", "--input", econGeo.Path, "--format", "json"));
        AssertValid("regional", Output(0, "regional", "--input", econGeo.Path, "--lq-cut", "at-least", "--gini-method", "krugman", "--format", "json"));
        AssertValid("regional", Output(0, "regional", "--input", shift.Path, "--reference", "全国", "--format", "json"));
        AssertValid("regional", Output(0, "regional", "--input", projection.Path, "--reference", "N", "--format", "json"));
    }

    [Fact]
    public void Plan_WithAndWithoutActualsAndMidPlan_MatchesItsSchema_AndAMissingVerdictFailsIt()
    {
        using var targets = new TempCsv(PlanCommandTest.Targets);
        using var actuals = new TempCsv(PlanCommandTest.Actuals);

        AssertValid("plan", Output(0, "plan", "--input", targets.Path, "--format", "json"));
        AssertValid("plan", Output(0, "plan", "--input", targets.Path, "--actuals", actuals.Path, "--as-of", "2023", "--format", "json"));
        string json = Output(0, "plan", "--input", targets.Path, "--actuals", actuals.Path, "--format", "json");
        AssertValid("plan", json);

        var document = JsonNode.Parse(json)!;
        document["targets"]![0]!.AsObject().Remove("verdict");
        Assert.False(Evaluate("plan", document.ToJsonString()).IsValid);
    }

    [Fact]
    public void Regional_EmptyRegionWithNulls_MatchesItsSchema_AndAMissingIndexFailsIt()
    {
        using var csv = new TempCsv("region,industry,value,previous\na,x,5,4\na,y,0,0\nempty,x,0,1\nempty,y,0,0\n");

        string json = Output(0, "regional", "--input", csv.Path, "--format", "json");
        AssertValid("regional", json);
        Assert.Contains("\"hachman\": null", json, StringComparison.Ordinal);

        var document = JsonNode.Parse(json)!;
        document["regions"]![0]!.AsObject().Remove("entropy");
        Assert.False(Evaluate("regional", document.ToJsonString()).IsValid);
    }

    [Theory]
    [InlineData(false, null, null)]
    [InlineData(true, "gb18030", null)]
    [InlineData(true, null, "parquet")]
    public void PanelManifest_MatchesItsSchema(bool enterpriseYoy, string? encoding, string? outputFormat)
    {
        using var csv = new TempCsv("ent_id,cluster,period,ytd_output\n1,0,202301,100\n1,0,202401,120\n2,0,202301,50\n2,0,202401,45\n3,1,202301,50\n3,1,202401,75\n");
        using var s = new Scratch();
        string dir = s.PathOf("out");
        var args = new List<string> { "panel", "--input", csv.Path, "--output", dir };
        if (enterpriseYoy)
        {
            args.Add("--enterprise-yoy");
        }

        if (encoding is not null)
        {
            args.AddRange(["--encoding", encoding]);
        }

        if (outputFormat is not null)
        {
            args.AddRange(["--output-format", outputFormat]);
        }

        var (code, _, error) = CliRunner.Run([.. args]);

        Assert.True(code == 0, error);
        AssertValid("panel-manifest", File.ReadAllText(Path.Combine(dir, "manifest.json")));
    }

    [Theory]
    [InlineData("tab")]
    [InlineData(";")]
    public void PanelManifest_FromStandardInputWithADelimiter_MatchesItsSchema(string delimiter)
    {
        string sep = delimiter == "tab" ? "\t" : delimiter;
        byte[] stdin = System.Text.Encoding.UTF8.GetBytes(string.Join('\n', "ent_id,cluster,period,ytd_output", "1,0,202301,100", "1,0,202401,120").Replace(",", sep, StringComparison.Ordinal) + "\n");
        using var s = new Scratch();
        string dir = s.PathOf("out");

        var (code, _, error) = CliRunner.RunWithInput(stdin, "panel", "--input", "-", "--output", dir, "--delimiter", delimiter);

        Assert.True(code == 0, error);
        string manifest = File.ReadAllText(Path.Combine(dir, "manifest.json"));
        AssertValid("panel-manifest", manifest);
        Assert.Contains("\"path\": \"-\"", manifest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a rate as percent text", "clusters.growth", "\"26.7%\"")]
    [InlineData("an undefined rate without its reason", "clusters.growth", "null")]
    [InlineData("a period in another notation", "period", "\"2018年1-6月\"")]
    [InlineData("an unknown unit", "unit", "\"yi yuan\"")]
    [InlineData("another schema version", "schema", "\"taizhou-metrics/report/v2\"")]
    [InlineData("bounds with one number", "clusters.implied_base_bounds", "[822.3]")]
    [InlineData("a key the documentation does not list", "clusters.extra", "1")]
    public void Report_BrokenOnPurpose_FailsItsSchema(string what, string path, string value)
    {
        var document = JsonNode.Parse(Output(0, "report", "--format", "json"))!;
        var parent = document;
        string[] keys = path.Split('.');
        foreach (string key in keys[..^1])
        {
            parent = parent[key]!;
        }

        parent[keys[^1]] = JsonNode.Parse(value);

        var result = Evaluate("report", document.ToJsonString());
        Assert.False(result.IsValid, $"the schema let through {what}");
    }

    [Fact]
    public void Documents_BrokenOnPurpose_FailTheirSchemas()
    {
        // One break per schema, so that each can fail: a missing key, a wrong type, an out-of-range value.
        using var contribCsv = new TempCsv("part,previous,current\nA,20,30\nB,80,90\n");
        var contrib = JsonNode.Parse(Output(0, "contrib", "--input", contribCsv.Path, "--format", "json"))!;
        contrib["parts"]![0]!.AsObject().Remove("share");
        Assert.False(Evaluate("contrib", contrib.ToJsonString()).IsValid);

        using var series = new TempCsv(ProjectCommandTest.Exact);
        var project = JsonNode.Parse(Output(0, "project", "-i", series.Path, "--target", "2021:2000", "--method", "holt", "--format", "json"))!;
        project["gap"]!["probability"] = 1.5;
        Assert.False(Evaluate("project", project.ToJsonString()).IsValid);

        using var firms = new TempCsv(GeneratedEnterprises.Generate(200));
        var tiers = JsonNode.Parse(Output(0, "tiers", "--input", firms.Path, "--year", "2021", "--format", "json"))!;
        tiers["tiers"]!.AsArray().RemoveAt(0);
        Assert.False(Evaluate("tiers", tiers.ToJsonString()).IsValid);

        using var panel = new TempCsv("ent_id,cluster,period,ytd_output\n1,0,202301,100\n1,0,202401,120\n");
        using var s = new Scratch();
        string dir = s.PathOf("out");
        Assert.Equal(0, CliRunner.Run("panel", "--input", panel.Path, "--output", dir).ExitCode);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(dir, "manifest.json")))!;
        manifest["input"]!["sha256"] = "ABC";
        Assert.False(Evaluate("panel-manifest", manifest.ToJsonString()).IsValid);
    }

    [Theory]
    [InlineData(0, "point-difference", "--rate", "8.5", "--other", "3.4", "--printed", "5.1")]
    [InlineData(1, "point-difference", "--rate", "8.5", "--other", "3.4", "--printed", "5.4")]
    [InlineData(0, "rest-growth", "--total", "8791", "--total-growth", "41.8", "--part", "8511", "--part-growth", "42.3", "--printed", "28.0")]
    [InlineData(0, "rest-growth", "--total", "100.0", "--total-growth", "10.0", "--part", "99.8", "--part-growth", "9.8", "--printed", "5")]
    [InlineData(0, "total-from-share", "--part", "790.99", "--share", "76.5")]
    [InlineData(0, "change-from-contribution", "--part", "83.55", "--part-growth", "29.8", "--contribution-rate", "13.7")]
    [InlineData(0, "change-from-contribution", "--part-increase", "19.18", "--contribution-rate", "13.7", "--printed", "140")]
    [InlineData(0, "per-unit", "--total", "4401.73", "--count", "2835", "--printed", "1.55")]
    [InlineData(0, "time-progress", "--date", "2024-02-29")]
    [InlineData(0, "target-progress", "--actual", "629.0", "--target", "647.4", "--months", "10", "--printed-completion", "97.2", "--printed-ahead", "13.8")]
    [InlineData(1, "target-progress", "--actual", "629.0", "--target", "647.4", "--date", "2023-10-31", "--printed-ahead", "13.8")]
    [InlineData(0, "target-progress", "--completion", "45.0", "--months", "6", "--printed-ahead", "-5.0")]
    public void Derive_EveryFigure_MatchesItsSchema(int code, params string[] args)
    {
        AssertValid("derive", Output(code, ["derive", .. args, "--format", "json"]));
    }

    [Fact]
    public void Derive_BrokenOnPurpose_FailsItsSchema()
    {
        // A fraction's bounds with one number, a check without its break, bounds beside "unbounded": true.
        string json = Output(0, "derive", "point-difference", "--rate", "8.5", "--other", "3.4", "--printed", "5.1", "--format", "json");
        var oneBound = JsonNode.Parse(json)!;
        oneBound["results"]![0]!["bounds"] = JsonNode.Parse("[0.05]");
        Assert.False(Evaluate("derive", oneBound.ToJsonString()).IsValid);

        var noBreak = JsonNode.Parse(json)!;
        noBreak["results"]![0]!["check"]!.AsObject().Remove("break");
        Assert.False(Evaluate("derive", noBreak.ToJsonString()).IsValid);

        var unbounded = JsonNode.Parse(json)!;
        unbounded["results"]![0]!["unbounded"] = true;
        Assert.False(Evaluate("derive", unbounded.ToJsonString()).IsValid);
    }

    [Theory]
    [InlineData("时期,累计值,增速\n2023年1-4月,149833,8.5\n2023年1-5月,187636,9.3\n", "--single-month")]
    [InlineData("period,value,growth\n2024年1-2月,190.0,5.0\n2024年1-3月,300.0,\n2024年1-4月,400.0,0.0\n2024年1-5月,401.0,0.9\n", "--single-month")]
    [InlineData("period,value,growth\n2019年1-2月,100.0,\n2020年1-2月,,-13.5\n2021年1-2月,121.0,35.1\n", "--average-years", "2")]
    [InlineData("period,value,growth\n2020年1-2月,90.0,-13.5\n2021年1-2月,121.0,35.1\n", "--average-years", "1", "--single-month")]
    [InlineData("period,value,growth\n2024年1-2月,8000,3.5\n2024年1-3月,12100,4.0\n", "--split-jan-feb", "working-days:21,14")]
    public void Series_SingleMonthAndAverages_MatchItsSchema(string content, params string[] more)
    {
        // The second case has a growth not printed (MissingBase) and a base that can reach zero within the rounding
        // (1-4月 400.0 at 0.0 %, 1-5月 401.0 at 0.9 %: unbounded growth); the third a rates-only row and a level-only one.
        using var csv = new TempCsv(content);
        AssertValid("series", Output(0, ["series", "--input", csv.Path, .. more, "--format", "json"]));
    }

    [Fact]
    public void Series_BrokenOnPurpose_FailsItsSchema()
    {
        // A growth beside its reason, a month without its bounds, averages without their years.
        using var csv = new TempCsv("period,value,growth\n2024年1-2月,190.0,5.0\n2024年1-3月,300.0,\n");
        string json = Output(0, "series", "--input", csv.Path, "--format", "json");

        var both = JsonNode.Parse(json)!;
        both["single_month"]![1]!["growth"] = 0.1;
        Assert.False(Evaluate("series", both.ToJsonString()).IsValid);

        var noBounds = JsonNode.Parse(json)!;
        noBounds["single_month"]![0]!.AsObject().Remove("level_bounds");
        Assert.False(Evaluate("series", noBounds.ToJsonString()).IsValid);

        var averages = JsonNode.Parse(json)!;
        averages["averages"] = JsonNode.Parse("[]");
        Assert.False(Evaluate("series", averages.ToJsonString()).IsValid);
    }

    [Theory]
    [InlineData("chow-lin")]
    [InlineData("denton-cholette")]
    public void Disagg_RegressionAndDenton_MatchItsSchema(string method)
    {
        using var sales = new TempCsv(DisaggCommandTest.Sales);
        using var exports = new TempCsv(DisaggCommandTest.Exports);

        AssertValid("disagg", Output(0, "disagg", "-i", sales.Path, "--indicator", exports.Path, "-m", method, "--unit", "index", "--format", "json"));
    }

    [Fact]
    public void Disagg_BrokenOnPurpose_FailsItsSchema()
    {
        // A value without its role, a quarter written as a cumulative period, statistics without the RSS.
        using var sales = new TempCsv(DisaggCommandTest.Sales);
        using var exports = new TempCsv(DisaggCommandTest.Exports);
        string json = Output(0, "disagg", "-i", sales.Path, "--indicator", exports.Path, "-m", "chow-lin", "--unit", "index", "--format", "json");

        var noRole = JsonNode.Parse(json)!;
        noRole["values"]![0]!.AsObject().Remove("role");
        Assert.False(Evaluate("disagg", noRole.ToJsonString()).IsValid);

        var cumulative = JsonNode.Parse(json)!;
        cumulative["values"]![0]!["period"] = "1972-01..03";
        Assert.False(Evaluate("disagg", cumulative.ToJsonString()).IsValid);

        var noRss = JsonNode.Parse(json)!;
        noRss["statistics"]!.AsObject().Remove("rss");
        Assert.False(Evaluate("disagg", noRss.ToJsonString()).IsValid);
    }

    private static string SchemaFolder => Path.Combine(AppContext.BaseDirectory, "schemas");

    private static string PathOf(string name) => Path.Combine(SchemaFolder, name + ".schema.json");

    private static JsonSchema Load(string name) => JsonSchema.FromText(File.ReadAllText(PathOf(name)));

    private static string Output(int expectedCode, params string[] args)
    {
        var (code, output, error) = CliRunner.Run(args);
        Assert.True(code == expectedCode, $"exit code {code}: {error}");
        return output;
    }

    private static EvaluationResults Evaluate(string schema, string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schemas[schema].Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
    }

    private static void AssertValid(string schema, string json)
    {
        var result = Evaluate(schema, json);
        Assert.True(result.IsValid, $"{schema}: {Describe(result)}");
    }

    private static string Describe(EvaluationResults result) => string.Join(
        "; ",
        (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(10).Select(d => $"{d.InstanceLocation} ({d.EvaluationPath}): {string.Join(", ", d.Errors!.Values)}"));
}
