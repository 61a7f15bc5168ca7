namespace Taizhou.Metrics.Chaining;

/// <summary>How the yearly links of a chain-linked volume series (链式连接) are joined to one another.</summary>
/// <remarks>
/// Both techniques are those of the IMF Quarterly National Accounts Manual (2017), chapter 8, for Laspeyres-type volume
/// measures at the previous year's average prices. They give the same annual totals only when the quarterly pattern of
/// the previous year is flat; see <see cref="ChainLinking.Link"/> for the formulas.
/// </remarks>
public enum ChainOverlap
{
    /// <summary>
    /// Annual overlap (年度重叠法): each year's quarters at the previous year's average prices are scaled by the ratio
    /// of the previous year's chain-linked index to its value at its own prices (the annual average of current-price
    /// values). The annual means of the quarterly index equal the annual chain-linked index exactly.
    /// </summary>
    Annual = 0,

    /// <summary>
    /// One-period overlap (一季度重叠法, one-quarter overlap; one-month overlap for monthly data): each year is joined to
    /// the previous one through the last period of the previous year, valued both at its own year's and at the year
    /// before's average prices. The quarter-on-quarter growth across the year boundary has no step, but annual means
    /// differ from the annual chain-linked index.
    /// </summary>
    OnePeriod = 1,
}
