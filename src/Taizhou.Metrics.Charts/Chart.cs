using System;
using System.IO;
using System.Text;
using ScottPlot;

namespace Taizhou.Metrics.Charts;

/// <summary>
/// A drawn chart, ready to render: PNG bytes (<see cref="ToPng"/>), SVG text (<see cref="ToSvg"/>), a stream
/// (<see cref="Write"/>) or a file (<see cref="Save"/>). Its font was chosen when it was drawn (see
/// <see cref="ChartFont.Choose"/>), so a chart that exists can render every one of its words.
/// </summary>
/// <remarks>SVG uses solid lines where PNG has dashes: Skia's SVG backend cannot draw dash patterns.</remarks>
public sealed class Chart
{
    private readonly Func<bool, Plot> build;

    internal Chart(Func<bool, Plot> build, ChartOptions options, ChartFont font, string title)
    {
        this.build = build;
        Options = options;
        Font = font;
        Title = title;
    }

    /// <summary>Gets the options the chart was drawn with (size, language, font file).</summary>
    public ChartOptions Options { get; }

    /// <summary>Gets the font every word of the chart is drawn in.</summary>
    public ChartFont Font { get; }

    /// <summary>Gets the title as drawn.</summary>
    public string Title { get; }

    /// <summary>The format a file's extension names: <c>.png</c> or <c>.svg</c>, in any case.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException">The extension is neither .png nor .svg.</exception>
    public static ChartFormat FormatOf(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        return Path.GetExtension(path).ToUpperInvariant() switch
        {
            ".PNG" => ChartFormat.Png,
            ".SVG" => ChartFormat.Svg,
            _ => throw new ArgumentException($"A chart is saved as .png or .svg; got '{path}'.", nameof(path)),
        };
    }

    /// <summary>Renders the chart as a PNG image of <see cref="ChartOptions.Width"/> × <see cref="ChartOptions.Height"/> pixels.</summary>
    /// <returns>The PNG file's bytes.</returns>
    public byte[] ToPng()
    {
        var plot = build(true);
        return plot.GetImageBytes(Options.Width, Options.Height, ImageFormat.Png);
    }

    /// <summary>Renders the chart as an SVG document; its words are text elements in <see cref="Font"/>'s family.</summary>
    /// <returns>The SVG document.</returns>
    public string ToSvg()
    {
        var plot = build(false);
        return plot.GetSvgXml(Options.Width, Options.Height);
    }

    /// <summary>Renders the chart to a stream as PNG or SVG (UTF-8, no byte-order mark).</summary>
    /// <param name="destination">The stream; left open.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <exception cref="ArgumentOutOfRangeException">The format is not a <see cref="ChartFormat"/>.</exception>
    public void Write(Stream destination, ChartFormat format)
    {
        ArgumentNullException.ThrowIfNull(destination);
        byte[] bytes = format switch
        {
            ChartFormat.Png => ToPng(),
            ChartFormat.Svg => new UTF8Encoding(false).GetBytes(ToSvg()),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "A chart is written as PNG or SVG."),
        };
        destination.Write(bytes);
    }

    /// <summary>
    /// Renders the chart to a file in the format its extension names, writing the file directly (a failure part-way
    /// leaves a partial file: to replace a file safely, <see cref="Write"/> to a temporary file and rename it).
    /// </summary>
    /// <param name="path">The file: <c>.png</c> or <c>.svg</c>.</param>
    /// <exception cref="ArgumentException">The extension is neither .png nor .svg (no file is created).</exception>
    public void Save(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var format = FormatOf(path);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(stream, format);
    }
}
