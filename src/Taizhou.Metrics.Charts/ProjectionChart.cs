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
/// and a title in the chart's language, the time axis labelled by period (<see cref="PeriodAxis"/>). Rendered as PNG or
/// SVG (see <see cref="Chart"/>).
/// </summary>
public static class ProjectionChart
{
    /// <summary>Draws the chart.</summary>
    /// <param name="actual">The actual series the projection starts from.</param>
    /// <param name="projection">The projection.</param>
    /// <param name="target">The target.</param>
    /// <param name="options">Size, language, title and font; null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart, to render as PNG or SVG.</returns>
    /// <exception cref="ChartFontException">No font can draw the chart's words (see <see cref="ChartFont.Choose"/>).</exception>
    /// <exception cref="System.IO.FileNotFoundException">The options name a font file that does not exist.</exception>
    public static Chart Draw(TimeSeries actual, Projection projection, ValueTarget target, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(target);
        options ??= ChartOptions.Default;
        var words = Words.Of(actual, projection, target, options);
        var font = ChartFont.Choose(words.All, options.Language, options.FontFile);
        return new Chart(dashes => Build(actual, projection, target, words, font, dashes), options, font, words.Title);
    }

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
        _ = FormatOf(path);
        Draw(actual, projection, target, new ChartOptions { Title = title, Width = width, Height = height }).Save(path);
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
        ArgumentNullException.ThrowIfNull(destination);
        if (format is not (ChartFormat.Png or ChartFormat.Svg))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "A chart is written as PNG or SVG.");
        }

        Draw(actual, projection, target, new ChartOptions { Title = title, Width = width, Height = height }).Write(destination, format);
    }

    /// <summary>The format a file's extension names: <c>.png</c> or <c>.svg</c>, in any case (<see cref="Chart.FormatOf"/>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The format.</returns>
    /// <exception cref="ArgumentException">The extension is neither .png nor .svg.</exception>
    public static ChartFormat FormatOf(string path) => Chart.FormatOf(path);

    private static Plot Build(TimeSeries actual, Projection projection, ValueTarget target, Words words, ChartFont font, bool dashes)
    {
        var plot = new Plot();
        var observed = actual.Observations.Where(o => o.Value is not null).ToList();
        double[] ax = observed.Select(o => X(o.Period)).ToArray();
        double[] ay = observed.Select(o => (double)o.Value!.Value).ToArray();

        // The interval band first, so that the lines are drawn over it.
        var points = projection.Path;
        double[] px = [X(projection.LastActualPeriod), .. points.Select(p => X(p.Period))];
        double[] py = [(double)projection.LastActualValue, .. points.Select(p => p.Estimate)];
        if (words.Band is not null)
        {
            double[] lower = [(double)projection.LastActualValue, .. points.Select(p => p.Interval!.Value.Lower)];
            double[] upper = [(double)projection.LastActualValue, .. points.Select(p => p.Interval!.Value.Upper)];
            var band = plot.Add.FillY(px, lower, upper);
            band.FillColor = Colors.SteelBlue.WithAlpha(0.22);
            band.LineColor = Colors.SteelBlue.WithAlpha(0.0);
            band.LegendText = words.Band;
        }

        var actualLine = plot.Add.Scatter(ax, ay);
        actualLine.Color = Colors.Black;
        actualLine.LineWidth = 2;
        actualLine.MarkerSize = 7;
        actualLine.LegendText = words.Actual;

        var projected = plot.Add.Scatter(px, py);
        projected.Color = Colors.SteelBlue;
        projected.LineWidth = 2;
        projected.MarkerSize = 5;
        projected.LinePattern = dashes ? LinePattern.Dashed : LinePattern.Solid;
        projected.LegendText = words.Projected;

        double tx = X(target.Period);
        var straight = plot.Add.Scatter(new[] { X(projection.LastActualPeriod), tx }, new[] { (double)projection.LastActualValue, (double)target.Level });
        straight.Color = Colors.DarkOrange;
        straight.LineWidth = 2;
        straight.MarkerSize = 0;
        straight.LinePattern = dashes ? LinePattern.Dotted : LinePattern.Solid;
        straight.LegendText = words.Straight;

        var goal = plot.Add.Scatter(new[] { tx }, new[] { (double)target.Level });
        goal.Color = Colors.FireBrick;
        goal.MarkerSize = 12;
        goal.MarkerShape = MarkerShape.FilledDiamond;
        goal.LegendText = words.Goal;

        var line = plot.Add.HorizontalLine((double)target.Level);
        line.Color = Colors.FireBrick.WithAlpha(0.4);
        line.LinePattern = dashes ? LinePattern.Dashed : LinePattern.Solid;
        line.LineWidth = 1;

        plot.Title(words.Title);
        plot.XLabel(words.XLabel);
        plot.YLabel(words.YLabel);
        ChartLayout.PeriodTicks(plot, words.Ticks);
        plot.Axes.Left.Min = 0;
        plot.ShowLegend(Alignment.UpperLeft);
        ChartLayout.InvariantValueTicks(plot);
        ChartLayout.UseFont(plot, font);
        plot.Axes.AutoScale();
        plot.Axes.SetLimitsY(0, Math.Max(py.Max(), Math.Max((double)target.Level, ay.DefaultIfEmpty(0).Max())) * 1.12);
        return plot;
    }

    // The custom format "0.##": at most two decimals, trailing zeros dropped (5000.50 → 5000.5, 5000.00 → 5000).
    private static string TrimZeros(string text) => text.Contains('.', StringComparison.Ordinal) ? text.TrimEnd('0').TrimEnd('.') : text;

    private static double X(ReportingPeriod period) => PeriodAxis.PositionOf(period);

    /// <summary>Every word of the chart in its language, worked out before drawing so that the font can be chosen for them.</summary>
    private sealed record Words(string Title, string XLabel, string YLabel, string Actual, string Projected, string Straight, string Goal, string? Band, IReadOnlyList<PeriodTick> Ticks)
    {
        public string All => string.Join('\n', [Title, XLabel, YLabel, Actual, Projected, Straight, Goal, Band ?? string.Empty, .. Ticks.Select(t => t.Label ?? string.Empty), ChartLayout.NumberCharacters]);

        public static Words Of(TimeSeries actual, Projection projection, ValueTarget target, ChartOptions options)
        {
            var lang = options.Language;
            string method = ChartText.Method(projection.Method, lang);
            string name = actual.Name ?? ChartText.Pick(lang, "Series", "序列", "序列");
            string targetPeriod = ChartText.Period(target.Period, lang);
            string level = TrimZeros(Rounding.Format(target.Level, 2));
            string? band = projection.HasIntervals && projection.Path.All(p => p.Interval is not null)
                ? (projection.ConfidenceLevel is double cl ? Rounding.Format(cl * 100.0, 0) + (lang == ChartLanguage.English ? " % " : "% ") : string.Empty)
                    + ChartText.Pick(lang, "prediction interval", "预测区间", "預測區間")
                : null;
            var periods = actual.Observations.Select(o => o.Period)
                .Concat(projection.Path.Select(p => p.Period))
                .Append(projection.LastActualPeriod)
                .Append(target.Period)
                .ToList();
            int maxLabels = ChartLayout.MaxLabels(options.Width, periods.Distinct().Select(p => ChartText.Period(p, lang)));
            bool years = actual.Observations.Length > 0 && actual.Observations[0].Period.Kind == PeriodKind.Year;
            return new Words(
                options.Title ?? ChartText.Pick(
                    lang,
                    $"{name}: {method} projection to {targetPeriod} against the target",
                    $"{name}：至{targetPeriod}的预测（{method}）与目标",
                    $"{name}：至{targetPeriod}的預測（{method}）與目標"),
                years ? ChartText.Pick(lang, "year", "年份", "年份") : ChartText.Pick(lang, "period", "时期", "時期"),
                $"{actual.Name ?? ChartText.Pick(lang, "value", "数值", "數值")} ({ChartText.Unit(actual.Unit, lang)})",
                ChartText.Pick(lang, "actual", "实际", "實際"),
                ChartText.Pick(lang, $"projection ({method})", $"预测（{method}）", $"預測（{method}）"),
                ChartText.Pick(lang, "straight path to the target", "匀速达到目标的路径", "勻速達到目標的路徑"),
                ChartText.Pick(lang, $"target {level} in {targetPeriod}", $"{targetPeriod}目标 {level}", $"{targetPeriod}目標 {level}"),
                band,
                PeriodAxis.Ticks(periods, lang, maxLabels));
        }
    }
}
