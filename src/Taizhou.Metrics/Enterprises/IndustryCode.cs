using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Enterprises;

/// <summary>
/// An industry class (小类) of the Chinese national industrial classification GB/T 4754-2017 (国民经济行业分类): four
/// digits, such as <c>3670</c> (汽车零部件及配件制造, automobile parts), whose first two digits are the division (大类,
/// <c>36</c>), first three the group (中类, <c>367</c>), and whose section (门类) letter follows from the division
/// (<c>C</c>, manufacturing).
/// </summary>
/// <remarks>
/// <para>
/// Validation is structural, not a lookup in the full list of 1380-odd classes: a class is four ASCII digits whose
/// division is one of GB/T 4754-2017's divisions 01 to 97 and whose group digit (the third) is 1 to 9 (groups are
/// numbered from 1, except the single class 9700 of section T; a fourth digit 0 marks a group that is not
/// subdivided, as <c>3670</c>). A code of two or three
/// digits is a division or a group, not a class, and is rejected: an enterprise is classified to a class.
/// </para>
/// <para>The default value has the code <c>0000</c>, which is not a class; use <see cref="Parse"/>.</para>
/// </remarks>
public readonly struct IndustryCode : IEquatable<IndustryCode>, IComparable<IndustryCode>
{
    private readonly short value;

    private IndustryCode(short value) => this.value = value;

    /// <summary>Gets the four-digit class code, such as <c>3670</c>.</summary>
    public string Code => value.ToString("D4", CultureInfo.InvariantCulture);

    /// <summary>Gets the two-digit division (大类), such as <c>36</c> (汽车制造业).</summary>
    public string Division => Code[..2];

    /// <summary>Gets the three-digit group (中类), such as <c>367</c>.</summary>
    public string Group => Code[..3];

    /// <summary>Gets the section letter (门类) of the division: <c>A</c> (agriculture, 01-05) to <c>T</c> (international organisations, 97); <c>C</c> is manufacturing (13-43).</summary>
    public char Section => SectionOf(value / 100);

    /// <summary>
    /// Parses a class code: four digits (<c>3670</c>), optionally after its section letter (<c>C3670</c>, which must
    /// be the division's section). Surrounding white space is ignored.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The class.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a GB/T 4754-2017 class; the message quotes it and says why.</exception>
    public static IndustryCode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var code, out string? why) ? code : throw new FormatException(why);
    }

    /// <summary>Tries to parse a class code; see <see cref="Parse"/>.</summary>
    /// <param name="text">The text, may be null.</param>
    /// <param name="code">The class, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a GB/T 4754-2017 class.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out IndustryCode code) => TryParse(text, out code, out _);

    /// <summary>
    /// Returns whether the class lies under a division, group or class given as a prefix of 2, 3 or 4 digits
    /// (<c>36</c>, <c>367</c> or <c>3670</c> all match <c>3670</c>).
    /// </summary>
    /// <param name="prefix">Two to four digits.</param>
    /// <returns><see langword="true"/> when the code starts with <paramref name="prefix"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="prefix"/> is not 2 to 4 digits.</exception>
    public bool IsUnder(string prefix)
    {
        CheckPrefix(prefix, nameof(prefix));
        return Code.StartsWith(prefix, StringComparison.Ordinal);
    }

    /// <summary>Returns the four-digit code.</summary>
    /// <returns>The code, such as <c>3670</c>.</returns>
    public override string ToString() => Code;

    /// <summary>Returns whether two codes are the same class.</summary>
    /// <param name="other">The other code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(IndustryCode other) => value == other.value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IndustryCode c && Equals(c);

    /// <inheritdoc/>
    public override int GetHashCode() => value;

    /// <summary>Orders codes numerically (by division, group, class).</summary>
    /// <param name="other">The other code.</param>
    /// <returns>Negative, zero or positive.</returns>
    public int CompareTo(IndustryCode other) => value.CompareTo(other.value);

    /// <summary>Returns whether two codes are the same class.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(IndustryCode left, IndustryCode right) => left.Equals(right);

    /// <summary>Returns whether two codes differ.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(IndustryCode left, IndustryCode right) => !left.Equals(right);

    /// <summary>Returns whether one code orders before another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <(IndustryCode left, IndustryCode right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether one code orders after another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >(IndustryCode left, IndustryCode right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether one code orders before or equals another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator <=(IndustryCode left, IndustryCode right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether one code orders after or equals another.</summary>
    /// <param name="left">The first code.</param>
    /// <param name="right">The second code.</param>
    /// <returns>The comparison.</returns>
    public static bool operator >=(IndustryCode left, IndustryCode right) => left.CompareTo(right) >= 0;

    internal static void CheckPrefix(string prefix, string paramName)
    {
        ArgumentNullException.ThrowIfNull(prefix, paramName);
        if (prefix.Length is < 2 or > 4 || !IsDigits(prefix))
        {
            throw new ArgumentException($"An industry prefix is a GB/T 4754 division, group or class of 2, 3 or 4 digits; got '{prefix}'.", paramName);
        }

        int division = ((prefix[0] - '0') * 10) + (prefix[1] - '0');
        if (division is < 1 or > 97)
        {
            throw new ArgumentException($"'{prefix}' is under division {prefix[..2]}, which GB/T 4754-2017 does not have (01 to 97).", paramName);
        }
    }

    private static bool TryParse(string? text, out IndustryCode code, [NotNullWhen(false)] out string? why)
    {
        code = default;
        string t = text?.Trim() ?? string.Empty;
        char? letter = null;
        if (t.Length == 5 && char.IsAsciiLetter(t[0]))
        {
            letter = char.ToUpperInvariant(t[0]);
            t = t[1..];
        }

        if (t.Length != 4 || !IsDigits(t))
        {
            why = t.Length is 2 or 3 && IsDigits(t)
                ? $"{CellText.Quote(text)} is a GB/T 4754 division or group, not a class; give the four-digit class (小类), such as 3670."
                : $"{CellText.Quote(text)} is not a GB/T 4754-2017 industry class; expected four digits such as 3670 (or C3670).";
            return false;
        }

        int v = int.Parse(t, NumberStyles.None, CultureInfo.InvariantCulture);
        int division = v / 100;
        if (division is < 1 or > 97)
        {
            why = $"{CellText.Quote(text)} is not a GB/T 4754-2017 industry class: there is no division {t[..2]} (divisions run from 01 to 97).";
            return false;
        }

        if (t[2] == '0' && v != 9700)
        {
            why = $"{CellText.Quote(text)} is not a GB/T 4754-2017 industry class: groups are numbered from 1, so the third digit cannot be 0 (the one exception is 9700, 国际组织).";
            return false;
        }

        char section = SectionOf(division);
        if (letter is char l && l != section)
        {
            why = $"{CellText.Quote(text)} is not a GB/T 4754-2017 industry class: division {t[..2]} is in section {section}, not {l}.";
            return false;
        }

        code = new IndustryCode((short)v);
        why = null;
        return true;
    }

    private static bool IsDigits(string s)
    {
        foreach (char c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static char SectionOf(int division) => division switch
    {
        <= 5 => 'A',
        <= 12 => 'B',
        <= 43 => 'C',
        <= 46 => 'D',
        <= 50 => 'E',
        <= 52 => 'F',
        <= 60 => 'G',
        <= 62 => 'H',
        <= 65 => 'I',
        <= 69 => 'J',
        70 => 'K',
        <= 72 => 'L',
        <= 75 => 'M',
        <= 79 => 'N',
        <= 82 => 'O',
        83 => 'P',
        <= 85 => 'Q',
        <= 90 => 'R',
        <= 96 => 'S',
        _ => 'T',
    };
}
