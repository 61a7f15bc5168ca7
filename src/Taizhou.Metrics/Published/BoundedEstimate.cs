using System;
using System.Globalization;

namespace Taizhou.Metrics.Published;

/// <summary>
/// A quantity derived from published figures: the estimate from the figures as printed, and the interval of values it
/// can take given their rounding.
/// </summary>
/// <param name="Estimate">The value computed from the figures as printed.</param>
/// <param name="Bounds">The smallest and largest values over the rounding intervals of the inputs.</param>
public readonly record struct BoundedEstimate(double Estimate, Interval Bounds)
{
    /// <summary>
    /// Returns the estimate and the bounds with a numeric format, rounded half away from zero (四舍五入):
    /// <c>2413.6 [2396.9, 2430.6]</c>.
    /// </summary>
    /// <param name="format">A numeric format, such as "F1".</param>
    /// <returns>The text, invariant culture.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a numeric format.</exception>
    public string ToString(string format) =>
        Rounding.FormatFigure(Estimate, format, null) + " " + Bounds.ToString(format, null);

    /// <summary>Returns the estimate and the bounds at round-trip precision, invariant culture, whatever the current culture.</summary>
    /// <returns>The text, such as <c>2413.6 [2396.9, 2430.6]</c>.</returns>
    public override string ToString() => ToString("R");
}
