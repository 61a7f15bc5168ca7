namespace Taizhou.Metrics.Cli.Commands;

/// <summary>The unit a figure of <c>taizhou-metrics derive</c> is printed in, which says how its value is held.</summary>
internal enum DerivedUnit
{
    /// <summary>A rate or share printed in percent (97.2 %); held as a fraction (0.972), as everywhere in the tool.</summary>
    Percent,

    /// <summary>A difference printed in percentage points (5.1 个百分点); held as a fraction (0.051).</summary>
    Points,

    /// <summary>A level (亿元, 万人, or a level per unit counted), in the unit of the levels given; the tool does not know it.</summary>
    Level,
}
