namespace Taizhou.Metrics.Structure;

/// <summary>What a row of a breakdown analysis is.</summary>
public enum BreakdownPartKind
{
    /// <summary>A part as published.</summary>
    Part = 0,

    /// <summary>
    /// The remainder, total − Σ parts ("other", 其他), reported whenever the total is given so that nothing is dropped.
    /// When the parts are given as current level + real growth, its change also holds the non-additivity residual.
    /// </summary>
    Remainder = 1,

    /// <summary>The total.</summary>
    Total = 2,
}
