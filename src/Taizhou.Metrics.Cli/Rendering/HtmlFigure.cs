namespace Taizhou.Metrics.Cli.Rendering;

/// <summary>A chart placed in an HTML page as inline SVG.</summary>
/// <param name="Caption">The caption under the chart.</param>
/// <param name="Svg">The chart as an SVG document.</param>
internal sealed record HtmlFigure(string Caption, string Svg);
