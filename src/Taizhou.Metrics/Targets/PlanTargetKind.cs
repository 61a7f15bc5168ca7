namespace Taizhou.Metrics.Targets;

/// <summary>The kind of a plan target (规划目标): what its target value means.</summary>
public enum PlanTargetKind
{
    /// <summary>A level by the target period (规上工业增加值 达到 2000 亿元): the target value is the level.</summary>
    Level = 0,

    /// <summary>A share of a total (占比 70 %): base and target values are fractions (0.70), outcomes are printed in percent (70.2).</summary>
    Share = 1,

    /// <summary>A number of things (上市公司 100 家): the target value is the count.</summary>
    Count = 2,

    /// <summary>A doubling (翻一番, 翻两番): the target value is the number of doublings; the level is base × 2^n.</summary>
    Doubling = 3,

    /// <summary>An average annual growth over the plan (年均增长 7 %): the target value is the rate, a fraction (0.07); the level is base × (1 + g)^years.</summary>
    AverageGrowth = 4,
}
