namespace Taizhou.Metrics.Targets;

/// <summary>Which way a plan target wants its quantity to move.</summary>
public enum TargetDirection
{
    /// <summary>Up (the default): the target is met at or above its level (增长, 达到, 突破).</summary>
    Up = 0,

    /// <summary>Down: a quantity that should fall (单位GDP能耗下降, 碳排放强度下降); the target is met at or below its level.</summary>
    Down = 1,
}
