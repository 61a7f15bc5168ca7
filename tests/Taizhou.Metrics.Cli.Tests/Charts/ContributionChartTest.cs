using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Taizhou.Metrics.Charts;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.Charts;

/// <summary>
/// <see cref="ContributionChart"/>: a breakdown's contributions (拉动) as bars with the total's growth, rendered to PNG
/// and SVG bytes, its words in the chart's language.
/// </summary>
public class ContributionChartTest
{
    // By hand: 规上工业 3100 → 3350 grows 250 / 3100 = 8.06 %; 汽车 820 → 905 pulls 85 / 3100 = 2.74 points, 化工
    // 390 → 371 pulls −19 / 3100 = −0.61, the remainder (3100 − 1210 = 1890 → 3350 − 1276 = 2074) pulls 184 / 3100 = 5.94.
    private static readonly BreakdownAnalysis Analysis = Breakdown.Analyse(
        [Row("汽车制造业", 820m, 905m), Row("化学原料和化学制品制造业", 390m, 371m)],
        Row("规上工业", 3100m, 3350m));

    [Fact]
    public void ToPng_StartsWithThePngSignature()
    {
        Assert.SkipUnless(InstalledFonts.HaveCjk, InstalledFonts.NoCjk);

        byte[] png = ContributionChart.Draw(Analysis, new ChartOptions { Language = ChartLanguage.Chinese, Width = 640, Height = 400 }).ToPng();

        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
        Assert.True(png.Length > 5_000, $"the PNG has {png.Length} bytes");
    }

    [Fact]
    public void ToSvg_IsXml_WithTheChineseTitleNamesAndValues()
    {
        Assert.SkipUnless(InstalledFonts.HaveCjk, InstalledFonts.NoCjk);

        var chart = ContributionChart.Draw(Analysis, new ChartOptions { Language = ChartLanguage.Chinese });
        var svg = XDocument.Parse(chart.ToSvg());

        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = svg.Descendants(ns + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("各部分对规上工业增长的拉动（百分点）", texts);
        Assert.Contains("汽车制造业", texts);
        Assert.Contains("其他", texts);
        Assert.Contains("2.74", texts);
        Assert.Contains("-0.61", texts);
        Assert.Contains("5.94", texts);
        Assert.Contains("8.06", texts);
        Assert.Contains("规上工业增速（%）", texts);
        Assert.Contains("拉动（百分点）", texts);
        Assert.All(svg.Descendants(ns + "text"), t => Assert.StartsWith(chart.Font.FamilyName, (string?)t.Attribute("font-family"), StringComparison.Ordinal));
    }

    [Fact]
    public void Draw_Traditional_WritesTraditionalWords()
    {
        Assert.SkipUnless(InstalledFonts.HaveCjk, InstalledFonts.NoCjk);

        var chart = ContributionChart.Draw(Analysis, new ChartOptions { Language = ChartLanguage.ChineseTraditional });

        Assert.Equal("各部分對规上工业增長的拉動（百分點）", chart.Title);
        Assert.Contains("百分點", chart.ToSvg(), StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_English_TitleAndOther()
    {
        var analysis = Breakdown.Analyse([Row("A", 20m, 30m), Row("B", 80m, 90m)], Row("GDP", 110m, 132m));

        var chart = ContributionChart.Draw(analysis);

        Assert.Equal("Contributions to the growth of GDP (percentage points)", chart.Title);
        string svg = chart.ToSvg();
        Assert.Contains(">other<", svg.Replace("\n", string.Empty, StringComparison.Ordinal).Replace("\t", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);

        // A 10 / 110 = 9.09, B 10 / 110 = 9.09, other (10 → 12) 1.82, total 22 / 110 = 20.00 points.
        foreach (string value in new[] { "9.09", "1.82", "20.00" })
        {
            Assert.Contains(value, svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ToSvg_UnderAGermanCulture_ValueTicksAreInvariant()
    {
        // Contributions 0.5 and 1 point, total 1.5 %: the value axis has ticks with decimals, 0.2 or 0.5 apart.
        var analysis = Breakdown.Analyse([Row("A", 100m, 101m), Row("B", 100m, 102m)]);
        var culture = System.Globalization.CultureInfo.CurrentCulture;
        string svg;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("de-DE");
            svg = ContributionChart.Draw(analysis).ToSvg();
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = culture;
        }

        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = XDocument.Parse(svg).Descendants(ns + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains(texts, t => t.Length > 1 && t.Contains('.', StringComparison.Ordinal) && double.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out _));
        Assert.DoesNotContain(texts, t => t.Contains(',', StringComparison.Ordinal));
    }

    [Fact]
    public void Draw_TheTotalWasZero_RefusesForNothingIsDefined()
    {
        var analysis = Breakdown.Analyse([Row("A", 0m, 30m), Row("B", 0m, 90m)]);

        var ex = Assert.Throws<ArgumentException>(() => ContributionChart.Draw(analysis));

        Assert.Contains("zero in the base period", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Draw_ChineseWithAFontFileWithoutChineseGlyphs_Refuses()
    {
        Assert.SkipUnless(InstalledFonts.Exists(InstalledFonts.DejaVuSans), $"{InstalledFonts.DejaVuSans} is not installed (Debian package fonts-dejavu-core)");

        var ex = Assert.Throws<ChartFontException>(() => ContributionChart.Draw(Analysis, new ChartOptions { Language = ChartLanguage.Chinese, FontFile = InstalledFonts.DejaVuSans }));

        Assert.Contains("拉", ex.Missing);
    }

    [Theory]
    [InlineData("chart.PNG")]
    [InlineData("chart.svg")]
    public void Save_WritesTheFormatTheExtensionNames(string name)
    {
        using var s = new Scratch();
        string path = s.PathOf(name);
        var chart = ContributionChart.Draw(Breakdown.Analyse([Row("A", 20m, 30m), Row("B", 80m, 90m)]));

        chart.Save(path);

        if (Chart.FormatOf(name) == ChartFormat.Png)
        {
            Assert.Equal(chart.ToPng(), File.ReadAllBytes(path));
        }
        else
        {
            // Skia numbers the SVG's clip paths with a counter of its own, so two renderings differ in those ids.
            Assert.Equal("svg", XDocument.Load(path).Root!.Name.LocalName);
        }
    }

    private static BreakdownRow Row(string name, decimal previous, decimal current) =>
        new(name, PublishedValue.Of(current), PublishedValue.Of(previous));
}
