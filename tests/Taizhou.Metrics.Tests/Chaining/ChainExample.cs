using Taizhou.Metrics.Chaining;

namespace Taizhou.Metrics.Tests.Chaining;

/// <summary>
/// The hand example of the issue-15 research notes (§5), after IMF QNA Manual 2017 ch. 8: products A and B, quarterly
/// quantities and prices 2010–2012. Annual average prices: A 1.0 (2010), 1.26 (2011); B 2.0, 15/7 = 2.142857.
/// </summary>
internal static class ChainExample
{
    public static readonly double[] QuantityA = [10, 10, 10, 10, 11, 12, 13, 14, 15, 16, 17, 18];
    public static readonly double[] PriceA = [1, 1, 1, 1, 1.1, 1.2, 1.3, 1.4, 1.5, 1.6, 1.7, 1.8];
    public static readonly double[] QuantityB = [20, 20, 20, 20, 19, 18, 17, 16, 16, 16, 15, 15];
    public static readonly double[] PriceB = [2, 2, 2, 2, 2.0, 2.1, 2.2, 2.3, 2.4, 2.4, 2.5, 2.5];

    public static ChainComponent A => ChainComponent.FromQuantities("A", QuantityA, PriceA, 4);

    public static ChainComponent B => ChainComponent.FromQuantities("B", QuantityB, PriceB, 4);

    public static ChainLinkedAggregate Link(ChainOverlap overlap) => ChainLinking.Link(2010, 4, [A, B], overlap);
}
