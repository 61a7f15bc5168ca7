using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Structure;

namespace Taizhou.Metrics.Charts;

/// <summary>
/// Draws a breakdown's contributions to the total's growth (拉动, in percentage points): a bar per part in the order
/// published, the remainder ("other", 其他) in grey when the parts do not exhaust the total, and the total's growth as a
/// marked bar at the end with a dashed line across at its height, each bar labelled with its value; so the parts' bars
/// add up to the total's. Titles and labels are in the chart's language. Rendered as PNG or SVG (see <see cref="Chart"/>).
/// </summary>
/// <remarks>
/// A contribution in points is Δpart / total[t−1] × 100 (<see cref="BreakdownPart.ContributionPoints"/>); the total's
/// is its growth in percent. Only the top level of the breakdown is drawn (a part's own sub-parts are not).
/// </remarks>
public static class ContributionChart
{
    private static readonly Color PartColor = Colors.SteelBlue;
    private static readonly Color RemainderColor = Colors.Gray;
    private static readonly Color TotalColor = Colors.FireBrick;

    /// <summary>Draws the chart.</summary>
    /// <param name="analysis">The breakdown analysis (from <see cref="Breakdown"/>).</param>
    /// <param name="options">Size, language, title and font; null for <see cref="ChartOptions.Default"/>.</param>
    /// <returns>The chart, to render as PNG or SVG.</returns>
    /// <exception cref="ArgumentException">
    /// The total's base is zero, so no contribution is defined and there is nothing to draw.
    /// </exception>
    /// <exception cref="ChartFontException">No font can draw the chart's words (see <see cref="ChartFont.Choose"/>).</exception>
    /// <exception cref="System.IO.FileNotFoundException">The options name a font file that does not exist.</exception>
    public static Chart Draw(BreakdownAnalysis analysis, ChartOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        options ??= ChartOptions.Default;
        if (analysis.Total.ContributionPoints is null)
        {
            throw new ArgumentException($"The total {analysis.Total.Name} was zero in the base period: no contribution (拉动) is defined, so there is nothing to draw.", nameof(analysis));
        }

        var words = Words.Of(analysis, options);
        var font = ChartFont.Choose(words.All, options.Language, options.FontFile);
        return new Chart(dashes => Build(words, font, dashes), options, font, words.Title);
    }

    private static Plot Build(Words words, ChartFont font, bool dashes)
    {
        var plot = new Plot();
        var bars = words.Bars.Select(b => new Bar
        {
            Position = b.Position,
            Value = b.Points,
            FillColor = b.Kind switch
            {
                BreakdownPartKind.Total => TotalColor,
                BreakdownPartKind.Remainder => RemainderColor,
                _ => PartColor,
            },
            Label = b.ValueText,
            LineWidth = 0,
            Size = 0.7,
        }).ToList();
        var barPlot = plot.Add.Bars(bars);
        barPlot.ValueLabelStyle.FontName = font.Name;
        barPlot.ValueLabelStyle.FontSize = 14;

        double total = words.Bars[^1].Points;
        var level = plot.Add.HorizontalLine(total);
        level.Color = TotalColor.WithAlpha(0.6);
        level.LineWidth = 1.5f;
        level.LinePattern = dashes ? LinePattern.Dashed : LinePattern.Solid;
        var zero = plot.Add.HorizontalLine(0);
        zero.Color = Colors.Black;
        zero.LineWidth = 1;

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var b in words.Bars)
        {
            ticks.AddMajor(b.Position, b.Name);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Title(words.Title);
        plot.YLabel(words.YLabel);
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = words.PartLegend, FillColor = PartColor });
        if (words.Bars.Any(b => b.Kind == BreakdownPartKind.Remainder))
        {
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = words.RemainderLegend, FillColor = RemainderColor });
        }

        plot.Legend.ManualItems.Add(new LegendItem { LabelText = words.TotalLegend, FillColor = TotalColor });
        plot.ShowLegend(Edge.Bottom);
        ChartLayout.InvariantValueTicks(plot);
        ChartLayout.UseFont(plot, font);
        barPlot.ValueLabelStyle.FontName = font.Name;
        plot.Axes.AutoScale();
        double low = Math.Min(0, words.Bars.Min(b => b.Points));
        double high = Math.Max(0, words.Bars.Max(b => b.Points));
        double span = Math.Max(high - low, 1e-9);

        // Room above the bars for their value labels, below for negative bars' labels.
        plot.Axes.SetLimitsY(low - (low < 0 ? span * 0.12 : 0), high + (span * 0.12));
        plot.Axes.SetLimitsX(-0.6, words.Bars[^1].Position + 0.6);
        return plot;
    }

    private readonly record struct BarWords(string Name, BreakdownPartKind Kind, double Position, double Points, string ValueText);

    /// <summary>Every word of the chart in its language, worked out before drawing so that the font can be chosen for them.</summary>
    private sealed record Words(string Title, string YLabel, string PartLegend, string RemainderLegend, string TotalLegend, IReadOnlyList<BarWords> Bars)
    {
        public string All => string.Join('\n', [Title, YLabel, PartLegend, RemainderLegend, TotalLegend, .. Bars.Select(b => b.Name + " " + b.ValueText), ChartLayout.NumberCharacters]);

        public static Words Of(BreakdownAnalysis analysis, ChartOptions options)
        {
            var lang = options.Language;
            var rows = new List<BarWords>();
            foreach (var part in analysis.Remainder is null ? analysis.Parts : analysis.Parts.Append(analysis.Remainder))
            {
                double points = Points(part);
                rows.Add(new BarWords(ChartText.PartName(part, lang), part.Kind, rows.Count, points, Rounding.Format(points, 2)));
            }

            // The total after a gap, so that it reads as the sum of the bars before it.
            double total = Points(analysis.Total);
            string totalName = ChartText.PartName(analysis.Total, lang);
            rows.Add(new BarWords(totalName, BreakdownPartKind.Total, rows.Count + 0.5, total, Rounding.Format(total, 2)));
            // Long names (化学原料和化学制品制造业) wrap onto lines as wide as a bar's slot.
            double slot = ((options.Width - 160) / (rows.Count + 0.5)) - 12;
            rows = rows.Select(r => r with { Name = ChartLayout.Wrap(r.Name, slot) }).ToList();
            return new Words(
                options.Title ?? ChartText.Pick(
                    lang,
                    $"Contributions to the growth of {totalName} (percentage points)",
                    $"各部分对{totalName}增长的拉动（百分点）",
                    $"各部分對{totalName}增長的拉動（百分點）"),
                ChartText.Pick(lang, "percentage points", "百分点", "百分點"),
                ChartText.Pick(lang, "contribution (pp)", "拉动（百分点）", "拉動（百分點）"),
                ChartText.Pick(lang, "other (total − Σ parts)", "其他（合计 − 各部分之和）", "其他（合計 − 各部分之和）"),
                ChartText.Pick(lang, $"growth of {totalName} (%)", $"{totalName}增速（%）", $"{totalName}增速（%）"),
                rows);
        }

        private static double Points(BreakdownPart part) => 100.0 * (part.ContributionPoints
            ?? throw new ArgumentException($"The contribution of {part.Name} is not defined (its base total is zero).", nameof(part)));
    }
}
