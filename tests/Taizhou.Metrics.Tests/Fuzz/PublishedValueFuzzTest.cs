using System;
using System.Globalization;
using System.Linq;
using System.Text;
using Taizhou.Metrics.Fuzz;
using Taizhou.Metrics.Published;
using Xunit;

namespace Taizhou.Metrics.Tests.Fuzz;

/// <summary>
/// Bounded random-input tests of <see cref="PublishedValue.Parse"/> and <see cref="PublishedValue.TryParse"/>: numbers
/// as printed, with signs, leading zeros, up to 32 integer digits and up to 32 decimals, and edits of them. Every text
/// either is refused (<c>TryParse</c> false, <c>Parse</c> throws <see cref="FormatException"/> quoting it) or gives a
/// value whose precision is 0 to 28 decimals as documented, whose half unit and bounds can be computed, and which
/// formats and parses back to itself.
/// </summary>
public class PublishedValueFuzzTest
{
    private const string NumberAlphabet = "0123456789.-+ ,eE%";

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void AlmostValidNumbers_GiveAUsableValue_OrThrowFormatException(int seed)
    {
        var m = new Mutator(seed);
        int parsed = 0;
        for (int i = 0; i < 6000; i++)
        {
            string number = RandomNumber(m);
            string text = m.Random.Next(3) == 0 ? m.MutateWord(number, NumberAlphabet) : number;
            parsed += Check(text) ? 1 : 0;
        }

        Assert.InRange(parsed, 1000, 5900);
    }

    // Found by the random inputs (src/Taizhou.Metrics/Published/PublishedValue.cs, found by the test above): TryParse takes the precision from
    // the text without bounding it, so a number printed with more than 28 decimals gives Decimals = 29 or more (the
    // documented range is 0 to 28) and HalfUnit, Bounds and ExceedsBeyondRounding throw OverflowException (10^29 is
    // beyond decimal). Minimal fix: in TryParse, return false when the text has more than 28 decimals.
    [Theory]
    [InlineData("0.00000000000000000000000000001")]
    [InlineData("1.00000000000000000000000000001")]
    [InlineData("-0.000000000000000000000000000000")]
    public void MoreThan28Decimals_IsRefused(string text)
    {
        Assert.False(PublishedValue.TryParse(text, out _));
        Assert.Throws<FormatException>(() => PublishedValue.Parse(text));
    }

    // Found by the random inputs (src/Taizhou.Metrics/Published/PublishedValue.cs, found by the test above): Bounds computes value ± half unit
    // in decimal, which overflows within half a unit of decimal.MaxValue, so Bounds (and ExceedsBeyondRounding) of a
    // value the parser accepts throws OverflowException. Minimal fix: compute the bounds in double,
    // Interval.Between((double)Value - (double)HalfUnit, (double)Value + (double)HalfUnit), or have TryParse refuse
    // values within half a unit of decimal's range.
    [Theory]
    [InlineData("79228162514264337593543950335")]
    [InlineData("-79228162514264337593543950335")]
    public void NumbersAtTheEdgeOfDecimal_HaveBounds_OrAreRefused(string text)
    {
        if (PublishedValue.TryParse(text, out var value))
        {
            var bounds = value.Bounds;
            Assert.True(bounds.Lower <= (double)value.Value && (double)value.Value <= bounds.Upper);
        }
    }

    private static bool Check(string text)
    {
        bool ok;
        PublishedValue value;
        try
        {
            ok = PublishedValue.TryParse(text, out value);
        }
        catch (Exception ex)
        {
            Assert.Fail($"TryParse('{Mutator.Show(text)}') threw {ex.GetType().Name}: {ex.Message}");
            throw;
        }

        if (!ok)
        {
            var error = Assert.Throws<FormatException>(() => PublishedValue.Parse(text));
            Assert.Contains(Taizhou.Metrics.Text.CellText.Quote(text), error.Message, StringComparison.Ordinal);   // quoted cut and escaped
            return false;
        }

        string shown = Mutator.Show(text);
        Assert.Equal(value, PublishedValue.Parse(text));
        Assert.True(value.Decimals is >= 0 and <= 28, $"'{shown}' gives {value.Decimals} decimals");
        try
        {
            decimal half = value.HalfUnit;
            var bounds = value.Bounds;
            Assert.True(half >= 0m, $"'{shown}': half unit {half}");
            // The bounds are doubles: the value may be off them by the rounding of a double (a relative 2^-50).
            double v = (double)value.Value, slack = Math.Abs(v) * Math.Pow(2, -50);
            Assert.True(bounds.Lower <= bounds.Upper && bounds.Lower - slack <= v && v <= bounds.Upper + slack, $"'{shown}': {value.Value} is outside its bounds {bounds}");
            Assert.False(value.ExceedsBeyondRounding(value), $"'{shown}' exceeds itself");
        }
        catch (OverflowException ex)
        {
            Assert.Fail($"'{shown}' parses to {value.Value} with {value.Decimals} decimals, whose bounds overflow: {ex.Message}");
        }

        Assert.Equal(value, PublishedValue.Parse(value.ToString()));
        return true;
    }

    /// <summary>A number as a release might print it, or as a spreadsheet might mangle it.</summary>
    private static string RandomNumber(Mutator m)
    {
        var b = new StringBuilder();
        b.Append(m.Random.Next(8) switch { 0 => "-", 1 => "+", 2 => " ", _ => string.Empty });
        int integerDigits = m.Random.Next(10) == 0 ? m.Random.Next(20, 33) : m.Random.Next(0, 8);
        b.Append(string.Concat(Enumerable.Range(0, integerDigits).Select(_ => (char)('0' + m.Random.Next(10)))));
        if (m.Random.Next(3) > 0)
        {
            b.Append('.');
            int decimals = m.Random.Next(10) == 0 ? m.Random.Next(20, 33) : m.Random.Next(0, 6);
            b.Append(string.Concat(Enumerable.Range(0, decimals).Select(_ => (char)('0' + m.Random.Next(10)))));
        }

        return b.ToString();
    }
}
