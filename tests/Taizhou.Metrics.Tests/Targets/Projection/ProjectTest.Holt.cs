using System;
using System.Linq;
using System.Text.Json;
using Taizhou.Metrics.Targets;
using Taizhou.Metrics.Tests.Vectors;
using Xunit;
using static Taizhou.Metrics.Tests.Targets.AnnualSeries;

namespace Taizhou.Metrics.Tests.Targets;

/// <summary>
/// Holt's method against statsmodels 0.13.5 (statsmodels_holt_projection.json: fixed-parameter Holt, damped Holt and
/// SES, tolerance 1e-6 absolute as the file states), the interval variance against the closed forms of Hyndman and
/// Athanasopoulos (FPP Table 8.8), and the fitting against a grid search.
/// </summary>
public partial class ProjectTest
{
    private const string HoltFile = "statsmodels_holt_projection.json";

    private static JsonElement HoltInputs => VectorFile.Load(HoltFile).GetProperty("inputs");

    private static JsonElement HoltExpected => VectorFile.Load(HoltFile).GetProperty("expected");

    private static double HoltTolerance => VectorFile.Load(HoltFile).GetProperty("tolerance_abs").GetDouble();

    private static decimal[] HoltY => VectorFile.Decimals(HoltInputs.GetProperty("y")).Select(v => v!.Value).ToArray();

    private static HoltParameters VectorHolt(double? phi = null)
    {
        var i = HoltInputs;
        double alpha = i.GetProperty("alpha").GetDouble(), beta = i.GetProperty("beta").GetDouble();
        double l0 = i.GetProperty("initial_level").GetDouble(), b0 = i.GetProperty("initial_trend").GetDouble();
        return phi is double p ? HoltParameters.Damped(alpha, beta, p, l0, b0) : HoltParameters.Of(alpha, beta, l0, b0);
    }

    [Fact]
    public void Holt_GivenParameters_ForecastsMatchStatsmodels()
    {
        var projection = Project.Holt(Annual(2013, HoltY), Year(2021), VectorHolt());

        Assert.Equal(ProjectionMethod.Holt, projection.Method);
        double[] expected = VectorFile.Doubles(HoltExpected.GetProperty("forecast_h1_h3"));
        Assert.Equal(3, projection.Path.Length);
        for (int h = 0; h < 3; h++)
        {
            Assert.Equal(Year(2019 + h), projection.Path[h].Period);
            Assert.Equal(h + 1, projection.Path[h].Step);
            AssertClose(expected[h], projection.Path[h].Estimate, HoltTolerance, $"forecast h={h + 1}");
        }
    }

    [Fact]
    public void Holt_GivenParameters_LevelTrendAndFittedMatchStatsmodelsAtEveryStep()
    {
        // The final states of the series cut after t observations are statsmodels' level[t] and trend[t]; the first
        // projected value of that cut series is the one-step-ahead fit for observation t + 1.
        decimal[] y = HoltY;
        double[] level = VectorFile.Doubles(HoltExpected.GetProperty("level"));
        double[] trend = VectorFile.Doubles(HoltExpected.GetProperty("trend"));
        double[] fitted = VectorFile.Doubles(HoltExpected.GetProperty("fitted"));
        for (int t = 1; t <= y.Length; t++)
        {
            var projection = Project.Holt(Annual(2013, y.Take(t).ToArray()), Year(2019), VectorHolt());
            AssertClose(level[t - 1], projection.Parameter("level"), HoltTolerance, $"level[{t - 1}]");
            AssertClose(trend[t - 1], projection.Parameter("trend"), HoltTolerance, $"trend[{t - 1}]");
            if (t < y.Length)
            {
                AssertClose(fitted[t], projection.Path[0].Estimate, HoltTolerance, $"fitted[{t}]");
            }
        }
    }

    [Fact]
    public void Holt_GivenParameters_SumOfSquaredErrorsIsThatOfStatsmodelsFit()
    {
        decimal[] y = HoltY;
        double[] fitted = VectorFile.Doubles(HoltExpected.GetProperty("fitted"));
        double sse = y.Select((v, i) => Math.Pow((double)v - fitted[i], 2)).Sum();

        var projection = Project.Holt(Annual(2013, y), Year(2021), VectorHolt());

        AssertClose(sse, projection.Fit.SumOfSquaredErrors, 1e-6, "SSE");
        Assert.Equal(6, projection.Fit.Observations);
        Assert.Equal(6, projection.Fit.DegreesOfFreedom); // nothing estimated: σ̂² = SSE / n
        AssertClose(Math.Sqrt(sse / 6), projection.Fit.ResidualStandardError!.Value, 1e-9, "s");
        Assert.Null(projection.Fit.RSquared);
        Assert.False(projection.Fit.OnLogScale);
        Assert.All(projection.Parameters.Where(p => p.Name is "alpha" or "beta" or "phi" or "initialLevel" or "initialTrend"), p => Assert.False(p.IsEstimated));
    }

    [Fact]
    public void Holt_DampedGivenParameters_ForecastsMatchStatsmodels()
    {
        double phi = HoltInputs.GetProperty("phi_damped").GetDouble();
        var projection = Project.Holt(Annual(2013, HoltY), Year(2021), VectorHolt(phi));

        Assert.Equal(ProjectionMethod.DampedHolt, projection.Method);
        Assert.Equal(phi, projection.Parameter("phi"));
        double[] expected = VectorFile.Doubles(HoltExpected.GetProperty("damped_forecast_h1_h3"));
        for (int h = 0; h < 3; h++)
        {
            AssertClose(expected[h], projection.Path[h].Estimate, HoltTolerance, $"damped forecast h={h + 1}");
        }
    }

    [Fact]
    public void Holt_SimpleExponentialSmoothing_ForecastIsFlatAndMatchesStatsmodels()
    {
        // SES is Holt with β = 0 and b0 = 0; statsmodels' SES used the same initial level as Holt (3000).
        double alpha = HoltInputs.GetProperty("ses_alpha").GetDouble();
        double l0 = HoltInputs.GetProperty("initial_level").GetDouble();
        double expected = HoltExpected.GetProperty("ses_forecast").GetDouble();

        var projection = Project.Holt(Annual(2013, HoltY), Year(2021), HoltParameters.SimpleExponentialSmoothing(alpha, l0));

        Assert.All(projection.Path, p => AssertClose(expected, p.Estimate, HoltTolerance, $"SES {p.Period}"));
        Assert.Equal(0.0, projection.Parameter("trend"));
    }

    [Fact]
    public void Holt_Intervals_MatchTheClosedFormVariance()
    {
        // FPP Table 8.8, ETS(A,A,N): v_h = σ²[1 + (h − 1){α² + αβ'h + β'²h(2h − 1)/6}], β' = αβ = 0.16.
        // By hand: v_1 = σ², v_2 = 1.9216 σ², v_3 = 3.176 σ².
        var projection = Project.Holt(Annual(2013, HoltY), Year(2022), VectorHolt());
        double sigma = projection.Fit.ResidualStandardError!.Value;
        double a = 0.8, b = 0.8 * 0.2;
        Assert.Equal(0.95, projection.ConfidenceLevel);
        for (int h = 1; h <= 4; h++)
        {
            double factor = 1 + ((h - 1) * ((a * a) + (a * b * h) + (b * b * h * ((2 * h) - 1) / 6.0)));
            double half = Z975 * sigma * Math.Sqrt(factor);
            var point = projection.Path[h - 1];
            AssertClose(point.Estimate - half, point.Interval!.Value.Lower, 1e-7, $"lower h={h}");
            AssertClose(point.Estimate + half, point.Interval!.Value.Upper, 1e-7, $"upper h={h}");
        }

        AssertClose(1.9216, Math.Pow(projection.Path[1].Interval!.Value.Width / (2 * Z975 * sigma), 2), 1e-12, "v_2 / σ²");
        AssertClose(3.176, Math.Pow(projection.Path[2].Interval!.Value.Width / (2 * Z975 * sigma), 2), 1e-12, "v_3 / σ²");
    }

    [Fact]
    public void Holt_DampedIntervals_MatchTheClosedFormVariance()
    {
        // FPP Table 8.8, ETS(A,Ad,N), β' = αβ:
        // v_h/σ² = 1 + α²(h−1) + β'φh/(1−φ)² {2α(1−φ) + β'φ} − β'φ(1−φ^h)/((1−φ)²(1−φ²)) {2α(1−φ²) + β'φ(1 + 2φ − φ^h)}
        const double phi = 0.9;
        var projection = Project.Holt(Annual(2013, HoltY), Year(2023), VectorHolt(phi));
        double sigma = projection.Fit.ResidualStandardError!.Value;
        double a = 0.8, b = 0.8 * 0.2;
        for (int h = 1; h <= 5; h++)
        {
            double ph = Math.Pow(phi, h);
            double factor = 1 + (a * a * (h - 1))
                + (b * phi * h / Math.Pow(1 - phi, 2) * ((2 * a * (1 - phi)) + (b * phi)))
                - (b * phi * (1 - ph) / (Math.Pow(1 - phi, 2) * (1 - (phi * phi))) * ((2 * a * (1 - (phi * phi))) + (b * phi * (1 + (2 * phi) - ph))));
            double half = Z975 * sigma * Math.Sqrt(factor);
            AssertClose(2 * half, projection.Path[h - 1].Interval!.Value.Width, 1e-7, $"width h={h}");
        }
    }

    [Fact]
    public void Holt_Fitted_SseIsNoWorseThanAFineGrid()
    {
        decimal[] y = [812.4m, 870.0m, 958.3m, 1001.7m, 1093.5m, 1150.2m, 1262.9m, 1318.0m];
        var projection = Project.Holt(Annual(2011, y), Year(2021));

        // The same initial states, by hand: the least-squares line through the first min(n, 10) points, t = 1..8.
        double[] v = y.Select(d => (double)d).ToArray();
        double tMean = 4.5, yMean = v.Average();
        double slope = v.Select((x, i) => (i + 1 - tMean) * (x - yMean)).Sum() / v.Select((_, i) => Math.Pow(i + 1 - tMean, 2)).Sum();
        double intercept = yMean - (slope * tMean);
        AssertClose(intercept, projection.Parameter("initialLevel"), 1e-8, "ℓ0");
        AssertClose(slope, projection.Parameter("initialTrend"), 1e-8, "b0");

        double best = double.PositiveInfinity;
        for (double a = 0.01; a < 1.0; a += 0.02)
        {
            for (double b = 0.01; b < 1.0; b += 0.02)
            {
                best = Math.Min(best, Project.HoltFilter(v, a, b, 1.0, intercept, slope, out _, out _));
            }
        }

        Assert.True(projection.Fit.SumOfSquaredErrors <= best * (1 + 1e-9), $"fitted SSE {projection.Fit.SumOfSquaredErrors} above the grid's {best}");
        Assert.Equal(ProjectionMethod.Holt, projection.Method);
        Assert.Equal(8 - 4, projection.Fit.DegreesOfFreedom);
        AssertClose(Math.Sqrt(projection.Fit.SumOfSquaredErrors / 4), projection.Fit.ResidualStandardError!.Value, 1e-12, "s");
        Assert.True(projection.Parameters.Single(p => p.Name == "alpha").IsEstimated);
        Assert.False(projection.Parameters.Single(p => p.Name == "phi").IsEstimated);
        Assert.Equal(1.0, projection.Parameter("phi"));
    }

    [Fact]
    public void Holt_FittedDamped_PhiStaysInItsRangeAndSseBeatsTheGrid()
    {
        decimal[] y = [500m, 580m, 650m, 700m, 738m, 765m, 781m, 792m, 800m];
        var projection = Project.Holt(Annual(2010, y), Year(2022), damped: true);

        Assert.Equal(ProjectionMethod.DampedHolt, projection.Method);
        double phi = projection.Parameter("phi");
        Assert.InRange(phi, 0.8, 0.98);
        Assert.Equal(9 - 5, projection.Fit.DegreesOfFreedom);

        double[] v = y.Select(d => (double)d).ToArray();
        double l0 = projection.Parameter("initialLevel"), b0 = projection.Parameter("initialTrend");
        double best = double.PositiveInfinity;
        foreach (double p in new[] { 0.8, 0.84, 0.88, 0.92, 0.96, 0.98 })
        {
            for (double a = 0.02; a < 1.0; a += 0.04)
            {
                for (double b = 0.02; b < 1.0; b += 0.04)
                {
                    best = Math.Min(best, Project.HoltFilter(v, a, b, p, l0, b0, out _, out _));
                }
            }
        }

        Assert.True(projection.Fit.SumOfSquaredErrors <= best * (1 + 1e-9), $"fitted SSE {projection.Fit.SumOfSquaredErrors} above the grid's {best}");

        // A damped trend flattens: each step adds less than the one before.
        var path = projection.Path.Select(p => p.Estimate).ToArray();
        for (int i = 2; i < path.Length; i++)
        {
            Assert.True(path[i] - path[i - 1] < path[i - 1] - path[i - 2] || Math.Abs(path[i] - path[i - 1]) < 1e-9);
        }
    }

    [Theory]
    // docs/targets.md's series: the old fit stopped at SSE 28601.56; the objective at (0.3535, 0.9999, 0.98) is 28556.69.
    [InlineData(true, new[] { 2790.0, 3020.0, 3360.0, 3590.0, 3950.0, 4200.0, 4610.0, 4850.0 })]
    // Damped, the grid's best φ on its bound 0.98: the old fit stopped at SSE 2333.12, 4.3 % above the optimum.
    [InlineData(true, new[] { 565.7, 636.7, 704.1, 754.7, 838.9, 904.0, 950.3, 995.9, 1051.2, 1103.8, 1143.4, 1168.9 })]
    [InlineData(true, new[] { 1219.4, 1277.7, 1338.1, 1386.8, 1429.9, 1475.0, 1514.8 })]
    [InlineData(true, new[] { 652.8, 708.6, 776.6, 838.1, 886.9, 928.6, 971.1, 995.7, 1022.3, 1044.6, 1074.9, 1099.0, 1121.6, 1142.7, 1155.5 })]
    // Undamped, the optimum at a small α with β on its upper bound, away from the best grid points.
    [InlineData(false, new[] { 1133.8, 1132.2, 1122.9, 1118.9, 1122.5, 1125.8, 1122.8, 1115.3, 1122.1, 1119.0, 1116.0, 1111.4, 1110.8, 1102.8 })]
    [InlineData(false, new[] { 1238.7, 1231.4, 1222.4, 1216.2, 1207.8, 1228.6, 1230.0, 1204.2, 1181.0, 1174.1, 1185.0, 1188.6, 1167.5, 1179.9, 1174.3 })]
    public void Holt_Fitted_MinimisesTheSseToOnePartInAMillion_AgainstAFineSearch(bool damped, double[] values)
    {
        var projection = Project.Holt(Annual(2000, values), Year(2000 + values.Length + 3), damped: damped);
        double l0 = projection.Parameter("initialLevel"), b0 = projection.Parameter("initialTrend");

        // An independent search over the same objective and bounds: a grid of step 0.01 (α, β) and 0.01 (φ) with the
        // bounds themselves, then coordinate-wise golden-section refinement from the best grid point.
        double best = FineHoltSearch(values, l0, b0, damped);

        double fitted = projection.Fit.SumOfSquaredErrors;
        Assert.True(fitted <= best * (1 + 1e-6), $"fitted SSE {fitted:R} is above the fine search's {best:R} by {(fitted - best) / best:E2}");
        Assert.InRange(projection.Parameter("alpha"), 1e-4, 1 - 1e-4);
        Assert.InRange(projection.Parameter("beta"), 1e-4, 1 - 1e-4);
        Assert.InRange(projection.Parameter("phi"), damped ? 0.8 : 1.0, damped ? 0.98 : 1.0);

        // The reported SSE is the objective at the reported parameters.
        double again = Project.HoltFilter(values, projection.Parameter("alpha"), projection.Parameter("beta"), projection.Parameter("phi"), l0, b0, out _, out _);
        Assert.Equal(again, fitted, 1e-9 * fitted);
    }

    [Fact]
    public void HoltSseGradient_MatchesCentralDifferences()
    {
        double[] y = [565.7, 636.7, 704.1, 754.7, 838.9, 904.0, 950.3, 995.9];
        double[] x = [0.37, 0.61, 0.9];
        double[] gradient = new double[3];
        double sse = Project.HoltSseGradient(y, x[0], x[1], x[2], 540.0, 60.0, gradient);
        Assert.Equal(Project.HoltFilter(y, x[0], x[1], x[2], 540.0, 60.0, out _, out _), sse, 1e-9);
        for (int k = 0; k < 3; k++)
        {
            const double h = 1e-6;
            double[] up = (double[])x.Clone(), down = (double[])x.Clone();
            up[k] += h;
            down[k] -= h;
            double numeric = (Project.HoltFilter(y, up[0], up[1], up[2], 540.0, 60.0, out _, out _) - Project.HoltFilter(y, down[0], down[1], down[2], 540.0, 60.0, out _, out _)) / (2 * h);
            Assert.Equal(numeric, gradient[k], Math.Abs(numeric) * 1e-5);
        }
    }

    private static double FineHoltSearch(double[] y, double l0, double b0, bool damped)
    {
        double Sse(double[] p) => Project.HoltFilter(y, p[0], p[1], p[2], l0, b0, out _, out _);
        double[] lower = [1e-4, 1e-4, damped ? 0.8 : 1.0], upper = [1 - 1e-4, 1 - 1e-4, damped ? 0.98 : 1.0];
        var smoothing = Enumerable.Range(1, 99).Select(i => i / 100.0).Prepend(1e-4).Append(1 - 1e-4).ToArray();
        var phis = damped ? Enumerable.Range(0, 19).Select(i => 0.8 + (i / 100.0)).ToArray() : [1.0];
        double[] x = [0.5, 0.5, phis[0]];
        double best = double.PositiveInfinity;
        foreach (double a in smoothing)
        {
            foreach (double b in smoothing)
            {
                foreach (double p in phis)
                {
                    double sse = Sse([a, b, p]);
                    if (sse < best)
                    {
                        (best, x) = (sse, [a, b, p]);
                    }
                }
            }
        }

        for (int sweep = 0; sweep < 200; sweep++)
        {
            for (int k = 0; k < (damped ? 3 : 2); k++)
            {
                // Golden section on coordinate k within one grid step either side, then the bounds themselves.
                double lo = Math.Max(lower[k], x[k] - 0.01), hi = Math.Min(upper[k], x[k] + 0.01);
                for (int g = 0; g < 60; g++)
                {
                    double m1 = lo + ((hi - lo) * 0.381966), m2 = lo + ((hi - lo) * 0.618034);
                    double[] x1 = (double[])x.Clone(), x2 = (double[])x.Clone();
                    x1[k] = m1;
                    x2[k] = m2;
                    if (Sse(x1) < Sse(x2))
                    {
                        hi = m2;
                    }
                    else
                    {
                        lo = m1;
                    }
                }

                foreach (double candidate in new[] { (lo + hi) / 2, lower[k], upper[k] })
                {
                    double[] c = (double[])x.Clone();
                    c[k] = candidate;
                    double sse = Sse(c);
                    if (sse < best)
                    {
                        (best, x) = (sse, c);
                    }
                }
            }
        }

        return best;
    }

    [Fact]
    public void Holt_FittedOnAStraightLine_ContinuesItExactly()
    {
        // y = 100 + 10 t: the heuristic gives ℓ0 = 100, b0 = 10, every one-step error is 0, whatever α and β.
        decimal[] y = Enumerable.Range(1, 6).Select(t => 100m + (10m * t)).ToArray();
        var projection = Project.Holt(Annual(2013, y), Year(2020));

        AssertClose(0.0, projection.Fit.SumOfSquaredErrors, 1e-18, "SSE");
        for (int h = 1; h <= 2; h++)
        {
            AssertClose(100 + (10 * (6 + h)), projection.Path[h - 1].Estimate, 1e-9, $"h={h}");
            AssertClose(0.0, projection.Path[h - 1].Interval!.Value.Width, 1e-9, $"width h={h}");
        }
    }

    [Fact]
    public void Holt_DampedFlagWithUndampedGivenParameters_Throws()
    {
        var ex = Assert.Throws<ArgumentException>(() => Project.Holt(Annual(2013, HoltY), Year(2021), VectorHolt(), damped: true));
        Assert.Equal("damped", ex.ParamName);
    }

    [Fact]
    public void Holt_Level_AllowsZeroAndNegativeValues()
    {
        // An additive model works on the level: a loss (negative profit) is just a value.
        var projection = Project.Holt(Annual(2015, -20m, 0m, 15m, 30m), Year(2020), HoltParameters.Of(0.5, 0.5, -35, 15));
        Assert.Equal(2, projection.Path.Length);
        Assert.True(double.IsFinite(projection.Path[1].Estimate));
    }
}
