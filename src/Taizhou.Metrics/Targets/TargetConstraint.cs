namespace Taizhou.Metrics.Targets;

/// <summary>Which of two targets on one quantity binds: the one that asks for the higher level.</summary>
public enum TargetConstraint
{
    /// <summary>The absolute level ("over 5000 亿元") asks for more.</summary>
    Value = 0,

    /// <summary>The share of the total ("70 % of above-scale output") asks for more.</summary>
    Share = 1,
}
