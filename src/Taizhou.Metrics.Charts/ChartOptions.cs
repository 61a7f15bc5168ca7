using System;

namespace Taizhou.Metrics.Charts;

/// <summary>
/// How a chart is drawn: its size in pixels, the language of its words, an optional title and an optional font file.
/// </summary>
/// <remarks>
/// The font: with <see cref="FontFile"/> every word of the chart is drawn in that file's font, and the chart refuses
/// (<see cref="ChartFontException"/>) when the font lacks a character. Without it the chart uses the default sans-serif
/// font when it has every character, else the first installed font that has them all (for Chinese, a CJK font such as
/// WenQuanYi Micro Hei or Noto Sans CJK), and refuses when none does. A chart never draws empty boxes.
/// </remarks>
public sealed record ChartOptions
{
    private readonly int width = 1000;
    private readonly int height = 600;

    /// <summary>Gets the default options: 1000 × 600 pixels, English, the chart's own title, an installed font.</summary>
    public static ChartOptions Default { get; } = new();

    /// <summary>Gets the width in pixels, 100 to 10000 (default 1000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 100 to 10000.</exception>
    public int Width
    {
        get => width;
        init => width = Pixels(value, nameof(Width));
    }

    /// <summary>Gets the height in pixels, 100 to 10000 (default 600).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 100 to 10000.</exception>
    public int Height
    {
        get => height;
        init => height = Pixels(value, nameof(Height));
    }

    /// <summary>Gets the language of the title, labels, legend and period ticks (default English).</summary>
    public ChartLanguage Language { get; init; } = ChartLanguage.English;

    /// <summary>Gets the title, or null for the chart's own title in <see cref="Language"/>.</summary>
    public string? Title { get; init; }

    /// <summary>
    /// Gets a font file (<c>.ttf</c>, <c>.otf</c>, <c>.ttc</c>: its first face) to draw every word in, or null to choose
    /// an installed font that has the characters of the text.
    /// </summary>
    public string? FontFile { get; init; }

    private static int Pixels(int value, string name) => value is >= 100 and <= 10_000
        ? value
        : throw new ArgumentOutOfRangeException(name, value, "A chart is 100 to 10000 pixels wide and high.");
}
