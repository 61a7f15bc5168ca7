using System.Globalization;
using System;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Published;

/// <summary>
/// A figure as printed in a release, with its precision: 1042.27 has two decimals and so stands for any value in
/// [1042.265, 1042.275]; a growth of 26.7 (per cent) stands for [26.65, 26.75].
/// </summary>
/// <remarks>
/// <para>
/// The precision is the number of decimals printed. <see cref="Of(decimal)"/> takes it from the scale of the
/// <see cref="decimal"/> (26.7m has one decimal, 529.0m one, 5000m none), <see cref="Parse"/> from the text; pass it
/// explicitly when a figure was printed with trailing zeros dropped.
/// </para>
/// <para>
/// A percentage is published and held as printed (26.7 for 26.7 %); the library's calculations turn it into a
/// fraction. Rounding is to nearest, so the true value lies within half a unit of the last decimal:
/// <see cref="Bounds"/> = [value − ½·10^−d, value + ½·10^−d] (the upper end open in principle; closed here, which only
/// matters at the exact boundary).
/// </para>
/// <para>
/// A figure may carry a qualifier as printed (<see cref="FigureQualifier"/>): 超1100亿 is over 1100, 约200亿 about 200,
/// 近100 just under 100. <see cref="ParseQualified(string, out string)"/> reads such text; <see cref="Range()"/> turns the
/// qualified figure into the range of values it stands for, with the tolerances of <see cref="QualifierTolerance"/>.
/// <see cref="Bounds"/> stays the rounding interval of the printed number alone, whatever the qualifier, and
/// <see cref="Parse"/> / <see cref="TryParse"/> still accept plain numbers only (tables read through them must not take
/// a bound for a number). The default value is a plain 0 with no decimals and no qualifier.
/// </para>
/// </remarks>
public readonly struct PublishedValue : IEquatable<PublishedValue>, IFormattable
{
    private PublishedValue(decimal value, int decimals, FigureQualifier qualifier = FigureQualifier.None)
    {
        Value = value;
        Decimals = decimals;
        Qualifier = qualifier;
    }

    /// <summary>
    /// Gets the qualifier printed with the figure: <see cref="FigureQualifier.None"/> for a plain number,
    /// <see cref="FigureQualifier.Over"/> for 超 / 逾 / 突破 / 超过, <see cref="FigureQualifier.About"/> for 约 / 左右,
    /// <see cref="FigureQualifier.JustUnder"/> for 近.
    /// </summary>
    public FigureQualifier Qualifier { get; }

    /// <summary>Gets whether the figure is a bound or an approximation (超, 约, 近) rather than a plain number.</summary>
    public bool IsQualified => Qualifier != FigureQualifier.None;

    /// <summary>Gets the value as printed.</summary>
    public decimal Value { get; }

    /// <summary>Gets the number of decimals printed (0 to 28).</summary>
    public int Decimals { get; }

    /// <summary>Gets half a unit of the last printed decimal: the largest rounding error (0.005 for 1042.27).</summary>
    public decimal HalfUnit => 0.5m / Pow10(Decimals);

    /// <summary>
    /// Gets the values the printed figure can stand for: [value − half unit, value + half unit] (within half a unit of
    /// the edge of a decimal's range, ±7.9e28, the end beyond it is that edge: the same double).
    /// </summary>
    public Interval Bounds => Interval.Between((double)Lower, (double)Upper);

    // The ends of the rounding box in decimal, held at decimal's range at its very edge (a figure within half a unit of
    // ±7.9e28): the comparisons below stay exact everywhere else and never overflow.
    internal decimal Lower => Value >= decimal.MinValue + HalfUnit ? Value - HalfUnit : decimal.MinValue;

    internal decimal Upper => Value <= decimal.MaxValue - HalfUnit ? Value + HalfUnit : decimal.MaxValue;

    /// <summary>
    /// Returns whether this figure is larger than another beyond the rounding of both: even the smallest value it can
    /// stand for exceeds the largest the other can (60.1 exceeds 60.0 only within rounding of one decimal; 60.2 does not).
    /// </summary>
    /// <param name="other">The other figure.</param>
    /// <returns><see langword="true"/> when value − half unit &gt; other + other's half unit.</returns>
    public bool ExceedsBeyondRounding(PublishedValue other) => Lower > other.Upper;

    /// <summary>Creates a published value whose precision is the scale of the decimal (1042.27m: 2 decimals; 529.0m: 1).</summary>
    /// <param name="value">The value as printed.</param>
    /// <returns>The published value.</returns>
    public static PublishedValue Of(decimal value) => new(value, value.Scale);

    /// <summary>Creates a qualified published value (超1100: <c>Of(1100m, FigureQualifier.Over)</c>), its precision the scale of the decimal.</summary>
    /// <param name="value">The value as printed.</param>
    /// <param name="qualifier">The qualifier printed with it.</param>
    /// <returns>The published value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is not a defined qualifier.</exception>
    public static PublishedValue Of(decimal value, FigureQualifier qualifier) => new(value, value.Scale, CheckQualifier(qualifier));

    /// <summary>Returns the same figure with another qualifier (the printed number and its decimals unchanged).</summary>
    /// <param name="qualifier">The qualifier.</param>
    /// <returns>The published value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="qualifier"/> is not a defined qualifier.</exception>
    public PublishedValue WithQualifier(FigureQualifier qualifier) => new(Value, Decimals, CheckQualifier(qualifier));

    /// <summary>
    /// Returns the values the figure stands for, with the default tolerances (<see cref="QualifierTolerance.Default"/>):
    /// a plain figure its rounding interval [value ± half unit]; 超 X (over) (X, ∞); 约 X (about) X ± 5 %; 近 X (just
    /// under) [X − 5 %, X).
    /// </summary>
    /// <returns>The range, in the printed unit.</returns>
    public FigureRange Range() => Range(QualifierTolerance.Default);

    /// <summary>
    /// Returns the values the figure stands for, with the given tolerances:
    /// <list type="bullet">
    /// <item>none: [value − half unit, value + half unit], the rounding interval (<see cref="Bounds"/>);</item>
    /// <item>over (超, 逾, 突破, 超过): (X, ∞), or (X, X + c·|X|] with a practical ceiling c (<see cref="QualifierTolerance.OverCeiling"/>);</item>
    /// <item>about (约, 左右): [X − d, X + d], d = max(a·|X|, half unit), a = <see cref="QualifierTolerance.About"/>;</item>
    /// <item>just under (近): [X − d, X), d = max(j·|X|, half unit), j = <see cref="QualifierTolerance.JustUnder"/>.</item>
    /// </list>
    /// </summary>
    /// <param name="tolerance">The tolerances.</param>
    /// <returns>The range, in the printed unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tolerance"/> is null.</exception>
    public FigureRange Range(QualifierTolerance tolerance)
    {
        ArgumentNullException.ThrowIfNull(tolerance);
        double x = (double)Value;
        double half = (double)HalfUnit;
        switch (Qualifier)
        {
            case FigureQualifier.Over:
                return tolerance.OverCeiling is double c
                    ? FigureRange.Of(x, true, x + (c * Math.Abs(x)), false)
                    : FigureRange.Above(x);
            case FigureQualifier.About:
                double about = Math.Max(tolerance.About * Math.Abs(x), half);
                return FigureRange.Closed(x - about, x + about);
            case FigureQualifier.JustUnder:
                double under = Math.Max(tolerance.JustUnder * Math.Abs(x), half);
                return FigureRange.Of(x - under, false, x, true);
            default:
                return FigureRange.Closed((double)Lower, (double)Upper);
        }
    }

    /// <summary>Creates a published value with an explicit number of decimals.</summary>
    /// <param name="value">The value as printed.</param>
    /// <param name="decimals">The number of decimals printed, 0 to 28.</param>
    /// <returns>The published value.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is out of range, or fewer than the decimals of <paramref name="value"/>.</exception>
    public static PublishedValue Of(decimal value, int decimals)
    {
        if (decimals is < 0 or > 28)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "A precision of 0 to 28 decimals.");
        }

        if (Math.Round(value, decimals) != value)
        {
            throw new ArgumentOutOfRangeException(nameof(decimals), decimals, $"{value.ToString(CultureInfo.InvariantCulture)} has more than {decimals} decimals.");
        }

        return new PublishedValue(value, decimals);
    }

    /// <summary>
    /// Parses a figure as printed (invariant culture: <c>1042.27</c>, <c>-0.5</c>, <c>26.7</c>); the number of decimals in
    /// the text is its precision, at most 28 (a decimal's limit). Thousands separators and a trailing % are not
    /// accepted: pass the number alone.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The published value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a number, is beyond the range of a decimal, or has more than 28 decimals; the message quotes it.</exception>
    public static PublishedValue Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var value)
            ? value
            : throw new FormatException($"{CellText.Quote(text)} is not a number as printed (expected digits with an optional sign and decimal point, such as 1042.27, within ±7.9e28 and with at most 28 decimals).");
    }

    /// <summary>Tries to parse a figure as printed; see <see cref="Parse"/>.</summary>
    /// <param name="text">The text, may be null.</param>
    /// <param name="value">The published value, when the text is a number.</param>
    /// <returns><see langword="true"/> when the text is a number.</returns>
    public static bool TryParse(string? text, out PublishedValue value)
    {
        value = default;
        string? t = text?.Trim();
        if (string.IsNullOrEmpty(t)
            || !decimal.TryParse(t, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out decimal d))
        {
            return false;
        }

        int dot = t.IndexOf('.', StringComparison.Ordinal);
        int decimals = dot < 0 ? 0 : t.Length - dot - 1;
        if (decimals > 28)
        {
            // A decimal holds at most 28 decimals: a 29th printed digit would be silently rounded away.
            return false;
        }

        value = new PublishedValue(d, decimals);
        return true;
    }

    /// <summary>
    /// Parses a figure as reports print it, with an optional qualifier and unit: <c>超1100亿</c> (over 1100, unit 亿),
    /// <c>约200亿</c> (about 200), <c>550亿左右</c> (about 550), <c>近100</c> (just under 100), <c>逾600</c>,
    /// <c>突破1000亿元</c>, <c>超过5000</c>, <c>600多亿</c> / <c>600余亿</c> (over 600), <c>100家以上</c> (over 100),
    /// and plain numbers (<c>1453.9</c>, <c>66家</c>).
    /// </summary>
    /// <remarks>
    /// <para>
    /// The form is: an optional prefix qualifier (超过, 超, 逾, 突破 → over; 近, 将近, 接近 → just under; 大约, 约 → about),
    /// the number as <see cref="Parse"/> reads it, an optional 多 / 余 (over), an optional unit (亿元, 亿, 万元, 万, 元, %,
    /// 家, 个, 户, 人, 项), and an optional suffix qualifier (左右 → about; 以上 → over). At most one qualifier: 约550左右
    /// repeats itself and is accepted as about; two different ones (超…左右) are a <see cref="FormatException"/>.
    /// </para>
    /// <para>
    /// 超过 is read as <b>over</b>, like 超: it is the verb "to exceed" (超过时间进度 is "ahead of time progress"), and
    /// 产值超过1100亿元 says the output exceeded 1100 亿元. Issue 16 listed it with 约 and 左右 under "about", but no usage
    /// gives it that sense; reading it as about would turn a lower bound into a two-sided range that admits values below
    /// the printed figure.
    /// </para>
    /// <para>
    /// 以上 (and above) and 多 / 余 (and some) are read as over: the bound itself is included by 以上 in law, but a report
    /// printing "100家以上" for exactly 100 would print 100, and the difference matters only at the bound.
    /// </para>
    /// </remarks>
    /// <param name="text">The text.</param>
    /// <param name="unit">The unit printed after the number (亿, 亿元, %, 家…), or the empty string; the value is in this unit and is not converted.</param>
    /// <returns>The published value with its qualifier.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a figure in this form; the message quotes it.</exception>
    public static PublishedValue ParseQualified(string text, out string unit)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParseQualified(text, out var value, out unit)
            ? value
            : throw new FormatException($"{CellText.Quote(text)} is not a figure as printed (expected an optional 超/逾/突破/超过/近/约, a number such as 1100, an optional unit such as 亿, and an optional 左右/以上).");
    }

    /// <summary>Tries to parse a figure with an optional qualifier and unit; see <see cref="ParseQualified(string, out string)"/>.</summary>
    /// <param name="text">The text, may be null.</param>
    /// <param name="value">The published value, when the text is a figure.</param>
    /// <param name="unit">The unit printed after the number, or the empty string.</param>
    /// <returns><see langword="true"/> when the text is a figure in the accepted form.</returns>
    public static bool TryParseQualified(string? text, out PublishedValue value, out string unit)
    {
        value = default;
        unit = string.Empty;
        string t = text?.Trim() ?? string.Empty;
        var qualifier = FigureQualifier.None;
        foreach (var (word, q) in Prefixes)
        {
            if (t.StartsWith(word, StringComparison.Ordinal))
            {
                qualifier = q;
                t = t[word.Length..].TrimStart();
                break;
            }
        }

        foreach (var (word, q) in Suffixes)
        {
            if (t.EndsWith(word, StringComparison.Ordinal))
            {
                if (!Combine(ref qualifier, q))
                {
                    return false;
                }

                t = t[..^word.Length].TrimEnd();
                break;
            }
        }

        foreach (string u in Units)
        {
            if (t.EndsWith(u, StringComparison.Ordinal))
            {
                unit = u;
                t = t[..^u.Length].TrimEnd();
                break;
            }
        }

        if (t.EndsWith('多') || t.EndsWith('余'))
        {
            if (!Combine(ref qualifier, FigureQualifier.Over))
            {
                unit = string.Empty;
                return false;
            }

            t = t[..^1].TrimEnd();
        }

        if (!TryParse(t, out var number) || t.Length == 0 || !char.IsAsciiDigit(t[^1]))
        {
            unit = string.Empty;
            return false;
        }

        value = new PublishedValue(number.Value, number.Decimals, qualifier);
        return true;
    }

    /// <summary>
    /// Returns the value with its printed decimals, invariant culture, after its qualifier's Chinese word when it has
    /// one: <c>1042.27</c>, <c>超1100</c>, <c>约200</c>, <c>近100</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString() => Word(Qualifier) + ToString(null, null);

    /// <summary>
    /// Formats the value: a null or empty format prints it with its own decimals; a .NET numeric format ("F1", "N2")
    /// rounds half away from zero (四舍五入), as <see cref="Rounding"/> does.
    /// </summary>
    /// <param name="format">A numeric format, or null.</param>
    /// <param name="formatProvider">Ignored: a figure prints as published, <c>1042.27</c>, in every culture and with every provider (README, "Conventions").</param>
    /// <returns>The text, the number alone (without the qualifier's word, which <see cref="ToString()"/> adds); never a negative zero.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => string.IsNullOrEmpty(format)
        ? Rounding.Format(Value, Decimals)
        : Rounding.FormatFigure(Value, format);

    /// <summary>Returns whether two published values have the same value, precision and qualifier.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(PublishedValue other) => Value == other.Value && Decimals == other.Decimals && Qualifier == other.Qualifier;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is PublishedValue p && Equals(p);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Decimals, Qualifier);

    /// <summary>Returns whether two published values are equal.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PublishedValue left, PublishedValue right) => left.Equals(right);

    /// <summary>Returns whether two published values differ.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PublishedValue left, PublishedValue right) => !left.Equals(right);

    // Longest words first, so that 超过 is not read as 超 followed by 过.
    private static readonly (string Word, FigureQualifier Qualifier)[] Prefixes =
    [
        ("超过", FigureQualifier.Over), ("突破", FigureQualifier.Over), ("大约", FigureQualifier.About), ("将近", FigureQualifier.JustUnder),
        ("接近", FigureQualifier.JustUnder), ("超", FigureQualifier.Over), ("逾", FigureQualifier.Over), ("约", FigureQualifier.About),
        ("近", FigureQualifier.JustUnder),
    ];

    private static readonly (string Word, FigureQualifier Qualifier)[] Suffixes = [("左右", FigureQualifier.About), ("以上", FigureQualifier.Over)];

    private static readonly string[] Units = ["亿元", "万元", "亿", "万", "元", "%", "家", "个", "户", "人", "项"];

    private static bool Combine(ref FigureQualifier qualifier, FigureQualifier next)
    {
        if (qualifier != FigureQualifier.None && qualifier != next)
        {
            return false;
        }

        qualifier = next;
        return true;
    }

    private static string Word(FigureQualifier qualifier) => qualifier switch
    {
        FigureQualifier.Over => "超",
        FigureQualifier.About => "约",
        FigureQualifier.JustUnder => "近",
        _ => string.Empty,
    };

    private static FigureQualifier CheckQualifier(FigureQualifier qualifier) => qualifier is >= FigureQualifier.None and <= FigureQualifier.JustUnder
        ? qualifier
        : throw new ArgumentOutOfRangeException(nameof(qualifier), qualifier, "Not a defined qualifier.");

    private static decimal Pow10(int n)
    {
        decimal p = 1m;
        for (int i = 0; i < n; i++)
        {
            p *= 10m;
        }

        return p;
    }
}
