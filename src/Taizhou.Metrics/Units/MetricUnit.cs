using System;
using Taizhou.Metrics.Text;

namespace Taizhou.Metrics.Units;

/// <summary>
/// The unit a value or a series carries: 元 (yuan), 万元 (10^4 yuan), 亿元 (10^8 yuan), a count, a percent or an
/// index. Money units convert exactly (1 亿元 = 10^4 万元 = 10^8 元) in <see cref="decimal"/> arithmetic.
/// </summary>
/// <remarks>The default value is <see cref="Yuan"/>.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.MetricUnitJsonConverter))]
public readonly struct MetricUnit : IEquatable<MetricUnit>
{
    private readonly byte code;

    private MetricUnit(byte code) => this.code = code;

    /// <summary>Gets the yuan (元).</summary>
    public static MetricUnit Yuan => new(0);

    /// <summary>Gets 万元 (wan yuan): 10^4 yuan.</summary>
    public static MetricUnit WanYuan => new(1);

    /// <summary>Gets 亿元 (yi yuan): 10^8 yuan, "100 million yuan".</summary>
    public static MetricUnit YiYuan => new(2);

    /// <summary>Gets a count (个, 家): enterprises, projects, people.</summary>
    public static MetricUnit Count => new(3);

    /// <summary>Gets a percent figure (%), such as a share published as 56.</summary>
    public static MetricUnit Percent => new(4);

    /// <summary>Gets an index number (指数), such as 111.0 with the same period a year earlier = 100.</summary>
    public static MetricUnit Index => new(5);

    /// <summary>Gets what the unit measures.</summary>
    public UnitDimension Dimension => code switch
    {
        <= 2 => UnitDimension.Money,
        3 => UnitDimension.Count,
        4 => UnitDimension.Percent,
        _ => UnitDimension.Index,
    };

    /// <summary>Gets the machine code of the unit: <c>yuan</c>, <c>wan</c>, <c>yi</c>, <c>count</c>, <c>percent</c> or <c>index</c>.</summary>
    /// <remarks>Used in JSON output and in CSV column suffixes (for example <c>output_yi</c>).</remarks>
    public string Code => code switch
    {
        0 => "yuan",
        1 => "wan",
        2 => "yi",
        3 => "count",
        4 => "percent",
        _ => "index",
    };

    /// <summary>Gets the Chinese symbol as printed in releases, in Simplified characters (元, 万元, 亿元, 个, %, 指数).</summary>
    /// <remarks>In Traditional characters: <see cref="GetChineseSymbol"/> with <see cref="ChineseScript.Traditional"/> (元, 萬元, 億元, 個, %, 指數).</remarks>
    public string ChineseSymbol => GetChineseSymbol(ChineseScript.Simplified);

    /// <summary>Gets an English name (yuan, 10k yuan, 100m yuan, count, percent, index).</summary>
    public string EnglishName => code switch
    {
        0 => "yuan",
        1 => "10k yuan",
        2 => "100m yuan",
        3 => "count",
        4 => "percent",
        _ => "index",
    };

    /// <summary>Gets the number of yuan in one unit (1, 10^4 or 10^8) for a money unit, or null for a unit that is not money.</summary>
    public decimal? YuanPerUnit => code switch
    {
        0 => 1m,
        1 => 10_000m,
        2 => 100_000_000m,
        _ => null,
    };

    /// <summary>Returns whether values in this unit can be converted to <paramref name="target"/> (same dimension).</summary>
    /// <param name="target">The target unit.</param>
    /// <returns><see langword="true"/> for the same unit or two money units.</returns>
    public bool CanConvertTo(MetricUnit target) => this == target || (Dimension == UnitDimension.Money && target.Dimension == UnitDimension.Money);

    /// <summary>
    /// Converts a value in this unit to <paramref name="target"/>, exactly: a money value is multiplied or divided by
    /// a power of ten in <see cref="decimal"/> arithmetic, so 1042.27 亿元 is exactly 10422700 万元.
    /// </summary>
    /// <param name="value">The value in this unit.</param>
    /// <param name="target">The unit to convert to.</param>
    /// <returns>The value in <paramref name="target"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The converted value is beyond the range of a decimal, ±7.9e28 (more than 7.9e20 亿元 in 元); the message names the value and both units.</exception>
    /// <exception cref="UnitMismatchException">The units measure different things (money and a count, say).</exception>
    public decimal Convert(decimal value, MetricUnit target)
    {
        if (this == target)
        {
            return value;
        }

        if (!CanConvertTo(target))
        {
            throw new UnitMismatchException(target, this, $"Cannot convert {EnglishName} ({ChineseSymbol}) to {target.EnglishName} ({target.ChineseSymbol}): they measure different things.");
        }

        try
        {
            return code < target.code
                ? value / (target.YuanPerUnit!.Value / YuanPerUnit!.Value)
                : value * (YuanPerUnit!.Value / target.YuanPerUnit!.Value);
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(
                nameof(value),
                value,
                $"{value.ToString(System.Globalization.CultureInfo.InvariantCulture)} {ChineseSymbol} in {target.ChineseSymbol} is beyond the range of a decimal (±7.9e28).");
        }
    }

    /// <summary>
    /// Parses a unit from its code (<c>yuan</c>, <c>wan</c>, <c>yi</c>, <c>count</c>, <c>percent</c>, <c>index</c>) or
    /// its Chinese symbol in traditional or simplified characters (元, 萬元/万元, 億元/亿元, 個/个, %, 指數/指数).
    /// Case and surrounding white space are ignored.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <returns>The unit.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is not a unit; the message quotes it.</exception>
    public static MetricUnit Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return TryParse(text, out var unit)
            ? unit
            : throw new FormatException($"{CellText.Quote(text)} is not a unit; expected yuan, wan, yi, count, percent, index, 元, 万元 (萬元), 亿元 (億元), 个 (個), % or 指数 (指數).");
    }

    /// <summary>Tries to parse a unit; see <see cref="Parse"/>.</summary>
    /// <param name="text">The text, may be null.</param>
    /// <param name="unit">The unit, when the text is one.</param>
    /// <returns><see langword="true"/> when the text is a unit.</returns>
    public static bool TryParse(string? text, out MetricUnit unit)
    {
        unit = default;
        switch (text?.Trim().ToUpperInvariant())
        {
            case "YUAN" or "元" or "CNY":
                unit = Yuan;
                return true;
            case "WAN" or "WAN YUAN" or "WANYUAN" or "10K YUAN" or "萬元" or "万元":
                unit = WanYuan;
                return true;
            case "YI" or "YI YUAN" or "YIYUAN" or "100M YUAN" or "億元" or "亿元":
                unit = YiYuan;
                return true;
            case "COUNT" or "個" or "个" or "家":
                unit = Count;
                return true;
            case "PERCENT" or "%" or "PCT":
                unit = Percent;
                return true;
            case "INDEX" or "指數" or "指数":
                unit = Index;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Returns the Chinese symbol in a script: 元, 万元, 亿元, 个, %, 指数 (Simplified) or 元, 萬元, 億元, 個, %, 指數 (Traditional).</summary>
    /// <param name="script">The script.</param>
    /// <returns>The symbol.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The script is not defined.</exception>
    public string GetChineseSymbol(ChineseScript script) => (script, code) switch
    {
        (ChineseScript.Simplified or ChineseScript.Traditional, 0) => "元",
        (ChineseScript.Simplified, 1) => "万元",
        (ChineseScript.Traditional, 1) => "萬元",
        (ChineseScript.Simplified, 2) => "亿元",
        (ChineseScript.Traditional, 2) => "億元",
        (ChineseScript.Simplified, 3) => "个",
        (ChineseScript.Traditional, 3) => "個",
        (ChineseScript.Simplified or ChineseScript.Traditional, 4) => "%",
        (ChineseScript.Simplified, _) => "指数",
        (ChineseScript.Traditional, _) => "指數",
        _ => throw new ArgumentOutOfRangeException(nameof(script), script, "Unknown script."),
    };

    /// <summary>Returns the Chinese symbol in Simplified characters (元, 万元, 亿元, 个, %, 指数).</summary>
    /// <returns>The symbol.</returns>
    public override string ToString() => ChineseSymbol;

    /// <summary>Returns whether two units are the same.</summary>
    /// <param name="other">The other unit.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(MetricUnit other) => code == other.code;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is MetricUnit u && Equals(u);

    /// <inheritdoc/>
    public override int GetHashCode() => code;

    /// <summary>Returns whether two units are the same.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(MetricUnit left, MetricUnit right) => left.Equals(right);

    /// <summary>Returns whether two units differ.</summary>
    /// <param name="left">The first unit.</param>
    /// <param name="right">The second unit.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(MetricUnit left, MetricUnit right) => !left.Equals(right);
}
