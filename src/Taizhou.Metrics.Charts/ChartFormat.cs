namespace Taizhou.Metrics.Charts;

/// <summary>The picture format of a chart.</summary>
public enum ChartFormat
{
    /// <summary>PNG, a bitmap.</summary>
    Png,

    /// <summary>SVG, vector graphics (solid lines: the SVG backend cannot draw dash patterns).</summary>
    Svg,
}
