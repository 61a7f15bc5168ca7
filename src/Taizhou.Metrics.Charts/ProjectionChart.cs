using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using ScottPlot;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Series;
using Taizhou.Metrics.Targets;

namespace Taizhou.Metrics.Charts;

/// <summary>
/// Draws a projection against a target: the actual path, the projected path with its interval band, the straight
/// (constant-growth) path from the last actual value to the target, and the target itself, with axes, units, a legend
/// and a title. Saved as PNG or SVG by the file's extension.
/// </summary>
public static class ProjectionChart
{
    /// <summary>
    /// Draws the chart and saves it to a file, writing the file directly (a failure part-way leaves a partial file: to
    /// replace a file safely, <see cref="Write"/> to a temporary file and rename it).
    /// </summary>
    /// <param name="actual">The actual series the projection starts from.</param>
    /// <param name="projection">The projection.</param>
    /// <param name="target">The target.</param>
    /// <param name="path">The file to write: <c>.png</c> or <c>.svg</c>.</param>
    /// <param name="title">The title, or null for one naming the method and the target.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <exception cref="ArgumentException">The extension is neither .png nor .svg.</exception>
    public static void Save(TimeSeries actual, Projection projection, ValueTarget target, string path, string? title = null, int width = 1000, int height = 600)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var format = FormatOf(path);
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(target);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        Write(actual, projection, target, stream, format, title, width, height);
    }

    /// <summary>Draws the chart and writes it to a stream as PNG or SVG.</summary>
    /// <param name="actual">The actual series the projection starts from.</param>
    /// <param name="projection">The projection.</param>
    /// <param name="target">The target.</param>
    /// <param name="destination">The stream to write the picture to; left open.</param>
    /// <param name="format">PNG or SVG.</param>
    /// <param name="title">The title, or null for one naming the method and the target.</param>
    /// <param name="width">The width in pixels.</param>
    /// <param name="height">The height in pixels.</param>
    /// <exception cref="ArgumentOutOfRangeException">The format is not a <see cref="ChartFormat"/>.</exception>
    public static void Write(TimeSeries actual, Projection projection, ValueTarget target, Stream destination, ChartFormat format, string? title = null, int width = 1000, int height = 600)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(target);
        ArgumentNullException.ThrowIfNull(destination);
        if (format is not (ChartFormat.Png or ChartFormat.Svg))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "A chart is written as PNG or SVG.");
        }

        // Skia's SVG backend cannot draw dash patterns (it drops them and complains on stderr): SVG uses solid lines.
        var plot = Build(actual, projection, target, title, dashes: format == ChartFormat.Png);
        if (format == ChartFormat.Png)
        {
            destination.Write(plot.GetImageBytes(width, height, ImageFormat.Png));
        }
        else
        {
            destination.Write(new UTF8Encoding(false).GetBytes(plot.GetSvgXml(width, height)));
        }
    }

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

    private static Plot Build(TimeSeries actual, Projection projection, ValueTarget target, string? title, bool dashes)
    {
        var plot = new Plot();
        var observed = actual.Observations.Where(o => o.Value is not null).ToList();
        double[] ax = observed.Select(o => X(o.Period)).ToArray();
        double[] ay = observed.Select(o => (double)o.Value!.Value).ToArray();

        // The interval band first, so that the lines are drawn over it.
        var points = projection.Path;
        double[] px = [X(projection.LastActualPeriod), .. points.Select(p => X(p.Period))];
        double[] py = [(double)projection.LastActualValue, .. points.Select(p => p.Estimate)];
        if (projection.HasIntervals && points.All(p => p.Interval is not null))
        {
            double[] lower = [(double)projection.LastActualValue, .. points.Select(p => p.Interval!.Value.Lower)];
            double[] upper = [(double)projection.LastActualValue, .. points.Select(p => p.Interval!.Value.Upper)];
            var band = plot.Add.FillY(px, lower, upper);
            band.FillColor = Colors.SteelBlue.WithAlpha(0.22);
            band.LineColor = Colors.SteelBlue.WithAlpha(0.0);
            band.LegendText = (projection.ConfidenceLevel is double level ? Rounding.Format(level * 100.0, 0) + " % " : string.Empty) + "prediction interval";
        }

        var actualLine = plot.Add.Scatter(ax, ay);
        actualLine.Color = Colors.Black;
        actualLine.LineWidth = 2;
        actualLine.MarkerSize = 7;
        actualLine.LegendText = "actual";

        var projected = plot.Add.Scatter(px, py);
        projected.Color = Colors.SteelBlue;
        projected.LineWidth = 2;
        projected.MarkerSize = 5;
        projected.LinePattern = dashes ? LinePattern.Dashed : LinePattern.Solid;
        projected.LegendText = $"projection ({MethodName(projection.Method)})";

        double tx = X(target.Period);
        var straight = plot.Add.Scatter(new[] { X(projection.LastActualPeriod), tx }, new[] { (double)projection.LastActualValue, (double)target.Level });
        straight.Color = Colors.DarkOrange;
        straight.LineWidth = 2;
        straight.MarkerSize = 0;
        straight.LinePattern = dashes ? LinePattern.Dotted : LinePattern.Solid;
        straight.LegendText = "straight path to the target";

        var goal = plot.Add.Scatter(new[] { tx }, new[] { (double)target.Level });
        goal.Color = Colors.FireBrick;
        goal.MarkerSize = 12;
        goal.MarkerShape = MarkerShape.FilledDiamond;
        goal.LegendText = $"target {TrimZeros(Rounding.Format(target.Level, 2))} in {target.Period}";

        var line = plot.Add.HorizontalLine((double)target.Level);
        line.Color = Colors.FireBrick.WithAlpha(0.4);
        line.LinePattern = dashes ? LinePattern.Dashed : LinePattern.Solid;
        line.LineWidth = 1;

        string unit = actual.Unit.EnglishName;
        plot.Title(title ?? $"{actual.Name ?? "Series"}: {MethodName(projection.Method)} projection to {target.Period} against the target");
        plot.XLabel(actual.Observations.Length > 0 && actual.Observations[0].Period.Kind == PeriodKind.Year ? "year" : "period");
        plot.YLabel($"{actual.Name ?? "value"} ({unit})");
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            IntegerTicksOnly = true,
            LabelFormatter = static v => Rounding.Format(v, 0),
        };
        plot.Font.Set("DejaVu Sans");
        plot.Axes.Left.Min = 0;
        plot.ShowLegend(Alignment.UpperLeft);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(0, Math.Max(py.Max(), Math.Max((double)target.Level, ay.DefaultIfEmpty(0).Max())) * 1.12);
        return plot;
    }

    // The custom format "0.##": at most two decimals, trailing zeros dropped (5000.50 → 5000.5, 5000.00 → 5000).
    private static string TrimZeros(string text) => text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;

    private static string MethodName(ProjectionMethod method) => method switch
    {
        ProjectionMethod.ConstantGrowth => "constant growth",
        ProjectionMethod.LogLinear => "log-linear trend",
        ProjectionMethod.Holt => "Holt",
        ProjectionMethod.DampedHolt => "damped Holt",
        _ => method.ToString(),
    };

    // Years sit on integers; a period ending in month m of year y sits at y + (m − 12) / 12.
    private static double X(ReportingPeriod period) => period.Year + ((period.EndMonth - 12) / 12.0);
}
