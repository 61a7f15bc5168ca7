using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Taizhou.Metrics.IO.Tests.Excel;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>taizhou-metrics regional</c> on the peer tools' inputs, whose outputs the core's tests pin: EconGeo's manual
/// matrix (docs/structure.md; by hand in <c>DiversityTest</c> and <c>ConcentrationTest</c>), REAT's Farhauer/Kröll
/// shift-share example (<c>Vectors/reat_shift_share.json</c>, REAT 3.0.3's own output, 1e-9) and REAT's <c>shiftp</c>
/// example (by hand in exact fractions). The command's numbers must be those documented peer outputs.
/// </summary>
public class RegionalCommandTest
{
    /// <summary>Tolerance for indices computed in a handful of double operations.</summary>
    private const double Tight = 1e-12;

    /// <summary>REAT's vector tolerance (its outputs are printed to 12 significant digits).</summary>
    private const double Reat = 1e-9;

    private static readonly double[][] EconGeo =
    [
        [100, 0, 0, 0, 0],
        [0, 15, 5, 70, 10],
        [0, 20, 10, 20, 50],
        [0, 25, 30, 5, 40],
        [0, 40, 55, 5, 0],
    ];

    /// <summary>EconGeo's example matrix in long form, regions R1-R5 by industries I1-I5.</summary>
    internal static string EconGeoCsv()
    {
        var b = new StringBuilder("region,industry,value\n");
        for (int r = 0; r < 5; r++)
        {
            for (int i = 0; i < 5; i++)
            {
                b.Append($"R{r + 1},I{i + 1},{EconGeo[r][i]}\n");
            }
        }

        return b.ToString();
    }

    /// <summary>
    /// Farhauer/Kröll (2013) as shipped in REAT's man/shift.Rd: regions A, B, C, four industries, start (基期) and end
    /// (数值). The three regions add up to the nation of the example, (400, 150, 150, 400) → (440, 210, 135, 480), so
    /// the default reference (the sum of the regions) is REAT's nation; <paramref name="withNation"/> adds it as a row.
    /// </summary>
    internal static string FarhauerKroellCsv(bool withNation)
    {
        double[][] start = [[90, 20, 10, 60], [60, 30, 30, 40], [250, 100, 110, 300], [400, 150, 150, 400]];
        double[][] end = [[100, 40, 10, 55], [85, 55, 40, 35], [255, 115, 85, 390], [440, 210, 135, 480]];
        string[] names = ["A", "B", "C", "全国"];
        var b = new StringBuilder("地区,行业,数值,基期\n");
        for (int r = 0; r < (withNation ? 4 : 3); r++)
        {
            for (int i = 0; i < 4; i++)
            {
                b.Append($"{names[r]},S{i + 1},{end[r][i]},{start[r][i]}\n");
            }
        }

        return b.ToString();
    }

    /// <summary>REAT's <c>shiftp</c> example (region 1 of Spiekermann and Wegener) with the nation as the reference row.</summary>
    internal const string ReatProjection = "region,industry,value,previous,projected\nR1,a,1000,1400,\nR1,b,4400,3600,\nN,a,2900,3700,2500\nN,b,9100,6300,12500\n";

    private static JsonElement Json(string csvText, params string[] more)
    {
        using var csv = new TempCsv(csvText);
        var (code, output, error) = CliRunner.Run(["regional", "--input", csv.Path, "--format", "json", .. more]);
        Assert.True(code == 0, error);
        Assert.Equal(string.Empty, error);
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static JsonElement Region(JsonElement root, string name) =>
        root.GetProperty("regions").EnumerateArray().Single(r => r.GetProperty("region").GetString() == name);

    private static JsonElement Industry(JsonElement root, string name) =>
        root.GetProperty("industry_indices").EnumerateArray().Single(r => r.GetProperty("industry").GetString() == name);

    private static JsonElement Shift(JsonElement root, string name) =>
        root.GetProperty("shift_share").EnumerateArray().Single(r => r.GetProperty("region").GetString() == name);

    [Fact]
    public void EconGeoMatrix_Default_StrictCutAndQuotientGini()
    {
        var root = Json(EconGeoCsv());

        Assert.Equal("taizhou-metrics/regional/v1", root.GetProperty("schema").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("reference").ValueKind);
        Assert.Equal("above", root.GetProperty("lq_cut").GetString());
        Assert.Equal(500.0, root.GetProperty("reference_total").GetDouble());

        // Every row and column sums to 100: LQ = e / 20. Diversity (LQ > 1) 1, 1, 1, 3, 2; ubiquity 1, 2, 2, 1, 2.
        Assert.Equal([1, 1, 1, 3, 2], root.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("diversity").GetInt32()));
        Assert.Equal([1, 2, 2, 1, 2], root.GetProperty("industry_indices").EnumerateArray().Select(r => r.GetProperty("ubiquity").GetInt32()));
        Assert.Equal(3.5, Region(root, "R2").GetProperty("location_quotients").GetProperty("I4").GetDouble(), Tight);

        // Hachman R2 = 0.2 / (0.15² + 0.05² + 0.70² + 0.10²) = 0.2 / 0.525 = 8/21; entropy R2 1.319035274338866 bits
        // (DiversityTest's hand sum); R1, one industry: 0 bits; Krugman R1 = |1 − 0.2| + 4 × 0.2 = 1.6.
        Assert.Equal(8.0 / 21.0, Region(root, "R2").GetProperty("hachman").GetDouble(), Tight);
        Assert.Equal(1.319035274338866, Region(root, "R2").GetProperty("entropy").GetDouble(), Tight);
        Assert.Equal(0.0, Region(root, "R1").GetProperty("entropy").GetDouble());
        Assert.Equal(1.6, Region(root, "R1").GetProperty("krugman").GetDouble(), Tight);

        // Quotient Gini of I2's LQs (0, 0.75, 1, 1.25, 2): 2 / (25 · 1) · Σ k (LQ_(k) − 1) = 0.08 · 4.5 = 0.36.
        Assert.Equal(0.36, Industry(root, "I2").GetProperty("locational_gini").GetDouble(), Tight);
        Assert.Equal(0.2, Industry(root, "I2").GetProperty("share").GetDouble(), Tight);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("shift_share").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("projection").ValueKind);
    }

    [Fact]
    public void EconGeoMatrix_AtLeastAndKrugman_ReproduceEconGeo()
    {
        var root = Json(EconGeoCsv(), "--lq-cut", "at-least", "--gini-method", "krugman");

        // EconGeo keeps LQ = 1 (R3's I2 and I4, 20 each): diversity 1, 1, 3, 3, 2; ubiquity 1, 3, 2, 2, 2.
        Assert.Equal([1, 1, 3, 3, 2], root.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("diversity").GetInt32()));
        Assert.Equal([1, 3, 2, 2, 2], root.GetProperty("industry_indices").EnumerateArray().Select(r => r.GetProperty("ubiquity").GetInt32()));

        // locational.Gini of I2: Lorenz curve through 0, .15, .35, .60, 1 at steps of 0.2, area 0.32: 0.5 − 0.32 = 0.18.
        Assert.Equal(0.18, Industry(root, "I2").GetProperty("locational_gini").GetDouble(), Tight);
        Assert.Equal("at_least", root.GetProperty("lq_cut").GetString());
        Assert.Equal("krugman", root.GetProperty("gini_method").GetString());
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void FarhauerKroell_ShiftShare_IsReats(bool withNation)
    {
        // REAT 3.0.3 shift(..., "Dunn") and shift(..., "Esteban") on Farhauer/Kröll (reat_shift_share.json):
        // A: growth 25 = NS 27 + IM 1 + RS −3, EM competitive −0.636363636364, allocation −2.36363636364;
        // B: 55 = 24 − 1 + 32, EM 18.4242424242 + 13.5757575758; C: 85 = 114 + 0 − 29, EM −33.5719008264 + 4.57190082645.
        var root = withNation
            ? Json(FarhauerKroellCsv(true), "--reference", "全国")
            : Json(FarhauerKroellCsv(false));

        (string Region, double Growth, double Ns, double Im, double Rs, double Nts, double Competitive, double Allocation)[] reat =
        [
            ("A", 25, 27, 1, -3, -2, -0.636363636364, -2.36363636364),
            ("B", 55, 24, -1, 32, 31, 18.4242424242, 13.5757575758),
            ("C", 85, 114, 0, -29, -29, -33.5719008264, 4.57190082645),
        ];
        Assert.Equal(3, root.GetProperty("shift_share").GetArrayLength());
        foreach (var e in reat)
        {
            var s = Shift(root, e.Region);
            Assert.Equal(e.Growth, s.GetProperty("actual_change").GetDouble(), Reat);
            Assert.Equal(e.Ns, s.GetProperty("national_share").GetDouble(), Reat);
            Assert.Equal(e.Im, s.GetProperty("industry_mix").GetDouble(), Reat);
            Assert.Equal(e.Rs, s.GetProperty("regional_shift").GetDouble(), Reat);
            Assert.Equal(e.Nts, s.GetProperty("net_total_shift").GetDouble(), Reat);
            Assert.Equal(e.Competitive, s.GetProperty("competitive_effect").GetDouble(), Reat);
            Assert.Equal(e.Allocation, s.GetProperty("allocation_effect").GetDouble(), Reat);
        }

        // The nation row, when given, is the reference and not a region; either way LQ of A in S1 is
        // (100 / 205) / (440 / 1265) = 126500 / 90200 by hand.
        Assert.Equal(["A", "B", "C"], root.GetProperty("regions").EnumerateArray().Select(r => r.GetProperty("region").GetString()));
        Assert.Equal(126500.0 / 90200.0, Region(root, "A").GetProperty("location_quotients").GetProperty("S1").GetDouble(), Tight);
        Assert.Equal(1265.0, root.GetProperty("reference_total").GetDouble());
    }

    [Fact]
    public void ReatShiftpExample_ProjectionFromTheReferencesProjectedLevels()
    {
        // REAT's shiftp manual example: X = (1400 · 2900/3700 + 3600 · 9100/6300) / 5000 = 233/185, RS = (5400/5000) / X
        // = 999/1165; projected a = 1000 · 2500/2900 · RS, b = 4400 · 12500/9100 · RS (≈ 739.2 and 5182.8).
        var root = Json(ReatProjection, "--reference", "N");

        var p = root.GetProperty("projection");
        Assert.Equal(2500.0, p.GetProperty("reference_projected").GetProperty("a").GetDouble());
        var r1 = Assert.Single(p.GetProperty("regions").EnumerateArray());
        double rs = 999.0 / 1165.0;
        Assert.Equal(rs, r1.GetProperty("regional_index").GetDouble(), Reat);
        double a = 1000.0 * 2500.0 / 2900.0 * rs, b = 4400.0 * 12500.0 / 9100.0 * rs;
        Assert.Equal(a, r1.GetProperty("levels").GetProperty("a").GetDouble(), Reat);
        Assert.Equal(b, r1.GetProperty("levels").GetProperty("b").GetDouble(), Reat);
        Assert.Equal(a + b, r1.GetProperty("total").GetDouble(), Reat);
        Assert.Equal("N", root.GetProperty("reference").GetString());
    }

    [Fact]
    public void EmptyRegionAndIndustry_AreNullAndDash_NeverNaN()
    {
        // "empty" has nothing and "idle" is nowhere: empty's LQs, Krugman, Hachman, diversity and entropy are undefined;
        // idle's share is a defined 0 / 40 = 0, but its LQs, ubiquity and locational Gini are undefined.
        const string Csv = "region,industry,value\na,x,5\na,y,5\na,idle,0\nb,x,15\nb,y,15\nb,idle,0\nempty,x,0\nempty,y,0\nempty,idle,0\n";
        var root = Json(Csv);

        var empty = Region(root, "empty");
        foreach (string key in new[] { "krugman", "hachman", "diversity", "entropy" })
        {
            Assert.Equal(JsonValueKind.Null, empty.GetProperty(key).ValueKind);
        }

        Assert.Equal(JsonValueKind.Null, empty.GetProperty("location_quotients").GetProperty("x").ValueKind);
        Assert.Equal(JsonValueKind.Null, Region(root, "a").GetProperty("location_quotients").GetProperty("idle").ValueKind);
        Assert.Equal(JsonValueKind.Null, Industry(root, "idle").GetProperty("ubiquity").ValueKind);
        Assert.Equal(JsonValueKind.Null, Industry(root, "idle").GetProperty("locational_gini").ValueKind);
        Assert.Equal(0.0, Industry(root, "idle").GetProperty("share").GetDouble());

        using var csv = new TempCsv(Csv);
        var (code, output, error) = CliRunner.Run("regional", "--input", csv.Path);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.DoesNotContain("NaN", output, StringComparison.Ordinal);
        string emptyRow = output.Split('\n').First(l => l.TrimStart().StartsWith("empty", StringComparison.Ordinal));
        Assert.Equal(["empty", "0.00", "—", "—", "—", "—"], emptyRow.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public void MissingAsZero_GivesWhatTheTableWithZeroRowsGives()
    {
        // EconGeo's matrix without its 9 zero rows: refused by default, and with --missing-as-zero the same document
        // as the full table.
        string full = EconGeoCsv();
        string sparse = string.Join('\n', full.Split('\n').Where(l => !l.EndsWith(",0", StringComparison.Ordinal)));
        Assert.Equal(26 - 9, sparse.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        using var s = new Scratch();
        string fullPath = s.Text("full.csv", full), sparsePath = s.Text("sparse.csv", sparse);

        var refused = CliRunner.Run("regional", "--input", sparsePath);
        var fromFull = CliRunner.Run("regional", "--input", fullPath, "--format", "json");
        var fromSparse = CliRunner.Run("regional", "--input", sparsePath, "--missing-as-zero", "--format", "json");

        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("region 'R1' (first on this line) has no row for industry 'I2'", refused.Error, StringComparison.Ordinal);
        Assert.True(fromSparse.ExitCode == 0, fromSparse.Error);
        Assert.Equal(WithoutInput(fromFull.Output), WithoutInput(fromSparse.Output));
    }

    [Fact]
    public void Table_EnglishAndMarkdown_ShowEveryTable()
    {
        using var csv = new TempCsv(ReatProjection);

        var (code, output, _) = CliRunner.Run("regional", "--input", csv.Path, "--reference", "N");
        var (mdCode, markdown, _) = CliRunner.Run("regional", "--input", csv.Path, "--reference", "N", "--format", "markdown");

        Assert.Equal(0, code);
        Assert.Contains("reference: N", output, StringComparison.Ordinal);
        Assert.Contains("Location quotients", output, StringComparison.Ordinal);
        Assert.Contains("Shift-share (Dunn", output, StringComparison.Ordinal);
        // RS = 999/1165 = 0.857510…; the projected levels 739.2334 and 5182.7572 print to 2 decimals.
        string r1 = output.Split('\n').Last(l => l.TrimStart().StartsWith("R1", StringComparison.Ordinal));
        Assert.Equal(["R1", "0.8575", "739.23", "5182.76", "5921.99"], r1.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(0, mdCode);
        Assert.Contains("## Location quotients", markdown, StringComparison.Ordinal);
        Assert.Contains("| R1 | 0.8575 | 739.23 | 5182.76 | 5921.99 |", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("zh", "区位商", "偏离-份额分析", "各地区合计")]
    [InlineData("zh-Hant", "區位商", "偏離-份額分析", "各地區合計")]
    public void Chinese_SimplifiedAndTraditionalLabels(string lang, string lq, string shiftShare, string sum)
    {
        using var csv = new TempCsv(FarhauerKroellCsv(false));

        var (code, output, error) = CliRunner.Run("regional", "--input", csv.Path, "--lang", lang);

        Assert.True(code == 0, error);
        Assert.Contains(lq, output, StringComparison.Ordinal);
        Assert.Contains(shiftShare, output, StringComparison.Ordinal);
        Assert.Contains(sum, output, StringComparison.Ordinal);
    }

    [Fact]
    public void Gb18030Input_WithEncodingOption_ReadsTheChineseHeaders()
    {
        byte[] gb = CodePagesEncodingProvider.Instance.GetEncoding(54936)!.GetBytes(FarhauerKroellCsv(false));
        using var s = new Scratch();
        string path = s.Bytes("gbk.csv", gb);

        var (code, output, error) = CliRunner.Run("regional", "--input", path, "--encoding", "gbk", "--format", "json");

        Assert.True(code == 0, error);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(-3.0, Shift(root, "A").GetProperty("regional_shift").GetDouble(), Reat);
    }

    [Fact]
    public void WorkbookSheetAndStandardInput_PrintWhatTheCsvPrints()
    {
        // The EconGeo matrix as a sheet of a workbook (after a cover sheet) and as CSV on standard input: the same
        // document as from the CSV file, but for the input's name.
        using var s = new Scratch();
        var book = new XlsxBuilder().Sheet("说明").Text("A1", "分地区分行业").Sheet("数据")
            .Text("A1", "地区").Text("B1", "行业").Text("C1", "数值");
        for (int r = 0; r < 5; r++)
        {
            for (int i = 0; i < 5; i++)
            {
                int row = 2 + (r * 5) + i;
                book.Text($"A{row}", $"R{r + 1}").Text($"B{row}", $"I{i + 1}").Number($"C{row}", EconGeo[r][i].ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        string xlsx = book.Save(s.PathOf("r.xlsx"));
        string csv = s.Text("r.csv", EconGeoCsv());
        var fromCsv = CliRunner.Run("regional", "--input", csv, "--format", "json");
        var fromBook = CliRunner.Run("regional", "--input", xlsx, "--sheet", "数据", "--format", "json");
        using var output = new StringWriter();
        using var error = new StringWriter();
        int code = CliApp.Run(["regional", "--input", "-", "--format", "json"], output, error, () => new MemoryStream(Encoding.UTF8.GetBytes(EconGeoCsv())));

        Assert.True(fromBook.ExitCode == 0, fromBook.Error);
        Assert.Equal(0, code);
        Assert.Equal(WithoutInput(fromCsv.Output), WithoutInput(fromBook.Output));
        Assert.Equal(WithoutInput(fromCsv.Output), WithoutInput(output.ToString()));
        Assert.Equal("-", JsonDocument.Parse(output.ToString()).RootElement.GetProperty("input").GetString());
    }

    private static string WithoutInput(string json)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(json)!.AsObject();
        node.Remove("input");
        return node.ToJsonString();
    }
}
