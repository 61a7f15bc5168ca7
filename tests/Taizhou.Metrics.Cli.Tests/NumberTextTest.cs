using System;
using System.Globalization;
using Taizhou.Metrics.Cli.Rendering;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <see cref="NumberText"/>: every printed shape rounds half away from zero (四舍五入). Expected texts are written by
/// hand; away from exact ties the significant-digit shape must agree with .NET's own <c>G</c> format, the oracle.
/// </summary>
public class NumberTextTest
{
    [Theory]
    [InlineData(822.625, 2, "822.63")]   // an exact binary tie: .NET's "F2" gives 822.62
    [InlineData(0.125, 2, "0.13")]
    [InlineData(-0.125, 2, "-0.13")]
    [InlineData(2.5, 0, "3")]
    [InlineData(-0.004, 2, "0.00")]      // no negative zero
    public void Fixed_Double_RoundsHalfAwayFromZero(double value, int decimals, string expected) =>
        Assert.Equal(expected, NumberText.Fixed(value, decimals));

    [Fact]
    public void Fixed_Decimal_RoundsHalfAwayFromZero() =>
        Assert.Equal("12.35", NumberText.Fixed(12.345m, 2)); // Math.Round(12.345m, 2) is 12.34

    [Theory]
    [InlineData(-2.56, 1, "-2.6")]
    [InlineData(2.55, 1, "+2.6")]
    [InlineData(-0.04, 1, "+0.0")]       // .NET's "+0.0;-0.0" prints this as "-+0.0"
    [InlineData(0.0, 1, "+0.0")]
    public void Signed_ShowsTheSign(double value, int decimals, string expected) =>
        Assert.Equal(expected, NumberText.Signed(value, decimals));

    [Theory]
    [InlineData(0.95, 0, "95 %")]
    [InlineData(0.00125, 1, "0.1 %")]
    [InlineData(0.12345, 2, "12.35 %")]
    public void Percent_IsInPercentWithASpace(double fraction, int decimals, string expected) =>
        Assert.Equal(expected, NumberText.Percent(fraction, decimals));

    [Theory]
    [InlineData(9.70949e-16, 6, "9.70949E-16")]
    [InlineData(0.0953101798043249, 6, "0.0953102")]
    [InlineData(6.90775527898214, 6, "6.90776")]
    [InlineData(0.1, 6, "0.1")]
    [InlineData(100.0, 6, "100")]
    [InlineData(1e20, 6, "1E+20")]
    [InlineData(1e-6, 6, "1E-06")]
    [InlineData(999999.5, 6, "1E+06")]
    [InlineData(9.999995, 6, "10")]
    [InlineData(100.31, 6, "100.31")]
    [InlineData(0.25, 3, "0.25")]
    [InlineData(0.125, 2, "0.13")]       // a tie: .NET's "G2" gives 0.12
    [InlineData(-45.4883, 6, "-45.4883")]
    [InlineData(0.0, 6, "0")]
    public void Significant_KeepsTheDigits(double value, int digits, string expected) =>
        Assert.Equal(expected, NumberText.Significant(value, digits));

    [Fact]
    public void Significant_AwayFromTies_AgreesWithDotNetG()
    {
        // SplitMix64 for a sequence that does not depend on the runtime; magnitudes from 1e-12 to 1e12, both signs.
        ulong state = 20261206;
        for (int i = 0; i < 20_000; i++)
        {
            double unit = (Next(ref state) >> 11) * (1.0 / (1UL << 53));
            double exponent = -12.0 + (24.0 * ((Next(ref state) >> 11) * (1.0 / (1UL << 53))));
            double value = (i % 2 == 0 ? 1 : -1) * (1.0 + (9.0 * unit)) * Math.Pow(10.0, Math.Floor(exponent));
            foreach (int digits in new[] { 3, 6 })
            {
                Assert.Equal(value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), NumberText.Significant(value, digits));
            }
        }
    }

    private static ulong Next(ref ulong state)
    {
        ulong z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
