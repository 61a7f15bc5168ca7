namespace Taizhou.Metrics.Units;

/// <summary>What a <see cref="MetricUnit"/> measures. Only units of the same dimension convert into one another.</summary>
public enum UnitDimension
{
    /// <summary>A money amount in yuan (元, 万元, 亿元).</summary>
    Money = 0,

    /// <summary>A count (of enterprises, projects, people).</summary>
    Count = 1,

    /// <summary>A percentage (a share or a rate published as a percent figure).</summary>
    Percent = 2,

    /// <summary>An index number (for example 上年同期 = 100).</summary>
    Index = 3,
}
