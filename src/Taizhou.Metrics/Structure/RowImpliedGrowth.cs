using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Structure;

/// <summary>
/// The total's growth implied by one row of a contribution table, G = 拉动 / 贡献率, with its bounds from the rounding of
/// both printed figures; or the explicit statement that the row gives no bound.
/// </summary>
/// <remarks>
/// G is a fraction (0.077 = 7.7 %): points divided by percent. A row whose 贡献率 is printed as zero (0.0: any true value
/// in [−0.05, 0.05] %, an interval that contains zero) bounds nothing, since its pull can be any small number whatever
/// the total did: <see cref="Growth"/> is null and <see cref="IsBounded"/> false. Its pull is still checked against
/// 贡献率 × G by <see cref="ContributionTable.Check(System.Collections.Generic.IReadOnlyList{ContributionRow}, PublishedValue?, bool)"/>.
/// </remarks>
public sealed class RowImpliedGrowth
{
    internal RowImpliedGrowth(string row, PublishedValue points, PublishedValue ratePercent, BoundedEstimate? growth)
    {
        Row = row;
        Points = points;
        RatePercent = ratePercent;
        Growth = growth;
    }

    /// <summary>Gets the row's name.</summary>
    public string Row { get; }

    /// <summary>Gets the row's pull (拉动) in points as printed.</summary>
    public PublishedValue Points { get; }

    /// <summary>Gets the row's contribution rate (贡献率) in percent as printed.</summary>
    public PublishedValue RatePercent { get; }

    /// <summary>Gets the implied growth of the total as a fraction, with its bounds; null when the rate is printed as zero (no bound).</summary>
    public BoundedEstimate? Growth { get; }

    /// <summary>Gets whether the row bounds the total's growth (its 贡献率 interval does not contain zero).</summary>
    public bool IsBounded => Growth is not null;

    /// <summary>Returns a one-line summary: <c>第二产业: G = 3.6 / 48.3 = 7.45% [7.37%, 7.54%]</c>, or <c>第一产业: G = 0.0 / 0.0: no bound (贡献率 0.0 contains zero within rounding)</c>.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        string head = Row + ": G = " + Points + " / " + RatePercent;
        return Growth is { } g
            ? head + " = " + Percent(g.Estimate) + " [" + Percent(g.Bounds.Lower) + ", " + Percent(g.Bounds.Upper) + "]"
            : head + ": no bound (贡献率 " + RatePercent + " contains zero within rounding)";
    }

    internal static string Percent(double fraction) => Rounding.FormatFigure(fraction * 100.0, "F2") + "%";
}
