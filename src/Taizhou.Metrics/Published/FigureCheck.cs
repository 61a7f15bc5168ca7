using System;

namespace Taizhou.Metrics.Published;

/// <summary>
/// A figure printed in a text checked against the same figure derived from other printed figures, within the rounding
/// of all of them: "高于全市平均 1.5 个百分点" against the two rates, "超时间进度 2.3 个百分点" against the share of the
/// target completed.
/// </summary>
/// <remarks>
/// Both figures are in the unit the figure is printed in (percent, percentage points, or the unit of a level): the
/// printed one with its rounding interval, the derived one with bounds from the rounding of its inputs. The check
/// breaks when the two intervals do not meet; <see cref="Break"/> is the gap between them. A derived figure that is
/// unbounded (a denominator can reach zero within the rounding) meets every printed figure.
/// </remarks>
public sealed class FigureCheck
{
    private readonly PublishedValue printedFigure;

    private FigureCheck(PublishedValue printed, BoundedEstimate derived)
    {
        printedFigure = printed;
        Printed = new BoundedEstimate((double)printed.Value, printed.Bounds);
        Derived = derived;
        Break = derived.TryGetBounds(out var bounds) ? printed.Bounds.DistanceTo(bounds) : 0.0;
    }

    /// <summary>Gets the printed figure and its rounding interval, in its printed unit.</summary>
    public BoundedEstimate Printed { get; }

    /// <summary>Gets the figure derived from the other printed figures, in the printed figure's unit, with bounds from their rounding.</summary>
    public BoundedEstimate Derived { get; }

    /// <summary>Gets the gap between the printed figure's rounding interval and the derived bounds; zero when they meet or the derived figure is unbounded.</summary>
    public double Break { get; }

    /// <summary>Gets whether the printed figure disagrees with the derived one beyond rounding (<see cref="Break"/> &gt; 0).</summary>
    public bool IsBroken => Break > 0.0;

    /// <summary>Checks a printed figure against a derived one in the same unit (a level against a level).</summary>
    /// <param name="printed">The figure as printed.</param>
    /// <param name="derived">The figure derived from other printed figures, in the printed figure's unit.</param>
    /// <returns>The check.</returns>
    public static FigureCheck Of(PublishedValue printed, BoundedEstimate derived) => new(printed, derived);

    /// <summary>
    /// Checks a figure printed in percent or percentage points (9.3 for 9.3 %; 1.5 for 1.5 个百分点) against a derived
    /// rate or difference held as a fraction, as the library returns them (0.093; 0.015): the derived figure and its
    /// bounds are scaled by 100 on their decimal form, so 0.2665 becomes 26.65 exactly.
    /// </summary>
    /// <param name="printedPercent">The figure as printed, in percent or points.</param>
    /// <param name="derivedFraction">The derived figure, a fraction.</param>
    /// <returns>The check, both figures in percent or points.</returns>
    public static FigureCheck OfPercent(PublishedValue printedPercent, BoundedEstimate derivedFraction)
    {
        double estimate = Rounding.ScaleFigure(derivedFraction.Estimate, 2);
        var derived = derivedFraction.TryGetBounds(out var b)
            ? new BoundedEstimate(estimate, Interval.Between(Rounding.ScaleFigure(b.Lower, 2), Rounding.ScaleFigure(b.Upper, 2)))
            : BoundedEstimate.Unbounded(estimate);
        return new FigureCheck(printedPercent, derived);
    }

    /// <summary>Returns a one-line description: <c>printed 5.1 [5.05, 5.15], derived 5.1 [5, 5.2], consistent</c>, the printed figure with its printed decimals.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        string verdict = IsBroken ? string.Create(Rounding.InvariantText, $", breaks by {Break:G3}") : ", consistent";
        return string.Create(
            Rounding.InvariantText,
            $"printed {printedFigure} {Printed.Bounds.ToString("G6", null)}, derived {Derived.ToString("G6")}{verdict}");
    }
}
