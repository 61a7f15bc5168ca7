using System;
using Taizhou.Metrics.Structure;
using Xunit;

namespace Taizhou.Metrics.Tests.Structure;

/// <summary><see cref="FisherComponent"/>: the two factories and their validation (hand values in the comments).</summary>
public class FisherComponentTest
{
    [Fact]
    public void FromValuesAndVolumes_PriceIsTheImplicitDeflator()
    {
        // A in the StatCan example, t0: 80 current dollars / 60 volume = 1.3333 (the price index 100 in t0 against 75
        // in t1 says the same: 100 / 75).
        var a = FisherComponent.FromValuesAndVolumes("A", [80, 90, 72, 48], [60, 90, 108, 144]);

        Assert.Equal("A", a.Name);
        Assert.Equal(4, a.PeriodCount);
        Assert.Equal(80.0 / 60.0, a.Prices[0], 1e-15);
        Assert.Equal(1.0, a.Prices[1], 1e-15);
        Assert.Equal(48.0 / 144.0, a.Prices[3], 1e-15);
        Assert.Equal(new[] { 60.0, 90.0, 108.0, 144.0 }, a.Quantities);
        Assert.Equal(new[] { 80.0, 90.0, 72.0, 48.0 }, a.Values);
        Assert.Equal("A (4 periods)", a.ToString());
    }

    [Fact]
    public void FromPricesAndQuantities_ValueIsTheProduct()
    {
        var b = FisherComponent.FromPricesAndQuantities("B", [2.0, 2.5], [10.0, 12.0]);

        Assert.Equal(new[] { 20.0, 30.0 }, b.Values);
        Assert.Equal(new[] { 2.0, 2.5 }, b.Prices);
        Assert.Equal(new[] { 10.0, 12.0 }, b.Quantities);
    }

    [Fact]
    public void BothFactories_GiveTheSameFisherResults()
    {
        var fromValues = FisherComponent.FromValuesAndVolumes("C", [250, 450, 455, 504], [375, 450, 525, 540]);
        var fromPrices = FisherComponent.FromPricesAndQuantities("C", fromValues.Prices, fromValues.Quantities);
        var d = FisherComponent.FromValuesAndVolumes("D", [100, 150, 150, 135], [120, 150, 150, 162]);

        var one = FisherIndex.Chain([fromValues, d]);
        var other = FisherIndex.Chain([fromPrices, d]);

        for (int t = 0; t < 4; t++)
        {
            Assert.Equal(one.VolumeIndex[t], other.VolumeIndex[t], 1e-12);
        }
    }

    [Theory]
    [InlineData(0.0, "is 0")]
    [InlineData(-5.0, "is -5")]
    [InlineData(double.NaN, "is NaN")]
    [InlineData(double.PositiveInfinity, "is Infinity")]
    public void FromValuesAndVolumes_NonPositiveOrNonFiniteValue_ThrowsNamingComponentAndPeriod(double bad, string shown)
    {
        var ex = Assert.Throws<ArgumentException>(() => FisherComponent.FromValuesAndVolumes("B", [180, 210, bad, 255], [210, 210, 224, 238]));

        Assert.Equal("currentValues", ex.ParamName);
        Assert.Contains("'B'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("period index 2", ex.Message, StringComparison.Ordinal);
        Assert.Contains(shown, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromValuesAndVolumes_ZeroVolume_ThrowsNamingComponentAndPeriod()
    {
        var ex = Assert.Throws<ArgumentException>(() => FisherComponent.FromValuesAndVolumes("D", [100, 150], [120, 0]));

        Assert.Equal("volumes", ex.ParamName);
        Assert.Contains("'D'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("volume at period index 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromValuesAndVolumes_ImpliedPriceOutOfRange_Throws()
    {
        // 1e300 / 1e-300 is infinite: the implied price has no finite value.
        var ex = Assert.Throws<ArgumentException>(() => FisherComponent.FromValuesAndVolumes("E", [1e300], [1e-300]));
        Assert.Contains("implied price", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, 1.0, "prices")]
    [InlineData(-1.0, 1.0, "prices")]
    [InlineData(1.0, 0.0, "quantities")]
    [InlineData(1.0, double.NegativeInfinity, "quantities")]
    public void FromPricesAndQuantities_NonPositive_ThrowsNamingComponentAndPeriod(double price, double quantity, string parameter)
    {
        var ex = Assert.Throws<ArgumentException>(() => FisherComponent.FromPricesAndQuantities("F", [1.0, price], [1.0, quantity]));

        Assert.Equal(parameter, ex.ParamName);
        Assert.Contains("'F'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("period index 1", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Factories_RejectBadShapes()
    {
        Assert.Throws<ArgumentNullException>(() => FisherComponent.FromValuesAndVolumes(null!, [1.0], [1.0]));
        Assert.Throws<ArgumentNullException>(() => FisherComponent.FromValuesAndVolumes("A", null!, [1.0]));
        Assert.Throws<ArgumentNullException>(() => FisherComponent.FromPricesAndQuantities("A", [1.0], null!));
        Assert.Throws<ArgumentException>(() => FisherComponent.FromValuesAndVolumes(" ", [1.0], [1.0]));
        Assert.Throws<ArgumentException>(() => FisherComponent.FromValuesAndVolumes("A", [], []));
        var ex = Assert.Throws<ArgumentException>(() => FisherComponent.FromValuesAndVolumes("A", [1.0, 2.0], [1.0]));
        Assert.Equal("volumes", ex.ParamName);
        Assert.Contains("expected 2", ex.Message, StringComparison.Ordinal);
    }
}
