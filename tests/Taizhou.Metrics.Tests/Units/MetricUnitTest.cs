using System;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Units;

/// <summary>Tests of <see cref="MetricUnit"/>: exact conversion between 元, 萬元 and 億元, dimensions, parsing.</summary>
public class MetricUnitTest
{
    private static readonly MetricUnit[] AllUnits =
        [MetricUnit.Yuan, MetricUnit.WanYuan, MetricUnit.YiYuan, MetricUnit.Count, MetricUnit.Percent, MetricUnit.Index];

    private static MetricUnit ByCode(string code) => code switch
    {
        "yuan" => MetricUnit.Yuan,
        "wan" => MetricUnit.WanYuan,
        "yi" => MetricUnit.YiYuan,
        "count" => MetricUnit.Count,
        "percent" => MetricUnit.Percent,
        "index" => MetricUnit.Index,
        _ => throw new ArgumentOutOfRangeException(nameof(code), code, "test helper"),
    };

    [Fact]
    public void YuanPerUnit_IsOneTenThousandAndHundredMillion()
    {
        Assert.Equal(1m, MetricUnit.Yuan.YuanPerUnit);
        Assert.Equal(10_000m, MetricUnit.WanYuan.YuanPerUnit);
        Assert.Equal(100_000_000m, MetricUnit.YiYuan.YuanPerUnit);
    }

    [Fact]
    public void YuanPerUnit_NonMoney_IsNull()
    {
        // A property never throws (a notebook reads them all); a count, a percent and an index have no yuan per unit.
        Assert.Null(MetricUnit.Count.YuanPerUnit);
        Assert.Null(MetricUnit.Percent.YuanPerUnit);
        Assert.Null(MetricUnit.Index.YuanPerUnit);
    }

    [Theory]
    [InlineData("1", "yi", "wan", "10000")]
    [InlineData("1", "yi", "yuan", "100000000")]
    [InlineData("1", "wan", "yuan", "10000")]
    [InlineData("10000", "wan", "yi", "1")]
    [InlineData("100000000", "yuan", "yi", "1")]
    [InlineData("1", "yuan", "yi", "0.00000001")]
    [InlineData("1", "yuan", "wan", "0.0001")]
    [InlineData("1042.27", "yi", "wan", "10422700")]
    [InlineData("1042.27", "yi", "yuan", "104227000000")]
    [InlineData("12345", "wan", "yi", "1.2345")]
    [InlineData("-529.0", "yi", "wan", "-5290000")]
    [InlineData("0.1", "yi", "yi", "0.1")]
    public void Convert_MoneyUnits_IsExact(string value, string from, string to, string expected)
    {
        // Decimal inputs as text so that the test data are exact; expected values are powers of ten by hand.
        decimal v = decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
        decimal e = decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(e, ByCode(from).Convert(v, ByCode(to)));
    }

    [Fact]
    public void Convert_RoundTripThroughYuan_IsExact()
    {
        // 1042.27 億元 -> 元 -> 萬元 -> 億元 comes back exactly.
        decimal yuan = MetricUnit.YiYuan.Convert(1042.27m, MetricUnit.Yuan);
        decimal wan = MetricUnit.Yuan.Convert(yuan, MetricUnit.WanYuan);
        Assert.Equal(1042.27m, MetricUnit.WanYuan.Convert(wan, MetricUnit.YiYuan));
    }

    [Fact]
    public void Convert_SameNonMoneyUnit_ReturnsValue()
    {
        Assert.Equal(4645m, MetricUnit.Count.Convert(4645m, MetricUnit.Count));
        Assert.Equal(111.0m, MetricUnit.Index.Convert(111.0m, MetricUnit.Index));
    }

    [Theory]
    [InlineData("count", "yi")]
    [InlineData("yuan", "count")]
    [InlineData("percent", "index")]
    [InlineData("index", "wan")]
    public void Convert_DifferentDimensions_ThrowsUnitMismatch(string from, string to)
    {
        var ex = Assert.Throws<UnitMismatchException>(() => ByCode(from).Convert(1m, ByCode(to)));
        Assert.Contains(ByCode(from).EnglishName, ex.Message, StringComparison.Ordinal);
        Assert.Contains(ByCode(to).EnglishName, ex.Message, StringComparison.Ordinal);

        // Expected is the unit converted to, actual the unit the value is in.
        Assert.Equal(ByCode(to), ex.Expected);
        Assert.Equal(ByCode(from), ex.Actual);
    }

    [Fact]
    public void CanConvertTo_OnlyWithinDimension()
    {
        foreach (var a in AllUnits)
        {
            foreach (var b in AllUnits)
            {
                bool expected = a == b || (a.Dimension == UnitDimension.Money && b.Dimension == UnitDimension.Money);
                Assert.Equal(expected, a.CanConvertTo(b));
            }
        }
    }

    [Theory]
    [InlineData("yuan", UnitDimension.Money, "元", "yuan")]
    [InlineData("wan", UnitDimension.Money, "万元", "10k yuan")]
    [InlineData("yi", UnitDimension.Money, "亿元", "100m yuan")]
    [InlineData("count", UnitDimension.Count, "个", "count")]
    [InlineData("percent", UnitDimension.Percent, "%", "percent")]
    [InlineData("index", UnitDimension.Index, "指数", "index")]
    public void Properties_PerUnit(string code, UnitDimension dimension, string symbol, string english)
    {
        var unit = ByCode(code);
        Assert.Equal(code, unit.Code);
        Assert.Equal(dimension, unit.Dimension);
        Assert.Equal(symbol, unit.ChineseSymbol);
        Assert.Equal(symbol, unit.ToString());
        Assert.Equal(english, unit.EnglishName);
    }

    [Fact]
    public void Default_IsYuan()
    {
        Assert.Equal(MetricUnit.Yuan, default);
    }

    [Fact]
    public void Equality_ByUnit()
    {
        Assert.True(MetricUnit.WanYuan == MetricUnit.Parse("萬元"));
        Assert.True(MetricUnit.WanYuan != MetricUnit.YiYuan);
        Assert.True(MetricUnit.WanYuan.Equals((object)MetricUnit.WanYuan));
        Assert.False(MetricUnit.WanYuan.Equals((object)"wan"));
        Assert.Equal(MetricUnit.YiYuan.GetHashCode(), MetricUnit.Parse("yi").GetHashCode());
    }

    [Theory]
    [InlineData("yuan", "yuan")]
    [InlineData("元", "yuan")]
    [InlineData("CNY", "yuan")]
    [InlineData("wan", "wan")]
    [InlineData("Wan Yuan", "wan")]
    [InlineData("萬元", "wan")]
    [InlineData("万元", "wan")]
    [InlineData("10k yuan", "wan")]
    [InlineData("YI", "yi")]
    [InlineData(" 億元 ", "yi")]
    [InlineData("亿元", "yi")]
    [InlineData("100m yuan", "yi")]
    [InlineData("count", "count")]
    [InlineData("個", "count")]
    [InlineData("个", "count")]
    [InlineData("家", "count")]
    [InlineData("percent", "percent")]
    [InlineData("%", "percent")]
    [InlineData("index", "index")]
    [InlineData("指數", "index")]
    [InlineData("指数", "index")]
    public void Parse_CodesAndSymbols(string text, string expectedCode)
    {
        Assert.Equal(ByCode(expectedCode), MetricUnit.Parse(text));
        Assert.True(MetricUnit.TryParse(text, out var unit));
        Assert.Equal(expectedCode, unit.Code);
    }

    [Fact]
    public void Parse_CodeSymbolAndEnglishName_RoundTripForEveryUnit()
    {
        foreach (var unit in AllUnits)
        {
            Assert.Equal(unit, MetricUnit.Parse(unit.Code));
            Assert.Equal(unit, MetricUnit.Parse(unit.ChineseSymbol));
            Assert.Equal(unit, MetricUnit.Parse(unit.EnglishName));
        }
    }

    [Fact]
    public void Parse_NotAUnit_QuotesInput()
    {
        var ex = Assert.Throws<FormatException>(() => MetricUnit.Parse("dollars"));
        Assert.Contains("'dollars'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("千元")]
    [InlineData("億")]
    [InlineData("yuan yuan")]
    public void TryParse_NotAUnit_ReturnsFalse(string text)
    {
        Assert.False(MetricUnit.TryParse(text, out _));
    }

    [Fact]
    public void TryParse_Null_ReturnsFalse()
    {
        Assert.False(MetricUnit.TryParse(null, out _));
        Assert.Throws<ArgumentNullException>(() => MetricUnit.Parse(null!));
    }
}
