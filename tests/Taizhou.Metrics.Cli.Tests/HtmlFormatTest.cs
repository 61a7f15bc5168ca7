using System;
using System.Linq;
using System.Xml;
using System.Xml.Linq;
using Taizhou.Metrics.Cli.Rendering;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>--format html</c>: one self-contained page (well-formed, nothing fetched from outside), holding the same tables as
/// <c>--format markdown</c>, with the chart as inline SVG where the command draws one.
/// </summary>
public class HtmlFormatTest
{
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    [Fact]
    public void Report_Html_IsWellFormedAndHoldsTheMarkdownTables()
    {
        var (code, html, error) = CliRunner.Run("report", "--format", "html");
        var (_, markdown, _) = CliRunner.Run("report", "--format", "markdown");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var page = Parse(html);
        AssertSelfContained(page, html);
        Assert.Equal("en", page.Root!.Attribute("lang")!.Value);
        // Every table cell of the markdown appears as a cell of the page, in the same order.
        var markdownCells = markdown.Split('\n')
            .Where(l => l.StartsWith('|') && !l.Contains("---", StringComparison.Ordinal))
            .SelectMany(HtmlPage.Cells)
            .ToList();
        var pageCells = page.Descendants().Where(e => e.Name == Xhtml + "td" || e.Name == Xhtml + "th").Select(e => e.Value).ToList();
        Assert.Equal(markdownCells, pageCells);
        Assert.Contains("1042.27 亿元", pageCells);
        // Headlines, clusters, the 2021 target, the 2211 tiers and (issue 16) the 2021 verdict.
        Assert.Equal(5, page.Descendants(Xhtml + "table").Count());
        Assert.Equal(
            "Taizhou (台州) industry, 2018年1-6月 = January-June 2018 (computed by Taizhou.Metrics from the embedded sample)",
            page.Descendants(Xhtml + "h1").Single().Value);
    }

    [Fact]
    public void Report_HtmlChinese_DeclaresTheLanguageOfItsText()
    {
        var (code, html, _) = CliRunner.Run("report", "--format", "html", "--lang", "zh");

        Assert.Equal(0, code);
        var page = Parse(html);
        Assert.StartsWith("zh", page.Root!.Attribute("lang")!.Value, StringComparison.Ordinal);
        Assert.StartsWith("台州市", page.Descendants(Xhtml + "h1").Single().Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Project_Html_PlacesTheChartAsInlineSvg()
    {
        using var csv = new TempCsv("period,value\n2014,1000\n2015,1100\n2016,1210\n2017,1331\n2018,1464.1\n");

        var (code, html, error) = CliRunner.Run("project", "-i", csv.Path, "--target", "2021:2000", "--format", "html");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var page = Parse(html);
        AssertSelfContained(page, html);
        var figure = page.Descendants(Xhtml + "figure").Single();
        XNamespace svg = "http://www.w3.org/2000/svg";
        Assert.Single(figure.Elements(svg + "svg"));
        Assert.DoesNotContain("<?xml", html, StringComparison.Ordinal);
        // The projected path 1464.1 × 1.1^k, by hand: 1610.51, 1771.561, 1948.7171.
        var cells = page.Descendants(Xhtml + "td").Select(e => e.Value).ToList();
        Assert.Contains("1610.51", cells);
        Assert.Contains("1948.72", cells);
        // Numbers are right-aligned, as the markdown's ---: says.
        Assert.Equal("num", page.Descendants(Xhtml + "td").First(e => e.Value == "1610.51").Attribute("class")?.Value);
    }

    [Fact]
    public void Contrib_Html_EscapesTheNamesOfTheUsersParts()
    {
        using var csv = new TempCsv("part,previous,current\ncity,100,125\n\"<b>A&B</b>\",20,30\nB,70,80\n");

        var (code, html, error) = CliRunner.Run("contrib", "-i", csv.Path, "--total", "city", "--format", "html");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        Assert.Contains("&lt;b&gt;A&amp;B&lt;/b&gt;", html, StringComparison.Ordinal);
        var page = Parse(html);
        Assert.Contains("<b>A&B</b>", page.Descendants(Xhtml + "td").Select(e => e.Value));
        Assert.Empty(page.Descendants(Xhtml + "b"));
    }

    [Theory]
    [InlineData("tiers")]
    [InlineData("panel")]
    public void Html_OnACommandWithoutAPage_IsRefusedNamingTheOption(string command)
    {
        var (code, _, error) = CliRunner.Run(command, "--format", "html");

        Assert.Equal(2, code);
        Assert.Contains("--format", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Cells_EscapedPipe_StaysInsideItsCell()
    {
        Assert.Equal(["a|b", "c", ""], HtmlPage.Cells(@"| a\|b | c |  |"));
    }

    [Fact]
    public void InlineSvg_ReferenceOutsideThePage_IsRefused()
    {
        var ex = Assert.Throws<ArgumentException>(() => HtmlPage.InlineSvg("<svg xmlns=\"http://www.w3.org/2000/svg\"><image href=\"http://example.com/a.png\"/></svg>"));

        Assert.Contains("outside the page", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InlineSvg_Prefix_RenamesEveryIdAndItsReferences()
    {
        const string Chart = "<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><clipPath id=\"cl_4\"/><g clip-path=\"url(#cl_4)\"><use href=\"#cl_4\"/></g></svg>";

        Assert.Equal(
            "<svg xmlns=\"http://www.w3.org/2000/svg\"><clipPath id=\"f2-cl_4\"/><g clip-path=\"url(#f2-cl_4)\"><use href=\"#f2-cl_4\"/></g></svg>",
            HtmlPage.InlineSvg(Chart, "f2-"));
    }

    private static XDocument Parse(string html)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore };
        using var reader = XmlReader.Create(new System.IO.StringReader(html), settings);
        return XDocument.Load(reader);
    }

    private static void AssertSelfContained(XDocument page, string html)
    {
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Empty(page.Descendants(Xhtml + "script"));
        Assert.Empty(page.Descendants(Xhtml + "link"));
        Assert.Empty(page.Descendants(Xhtml + "img"));
        Assert.Empty(page.Descendants(Xhtml + "iframe"));
        foreach (var attribute in page.Descendants().Attributes())
        {
            Assert.False(
                attribute.Name.LocalName is "src" or "href" && !attribute.Value.StartsWith('#'),
                $"{attribute.Parent!.Name.LocalName} refers outside the page: {attribute}");
        }

        Assert.DoesNotMatch(@"url\((?!#)", html);
        Assert.DoesNotContain("@import", html, StringComparison.Ordinal);
    }
}
