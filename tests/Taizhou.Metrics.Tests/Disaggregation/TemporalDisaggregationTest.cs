using System;
using System.Linq;
using Taizhou.Metrics.Disaggregation;
using Taizhou.Metrics.Periods;
using Xunit;

namespace Taizhou.Metrics.Tests.Disaggregation;

/// <summary>
/// <see cref="TemporalDisaggregation"/> against R tempdisagg 0.24.1's stored output on swisspharma
/// (<see cref="TempdisaggReference"/>), annual to quarterly, every method of the stored file.
/// </summary>
public partial class TemporalDisaggregationTest
{
    /// <summary>
    /// The stored values have 8 significant digits, so rounding alone leaves up to 5e-8 of the value; 1e-7 relative
    /// covers it. The original Denton with h = 2 inverts D₀′D₀ in R (ill-conditioned; the research port differed
    /// from R by 9e-8 relative there), and cl_log, lit_rss and lit_log carry a ρ that the flat objective pins only to
    /// 1e-6..2e-5 (see the ρ test), so those get 1e-6.
    /// </summary>
    private const double ValueTolerance = 1e-7;

    public static TheoryData<string> ValueMethods => [.. TempdisaggReference.Values.Select(v => v.Method)];

    public static TheoryData<string> RegressionMethods => [.. TempdisaggReference.Regressions.Select(r => r.Method)];

    [Theory]
    [MemberData(nameof(ValueMethods))]
    public void Swisspharma_AnnualToQuarterly_MatchesTempdisaggValues(string method)
    {
        var expected = TempdisaggReference.Values.Single(v => v.Method == method).Values;
        var result = Run(method);
        bool withIndicator = expected[0] is not null;
        Assert.Equal(withIndicator ? 158 : 144, result.Values.Length);
        Assert.Equal(withIndicator ? 12 : 0, result.BackcastCount);
        Assert.Equal(withIndicator ? 2 : 0, result.ForecastCount);
        double tolerance = method is "den_p_2" or "den_a_2" or "den_ind_p_2" or "den_ind_a_2" or "cl_log" or "lit_rss" or "lit_log" ? 1e-6 : ValueTolerance;
        for (int i = 0; i < expected.Length; i++)
        {
            if (expected[i] is not double e)
            {
                continue;
            }

            int offset = TempdisaggReference.ValueQuarters[i] - (withIndicator ? 0 : 12);
            double actual = result.Values[offset];
            Assert.True(Math.Abs(actual - e) <= tolerance * Math.Abs(e), $"{method} at {SwissPharma.QuarterFrom1972(TempdisaggReference.ValueQuarters[i])}: expected {e}, got {actual:R}");
            Assert.Equal(SwissPharma.QuarterFrom1972(TempdisaggReference.ValueQuarters[i]), result.Series!.Observations[offset].Period);
        }
    }

    [Theory]
    [MemberData(nameof(RegressionMethods))]
    public void Swisspharma_RegressionAtTempdisaggRho_MatchesTempdisaggStatistics(string method)
    {
        // The GLS at tempdisagg's ρ, apart from the search: Chow-Lin rows and OLS with Q = ρ^|i−j|/(1 − ρ²), Litterman
        // rows and Fernández with (D′H′HD)⁻¹. Statistics are stored to 10 significant digits, so 2e-9 relative; the
        // stored ρ's own rounding (5e-11) moves nothing at that level. R inverts D′H′HD explicitly, which for ρ near 1
        // (lit_rss, 0.98) costs it digits: 1e-8 there, 5e-8 on its adjusted R² = 1 − 0.67…, which loses one more digit to
        // the subtraction.
        var row = TempdisaggReference.Regressions.Single(r => r.Method == method);
        var options = method.StartsWith("cl", StringComparison.Ordinal) || method == "ols"
            ? DisaggregationOptions.ChowLin(RhoEstimation.Fixed, row.Rho)
            : DisaggregationOptions.Litterman(RhoEstimation.Fixed, row.Rho);
        var result = TemporalDisaggregation.Disaggregate(SwissPharma.Sales, [SwissPharma.Exports, SwissPharma.Imports], options);

        Assert.Equal(row.Rho, result.Rho);
        Assert.Equal(["(Intercept)", "exports.q", "imports.q"], result.Coefficients.Select(c => c.Name));
        double tolerance = method == "lit_rss" ? 1e-8 : 2e-9;
        for (int j = 0; j < 3; j++)
        {
            AssertRelative(row.Beta[j], result.Coefficients[j].Estimate, tolerance, $"{method} β{j}");
            AssertRelative(row.Se[j], result.Coefficients[j].StandardError, tolerance, $"{method} se{j}");
            AssertRelative(row.Beta[j] / row.Se[j], result.Coefficients[j].TValue, 2 * tolerance, $"{method} t{j}");
        }

        AssertRelative(row.LogL, result.LogLikelihood!.Value, tolerance, $"{method} logL");
        AssertRelative(row.Aic, result.Aic!.Value, tolerance, $"{method} AIC");
        AssertRelative(row.AdjR2, result.AdjustedRSquared!.Value, 5 * tolerance, $"{method} adj. R²");
        AssertRelative(row.Rss, result.ResidualSumOfSquares!.Value, tolerance, $"{method} RSS");

        var expected = TempdisaggReference.Values.Single(v => v.Method == method).Values;
        for (int i = 0; i < expected.Length; i++)
        {
            AssertRelative(expected[i]!.Value, result.Values[TempdisaggReference.ValueQuarters[i]], ValueTolerance, $"{method} value {i}");
        }
    }

    [Theory]
    [InlineData("cl_rss_R", 1e-7)]
    [InlineData("cl_rss_Q", 1e-7)]
    [InlineData("cl_log", 1e-6)]
    [InlineData("lit_rss", 1e-5)]
    [InlineData("lit_log", 2e-5)]
    public void Swisspharma_EstimatedRho_IsTempdisaggsOptimumWithinTheFlatnessOfTheObjective(string method, double rhoTolerance)
    {
        // Near its optimum the objective is flat to rounding: at tempdisagg's ρ and at ours the Chow-Lin log-likelihood
        // agrees to 14 digits (−157.54526356643), Litterman's RSS to 9 (127.499144…). So ρ is pinned only as far as the
        // objective's rounding allows (R builds Q_Lit by an explicit inverse, we by banded solves): the tolerance is
        // per row, and our optimum must be at least as good as R's by our own objective, to 1e-11 relative (cl_rss_Q
        // ends at the bound 0.999, where both searches stop within 2 tol₁ of it at slightly different points).
        var row = TempdisaggReference.Regressions.Single(r => r.Method == method);
        var estimated = Run(method);
        var atR = TemporalDisaggregation.Disaggregate(
            SwissPharma.Sales,
            [SwissPharma.Exports, SwissPharma.Imports],
            method.StartsWith("cl", StringComparison.Ordinal) ? DisaggregationOptions.ChowLin(RhoEstimation.Fixed, row.Rho) : DisaggregationOptions.Litterman(RhoEstimation.Fixed, row.Rho));

        Assert.Equal(row.Rho, estimated.Rho!.Value, rhoTolerance);
        Assert.False(estimated.RhoTruncated);
        double ours = Objective(method, estimated), theirs = Objective(method, atR);
        Assert.True(ours <= theirs + (1e-11 * Math.Abs(theirs)), $"{method}: our objective {ours:R} is worse than at tempdisagg's ρ, {theirs:R}");

        // Coefficients follow ρ: 1e-5 relative covers the largest ρ difference (lit_log).
        for (int j = 0; j < 3; j++)
        {
            AssertRelative(row.Beta[j], estimated.Coefficients[j].Estimate, 1e-5, $"{method} β{j}");
            AssertRelative(row.Se[j], estimated.Coefficients[j].StandardError, 1e-5, $"{method} se{j}");
        }

        // The log-likelihood is the objective of the -maxlog rows (flat: 1e-9); the minimum-RSS rows see it move with ρ.
        AssertRelative(row.LogL, estimated.LogLikelihood!.Value, method.EndsWith("log", StringComparison.Ordinal) ? 1e-9 : 1e-6, $"{method} logL");
    }

    private static double Objective(string method, DisaggregationResult r) => method switch
    {
        "cl_log" or "lit_log" => -r.LogLikelihood!.Value,
        "cl_rss_R" => r.ResidualSumOfSquares!.Value / (1 - (r.Rho!.Value * r.Rho.Value)),
        _ => r.ResidualSumOfSquares!.Value,
    };

    internal static void AssertRelative(double expected, double actual, double tolerance, string what) =>
        Assert.True(Math.Abs(actual - expected) <= tolerance * Math.Abs(expected), $"{what}: expected {expected:R}, got {actual:R} (relative {Math.Abs(actual - expected) / Math.Abs(expected):E2}, tolerance {tolerance:E0})");

    /// <summary>Runs the call of tempdisagg's estimAll for a stored method key on swisspharma.</summary>
    private static DisaggregationResult Run(string method)
    {
        var sales = SwissPharma.Sales;
        var exports = SwissPharma.Exports;
        var both = new[] { exports, SwissPharma.Imports };
        if (method.StartsWith("den", StringComparison.Ordinal))
        {
            string[] parts = method.Split('_');
            bool indicator = parts[1] == "ind";
            var criterion = parts[^2] == "p" ? DentonCriterion.Proportional : DentonCriterion.Additive;
            int h = int.Parse(parts[^1], System.Globalization.CultureInfo.InvariantCulture);
            var options = parts[0] == "dencho" ? DisaggregationOptions.DentonCholette(criterion, h) : DisaggregationOptions.Denton(criterion, h);
            return indicator
                ? TemporalDisaggregation.Disaggregate(sales, exports, options)
                : TemporalDisaggregation.Disaggregate(sales, PeriodKind.Quarter, options);
        }

        var noTruncation = (DisaggregationOptions o) => o.WithTruncatedRho(null);
        return method switch
        {
            "uni" => TemporalDisaggregation.Disaggregate(sales, PeriodKind.Quarter, DisaggregationOptions.Uniform()),
            "cl_rss_R" => TemporalDisaggregation.Disaggregate(sales, both, noTruncation(DisaggregationOptions.ChowLin(RhoEstimation.MinimumRssEcotrim))),
            "cl_rss_Q" => TemporalDisaggregation.Disaggregate(sales, both, noTruncation(DisaggregationOptions.ChowLin(RhoEstimation.MinimumRss))),
            "cl_log" => TemporalDisaggregation.Disaggregate(sales, both, noTruncation(DisaggregationOptions.ChowLin())),
            "fer" => TemporalDisaggregation.Disaggregate(sales, both, noTruncation(DisaggregationOptions.Fernandez())),
            "lit_rss" => TemporalDisaggregation.Disaggregate(sales, both, noTruncation(DisaggregationOptions.Litterman(RhoEstimation.MinimumRss))),
            "lit_log" => TemporalDisaggregation.Disaggregate(sales, both, noTruncation(DisaggregationOptions.Litterman())),
            "ols" => TemporalDisaggregation.Disaggregate(sales, both, DisaggregationOptions.Ols()),
            "cl_fix" => TemporalDisaggregation.Disaggregate(sales, both, DisaggregationOptions.ChowLin(RhoEstimation.Fixed, 0.6)),
            "lit_fix" => TemporalDisaggregation.Disaggregate(sales, both, DisaggregationOptions.Litterman(RhoEstimation.Fixed, 0.6)),
            _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown method key."),
        };
    }
}
