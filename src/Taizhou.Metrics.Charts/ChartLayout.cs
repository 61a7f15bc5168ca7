using System;
using System.Collections.Generic;
using System.Linq;
using ScottPlot;

namespace Taizhou.Metrics.Charts;

/// <summary>What the charts share: the font on every word, period ticks, label widths.</summary>
internal static class ChartLayout
{
    /// <summary>The characters of numeric tick labels, which need glyphs too.</summary>
    public const string NumberCharacters = "0123456789.,-−+%";

    /// <summary>
    /// Sets the font of every word the plot draws: title, axis labels, tick labels and legend items. Each element is
    /// set on its own; ScottPlot's <c>Plot.Font.Set</c> is not used, since it also changes the process-wide
    /// <c>Fonts.Default</c> that elements created later start from, so charts drawn at the same time (or one after
    /// another in other languages) would change each other's fonts.
    /// </summary>
    public static void UseFont(Plot plot, ChartFont font)
    {
        plot.Axes.Title.Label.FontName = font.Name;
        foreach (var axis in plot.Axes.GetAxes())
        {
            axis.Label.FontName = font.Name;
            axis.TickLabelStyle.FontName = font.Name;
        }

        plot.Legend.FontName = font.Name;
        foreach (var item in plot.Legend.ManualItems)
        {
            item.LabelFontName = font.Name;
        }
    }

    /// <summary>An estimate of a label's width in pixels at the default tick label size: CJK characters are about twice as wide as digits.</summary>
    public static double LabelWidth(string label) => label.Sum(c => c >= '\u2E80' ? 13.0 : 7.5);

    /// <summary>
    /// Wraps a label onto lines no wider than <paramref name="width"/> pixels (by <see cref="LabelWidth"/>): between
    /// words at spaces, and between any two CJK characters; a word wider than a line keeps its own line.
    /// </summary>
    public static string Wrap(string label, double width)
    {
        var lines = new List<string>();
        var line = new System.Text.StringBuilder();
        int i = 0;
        while (i < label.Length)
        {
            // The next unit: a run of non-CJK, non-space characters (a word), one CJK character, or one space.
            int j = i + 1;
            if (label[i] != ' ' && label[i] < '\u2E80')
            {
                while (j < label.Length && label[j] != ' ' && label[j] < '\u2E80')
                {
                    j++;
                }
            }

            string unit = label[i..j];
            if (line.Length > 0 && LabelWidth(line + unit.TrimEnd()) > width)
            {
                lines.Add(line.ToString().TrimEnd());
                line.Clear();
                unit = unit.TrimStart();
            }

            line.Append(unit);
            i = j;
        }

        lines.Add(line.ToString().TrimEnd());
        return string.Join('\n', lines.Where(l => l.Length > 0));
    }

    /// <summary>The most labels of the given widest width that fit side by side on an axis of a chart this wide.</summary>
    public static int MaxLabels(int width, IEnumerable<string> labels)
    {
        double widest = labels.Select(LabelWidth).DefaultIfEmpty(40.0).Max();
        return Math.Max(1, (int)((width - 110) / (widest + 12.0)));
    }

    /// <summary>
    /// Labels the value axis in invariant notation (<c>6,000</c>, <c>-0.5</c>) whatever the current culture: ScottPlot's
    /// default follows the culture and a German one would print <c>6.000</c> for six thousand in a Chinese report.
    /// </summary>
    public static void InvariantValueTicks(Plot plot) =>
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = static v => Math.Abs(v) < 1e-12 ? "0" : v.ToString("#,0.####", System.Globalization.CultureInfo.InvariantCulture),
        };

    /// <summary>Puts the ticks of a period axis on the bottom axis: labelled major ticks and unlabelled minor ones.</summary>
    public static void PeriodTicks(Plot plot, IReadOnlyList<PeriodTick> ticks)
    {
        var generator = new ScottPlot.TickGenerators.NumericManual();
        foreach (var tick in ticks)
        {
            if (tick.Label is null)
            {
                generator.AddMinor(tick.Position);
            }
            else
            {
                generator.AddMajor(tick.Position, tick.Label);
            }
        }

        plot.Axes.Bottom.TickGenerator = generator;
    }
}
