using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Runtime.InteropServices;
using Taizhou.Metrics.Charts;
using Taizhou.Metrics.Cli.Input;
using Taizhou.Metrics.Cli.Rendering;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Cli.Output;

/// <summary>
/// The <c>--chart FILE.png|svg</c> and <c>--chart-font FILE</c> options of the commands that draw: the format from the
/// extension, the language from <c>--lang</c>, and the chart drawn first (a font that cannot draw its words is bad
/// usage, exit 2, and leaves no file) then written atomically like every other output.
/// </summary>
internal static class ChartFile
{
    /// <summary>The format the chart's extension names.</summary>
    /// <param name="path">The <c>--chart</c> value.</param>
    /// <returns>PNG or SVG.</returns>
    /// <exception cref="InputException">Another extension.</exception>
    public static ChartFormat FormatOf(string path)
    {
        try
        {
            return Chart.FormatOf(path);
        }
        catch (ArgumentException)
        {
            throw new InputException($"--chart {CellText.Quote(path)}: a chart is written as .png or .svg.");
        }
    }

    /// <summary>The chart's language: the language of the text (<c>--lang</c>, read once by <see cref="Commands.CommonOptions.ParseLanguage"/>).</summary>
    /// <param name="language">The language of the text.</param>
    /// <returns>The language of the chart.</returns>
    public static ChartLanguage Language(TextLanguage language) => language switch
    {
        TextLanguage.Simplified => ChartLanguage.Chinese,
        TextLanguage.Traditional => ChartLanguage.ChineseTraditional,
        _ => ChartLanguage.English,
    };

    /// <summary>
    /// Draws the command's chart once, when the <c>--chart</c> file or the <c>--format html</c> page asks for it, and
    /// writes the file atomically; both get the same drawing.
    /// </summary>
    /// <param name="path">The <c>--chart</c> file, or null.</param>
    /// <param name="page">Whether the output is an HTML page, which holds the chart.</param>
    /// <param name="fontFile">The <c>--chart-font</c> file, or null.</param>
    /// <param name="draw">Draws the chart (the options carry the font file).</param>
    /// <returns>The chart, or null when neither asks for it.</returns>
    /// <exception cref="InputException">As <see cref="Draw"/>, naming <c>--chart</c> when a file was asked for.</exception>
    /// <exception cref="OutputException">The file cannot be written.</exception>
    public static Chart? DrawAndWrite(string? path, bool page, string? fontFile, Func<string?, Chart> draw)
    {
        if (path is null && !page)
        {
            return null;
        }

        var chart = Draw(path is null ? "--format html" : $"--chart {CellText.Quote(path)}", fontFile, draw);
        if (path is not null)
        {
            AtomicFile.Write(path, stream => chart.Write(stream, FormatOf(path)));
        }

        return chart;
    }

    /// <summary>Draws a chart, turning what the caller can fix into bad input that names the option.</summary>
    /// <param name="what">What asked for the chart, at the start of a message (<c>--chart 'a.png'</c>, <c>--format html</c>).</param>
    /// <param name="fontFile">The <c>--chart-font</c> file, or null.</param>
    /// <param name="draw">Draws the chart (the options carry the font file).</param>
    /// <returns>The chart.</returns>
    /// <exception cref="InputException">
    /// The font file does not exist, is not a font, or no font can draw the chart's words; or the chart refused the
    /// data (a breakdown whose total was zero has no contributions to draw).
    /// </exception>
    /// <exception cref="OutputException">
    /// This install of the tool has no native chart library (SkiaSharp, HarfBuzzSharp) for the platform: the message
    /// names the platform, where the tool draws and what to use elsewhere (<see cref="NoChartLibrary"/>).
    /// </exception>
    public static Chart Draw(string what, string? fontFile, Func<string?, Chart> draw)
    {
        try
        {
            return draw(fontFile);
        }
        catch (FileNotFoundException ex) when (fontFile is not null)
        {
            throw new InputException($"--chart-font {CellText.Quote(fontFile)}: the file does not exist.", ex);
        }
        catch (ArgumentException ex)
        {
            throw new InputException($"{what}: {ex.Message}", ex);
        }
        catch (ChartFontException ex)
        {
            throw new InputException($"{what}: {ex.Message}" + (fontFile is null ? " (--chart-font FILE names one)" : string.Empty), ex);
        }
        catch (TypeInitializationException ex) when (IsNativeLibraryMissing(ex))
        {
            // SkiaSharp loads its native library in a type initializer (ScottPlot.Fonts → SKTypeface → DllNotFoundException).
            throw new OutputException(NoChartLibrary(what), ex);
        }
        catch (DllNotFoundException ex)
        {
            throw new OutputException(NoChartLibrary(what), ex);
        }
    }

    /// <summary>
    /// The message when this install has no native chart library for the platform: the tool's packages carry SkiaSharp's
    /// and HarfBuzzSharp's natives per platform (Taizhou.Metrics.Cli.RID, and the fallback for a few more), so on a
    /// platform none of them covers the chart cannot be drawn by the tool, only by a project that references
    /// Taizhou.Metrics.Charts (whose SkiaSharp dependency brings every platform's natives).
    /// </summary>
    /// <param name="what">What asked for the chart (<c>--chart 'a.png'</c>, <c>--format html</c>).</param>
    /// <returns>One line: the platform, the platforms the tool draws on, what to use elsewhere.</returns>
    internal static string NoChartLibrary(string what)
    {
        // The csproj writes the platforms its packages carry the natives for (ToolPackageRuntimeIdentifiers and
        // FallbackNativeRuntimeIdentifiers), so this list cannot drift from the packages.
        string platforms = typeof(ChartFile).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ChartPlatforms")?.Value?.Replace(";", ", ", StringComparison.Ordinal) ?? "?";
        return $"{what}: this install of taizhou-metrics has no native chart library (SkiaSharp) for {RuntimeInformation.RuntimeIdentifier}. "
            + $"`dotnet tool install Taizhou.Metrics.Cli` installs one on {platforms}; elsewhere draw the chart from a project that "
            + "references the package Taizhou.Metrics.Charts, or take the figures with --format json.";
    }

    private static bool IsNativeLibraryMissing(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is DllNotFoundException)
            {
                return true;
            }
        }

        return false;
    }
}
