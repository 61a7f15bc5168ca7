using System;
using System.Globalization;
using System.Threading;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Published;

public class RoundingTest
{
    // Expected values are the figures rounded by hand, 四舍五入 on the printed digits.
    [Theory]
    [InlineData(822.625, 2, 822.63)]
    [InlineData(12.345, 2, 12.35)]
    [InlineData(0.285, 2, 0.29)] // stored as 0.28499999…; Math.Round(…, AwayFromZero) gives 0.28
    [InlineData(2.675, 2, 2.68)] // stored as 2.67499999…
    [InlineData(1.005, 2, 1.01)] // stored as 1.00499999…
    [InlineData(26.65, 1, 26.7)] // half to even would give 26.6
    [InlineData(-26.65, 1, -26.7)]
    [InlineData(-12.345, 2, -12.35)]
    [InlineData(0.5, 0, 1.0)]
    [InlineData(-0.5, 0, -1.0)]
    [InlineData(2.5, 0, 3.0)]
    [InlineData(12.344999, 2, 12.34)]
    [InlineData(1042.27, 2, 1042.27)]
    [InlineData(1e-13, 2, 0.0)]
    [InlineData(0.000005, 5, 0.00001)]
    [InlineData(1.5e20, 1, 1.5e20)]
    public void HalfAwayFromZero_Double_RoundsThePrintedFigure(double value, int decimals, double expected) =>
        Assert.Equal(expected, Rounding.HalfAwayFromZero(value, decimals));

    [Fact]
    public void HalfAwayFromZero_Double_DiffersFromMathRoundOnBinaryMidpoints()
    {
        // Guards the test above against passing vacuously: the runtime's own rounding gets these figures wrong.
        Assert.Equal(1.0, Math.Round(1.005, 2, MidpointRounding.AwayFromZero));
        Assert.Equal("822.62", 822.625.ToString("F2", CultureInfo.InvariantCulture));
        Assert.Equal(1.01, Rounding.HalfAwayFromZero(1.005, 2));
        Assert.Equal("822.63", Rounding.Format(822.625, 2));
    }

    [Theory]
    [InlineData("2.345", 2, "2.35")]
    [InlineData("-2.345", 2, "-2.35")]
    [InlineData("26.65", 1, "26.7")]
    [InlineData("26.75", 1, "26.8")]
    [InlineData("0.5", 0, "1")]
    [InlineData("-0.04", 1, "0")]
    public void HalfAwayFromZero_Decimal_RoundsHalvesAwayFromZero(string value, int decimals, string expected) =>
        Assert.Equal(
            decimal.Parse(expected, CultureInfo.InvariantCulture),
            Rounding.HalfAwayFromZero(decimal.Parse(value, CultureInfo.InvariantCulture), decimals));

    [Theory]
    [InlineData(822.625, 2, "822.63")]
    [InlineData(12.345, 2, "12.35")]
    [InlineData(26.65, 1, "26.7")]
    [InlineData(-26.65, 1, "-26.7")]
    [InlineData(26.7, 3, "26.700")]
    [InlineData(0.05, 1, "0.1")]
    [InlineData(-0.05, 1, "-0.1")]
    [InlineData(-0.04, 1, "0.0")]
    [InlineData(-0.0, 2, "0.00")]
    [InlineData(-1e-13, 0, "0")]
    [InlineData(1999.9999999999998, 1, "2000.0")]
    [InlineData(0.0001234, 6, "0.000123")]
    [InlineData(1234567.5, 0, "1234568")]
    [InlineData(1.5e20, 2, "150000000000000000000.00")]
    public void Format_Double_PrintsFixedDecimalsWithoutNegativeZero(double value, int decimals, string expected) =>
        Assert.Equal(expected, Rounding.Format(value, decimals));

    [Theory]
    [InlineData("1042.265", 2, "1042.27")]
    [InlineData("-1042.265", 2, "-1042.27")]
    [InlineData("-0.04", 1, "0.0")]
    [InlineData("-0.00", 2, "0.00")]
    [InlineData("5000", 2, "5000.00")]
    [InlineData("79228162514264337593543950335", 0, "79228162514264337593543950335")]
    public void Format_Decimal_PrintsFixedDecimalsWithoutNegativeZero(string value, int decimals, string expected) =>
        Assert.Equal(expected, Rounding.Format(decimal.Parse(value, CultureInfo.InvariantCulture), decimals));

    [Fact]
    public void Format_NonFinite_PrintsTheInvariantName()
    {
        Assert.Equal("NaN", Rounding.Format(double.NaN, 1));
        Assert.Equal("-Infinity", Rounding.Format(double.NegativeInfinity, 1));
        Assert.Equal(double.PositiveInfinity, Rounding.HalfAwayFromZero(double.PositiveInfinity, 1));
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(29)]
    public void Decimals_OutOfRange_Throw(int decimals)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Format(1.0, decimals));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.Format(1m, decimals));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.HalfAwayFromZero(1.0, decimals));
        Assert.Throws<ArgumentOutOfRangeException>(() => Rounding.HalfAwayFromZero(1m, decimals));
    }

    [Theory]
    [InlineData("de-DE")]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("zh-CN")]
    public void Format_IgnoresTheCurrentCulture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            Assert.Equal("-1234.57", Rounding.Format(-1234.565, 2));
            Assert.Equal("-1234.57", Rounding.Format(-1234.565m, 2));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void Format_Double_MatchesDecimalFormatOfTheSameFigure()
    {
        // The double path and the decimal path agree on every figure with up to 15 significant digits.
        var random = new Random(20260610);
        for (int i = 0; i < 2000; i++)
        {
            decimal figure = Math.Round((decimal)((random.NextDouble() - 0.5) * 2e6), 4);
            int decimals = random.Next(0, 5);
            Assert.Equal(Rounding.Format(figure, decimals), Rounding.Format((double)figure, decimals));
        }
    }

    [Theory]
    [InlineData(26.65, "1", "+26.7%")]
    [InlineData(-26.65, "1", "-26.7%")]
    [InlineData(0.285, "1", "+0.3%")]
    [InlineData(1.005, "2", "+1.01%")]
    [InlineData(-0.04, "1", "0.0%")]
    [InlineData(8.345, "2", "+8.35%")]
    public void GrowthRate_ToString_RoundsThePercentFigureHalfAwayFromZero(double percent, string format, string expected) =>
        Assert.Equal(expected, GrowthRate.FromPercent(percent).ToString(format, null));

    [Fact]
    public void GrowthRate_ToString_RoundsTheFigureTheFractionReadsAs_NotItsBinaryProduct()
    {
        // The example of GrowthRate's remarks: 0.285 is 28.5 %, which rounds to 29; the double product is just below.
        Assert.Equal(28.499999999999996, 0.285 * 100.0);
        Assert.Equal("+29%", GrowthRate.FromFraction(0.285).ToString("0", null));
    }

    [Fact]
    public void FormattableTypes_RoundThroughTheOneRule()
    {
        // 822.625 and 1.005 are where the runtime's double formatting rounds differently (822.62, 1.00).
        Assert.Equal("[822.63, 1042.27]", Interval.Between(822.625, 1042.265).ToString("F2", null));
        Assert.Equal("[1.01, 2.68]", Interval.Between(1.005, 2.675).ToString("F2", null));
        Assert.Equal("1.01 [1.01, 2.68]", new BoundedEstimate(1.005, Interval.Between(1.005, 2.675)).ToString("F2"));
        Assert.Equal("822.63 亿元", Amount.FromYiYuan(822.625m).ToString("F2", null));
        Assert.Equal("0.0 亿元", Amount.FromYiYuan(-0.04m).ToString("F1", null));
        Assert.Equal("822.6", PublishedValue.Of(822.625m).ToString("F1", null));
    }
}
