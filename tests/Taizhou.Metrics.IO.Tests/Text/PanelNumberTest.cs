using System;
using System.Globalization;
using CsCheck;
using Taizhou.Metrics.IO.Text;
using Xunit;

namespace Taizhou.Metrics.IO.Tests.Text;

/// <summary>
/// The panel CSV's number parser gives every cell exactly what .NET's parser gives it (the same success, the same
/// bits): on the plain forms it parses itself and on every other form it hands over.
/// </summary>
public class PanelNumberTest
{
    private const NumberStyles IntegerStyle = NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite;

    private static readonly Gen<string> Plain =
        from negative in Gen.Bool
        from whole in Gen.Char["0123456789"].Array[0, 18]
        from point in Gen.Bool
        from fraction in Gen.Char["0123456789"].Array[0, 24]
        select (negative ? "-" : string.Empty) + new string(whole) + (point ? "." + new string(fraction) : string.Empty);

    private static readonly Gen<string> AnyText = Gen.Char["0123456789-+.eE ,_\t"].Array[0, 26].Select(c => new string(c));

    [Theory]
    [InlineData("0.1")]
    [InlineData("123456.78")]
    [InlineData("-0")]
    [InlineData("-0.0")]
    [InlineData("999999999999999")]
    [InlineData("0.000000000000000000001")]
    [InlineData("9007199254740993")]
    [InlineData("1.")]
    [InlineData(".5")]
    [InlineData("1e5")]
    [InlineData(" 12")]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    public void EdgeForms_ParseAsDotNetParsesThem(string text) => AssertSameDouble(text);

    [Fact]
    public void PlainDecimals_ParseToTheNearestDouble_AsDotNetDoes() =>
        Plain.Sample(AssertSameDouble, iter: 20_000, threads: 1);

    [Fact]
    public void AnyText_ParsesAsDotNetParsesIt() =>
        AnyText.Sample(t =>
        {
            AssertSameDouble(t);
            AssertSameInt(t);
        }, iter: 20_000, threads: 1);

    [Theory]
    [InlineData("0")]
    [InlineData("007")]
    [InlineData("123456789")]
    [InlineData("2147483647")]
    [InlineData("2147483648")]
    [InlineData("-2147483648")]
    [InlineData("+5")]
    [InlineData(" 5 ")]
    [InlineData("5a")]
    [InlineData("")]
    public void Integers_ParseAsDotNetParsesThem(string text) => AssertSameInt(text);

    private static void AssertSameDouble(string text)
    {
        bool expected = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double want);
        bool actual = PanelNumber.TryParseDouble(text, out double got);
        Assert.True(expected == actual, $"'{text}': .NET {expected}, panel {actual}");
        Assert.True(!expected || BitConverter.DoubleToInt64Bits(want) == BitConverter.DoubleToInt64Bits(got), $"'{text}': .NET {want:R}, panel {got:R}");
    }

    private static void AssertSameInt(string text)
    {
        bool expected = int.TryParse(text, IntegerStyle, CultureInfo.InvariantCulture, out int want);
        bool actual = PanelNumber.TryParseInt32(text, IntegerStyle, out int got);
        Assert.True(expected == actual, $"'{text}': .NET {expected}, panel {actual}");
        Assert.Equal(want, got);
    }
}
