using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using ScottPlot;
using SkiaSharp;

namespace Taizhou.Metrics.Charts;

/// <summary>
/// The font a chart's words are drawn in, chosen for the characters of the text: a font file the caller names, or an
/// installed font that has a glyph for every character (for Chinese text a CJK font). See <see cref="Choose"/>.
/// </summary>
public sealed class ChartFont
{
    private static readonly string[] KnownChinese =
    [
        "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "PingFang SC",
        "SimHei", "Noto Sans CJK TC", "Source Han Sans TC", "Microsoft JhengHei", "PingFang TC", "AR PL UMing CN",
    ];

    private static readonly object Gate = new();
    private static readonly HashSet<string> Registered = new(StringComparer.Ordinal);

    private ChartFont(string name, string familyName, string? file)
    {
        Name = name;
        FamilyName = familyName;
        File = file;
    }

    /// <summary>Gets the name ScottPlot draws the chart's text with (<c>ScottPlot.Fonts.GetTypeface(Name, …)</c> gives this font).</summary>
    public string Name { get; }

    /// <summary>Gets the font's family name as the font states it (for example <c>WenQuanYi Micro Hei</c>); SVG output names it.</summary>
    public string FamilyName { get; }

    /// <summary>Gets the full path of the font file the caller named, or null for an installed font.</summary>
    public string? File { get; }

    /// <summary>
    /// Chooses the font for a chart's text. With <paramref name="fontFile"/>: that file's font (its first face), which
    /// must have every character. Without: the default sans-serif font when it has every character, else the first
    /// installed font that does, looking first at the fonts the system offers for the missing characters in the
    /// language (<c>zh-Hans</c> for <see cref="ChartLanguage.Chinese"/>, <c>zh-Hant</c> for Traditional), then at
    /// common CJK fonts (Noto Sans CJK, Source Han Sans, WenQuanYi, Microsoft YaHei, PingFang, SimHei), then at every
    /// installed family in name order.
    /// </summary>
    /// <param name="text">Every word the chart draws; white space and control characters need no glyph.</param>
    /// <param name="language">The language of the text, which orders the system's offers (simplified or traditional glyph forms).</param>
    /// <param name="fontFile">A font file (<c>.ttf</c>, <c>.otf</c>, <c>.ttc</c>), or null to choose an installed font.</param>
    /// <returns>The font.</returns>
    /// <exception cref="FileNotFoundException">The font file does not exist.</exception>
    /// <exception cref="ChartFontException">
    /// The font file cannot be read as a font or lacks a character, or no installed font has every character; the
    /// message lists the missing characters and says how to install a CJK font or name a font file.
    /// </exception>
    public static ChartFont Choose(string text, ChartLanguage language, string? fontFile = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var needed = TextElements(text);
        return fontFile is null ? Installed(needed, language) : FromFile(fontFile, needed);
    }

    /// <summary>Returns whether this font has a glyph for every character of the text (white space and control characters aside).</summary>
    /// <param name="text">The text.</param>
    /// <returns><see langword="true"/> when nothing would be drawn as an empty box.</returns>
    public bool CanDraw(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var typeface = Fonts.GetTypeface(Name, bold: false, italic: false);
        return Missing(typeface, TextElements(text)).Count == 0;
    }

    /// <summary>Returns the family name, and the file when the caller named one.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => File is null ? FamilyName : $"{FamilyName} ({File})";

    private static ChartFont FromFile(string fontFile, List<string> needed)
    {
        string full = Path.GetFullPath(fontFile);
        if (!System.IO.File.Exists(full))
        {
            throw new FileNotFoundException($"The font file {fontFile} does not exist.", fontFile);
        }

        using var typeface = SKTypeface.FromFile(full)
            ?? throw new ChartFontException($"{fontFile} is not a font file (TrueType, OpenType or a TrueType collection).", []);
        var missing = Missing(typeface, needed);
        if (missing.Count > 0)
        {
            throw new ChartFontException(
                $"The font {typeface.FamilyName} ({fontFile}) has no glyph for {Quote(missing)}: the chart would draw empty boxes. Name a font that has them (for Chinese a CJK font such as WenQuanYi Micro Hei or Noto Sans CJK SC).",
                missing);
        }

        string name = "Taizhou.Metrics font file " + full;
        lock (Gate)
        {
            if (Registered.Add(name))
            {
                Fonts.FontResolvers.Insert(0, new FileFontResolver(name, full));
            }
        }

        return new ChartFont(name, typeface.FamilyName, full);
    }

    private static ChartFont Installed(List<string> needed, ChartLanguage language)
    {
        string[] bcp47 = language switch
        {
            ChartLanguage.Chinese => ["zh-Hans", "zh-CN"],
            ChartLanguage.ChineseTraditional => ["zh-Hant", "zh-TW"],
            _ => [],
        };

        var tried = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        (string Family, List<string> Missing)? best = null;
        foreach (string candidate in Candidates(needed, bcp47))
        {
            using var typeface = SKFontManager.Default.MatchFamily(candidate);
            if (typeface is null || !tried.Add(typeface.FamilyName))
            {
                continue;
            }

            var missing = Missing(typeface, needed);
            if (missing.Count == 0)
            {
                return new ChartFont(typeface.FamilyName, typeface.FamilyName, null);
            }

            if (best is null || missing.Count < best.Value.Missing.Count)
            {
                best = (typeface.FamilyName, missing);
            }
        }

        var lacking = best?.Missing ?? needed;
        throw new ChartFontException(
            $"No installed font has a glyph for {Quote(lacking)}: the chart would draw empty boxes. Install a CJK font (Debian/Ubuntu: apt-get install fonts-wqy-microhei or fonts-noto-cjk) or name a font file that has them.",
            lacking);
    }

    private static IEnumerable<string> Candidates(List<string> needed, string[] bcp47)
    {
        yield return Fonts.Sans;
        using (var sans = SKFontManager.Default.MatchFamily(Fonts.Sans))
        {
            var offered = new List<string>();
            foreach (string element in sans is null ? needed : Missing(sans, needed))
            {
                using var match = SKFontManager.Default.MatchCharacter(null, SKFontStyle.Normal, bcp47, char.ConvertToUtf32(element, 0));
                if (match is not null)
                {
                    offered.Add(match.FamilyName);
                }
            }

            foreach (string family in offered)
            {
                yield return family;
            }
        }

        foreach (string family in KnownChinese)
        {
            yield return family;
        }

        // Last, every installed family: SkiaSharp's Linux build without fontconfig (the one ScottPlot brings) offers
        // nothing for a character, so a CJK font with a name not listed above is found only this way.
        foreach (string family in SKFontManager.Default.FontFamilies.Order(StringComparer.Ordinal))
        {
            yield return family;
        }
    }

    // The text elements that need a glyph, each once, in order of first occurrence.
    private static List<string> TextElements(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<string>();
        var e = StringInfo.GetTextElementEnumerator(text);
        while (e.MoveNext())
        {
            string element = e.GetTextElement();
            if (element.EnumerateRunes().All(r => Rune.IsWhiteSpace(r) || Rune.IsControl(r)))
            {
                continue;
            }

            if (seen.Add(element))
            {
                result.Add(element);
            }
        }

        return result;
    }

    private static List<string> Missing(SKTypeface typeface, List<string> elements) =>
        elements.Where(element => element.EnumerateRunes().Any(r => typeface.GetGlyph(r.Value) == 0)).ToList();

    private static string Quote(List<string> missing) =>
        string.Join(' ', missing.Take(12)) + (missing.Count > 12 ? $" and {missing.Count - 12} more" : string.Empty);

    // Resolves one name to one font file, in every weight and slant (a bold title is drawn in the same file).
    private sealed class FileFontResolver(string name, string path) : IFontResolver
    {
        public SKTypeface? CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing spacing) =>
            fontName == name ? SKTypeface.FromFile(path) : null;

        public SKTypeface? CreateTypeface(string fontName, bool bold, bool italic) =>
            fontName == name ? SKTypeface.FromFile(path) : null;
    }
}
