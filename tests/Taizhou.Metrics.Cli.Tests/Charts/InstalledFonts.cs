using System.IO;
using System.Linq;
using SkiaSharp;

namespace Taizhou.Metrics.Cli.Tests.Charts;

/// <summary>
/// The fonts of the machine the chart tests run on, looked up through Skia directly (not through the code under test):
/// whether any installed font can draw Chinese, and two font files the tests name when present.
/// </summary>
internal static class InstalledFonts
{
    /// <summary>The reason a test that needs a CJK font is skipped without one.</summary>
    public const string NoCjk = "no installed font has Chinese glyphs (run .ci/fonts as root to install fonts-wqy-microhei)";

    /// <summary>WenQuanYi Micro Hei, the font .ci/fonts installs.</summary>
    public const string WenQuanYi = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc";

    /// <summary>DejaVu Sans, a Latin/Greek/Cyrillic font with no Chinese glyphs.</summary>
    public const string DejaVuSans = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

    /// <summary>Gets whether some installed font has a glyph for 拉 (the first character of 拉动).</summary>
    public static bool HaveCjk { get; } = HasCjk();

    /// <summary>Returns whether a font file exists.</summary>
    public static bool Exists(string path) => File.Exists(path);

    // Every installed family, one by one (the Linux build of SkiaSharp that ScottPlot brings has no fontconfig, so
    // MatchCharacter finds nothing there).
    private static bool HasCjk() => SKFontManager.Default.FontFamilies.Any(family =>
    {
        using var typeface = SKFontManager.Default.MatchFamily(family);
        return typeface is not null && typeface.GetGlyph('拉') != 0;
    });
}
