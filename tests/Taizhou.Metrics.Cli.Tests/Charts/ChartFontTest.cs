using System.IO;
using ScottPlot;
using Taizhou.Metrics.Charts;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests.Charts;

/// <summary>
/// <see cref="ChartFont"/>: the font chosen for a chart's words has a glyph for every character, checked through
/// ScottPlot's own typeface lookup (what the chart is drawn with) and Skia's glyph table; without one the choice
/// refuses instead of drawing empty boxes.
/// </summary>
public class ChartFontTest
{
    private const string Chinese = "各部分对规上工业增长的拉动（百分点） 2018年二季度 亿元";

    [Fact]
    public void Choose_ChineseText_IsAFontWithEveryGlyph_InTheRegularAndBoldFaces()
    {
        Assert.SkipUnless(InstalledFonts.HaveCjk, InstalledFonts.NoCjk);

        var font = ChartFont.Choose(Chinese, ChartLanguage.Chinese);

        // Regular for labels and ticks, bold for the title: both must draw 拉, 动, 规, 亿, （ ...
        foreach (bool bold in new[] { false, true })
        {
            var typeface = Fonts.GetTypeface(font.Name, bold, italic: false);
            foreach (char c in Chinese.Replace(" ", string.Empty, System.StringComparison.Ordinal))
            {
                Assert.True(typeface.GetGlyph(c) != 0, $"{typeface.FamilyName} (bold: {bold}) has no glyph for {c}");
            }
        }

        Assert.True(font.CanDraw(Chinese));
        Assert.Null(font.File);
    }

    [Fact]
    public void Choose_LatinText_IsTheDefaultSansSerifFont()
    {
        var font = ChartFont.Choose("Contributions to the growth of GDP (percentage points) 2018Q2", ChartLanguage.English);

        using var sans = SkiaSharp.SKFontManager.Default.MatchFamily(Fonts.Sans);
        Assert.Equal(sans.FamilyName, font.FamilyName);
    }

    [Fact]
    public void Choose_ACharacterNoFontHas_RefusesNamingIt()
    {
        // U+10FFFD is a private-use code point no font assigns a glyph to.
        var ex = Assert.Throws<ChartFontException>(() => ChartFont.Choose("拉动 \U0010FFFD", ChartLanguage.Chinese));

        Assert.Contains("\U0010FFFD", ex.Missing);
        Assert.DoesNotContain("拉", ex.Missing);
        Assert.Contains("No installed font has a glyph for", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_AFontFileWithoutChineseGlyphs_RefusesListingThem()
    {
        Assert.SkipUnless(InstalledFonts.Exists(InstalledFonts.DejaVuSans), $"{InstalledFonts.DejaVuSans} is not installed (Debian package fonts-dejavu-core)");

        var ex = Assert.Throws<ChartFontException>(() => ChartFont.Choose("GDP 拉动", ChartLanguage.Chinese, InstalledFonts.DejaVuSans));

        Assert.Equal(["拉", "动"], ex.Missing);
        Assert.Contains("DejaVu Sans", ex.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Choose_AFontFileWithTheGlyphs_IsUsedInEveryWeight()
    {
        Assert.SkipUnless(InstalledFonts.Exists(InstalledFonts.WenQuanYi), $"{InstalledFonts.WenQuanYi} is not installed (run .ci/fonts)");

        var font = ChartFont.Choose(Chinese, ChartLanguage.Chinese, InstalledFonts.WenQuanYi);

        Assert.Equal(InstalledFonts.WenQuanYi, font.File);
        Assert.Equal("WenQuanYi Micro Hei", font.FamilyName);
        Assert.Equal("WenQuanYi Micro Hei", Fonts.GetTypeface(font.Name, bold: true, italic: false).FamilyName);
        Assert.True(font.CanDraw(Chinese));
    }

    [Fact]
    public void Choose_AFontFileThatDoesNotExist_ThrowsFileNotFound()
    {
        using var s = new Scratch();

        Assert.Throws<FileNotFoundException>(() => ChartFont.Choose("GDP", ChartLanguage.English, s.PathOf("missing.ttf")));
    }

    [Fact]
    public void Choose_AFileThatIsNotAFont_Refuses()
    {
        using var s = new Scratch();
        string path = s.Text("not-a-font.ttf", "this is text, not a font");

        var ex = Assert.Throws<ChartFontException>(() => ChartFont.Choose("GDP", ChartLanguage.English, path));

        Assert.Contains("is not a font file", ex.Message, System.StringComparison.Ordinal);
    }
}
