using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using Taizhou.Metrics.Cli.Tests.Charts;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>taizhou-metrics contrib --chart FILE.png|svg</c>: the contributions (拉动) as bars with the total's growth, in the
/// <c>--lang</c> language, written like every other output (atomically, the format from the extension).
/// </summary>
public class ContribCommandChartTest
{
    // A 20 → 30 and B 80 → 90 of a total 110 → 132: contributions 10 / 110 = 9.09 points each, the remainder (10 → 12)
    // 1.82, the total's growth 22 / 110 = 20.00 % (hand calculation).
    private const string Table = "part,previous,current\nGDP,110,132\n汽车,20,30\n医药,80,90\n";

    [Theory]
    [InlineData(".png")]
    [InlineData(".SVG")]
    public void Contrib_Chart_WritesThePictureTheExtensionNames(string extension)
    {
        using var s = new Scratch();
        string chart = s.PathOf("contrib" + extension);

        var (code, output, error) = CliRunner.Run("contrib", "--input", s.Text("b.csv", Table), "--total", "GDP", "--chart", chart);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        Assert.Contains("9.09", output, StringComparison.Ordinal);
        byte[] bytes = File.ReadAllBytes(chart);
        if (extension == ".png")
        {
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, bytes[..8]);
        }
        else
        {
            XNamespace ns = "http://www.w3.org/2000/svg";
            var texts = XDocument.Load(chart).Descendants(ns + "text").Select(t => t.Value.Trim()).ToList();
            Assert.Contains("Contributions to the growth of GDP (percentage points)", texts);
            Assert.Contains("9.09", texts);
            Assert.Contains("1.82", texts);
            Assert.Contains("20.00", texts);
        }

        Assert.Empty(Directory.GetFiles(s.Folder, "*.tmp"));
    }

    [Theory]
    [InlineData("ZH", "Σ 拉动 = ", "各部分对GDP增长的拉动（百分点）", "其他（合计 − 各部分之和）")]
    [InlineData("zh-hant", "Σ 拉動 = ", "各部分對GDP增長的拉動（百分點）", "其他（合計 − 各部分之和）")]
    public void Contrib_ChartLanguage_ReadsLangAsTheTextDoes_CaseInsensitive(string lang, string text, string title, string other)
    {
        // --lang is case-insensitive (language tags are): the table and the chart must agree on the language.
        Assert.SkipUnless(InstalledFonts.HaveCjk, InstalledFonts.NoCjk);
        using var s = new Scratch();
        string chart = s.PathOf("contrib.svg");

        var (code, output, error) = CliRunner.Run("contrib", "--input", s.Text("b.csv", Table), "--total", "GDP", "--lang", lang, "--chart", chart);

        Assert.True(code == 0, error);
        Assert.Contains(text, output, StringComparison.Ordinal);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = XDocument.Load(chart).Descendants(ns + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains(title, texts);
        Assert.Contains(other, texts);
    }

    [Fact]
    public void Contrib_ChartInChinese_HasTheSimplifiedTitle()
    {
        Assert.SkipUnless(InstalledFonts.HaveCjk, InstalledFonts.NoCjk);
        using var s = new Scratch();
        string chart = s.PathOf("contrib.svg");

        var (code, _, error) = CliRunner.Run("contrib", "--input", s.Text("b.csv", Table), "--total", "GDP", "--lang", "zh", "--chart", chart);

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        XNamespace ns = "http://www.w3.org/2000/svg";
        var texts = XDocument.Load(chart).Descendants(ns + "text").Select(t => t.Value.Trim()).ToList();
        Assert.Contains("各部分对GDP增长的拉动（百分点）", texts);
        Assert.Contains("汽车", texts);
        Assert.Contains("其他", texts);
        Assert.Contains("拉动（百分点）", texts);
    }

    [Fact]
    public void Contrib_ChartOfOtherType_ExitsTwoAndWritesNothing()
    {
        using var s = new Scratch();

        var (code, output, error) = CliRunner.Run("contrib", "--input", s.Text("b.csv", Table), "--chart", s.PathOf("contrib.pdf"));

        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains("contrib.pdf': a chart is written as .png or .svg.", error, StringComparison.Ordinal);
        Assert.Equal(["b.csv"], Directory.GetFiles(s.Folder).Select(Path.GetFileName));
    }

    [Fact]
    public void Contrib_ChartReplacesAnEarlierFileWhole()
    {
        using var s = new Scratch();
        string chart = s.Text("contrib.svg", "an earlier chart, much longer than nothing");

        var (code, _, _) = CliRunner.Run("contrib", "--input", s.Text("b.csv", Table), "--chart", chart);

        Assert.Equal(0, code);
        Assert.DoesNotContain("an earlier chart", File.ReadAllText(chart), StringComparison.Ordinal);
        Assert.EndsWith("</svg>", File.ReadAllText(chart).TrimEnd(), StringComparison.Ordinal);
    }
}
