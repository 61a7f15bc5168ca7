using System;
using System.Globalization;

namespace Taizhou.Metrics.Series;

/// <summary>
/// A stated rule for splitting a January-February combined value (1-2月合计) into January and February: the share of
/// the combined value that goes to January. Chinese releases publish no separate January for most indicators, so any
/// split is an estimate, and the rule is carried with the result.
/// </summary>
/// <remarks>
/// The share is January's weight / (January's weight + February's weight): ½ for <see cref="Equal"/>, last year's
/// January / (January + February) for <see cref="LastYearRatio"/>, January's working days / (January's + February's)
/// for <see cref="WorkingDays"/>. The weights are taken as exact.
/// </remarks>
public sealed class JanuaryFebruaryRule
{
    private JanuaryFebruaryRule(JanuaryFebruaryRuleKind kind, double januaryShare, string description)
    {
        Kind = kind;
        JanuaryShare = januaryShare;
        Description = description;
    }

    /// <summary>Gets the kind of rule.</summary>
    public JanuaryFebruaryRuleKind Kind { get; }

    /// <summary>Gets the share of the combined value that goes to January, from 0 to 1; February gets the rest.</summary>
    public double JanuaryShare { get; }

    /// <summary>Gets the rule in words with its weights, invariant culture: <c>equal</c>, <c>last year's ratio 4200:3800</c>, <c>working days 22:15</c>.</summary>
    public string Description { get; }

    /// <summary>Half of the combined value to each month (平均分摊).</summary>
    /// <returns>The rule.</returns>
    public static JanuaryFebruaryRule Equal() => new(JanuaryFebruaryRuleKind.Equal, 0.5, "equal");

    /// <summary>The combined value shared in the ratio of last year's January and February values (按上年同期比例).</summary>
    /// <param name="lastJanuary">Last year's January value; zero or positive.</param>
    /// <param name="lastFebruary">Last year's February value; zero or positive, and not both zero.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, or both are zero.</exception>
    public static JanuaryFebruaryRule LastYearRatio(decimal lastJanuary, decimal lastFebruary)
    {
        CheckWeights(lastJanuary, lastFebruary, nameof(lastJanuary), nameof(lastFebruary));
        double share = (double)(lastJanuary / (lastJanuary + lastFebruary));
        return new(JanuaryFebruaryRuleKind.LastYearRatio, share, string.Create(CultureInfo.InvariantCulture, $"last year's ratio {lastJanuary}:{lastFebruary}"));
    }

    /// <summary>The combined value shared in the ratio of the months' working days (按工作日), as the caller counts them (holidays, the Spring Festival and adjusted working days included).</summary>
    /// <param name="januaryDays">January's working days; 0 to 31.</param>
    /// <param name="februaryDays">February's working days; 0 to 29, and not both zero.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A count is out of range, or both are zero.</exception>
    public static JanuaryFebruaryRule WorkingDays(int januaryDays, int februaryDays)
    {
        if (januaryDays is < 0 or > 31)
        {
            throw new ArgumentOutOfRangeException(nameof(januaryDays), januaryDays, "January has 0 to 31 working days.");
        }

        if (februaryDays is < 0 or > 29)
        {
            throw new ArgumentOutOfRangeException(nameof(februaryDays), februaryDays, "February has 0 to 29 working days.");
        }

        CheckWeights(januaryDays, februaryDays, nameof(januaryDays), nameof(februaryDays));
        return new(JanuaryFebruaryRuleKind.WorkingDays, januaryDays / (double)(januaryDays + februaryDays), string.Create(CultureInfo.InvariantCulture, $"working days {januaryDays}:{februaryDays}"));
    }

    /// <summary>Returns the rule's <see cref="Description"/>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Description;

    private static void CheckWeights(decimal january, decimal february, string januaryName, string februaryName)
    {
        if (january < 0m)
        {
            throw new ArgumentOutOfRangeException(januaryName, january, "A weight is zero or positive.");
        }

        if (february < 0m)
        {
            throw new ArgumentOutOfRangeException(februaryName, february, "A weight is zero or positive.");
        }

        if (january + february == 0m)
        {
            throw new ArgumentOutOfRangeException(februaryName, february, "January's and February's weights are both zero: they give no ratio.");
        }
    }
}
