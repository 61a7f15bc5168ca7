using System;
using Taizhou.Metrics.Fuzz;
using Taizhou.Metrics.Units;
using Xunit;

namespace Taizhou.Metrics.Tests.Fuzz;

/// <summary>
/// Bounded random-input tests of <see cref="MetricUnit.TryParse"/> and <see cref="MetricUnit.Parse"/>: random text and
/// edits of the codes and symbols either are refused (<c>TryParse</c> false, <c>Parse</c> throws
/// <see cref="FormatException"/> quoting the text) or give a unit whose code and Chinese symbol parse back to it, with
/// surrounding white space ignored.
/// </summary>
public class MetricUnitFuzzTest
{
    private const string UnitAlphabet = "yuanwicotpercndxYUANWICOTPERCNDX元萬万億亿個个家%指數数0123456789 \t\u3000";

    private static readonly string[] Valid =
    [
        "yuan", "元", "CNY", "wan", "wan yuan", "wanyuan", "10k yuan", "萬元", "万元", "yi", "yi yuan", "yiyuan", "100m yuan", "億元", "亿元",
        "count", "個", "个", "家", "percent", "%", "pct", "index", "指數", "指数",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void AlmostValidText_GivesARoundTrippingUnit_OrThrowsFormatException(int seed)
    {
        var m = new Mutator(seed);
        int parsed = 0;
        for (int i = 0; i < 5000; i++)
        {
            string valid = m.Pick(Valid);
            string text = m.Random.Next(4) switch
            {
                0 => m.RandomText(UnitAlphabet, 10),
                1 => valid,
                _ => m.MutateWord(valid, UnitAlphabet, 2),
            };
            parsed += Check(text) ? 1 : 0;
        }

        Assert.InRange(parsed, 1000, 4900);
    }

    private static bool Check(string text)
    {
        bool ok;
        MetricUnit unit;
        try
        {
            ok = MetricUnit.TryParse(text, out unit);
        }
        catch (Exception ex)
        {
            Assert.Fail($"TryParse('{Mutator.Show(text)}') threw {ex.GetType().Name}: {ex.Message}");
            throw;
        }

        if (!ok)
        {
            var error = Assert.Throws<FormatException>(() => MetricUnit.Parse(text));
            Assert.Contains(Taizhou.Metrics.Text.CellText.Quote(text), error.Message, StringComparison.Ordinal);   // quoted cut and escaped
            return false;
        }

        Assert.Equal(unit, MetricUnit.Parse(text));
        Assert.Equal(unit, MetricUnit.Parse(unit.Code));
        Assert.Equal(unit, MetricUnit.Parse(unit.ChineseSymbol));
        Assert.Equal(unit, MetricUnit.Parse($" \t{text}\u3000 "));
        return true;
    }
}
