using System.Linq;
using Taizhou.Metrics.Disaggregation;
using Xunit;

namespace Taizhou.Metrics.Tests.Disaggregation;

/// <summary>
/// The models of tempdisagg's man page (<c>?td</c>) on swisspharma with td()'s defaults (chow-lin-maxlog, ρ truncated at
/// 0, sum). Expected values: the research helper's line-by-line port of tempdisagg (notes §1.4), which reproduces the
/// stored R-output of the other methods to 1e-13..1e-8; quoted to 8-10 significant digits. The truncation cases are
/// also pinned by reasoning: a truncated ρ of 0 is OLS (Chow-Lin) or Fernández (Litterman), which the stored R-output
/// gives.
/// </summary>
public partial class TemporalDisaggregationTest
{
    /// <summary>1972Q1, 1975Q1-Q4, 2010Q4, 2011Q1, 2011Q2 as offsets from 1972Q1.</summary>
    private static readonly int[] ManPageQuarters = [0, 12, 13, 14, 15, 155, 156, 157];

    [Fact]
    public void ManPage_Mod1_ChowLinWithoutConstant_MatchesTheTempdisaggPort()
    {
        // mod1 <- td(sales.a ~ 0 + exports.q): ρ is estimated at 0.862 (not truncated). The port's ρ carries the
        // flatness of the log-likelihood near its optimum (see the ρ test), so ρ to 1e-6, the rest to 1e-6 relative.
        var mod1 = TemporalDisaggregation.Disaggregate(SwissPharma.Sales, SwissPharma.Exports, DisaggregationOptions.ChowLin().WithConstant(false));

        Assert.Equal(0.86198620, mod1.Rho!.Value, 1e-6);
        Assert.False(mod1.RhoTruncated);
        var beta = Assert.Single(mod1.Coefficients);
        Assert.Equal("exports.q", beta.Name);
        AssertRelative(0.01416008062, beta.Estimate, 1e-6, "β");
        AssertRelative(0.0003427577044, beta.StandardError, 1e-6, "se");
        AssertRelative(-172.4303226, mod1.LogLikelihood!.Value, 1e-9, "logL");
        AssertRelative(3.459857711, mod1.Aic!.Value, 1e-6, "AIC");
        AssertRelative(3.503844348, mod1.Bic!.Value, 1e-6, "BIC");
        AssertRelative(0.9362166492, mod1.AdjustedRSquared!.Value, 1e-6, "adj. R²");
        AssertRelative(1083.358367, mod1.ResidualSumOfSquares!.Value, 1e-6, "RSS");
        AssertValues([21.656879, 33.899865, 34.583511, 32.89331, 35.325643, 228.54073, 255.74848, 247.96037], mod1, 1e-6);
    }

    [Fact]
    public void ManPage_Mod2_NegativeRhoIsTruncatedToZero_GivingTempdisaggsOls()
    {
        // mod2 <- td(sales.a ~ imports.q + exports.q): ρ̂ = −0.318 is truncated to 0, Q = I: the stored `ols` row
        // (R-output), with the indicators in the formula's order.
        var mod2 = TemporalDisaggregation.Disaggregate(SwissPharma.Sales, [SwissPharma.Imports, SwissPharma.Exports], DisaggregationOptions.Default);

        Assert.Equal(0.0, mod2.Rho);
        Assert.True(mod2.RhoTruncated);
        Assert.Equal(["(Intercept)", "imports.q", "exports.q"], mod2.Coefficients.Select(c => c.Name));
        double[] beta = [11.6858545, 0.003934288236, 0.01125750845], se = [1.493076688, 0.002113409892, 0.001157819591];
        for (int j = 0; j < 3; j++)
        {
            AssertRelative(beta[j], mod2.Coefficients[j].Estimate, 2e-9, $"β{j}");
            AssertRelative(se[j], mod2.Coefficients[j].StandardError, 2e-9, $"se{j}");
        }

        var ols = TemporalDisaggregation.Disaggregate(SwissPharma.Sales, [SwissPharma.Imports, SwissPharma.Exports], DisaggregationOptions.Ols());
        for (int i = 0; i < ols.Values.Length; i++)
        {
            Assert.Equal(ols.Values[i], mod2.Values[i], 1e-9 * System.Math.Abs(ols.Values[i]));
        }
    }

    [Fact]
    public void ManPage_ChowLinWithConstant_Truncated_MatchesTheTempdisaggPort()
    {
        // td(sales.a ~ exports.q): ρ truncated to 0, so a deterministic OLS: 1e-9 relative on the 10-digit statistics,
        // 1e-7 on the 8-digit values.
        var result = TemporalDisaggregation.Disaggregate(SwissPharma.Sales, SwissPharma.Exports, DisaggregationOptions.ChowLin());

        Assert.True(result.RhoTruncated);
        Assert.Equal(0.0, result.Rho);
        AssertRelative(12.40887614, result.Coefficients[0].Estimate, 1e-9, "β0");
        AssertRelative(0.01339183677, result.Coefficients[1].Estimate, 1e-9, "β1");
        AssertRelative(1.493032794, result.Coefficients[0].StandardError, 1e-9, "se0");
        AssertRelative(0.0001671667553, result.Coefficients[1].StandardError, 1e-9, "se1");
        AssertRelative(0.9945750864, result.AdjustedRSquared!.Value, 1e-9, "adj. R²");
        AssertValues([31.594544, 34.843015, 34.701168, 32.571612, 34.586534, 234.3434, 276.06094, 265.68957], result, ValueTolerance);
    }

    [Fact]
    public void ManPage_Fernandez_MatchesTheTempdisaggPort_AndTruncatedLittermanIsFernandez()
    {
        var fernandez = TemporalDisaggregation.Disaggregate(SwissPharma.Sales, SwissPharma.Exports, DisaggregationOptions.Fernandez());

        AssertRelative(16.9031172, fernandez.Coefficients[0].Estimate, 1e-9, "β0");
        AssertRelative(0.009546106479, fernandez.Coefficients[1].Estimate, 1e-9, "β1");
        AssertRelative(17.73067291, fernandez.Coefficients[0].StandardError, 1e-9, "se0");
        AssertRelative(0.002130311016, fernandez.Coefficients[1].StandardError, 1e-9, "se1");
        AssertRelative(-173.5917248, fernandez.LogLikelihood!.Value, 1e-9, "logL");
        AssertRelative(0.3528122077, fernandez.AdjustedRSquared!.Value, 1e-8, "adj. R²");
        AssertValues([30.579242, 34.265738, 34.31887, 33.109346, 35.008376, 231.30827, 247.16485, 239.77182], fernandez, ValueTolerance);

        // td(sales.a ~ exports.q, method = "litterman-maxlog"): ρ̂ < 0 is truncated to 0, which is Fernández exactly.
        var litterman = TemporalDisaggregation.Disaggregate(SwissPharma.Sales, SwissPharma.Exports, DisaggregationOptions.Litterman());
        Assert.True(litterman.RhoTruncated);
        Assert.Equal(fernandez.Values, litterman.Values);
        Assert.Equal(fernandez.Coefficients, litterman.Coefficients);
    }

    private static void AssertValues(double[] expected, DisaggregationResult result, double tolerance)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            AssertRelative(expected[i], result.Values[ManPageQuarters[i]], tolerance, $"value at {SwissPharma.QuarterFrom1972(ManPageQuarters[i])}");
        }
    }
}
