namespace Taizhou.Metrics.Enterprises;

/// <summary>The size classes of the NBS standard 统计上大中小微型企业划分办法 (2017): 大型, 中型, 小型, 微型.</summary>
public enum NbsSizeClass
{
    /// <summary>Large (大型).</summary>
    Large = 0,

    /// <summary>Medium (中型).</summary>
    Medium = 1,

    /// <summary>Small (小型).</summary>
    Small = 2,

    /// <summary>Micro (微型).</summary>
    Micro = 3,
}
