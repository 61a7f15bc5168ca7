using System;
using System.Linq;
using Taizhou.Metrics.Targets;
using Xunit;
using static Taizhou.Metrics.Tests.Targets.AnnualSeries;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary>
/// Log-linear projections: recovery of known parameters from generated series (exact without noise; within about
/// four standard errors with seeded noise) and a three-point example worked by hand.
/// </summary>
public partial class ProjectTest
{
    [Fact]
    public void LogLinear_NoiseFreeExponential_RecoversItsParametersExactly()
    {
        // y_t = 3000 e^{0.08 t}, t = 0..7 (2011..2018); only the decimal rounding of the values (~1e-15 relative) is noise.
        const double a = 8.006367567650246; // ln 3000
        const double b = 0.08;
        var series = Annual(2011, Enumerable.Range(0, 8).Select(t => Math.Exp(a + (b * t))));

        var projection = Project.LogLinear(series, Year(2021));

        AssertClose(a, projection.Parameter("intercept"), 1e-12, "intercept");
        AssertClose(b, projection.Parameter("slope"), 1e-12, "slope");
        AssertClose(Math.Exp(b) - 1, projection.Parameter("growth"), 1e-12, "growth");
        AssertClose(1.0, projection.Fit.RSquared!.Value, 1e-12, "R²");
        AssertClose(0.0, projection.Fit.ResidualStandardError!.Value, 1e-12, "s");
        Assert.Equal(8, projection.Fit.Observations);
        Assert.Equal(6, projection.Fit.DegreesOfFreedom);
        Assert.True(projection.Fit.OnLogScale);
        for (int h = 1; h <= 3; h++)
        {
            double expected = Math.Exp(a + (b * (7 + h)));
            AssertClose(expected, projection.Path[h - 1].Estimate, expected * 1e-12, $"h={h}");
            AssertClose(0.0, projection.Path[h - 1].Interval!.Value.Width, expected * 1e-9, $"width h={h}");
        }
    }

    [Fact]
    public void LogLinear_SeededNoise_RecoversItsParametersWithinFourStandardErrors()
    {
        // ln y_t = 6.5 + 0.07 t + ε_t, ε ~ N(0, 0.02²), t = 0..29, System.Random(20180814) with Box-Muller.
        // Standard errors for n = 30: slope σ/√Sxx = 0.02/√2247.5 ≈ 4.2e-4, intercept σ√(1/n + t̄²/Sxx) ≈ 7.1e-3;
        // tolerances are about four of them. s estimates σ on 28 degrees of freedom (sd ≈ 13 %): within 40 %.
        const double a = 6.5, b = 0.07, sigma = 0.02;
        var random = new Random(20180814);
        double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var series = Annual(1989, Enumerable.Range(0, 30).Select(t => Math.Exp(a + (b * t) + (sigma * Gaussian()))).ToArray());

        var projection = Project.LogLinear(series, Year(2021));

        AssertClose(b, projection.Parameter("slope"), 0.0017, "slope");
        AssertClose(a, projection.Parameter("intercept"), 0.03, "intercept");
        Assert.InRange(projection.Fit.ResidualStandardError!.Value, 0.6 * sigma, 1.4 * sigma);
        Assert.True(projection.Fit.RSquared > 0.99);
    }

    [Fact]
    public void LogLinear_ThreePoints_FitAndIntervalMatchHandCalculation()
    {
        // ln y = 0, 1.1, 1.9 at t = 0, 1, 2. By hand: t̄ = 1, Sxx = 2, b = (1 + 0.9) / 2 = 0.95, a = 1 − 0.95 = 0.05;
        // residuals −0.05, 0.1, −0.05, SSE = 0.015, s² = 0.015 / 1; SST = 1 + 0.01 + 0.81 = 1.82, R² = 1 − 0.015/1.82.
        // h = 1 (t₀ = 3): ẑ = 2.9, s_1 = s √(1 + 1/3 + 4/2) = √0.05; h = 2 (t₀ = 4): s_2 = s √(1 + 1/3 + 9/2) = √0.0875.
        // 95 % interval exp(ẑ ± 12.7062 s_h): its log width is 2 × 12.7062 × s_h.
        var series = Annual(2016, 1m, (decimal)Math.Exp(1.1), (decimal)Math.Exp(1.9));

        var projection = Project.LogLinear(series, Year(2020));

        AssertClose(0.05, projection.Parameter("intercept"), 1e-12, "a");
        AssertClose(0.95, projection.Parameter("slope"), 1e-12, "b");
        AssertClose(Math.Sqrt(0.015), projection.Fit.ResidualStandardError!.Value, 1e-12, "s");
        AssertClose(1 - (0.015 / 1.82), projection.Fit.RSquared!.Value, 1e-12, "R²");
        Assert.Equal(1, projection.Fit.DegreesOfFreedom);

        var p1 = projection.Path[0];
        AssertClose(Math.Exp(2.9), p1.Estimate, 1e-9, "estimate 2019");
        AssertClose(2 * T975With1Df * Math.Sqrt(0.05), Math.Log(p1.Interval!.Value.Upper / p1.Interval!.Value.Lower), 1e-9, "log width 2019");
        AssertClose(Math.Exp(2.9 - (T975With1Df * Math.Sqrt(0.05))), p1.Interval!.Value.Lower, 1e-9, "lower 2019");
        var p2 = projection.Path[1];
        AssertClose(Math.Exp(3.85), p2.Estimate, 1e-9, "estimate 2020");
        AssertClose(2 * T975With1Df * Math.Sqrt(0.0875), Math.Log(p2.Interval!.Value.Upper / p2.Interval!.Value.Lower), 1e-9, "log width 2020");
    }

    [Fact]
    public void LogLinear_NinetyPercent_IsNarrowerThanNinetyFivePercent()
    {
        // t(0.95, 1) = 6.313751514675 from a printed table.
        var series = Annual(2016, 1m, (decimal)Math.Exp(1.1), (decimal)Math.Exp(1.9));

        var projection = Project.LogLinear(series, Year(2019), confidence: 0.90);

        Assert.Equal(0.90, projection.ConfidenceLevel);
        var i = projection.Path[0].Interval!.Value;
        AssertClose(2 * 6.313751514675 * Math.Sqrt(0.05), Math.Log(i.Upper / i.Lower), 1e-9, "log width at 90 %");
    }

    [Fact]
    public void LogLinear_ConstantSeries_HasNoRSquaredAndZeroGrowth()
    {
        var projection = Project.LogLinear(Annual(2015, 50m, 50m, 50m, 50m), Year(2019));

        Assert.Null(projection.Fit.RSquared);
        AssertClose(0.0, projection.Parameter("growth"), 1e-15, "growth");
        AssertClose(50.0, projection.Path[0].Estimate, 1e-12, "2019");
    }
}
