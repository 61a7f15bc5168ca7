using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Cli.Commands;

/// <summary>
/// A figure <c>taizhou-metrics derive</c> computed from the printed ones, with its bounds over their rounding and, when
/// the bulletin's own figure was given, the check of that figure against it.
/// </summary>
/// <param name="Name">The figure's key in the JSON (<c>difference</c>, <c>rest_growth</c>, <c>completion</c>).</param>
/// <param name="Unit">The unit it is printed in; a <see cref="DerivedUnit.Percent"/> or <see cref="DerivedUnit.Points"/> value is a fraction.</param>
/// <param name="Value">The derived value and its bounds (a fraction for percent and points).</param>
/// <param name="Check">The check of the printed figure against it, both in the printed unit; null when none was given.</param>
/// <param name="CheckedBy">The option that gave the printed figure (<c>--printed</c>, <c>--printed-ahead</c>); null without a check.</param>
/// <param name="Printed">The printed figure checked, as given; null without a check.</param>
internal sealed record DerivedFigure(string Name, DerivedUnit Unit, BoundedEstimate Value, FigureCheck? Check = null, string? CheckedBy = null, PublishedValue? Printed = null);
