using System;
using Taizhou.Metrics.Text;
using System.Globalization;

namespace Taizhou.Metrics.Units;

/// <summary>
/// A money amount with its unit (1042.27 亿元), held as an exact <see cref="decimal"/>. Amounts in different units
/// are never added or compared without an explicit <see cref="In"/> conversion.
/// </summary>
/// <remarks>The default value is 0 元.</remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.AmountJsonConverter))]
public readonly struct Amount : IEquatable<Amount>, IComparable<Amount>, IFormattable
{
    private Amount(decimal value, MetricUnit unit)
    {
        Value = value;
        Unit = unit;
    }

    /// <summary>Gets the number of units.</summary>
    public decimal Value { get; }

    /// <summary>Gets the money unit.</summary>
    public MetricUnit Unit { get; }

    /// <summary>Creates an amount in yuan (元).</summary>
    /// <param name="yuan">The amount.</param>
    /// <returns>The amount.</returns>
    public static Amount FromYuan(decimal yuan) => new(yuan, MetricUnit.Yuan);

    /// <summary>Creates an amount in 万元 (10^4 yuan).</summary>
    /// <param name="wanYuan">The amount.</param>
    /// <returns>The amount.</returns>
    public static Amount FromWanYuan(decimal wanYuan) => new(wanYuan, MetricUnit.WanYuan);

    /// <summary>Creates an amount in 亿元 (10^8 yuan).</summary>
    /// <param name="yiYuan">The amount.</param>
    /// <returns>The amount.</returns>
    public static Amount FromYiYuan(decimal yiYuan) => new(yiYuan, MetricUnit.YiYuan);

    /// <summary>Creates an amount in a money unit.</summary>
    /// <param name="value">The number of units.</param>
    /// <param name="unit">The unit; must be a money unit.</param>
    /// <returns>The amount.</returns>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is not a money unit.</exception>
    public static Amount Of(decimal value, MetricUnit unit) => unit.Dimension == UnitDimension.Money
        ? new Amount(value, unit)
        : throw new ArgumentException($"An amount needs a money unit (元, 万元, 亿元); got {unit.EnglishName}.", nameof(unit));

    /// <summary>Converts the amount to another money unit, exactly.</summary>
    /// <param name="unit">The target money unit.</param>
    /// <returns>The same amount in <paramref name="unit"/>.</returns>
    /// <exception cref="UnitMismatchException"><paramref name="unit"/> is not a money unit.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The amount in <paramref name="unit"/> is beyond the range of a decimal (7.9e28 亿元 in 元); the message names the amount.</exception>
    public Amount In(MetricUnit unit) => new(Unit.Convert(Value, unit), unit);

    /// <summary>
    /// Gets the exact value in yuan (元): what thresholds and rankings across units compare. An amount beyond the range
    /// of a decimal in yuan (more than 7.9e20 亿元) saturates at <see cref="decimal.MaxValue"/> (or MinValue): above
    /// every threshold, and tied with any other such amount.
    /// </summary>
    internal decimal InYuan
    {
        get
        {
            try
            {
                return Unit.Convert(Value, MetricUnit.Yuan);
            }
            catch (ArgumentOutOfRangeException)
            {
                return Value > 0m ? decimal.MaxValue : decimal.MinValue;
            }
        }
    }

    /// <summary>Adds two amounts in the same unit.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>The sum, in this unit.</returns>
    /// <exception cref="UnitMismatchException">The units differ: convert one first.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The sum is beyond the range of a decimal (±7.9e28); the message names both amounts.</exception>
    public Amount Add(Amount other) => Combine(other, static (a, b) => a + b, "sum");

    /// <summary>Subtracts an amount in the same unit.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>The difference, in this unit.</returns>
    /// <exception cref="UnitMismatchException">The units differ: convert one first.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The difference is beyond the range of a decimal (±7.9e28); the message names both amounts.</exception>
    public Amount Subtract(Amount other) => Combine(other, static (a, b) => a - b, "difference");

    /// <summary>Adds two amounts in the same unit; see <see cref="Add"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The sum.</returns>
    public static Amount operator +(Amount left, Amount right) => left.Add(right);

    /// <summary>Subtracts amounts in the same unit; see <see cref="Subtract"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The difference.</returns>
    public static Amount operator -(Amount left, Amount right) => left.Subtract(right);

    /// <summary>Compares with an amount in the same unit.</summary>
    /// <param name="other">The other amount.</param>
    /// <returns>Negative, zero or positive.</returns>
    /// <exception cref="UnitMismatchException">The units differ.</exception>
    public int CompareTo(Amount other) => Value.CompareTo(Same(other).Value);

    /// <summary>Returns whether two amounts have the same unit and value (1 亿元 and 10000 万元 are not equal: convert first).</summary>
    /// <param name="other">The other amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Amount other) => Unit == other.Unit && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Amount a && Equals(a);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Value, Unit);

    /// <summary>Returns whether two amounts are equal; see <see cref="Equals(Amount)"/>.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(Amount left, Amount right) => left.Equals(right);

    /// <summary>Returns whether two amounts differ.</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(Amount left, Amount right) => !left.Equals(right);

    /// <summary>Returns whether <paramref name="left"/> is less than <paramref name="right"/> (same unit required).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="UnitMismatchException">The units differ.</exception>
    public static bool operator <(Amount left, Amount right) => left.CompareTo(right) < 0;

    /// <summary>Returns whether <paramref name="left"/> is greater than <paramref name="right"/> (same unit required).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="UnitMismatchException">The units differ.</exception>
    public static bool operator >(Amount left, Amount right) => left.CompareTo(right) > 0;

    /// <summary>Returns whether <paramref name="left"/> is at most <paramref name="right"/> (same unit required).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="UnitMismatchException">The units differ.</exception>
    public static bool operator <=(Amount left, Amount right) => left.CompareTo(right) <= 0;

    /// <summary>Returns whether <paramref name="left"/> is at least <paramref name="right"/> (same unit required).</summary>
    /// <param name="left">The first amount.</param>
    /// <param name="right">The second amount.</param>
    /// <returns>The comparison.</returns>
    /// <exception cref="UnitMismatchException">The units differ.</exception>
    public static bool operator >=(Amount left, Amount right) => left.CompareTo(right) >= 0;

    /// <summary>Returns the amount with its Chinese unit in Simplified characters, invariant culture: <c>1042.27 亿元</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => ToString(null, null);

    /// <summary>
    /// Formats the number with <paramref name="format"/>, rounded half away from zero (四舍五入) as
    /// <see cref="Published.Rounding"/> does, and appends the Chinese unit symbol in Simplified characters (<c>亿元</c>);
    /// a null format prints the value as held.
    /// </summary>
    /// <param name="format">A numeric format for the value, such as "F2" or "N2", or null.</param>
    /// <param name="formatProvider">Ignored: an amount prints the same in every culture and with every provider, <c>Console.WriteLine(amount)</c> included (README, "Conventions").</param>
    /// <returns>The text; never a negative zero.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a numeric format.</exception>
    public string ToString(string? format, IFormatProvider? formatProvider) => ToString(format, ChineseScript.Simplified);

    /// <summary>
    /// Formats the number as <see cref="ToString(string?, IFormatProvider?)"/> does and appends the Chinese unit symbol
    /// in the given script: <c>1042.27 亿元</c> (Simplified) or <c>1042.27 億元</c> (Traditional).
    /// </summary>
    /// <param name="format">A numeric format for the value, such as "F2" or "N2", or null.</param>
    /// <param name="script">The script of the unit symbol.</param>
    /// <returns>The text; never a negative zero.</returns>
    /// <exception cref="FormatException"><paramref name="format"/> is not a numeric format.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The script is not defined.</exception>
    public string ToString(string? format, ChineseScript script) =>
        Published.Rounding.FormatFigure(Value, format) + " " + Unit.GetChineseSymbol(script);

    private Amount Combine(Amount other, Func<decimal, decimal, decimal> op, string what)
    {
        decimal b = Same(other).Value;
        try
        {
            return new Amount(op(Value, b), Unit);
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(nameof(other), $"The {what} of {this} and {other} is beyond the range of a decimal (±7.9e28).");
        }
    }

    private Amount Same(Amount other) => other.Unit == Unit
        ? other
        : throw new UnitMismatchException(Unit, other.Unit, $"Cannot combine {this} with {other}: convert one with In() first.");
}
