using System;
using System.Globalization;

namespace Taizhou.Metrics.Published;

/// <summary>
/// How wide the range of a qualified figure is (<see cref="PublishedValue.Range(QualifierTolerance)"/>): about X
/// (约 X, X 左右) is X ± <see cref="About"/>·|X|; just under X (近 X) is [X − <see cref="JustUnder"/>·|X|, X); over X
/// (超 X) is (X, ∞), or (X, X + <see cref="OverCeiling"/>·|X|] when a practical ceiling is given.
/// </summary>
/// <remarks>
/// <para>
/// The defaults (<see cref="Default"/>) are 5 % for about and for just under, and no ceiling for over. Why 5 %: a
/// writer who prints 约 X has rounded the figure, at worst to two significant digits (约200亿 for 196 or 204; 约550亿 for
/// 548); the half unit of the second significant digit is at most 5 % of the figure (5 / 100 at X = 100, 5 / 990 at
/// X = 990), so ±5 % covers a rounding to two significant digits for every X. 近 X is the same rounding taken upwards:
/// the true value is below X, by at most the same 5 %. A figure printed to more digits than that (约1453.9) still
/// gets ±5 %: the qualifier says the writer did not vouch for the digits. Over has no natural ceiling: 超1100亿 for 1150
/// and for 1400 are both true; a caller who knows the writer would have printed the next round number (超1200) can
/// set one, such as 0.1.
/// </para>
/// <para>
/// Tolerances are fractions (0.05 = 5 %), the library's convention for rates. Never smaller than the rounding of the
/// printed figure: about and just under are at least its half unit.
/// </para>
/// </remarks>
public sealed class QualifierTolerance
{
    /// <summary>Creates tolerances for qualified figures.</summary>
    /// <param name="about">The relative half-width of an "about" figure (约, 左右), a fraction from 0 to below 1; 0.05 by default.</param>
    /// <param name="justUnder">The relative depth of a "just under" figure (近), a fraction from 0 to below 1; 0.05 by default.</param>
    /// <param name="overCeiling">A practical ceiling for an "over" figure (超) as a fraction above it, positive and finite, or null (the default) for none: (X, ∞).</param>
    /// <exception cref="ArgumentOutOfRangeException">A tolerance is outside its range.</exception>
    public QualifierTolerance(double about = 0.05, double justUnder = 0.05, double? overCeiling = null)
    {
        if (!(about is >= 0.0 and < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(about), about, "The tolerance of an 'about' figure is a fraction from 0 to below 1 (0.05 for 5 %).");
        }

        if (!(justUnder is >= 0.0 and < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(justUnder), justUnder, "The tolerance of a 'just under' figure is a fraction from 0 to below 1 (0.05 for 5 %).");
        }

        if (overCeiling is double c && !(c > 0.0 && double.IsFinite(c)))
        {
            throw new ArgumentOutOfRangeException(nameof(overCeiling), c, "The ceiling of an 'over' figure is a positive, finite fraction above it, or null for none.");
        }

        About = about;
        JustUnder = justUnder;
        OverCeiling = overCeiling;
    }

    /// <summary>Gets the defaults: about ±5 %, just under by at most 5 %, over with no ceiling.</summary>
    public static QualifierTolerance Default { get; } = new();

    /// <summary>Gets the relative half-width of an "about" figure (约, 左右), a fraction.</summary>
    public double About { get; }

    /// <summary>Gets the relative depth of a "just under" figure (近), a fraction.</summary>
    public double JustUnder { get; }

    /// <summary>Gets the practical ceiling of an "over" figure (超) as a fraction above it, or null for none.</summary>
    public double? OverCeiling { get; }

    /// <summary>Returns the tolerances as <c>about ±0.05, just under 0.05, over unbounded</c>.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"about ±{About:R}, just under {JustUnder:R}, over {(OverCeiling is double c ? "+" + c.ToString("R", CultureInfo.InvariantCulture) : "unbounded")}");
}
