using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// The default tier rules: the "2211" programme tiers (航母, 旗航, 上市, 瞪羚), above designated size (规上) with its
/// threshold by year, the NBS size classes, and OECD-Eurostat high growth. Every boundary is part of the rule and can
/// be replaced by building another <see cref="TierRule"/> (docs/enterprises.md lists each rule with its source).
/// </summary>
/// <remarks>
/// The programme does not say whether its bounds are inclusive: the defaults take the lower end inclusive and the
/// upper end exclusive, so output of exactly 100 亿元 is an aircraft-carrier and not a flagship, and exactly 50 亿元 is
/// a flagship.
/// </remarks>
public static class TierRules
{
    private const string Programme2211 = "Taizhou \"2211\" programme (台州市委办, 2018-08-14)";

    /// <summary>Gets aircraft-carrier (航母企业): annual output ≥ 100 亿元, in every year.</summary>
    public static TierRule AircraftCarrier { get; } = TierRule.Always(
        TierCodes.AircraftCarrier,
        "aircraft-carrier firm",
        "航母企业",
        TierCriterion.InBand(EnterpriseMeasure.Output, AmountBand.AtLeast(Amount.FromYiYuan(100m))),
        Programme2211 + ": output over 100 亿元 (产值上百亿); lower end inclusive by default",
        "航母企業");

    /// <summary>Gets flagship (旗航企业): 50 亿元 ≤ annual output &lt; 100 亿元, in every year.</summary>
    public static TierRule Flagship { get; } = TierRule.Always(
        TierCodes.Flagship,
        "flagship firm",
        "旗航企业",
        TierCriterion.InBand(EnterpriseMeasure.Output, AmountBand.Between(Amount.FromYiYuan(50m), true, Amount.FromYiYuan(100m), false)),
        Programme2211 + ": output of 50-100 亿元; [50, 100) by default",
        "旗航企業");

    /// <summary>Gets listed (上市企业): listed on or before 31 December of the year.</summary>
    public static TierRule Listed { get; } = TierRule.Always(
        TierCodes.Listed,
        "listed firm",
        "上市企业",
        TierCriterion.ListedByYearEnd,
        Programme2211 + ": listed firms; counted from the listing date's year",
        "上市企業");

    /// <summary>
    /// Gets high-growth (高成长企业) under <see cref="HighGrowthRule.OecdEurostat2007"/>: employees growing by more than
    /// 20 % a year over three years, ≥ 10 employees at the start.
    /// </summary>
    public static TierRule HighGrowth { get; } = TierRule.Always(
        TierCodes.HighGrowth,
        "high-growth enterprise",
        "高成长企业",
        TierCriterion.HighGrowthBy(HighGrowthRule.OecdEurostat2007),
        "Eurostat-OECD Manual on Business Demography Statistics (2007), ch. 8",
        "高成長企業");

    /// <summary>Gets gazelle (瞪羚企业): high-growth under <see cref="HighGrowthRule.OecdEurostat2007"/> and at most 5 years old at the end of the year.</summary>
    public static TierRule Gazelle { get; } = TierRule.Always(
        TierCodes.Gazelle,
        "gazelle firm",
        "瞪羚企业",
        TierCriterion.GazelleBy(HighGrowthRule.OecdEurostat2007, 5),
        "Eurostat-OECD Manual (2007): gazelles are high-growth enterprises up to 5 years old; Chinese 瞪羚 definitions are set locally and differ",
        "瞪羚企業");

    /// <summary>
    /// Gets above designated size (规模以上工业, 规上): annual main-business revenue ≥ 500 万元 from 1998 to 2010 and
    /// ≥ 2000 万元 from 2011 (NBS). Before 2007 the scope also took in every state-owned firm, which is not modelled.
    /// </summary>
    public static TierRule AboveDesignatedSize { get; } = new(
        TierCodes.AboveDesignatedSize,
        "above designated size",
        "规模以上",
        [
            new TierRuleVersion(1998, 2006, TierCriterion.InBand(EnterpriseMeasure.Revenue, AmountBand.AtLeast(Amount.FromWanYuan(500m))), "NBS 1998-2006: all state-owned firms and non-state firms with revenue ≥ 500 万元 (ownership not modelled)"),
            new TierRuleVersion(2007, 2010, TierCriterion.InBand(EnterpriseMeasure.Revenue, AmountBand.AtLeast(Amount.FromWanYuan(500m))), "NBS 2007-2010: main-business revenue ≥ 500 万元"),
            new TierRuleVersion(2011, null, TierCriterion.InBand(EnterpriseMeasure.Revenue, AmountBand.AtLeast(Amount.FromWanYuan(2000m))), "NBS from 2011: main-business revenue ≥ 2000 万元"),
        ],
        "規模以上");

    /// <summary>Gets the NBS size class large (大型): ≥ 1000 employees and ≥ 40000 万元 revenue, from 2011.</summary>
    public static TierRule SizeLarge { get; } = Size(TierCodes.SizeLarge, NbsSizeClass.Large, "large firm", "大型企业", "大型企業");

    /// <summary>Gets the NBS size class medium (中型): ≥ 300 employees and ≥ 2000 万元, not large, from 2011.</summary>
    public static TierRule SizeMedium { get; } = Size(TierCodes.SizeMedium, NbsSizeClass.Medium, "medium firm", "中型企业", "中型企業");

    /// <summary>Gets the NBS size class small (小型): ≥ 20 employees and ≥ 300 万元, not medium, from 2011.</summary>
    public static TierRule SizeSmall { get; } = Size(TierCodes.SizeSmall, NbsSizeClass.Small, "small firm", "小型企业", "小型企業");

    /// <summary>Gets the NBS size class micro (微型): below a floor of the small class, from 2011.</summary>
    public static TierRule SizeMicro { get; } = Size(TierCodes.SizeMicro, NbsSizeClass.Micro, "micro firm", "微型企业", "微型企業");

    /// <summary>
    /// Gets every default rule: aircraft_carrier, flagship, listed, gazelle, high_growth, above_designated_size,
    /// size_large, size_medium, size_small, size_micro.
    /// </summary>
    public static TierRuleSet Default { get; } = new([AircraftCarrier, Flagship, Listed, Gazelle, HighGrowth, AboveDesignatedSize, SizeLarge, SizeMedium, SizeSmall, SizeMicro]);

    private static TierRule Size(string code, NbsSizeClass cls, string english, string chinese, string traditionalChinese) => new(
        code,
        english,
        chinese,
        [
            new TierRuleVersion(2011, null, TierCriterion.OfSizeClass(cls, SizeClassStandard.Industry2017), "NBS 统计上大中小微型企业划分办法 (2011, revised 2017; the industrial floors are the same in both)"),
        ],
        traditionalChinese);
}
