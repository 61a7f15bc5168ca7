using System.Globalization;
using System;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Rates;

/// <summary>
/// A growth rate (增长率, 增速) as a fraction: 0.267 is +26.7 %. A rate that cannot be computed (zero or negative
/// base, missing operand) is an explicit undefined value that says why; it is never NaN, never infinity and never
/// zero: <see cref="ValueOrNull"/> is null and <see cref="GetFraction"/> throws. No property of a rate throws.
/// </summary>
/// <remarks>
/// <para>
/// The library represents every rate, share and percentage-point contribution as a fraction of one: a growth of
/// 26.7 % is 0.267, a contribution of 9.1 percentage points (拉动 9.1 个百分点) is 0.091 of the base total. Percent
/// figures appear only when formatting (<see cref="ToString()"/>) or through <see cref="PercentOrNull"/> and <see cref="GetPercent"/>.
/// </para>
/// <para>
/// Text rounds half away from zero (四舍五入) through <see cref="Published.Rounding"/>, on the figure the fraction reads
/// as (0.285 prints as +29% with no decimals, although 0.285 × 100 is 28.499999999999996 in a double); a rate that
/// rounds to zero prints <c>0.0%</c> without a sign. Text has a decimal point and ASCII signs whatever the culture or
/// format provider (README, "Conventions").
/// </para>
/// <para>The default value is a defined rate of zero.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.GrowthRateJsonConverter))]
[TypeFormatterSource(typeof(NotebookFormatterSource), PreferredMimeTypes = ["text/html"])]
public readonly struct GrowthRate : IEquatable<GrowthRate>, IFormattable
{
    private readonly double value;

    private GrowthRate(double value, GrowthUndefinedReason reason)
    {
        this.value = value;
        Reason = reason;
    }

    /// <summary>Gets why the rate is undefined, or <see cref="GrowthUndefinedReason.None"/> when it is defined.</summary>
    public GrowthUndefinedReason Reason { get; }

    /// <summary>Gets whether the rate has a value.</summary>
    public bool IsDefined => Reason == GrowthUndefinedReason.None;

    /// <summary>Gets the rate as a fraction (0.267 for +26.7 %), or null when it is undefined.</summary>
    public double? ValueOrNull => IsDefined ? value : null;

    /// <summary>Gets the rate in percent (26.7 for +26.7 %), or null when it is undefined.</summary>
    public double? PercentOrNull => IsDefined ? value * 100.0 : null;

    /// <summary>
    /// Returns the rate as a fraction (0.267 for +26.7 %), and throws when it is undefined: the one accessor of a rate
    /// that throws, an explicit method so that reading every property of a rate (a notebook's display, a debugger, a
    /// serializer) never does. Use <see cref="ValueOrNull"/> or <see cref="TryGetValue(out double)"/> where a rate may be undefined.
    /// </summary>
    /// <returns>The fraction.</returns>
    /// <exception cref="InvalidOperationException">The rate is undefined; the message says why.</exception>
    public double GetFraction() => IsDefined
        ? value
        : throw new InvalidOperationException($"The growth rate is undefined: {Describe(Reason)}.");

    /// <summary>Returns the rate in percent (26.7 for +26.7 %), and throws when it is undefined (see <see cref="GetFraction"/>).</summary>
    /// <returns>The rate in percent.</returns>
    /// <exception cref="InvalidOperationException">The rate is undefined.</exception>
    public double GetPercent() => GetFraction() * 100.0;

    /// <summary>Returns the growth factor 1 + rate (1.267 for +26.7 %), and throws when the rate is undefined (see <see cref="GetFraction"/>).</summary>
    /// <returns>The factor.</returns>
    /// <exception cref="InvalidOperationException">The rate is undefined.</exception>
    public double GetFactor() => 1.0 + GetFraction();

    /// <summary>Creates a defined rate from a fraction (0.267 for +26.7 %).</summary>
    /// <param name="fraction">The rate as a fraction; finite.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fraction"/> is NaN or infinite.</exception>
    public static GrowthRate FromFraction(double fraction) => double.IsFinite(fraction)
        ? new GrowthRate(fraction, GrowthUndefinedReason.None)
        : throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "A growth rate must be finite; use Undefined for a rate that cannot be computed.");

    /// <summary>Creates a defined rate from a percent figure (26.7 for +26.7 %), as printed in a release.</summary>
    /// <param name="percent">The rate in percent; finite.</param>
    /// <returns>
    /// The rate; the fraction is the double nearest the figure / 100 (26.65 gives 0.2665, where the binary division
    /// 26.65 / 100 gives 0.26649999999999996), so the rate prints back as the figure it came from.
    /// </returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="percent"/> is NaN or infinite.</exception>
    public static GrowthRate FromPercent(double percent) => double.IsFinite(percent)
        ? new GrowthRate(Rounding.ScaleFigure(percent, -2), GrowthUndefinedReason.None)
        : throw new ArgumentOutOfRangeException(nameof(percent), percent, "A growth rate must be finite.");

    /// <summary>Creates a defined rate from a percent figure given exactly as published (26.7m).</summary>
    /// <param name="percent">The rate in percent.</param>
    /// <returns>The rate; the fraction is the nearest double to <paramref name="percent"/> / 100.</returns>
    public static GrowthRate FromPercent(decimal percent) => new((double)(percent / 100m), GrowthUndefinedReason.None);

    /// <summary>Creates an undefined rate with its reason.</summary>
    /// <param name="reason">Why the rate is undefined; not <see cref="GrowthUndefinedReason.None"/>.</param>
    /// <returns>The undefined rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="reason"/> is None or not defined.</exception>
    public static GrowthRate Undefined(GrowthUndefinedReason reason) =>
        reason != GrowthUndefinedReason.None && Enum.IsDefined(reason)
            ? new GrowthRate(0.0, reason)
            : throw new ArgumentOutOfRangeException(nameof(reason), reason, "An undefined rate needs a reason other than None.");

    /// <summary>Gets the rate as a fraction when it is defined.</summary>
    /// <param name="fraction">The rate, when defined; otherwise zero, which must not be used.</param>
    /// <returns><see langword="true"/> when the rate is defined.</returns>
    public bool TryGetValue(out double fraction)
    {
        fraction = value;
        return IsDefined;
    }

    /// <summary>Returns the rate in percent with one decimal, rounded 四舍五入, and a sign, invariant culture: <c>+26.7%</c>, or <c>undefined (zero base)</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString("1", null);

    /// <summary>
    /// Formats the rate in percent, rounded half away from zero (四舍五入): <paramref name="format"/> is the number of
    /// decimals ("1" gives <c>+26.7%</c>), null for one decimal. A positive rate has a '+', a rate that rounds to zero
    /// none. An undefined rate gives <c>undefined (reason)</c>.
    /// </summary>
    /// <param name="format">The number of decimals, 0 to 15, or null.</param>
    /// <param name="formatProvider">Ignored: a rate prints with a decimal point and ASCII signs in every culture (README, "Conventions").</param>
    /// <returns>The text.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a number of decimals.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider)
    {
        int decimals = 1;
        if (!string.IsNullOrEmpty(format) && (!int.TryParse(format, NumberStyles.None, CultureInfo.InvariantCulture, out decimals) || decimals > 15))
        {
            throw new FormatException($"A growth-rate format is a number of decimals 0 to 15; got {CellText.Quote(format)}.");
        }

        if (!IsDefined)
        {
            return $"undefined ({Describe(Reason)})";
        }

        return Rounding.FormatScaled(value, 2, decimals, signed: true) + "%";
    }

    /// <summary>Returns whether two rates are equal: both undefined for the same reason, or both defined with the same value.</summary>
    /// <param name="other">The other rate.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(GrowthRate other) => Reason == other.Reason && (!IsDefined || value.Equals(other.value));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is GrowthRate r && Equals(r);

    /// <inheritdoc/>
    public override int GetHashCode() => IsDefined ? value.GetHashCode() : (int)Reason;

    /// <summary>Returns whether two rates are equal.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(GrowthRate left, GrowthRate right) => left.Equals(right);

    /// <summary>Returns whether two rates differ.</summary>
    /// <param name="left">The first rate.</param>
    /// <param name="right">The second rate.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(GrowthRate left, GrowthRate right) => !left.Equals(right);

    internal static string Describe(GrowthUndefinedReason reason) => reason switch
    {
        GrowthUndefinedReason.ZeroBase => "zero base",
        GrowthUndefinedReason.NegativeBase => "negative base",
        GrowthUndefinedReason.MissingCurrent => "current value missing",
        GrowthUndefinedReason.MissingBase => "base value missing",
        GrowthUndefinedReason.NonPositiveEnd => "end value not positive",
        _ => "defined",
    };
}
