namespace Taizhou.Metrics.Structure;

/// <summary>Which end of a ranking is first (第一): stated with every ranking, never assumed.</summary>
public enum RankDirection
{
    /// <summary>The highest value ranks first (growth, output: 增幅居全省第一).</summary>
    HigherIsBetter = 0,

    /// <summary>The lowest value ranks first (energy use per unit of GDP, unemployment, cost).</summary>
    LowerIsBetter = 1,
}
