using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace Taizhou.Metrics.Cli.Tests;

/// <summary>
/// <c>taizhou-metrics disagg</c>: expected values from R tempdisagg on its swisspharma data (sales.a, annual 1975-2010,
/// and exports.q, quarterly 1972Q1-2011Q2, as in christophsax/tempdisagg data/swisspharma.RData), from Denton's 1971
/// table and by hand.
/// </summary>
public class DisaggCommandTest
{
    internal const string Sales = "period,value\n" +
        "1975,136.70232912507558\n1976,151.0560736832085\n1977,156.18241102539884\n1978,157.2076784938369\n1979,162.3340158360272\n1980,168.4856206466556\n" +
        "1981,183.86463267322662\n1982,186.2569234329154\n1983,195.48433064885802\n1984,214.2809009035559\n1985,229.31815710731425\n1986,232.39395951262853\n" +
        "1987,237.52029685481887\n1988,257.3421345779548\n1989,281.94855382046853\n1990,293.56825179609996\n1991,305.16592541908994\n1992,325.48751282928504\n" +
        "1993,344.40643174820394\n1994,382.7916524119057\n1995,400.0\n1996,421.59816645626677\n1997,461.9405477565614\n1998,473.76230335858276\n" +
        "1999,513.5972305700094\n2000,533.6563298309287\n2001,618.6818566196711\n2002,663.603508562527\n2003,691.3092340692617\n2004,731.7438479795067\n" +
        "2005,777.2968504994441\n2006,854.6949846037201\n2007,1004.9309729971842\n2008,1000.3713388613844\n2009,1045.6393013884824\n2010,988.3096761438364\n";

    internal const string Exports = "period,value\n" +
        "1972Q1,1432.639\n1972Q2,1456.891\n1972Q3,1342.562\n1972Q4,1539.394\n1973Q1,1535.754\n1973Q2,1578.458\n1973Q3,1574.724\n1973Q4,1652.171\n" +
        "1974Q1,2047.834\n1974Q2,2117.971\n1974Q3,1925.926\n1974Q4,1798.19\n1975Q1,1818.817\n1975Q2,1808.225\n1975Q3,1649.206\n1975Q4,1799.665\n" +
        "1976Q1,1985.753\n1976Q2,2064.663\n1976Q3,1856.387\n1976Q4,1919.087\n1977Q1,2015.152\n1977Q2,2116.601\n1977Q3,1972.348\n1977Q4,1988.729\n" +
        "1978Q1,2164.848\n1978Q2,2183.019\n1978Q3,2004.491\n1978Q4,2085.436\n1979Q1,2202.925\n1979Q2,2282.391\n1979Q3,2125.113\n1979Q4,2186.072\n" +
        "1980Q1,2529.957\n1980Q2,2367.435\n1980Q3,2235.741\n1980Q4,2321.548\n1981Q1,2720.669\n1981Q2,2670.062\n1981Q3,2581.773\n1981Q4,2646.937\n" +
        "1982Q1,2823.649\n1982Q2,2707.124\n1982Q3,2532.887\n1982Q4,2811.364\n1983Q1,2841.249\n1983Q2,2913.913\n1983Q3,2801.485\n1983Q4,2942.39\n" +
        "1984Q1,3242.56\n1984Q2,3119.363\n1984Q3,3034.631\n1984Q4,3293.243\n1985Q1,3602.49\n1985Q2,3686.38\n1985Q3,3379.88\n1985Q4,3400.273\n" +
        "1986Q1,3630.32\n1986Q2,3719.56\n1986Q3,3406.022\n1986Q4,3413.13\n1987Q1,3778.9\n1987Q2,3710.48\n1987Q3,3412.83\n1987Q4,3687.54\n" +
        "1988Q1,4042.417303\n1988Q2,4009.614623\n1988Q3,3756.136689\n1988Q4,4055.832443\n1989Q1,4518.584577\n1989Q2,4660.644869\n1989Q3,4128.378015\n1989Q4,4504.609013\n" +
        "1990Q1,5036.659935\n1990Q2,4703.117577\n1990Q3,4256.36086\n1990Q4,4425.559008\n1991Q1,4948.707775\n1991Q2,4851.943712\n1991Q3,4503.009732\n1991Q4,4801.228707\n" +
        "1992Q1,5779.277272\n1992Q2,5390.734441\n1992Q3,4924.00438\n1992Q4,5163.534928\n1993Q1,5840.851625\n1993Q2,5829.176033\n1993Q3,5289.828428\n1993Q4,5388.432524\n" +
        "1994Q1,6399.483857\n1994Q2,5807.346502\n1994Q3,5511.128339\n1994Q4,5773.876175\n1995Q1,6294.915624\n1995Q2,6144.047411\n1995Q3,5862.777268\n1995Q4,5741.106939\n" +
        "1996Q1,6663.527695\n1996Q2,6612.185181\n1996Q3,6289.160672\n1996Q4,6389.031424\n1997Q1,7200.851514\n1997Q2,7763.252997\n1997Q3,7080.846031\n1997Q4,7602.474452\n" +
        "1998Q1,8239.402691\n1998Q2,8080.526921\n1998Q3,7498.393184\n1998Q4,7483.922855\n1999Q1,8270.329031\n1999Q2,8245.308586\n1999Q3,8248.545286\n1999Q4,9226.608573\n" +
        "2000Q1,9536.765299\n2000Q2,8855.509808\n2000Q3,8834.653149\n2000Q4,8664.748315\n2001Q1,10882.192884\n2001Q2,10907.337855\n2001Q3,9999.504424\n2001Q4,10043.508119\n" +
        "2002Q1,11502.040199\n2002Q2,12079.125064\n2002Q3,11078.311854\n2002Q4,10284.11037\n2003Q1,11901.454299\n2003Q2,11307.195182\n2003Q3,10817.807675\n2003Q4,11167.182787\n" +
        "2004Q1,13163.220499\n2004Q2,12555.266727\n2004Q3,12060.280284\n2004Q4,11823.157136\n2005Q1,13649.138691\n2005Q2,14133.588376\n2005Q3,13426.016637\n2005Q4,13629.238499\n" +
        "2006Q1,16001.982768\n2006Q2,15575.656932\n2006Q3,15380.199059\n2006Q4,16017.032718\n2007Q1,17806.370263\n2007Q2,17470.473268\n2007Q3,17047.233772\n2007Q4,16486.830993\n" +
        "2008Q1,18353.920671\n2008Q2,19438.272428\n2008Q3,18150.494711\n2008Q4,15975.591695\n2009Q1,17768.978115\n2009Q2,17793.127282\n2009Q3,18236.999126\n2009Q4,17972.13962\n" +
        "2010Q1,19915.79514\n2010Q2,19482.479999\n2010Q3,18484.648999\n2010Q4,18026.46869\n2011Q1,19687.520999\n2011Q2,18913.066084\n";

    /// <summary>Denton (1971), p. 101: five years and a quarterly indicator repeating 50, 100, 150, 100.</summary>
    internal const string DentonAnnual = "period,value\n2001,500\n2002,400\n2003,300\n2004,400\n2005,500\n";

    internal static readonly string DentonQuarterly = "period,value\n" + string.Concat(Enumerable.Range(0, 20).Select(i => string.Create(CultureInfo.InvariantCulture, $"{2001 + (i / 4)}Q{(i % 4) + 1},{new[] { 50, 100, 150, 100 }[i % 4]}\n")));

    [Fact]
    public void Disagg_ChowLinDefault_MatchesTempdisagg_AsCsvAtFullPrecision()
    {
        // td(sales.a ~ exports.q): ρ̂ < 0 truncated to 0; R's values 31.594544 (1972Q1, retropolated), 34.843015 (1975Q1),
        // 234.3434 (2010Q4), 265.68957 (2011Q2, extrapolated), to their 8 digits.
        using var sales = new TempCsv(Sales);
        using var exports = new TempCsv(Exports);

        var (code, output, error) = CliRunner.Run("disagg", "-i", sales.Path, "--indicator", exports.Path, "-m", "chow-lin", "--unit", "index", "--format", "csv");

        Assert.Equal(0, code);
        Assert.Equal(string.Empty, error);
        string[] lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("period,value", lines[0]);
        Assert.Equal(159, lines.Length);
        double At(string period) => double.Parse(lines.Single(l => l.StartsWith(period + ",", StringComparison.Ordinal)).Split(',')[1], CultureInfo.InvariantCulture);
        Assert.Equal(31.594544, At("1972Q1"), 31.594544 * 1e-7);
        Assert.Equal(34.843015, At("1975Q1"), 34.843015 * 1e-7);
        Assert.Equal(234.3434, At("2010Q4"), 234.3434 * 1e-7);
        Assert.Equal(265.68957, At("2011Q2"), 265.68957 * 1e-7);

        // Full precision: the round-trip text, so the four quarters of 1975 add up to sales.a 1975 to the last bits.
        double year = At("1975Q1") + At("1975Q2") + At("1975Q3") + At("1975Q4");
        Assert.Equal(136.70232912507558, year, 1e-12);
        Assert.Contains(lines, l => l.Split(',')[1].Length > 14);
    }

    [Fact]
    public void Disagg_Json_HasTheCoefficientsAndTheRolesOfTheValues()
    {
        using var sales = new TempCsv(Sales);
        using var exports = new TempCsv(Exports);

        var (code, output, _) = CliRunner.Run("disagg", "-i", sales.Path, "--indicator", exports.Path, "-m", "fernandez", "--unit", "index", "--format", "json");

        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var root = doc.RootElement;
        Assert.Equal("taizhou-metrics/disagg/v1", root.GetProperty("schema").GetString());
        Assert.Equal(4, root.GetProperty("frequency_ratio").GetInt32());
        var values = root.GetProperty("values");
        Assert.Equal(158, values.GetArrayLength());
        Assert.Equal(("1972Q1", "retropolated"), (values[0].GetProperty("period").GetString(), values[0].GetProperty("role").GetString()));
        Assert.Equal("benchmarked", values[12].GetProperty("role").GetString());
        Assert.Equal("extrapolated", values[157].GetProperty("role").GetString());

        // td(sales.a ~ exports.q, method = "fernandez"): β = 16.9031172, 0.009546106479 (se 17.73067291,
        // 0.002130311016), logL −173.5917248 (tempdisagg's algorithm, research notes §1.4).
        var c = root.GetProperty("coefficients");
        Assert.Equal("(Intercept)", c[0].GetProperty("name").GetString());
        Assert.Equal(16.9031172, c[0].GetProperty("estimate").GetDouble(), 16.9031172 * 1e-9);
        Assert.Equal(0.002130311016, c[1].GetProperty("standard_error").GetDouble(), 0.002130311016 * 1e-9);
        Assert.Equal(-173.5917248, root.GetProperty("statistics").GetProperty("log_likelihood").GetDouble(), 173.5917248 * 1e-9);
        Assert.Equal(0.0, root.GetProperty("rho").GetDouble());
    }

    [Fact]
    public void Disagg_DentonAdditive_ReproducesDenton1971()
    {
        using var annual = new TempCsv(DentonAnnual);
        using var quarterly = new TempCsv(DentonQuarterly);

        var (code, output, _) = CliRunner.Run("disagg", "-i", annual.Path, "--indicator", quarterly.Path, "-m", "denton", "--variant", "additive", "--h", "1", "--format", "csv");

        Assert.Equal(0, code);
        double[] values = [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture))];
        double[] expected = [66.9868, 126.9868, 180.0000, 126.0263, 65.0658, 104.6553, 144.7947, 85.4842];
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], values[i], 6e-5);
        }
    }

    [Fact]
    public void Disagg_UniformToMonths_WithoutIndicator_SplitsEachQuarterEvenly()
    {
        // Hand: 30 / 3 = 10 and 36 / 3 = 12 a month; mean conversion repeats the quarter's value.
        using var quarterly = new TempCsv("period,value\n2024Q3,30\n2024Q4,36\n");

        var (code, output, _) = CliRunner.Run("disagg", "-i", quarterly.Path, "--to", "month", "-m", "uniform", "--format", "csv");
        Assert.Equal(0, code);
        Assert.Equal("period,value\n2024-07,10\n2024-08,10\n2024-09,10\n2024-10,12\n2024-11,12\n2024-12,12\n", output);

        var (meanCode, mean, _) = CliRunner.Run("disagg", "-i", quarterly.Path, "--to", "month", "-m", "uniform", "--conversion", "mean", "--format", "csv");
        Assert.Equal(0, meanCode);
        // 1 + (1/3)·3·29 in doubles: 30 to the last bit or two (full precision shows them).
        double[] values = [.. mean.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => double.Parse(l.Split(',')[1], CultureInfo.InvariantCulture))];
        Assert.Equal([30.0, 30, 30, 36, 36, 36], values, (a, b) => Math.Abs(a - b) <= 1e-12 * b);
    }

    [Fact]
    public void Disagg_Table_PrintsTheValuesAndTheRegression()
    {
        using var sales = new TempCsv(Sales);
        using var exports = new TempCsv(Exports);

        var (code, output, _) = CliRunner.Run("disagg", "-i", sales.Path, "--indicator", exports.Path, "-m", "chow-lin", "--unit", "index");

        Assert.Equal(0, code);
        Assert.Contains("chow-lin-maxlog, sum", output, StringComparison.Ordinal);
        Assert.Contains("retropolated", output, StringComparison.Ordinal);
        Assert.Contains("0 (truncated)", output, StringComparison.Ordinal);
        Assert.Contains("(Intercept)", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("period,value\n2001,500\n2002,\n2003,300\n", "2002")]
    [InlineData("period,value\n2001,500\n2002,400\n2003,300\n2004,400\n2005,500\n2006,450\n", "2006")]
    public void Disagg_BadLowFrequencySeries_IsExit2NamingThePeriod(string low, string period)
    {
        // An internal missing value; a year the indicator does not cover.
        using var annual = new TempCsv(low);
        using var quarterly = new TempCsv(DentonQuarterly);

        var (code, _, error) = CliRunner.Run("disagg", "-i", annual.Path, "--indicator", quarterly.Path, "-m", "denton-cholette");

        Assert.Equal(2, code);
        Assert.Contains(period, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--rho", "1.5")]
    [InlineData("--h", "7")]
    public void Disagg_BadOption_IsExit2NamingIt(string option, string value)
    {
        using var annual = new TempCsv(DentonAnnual);
        using var quarterly = new TempCsv(DentonQuarterly);

        var (code, _, error) = CliRunner.Run("disagg", "-i", annual.Path, "--indicator", quarterly.Path, "-m", option == "--rho" ? "chow-lin" : "denton", option, value);

        Assert.Equal(2, code);
        Assert.Contains(option, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Disagg_WithoutIndicatorOrTo_IsExit2()
    {
        using var annual = new TempCsv(DentonAnnual);

        var (code, _, error) = CliRunner.Run("disagg", "-i", annual.Path, "-m", "denton-cholette");

        Assert.Equal(2, code);
        Assert.Contains("--to", error, StringComparison.Ordinal);
    }
}
