using System;
using System.Collections.Immutable;
using MathNet.Numerics;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Targets;

public static partial class Project
{
    /// <summary>
    /// Projects by a log-linear trend (对数线性趋势) fitted by ordinary least squares: constant proportional growth
    /// estimated from the whole history, with Student-t prediction intervals on the log scale transformed back.
    /// </summary>
    /// <remarks>
    /// <para>With t = 0, 1, …, n − 1 the position of each period from the first one used and z_t = ln y_t:</para>
    /// <code>
    /// z_t = a + b t + ε_t,  ε_t ~ N(0, σ²) independent          (fitted by MathNet Fit.Line)
    /// s² = Σ (z_t − a − b t)² / (n − 2),  R² = 1 − SSE / Σ (z_t − z̄)²
    /// forecast at t₀ = n − 1 + h:  ẑ = a + b t₀,  ŷ_{n+h} = exp(ẑ)
    /// s_h = s √(1 + 1/n + (t₀ − t̄)² / Σ (t − t̄)²)
    /// interval = [exp(ẑ − q s_h), exp(ẑ + q s_h)],  q = t_{n−2, (1+c)/2}
    /// </code>
    /// <para>
    /// The point estimate exp(ẑ) is the median of the log-normal predictive distribution (the mean would be
    /// exp(ẑ + σ²/2)); the interval is not symmetric about it. The per-period growth is e^b − 1. R² is on the log scale
    /// and null when every value is the same (SST = 0). A noise-free exponential series gives s = 0 and intervals of
    /// zero width. It needs at least 3 observations (one residual degree of freedom) and positive values.
    /// </para>
    /// </remarks>
    /// <param name="series">The series: consecutive positive values, at least 3.</param>
    /// <param name="horizon">The last period to project, after the last actual period and of the same kind.</param>
    /// <param name="confidence">The interval's confidence level, strictly between 0 and 1.</param>
    /// <returns>The projection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The series has fewer than 3 observations, a gap (the first missing period is named), a value that is not
    /// positive (named), or is not of a regular kind; or the horizon is not after its last actual period or of another kind.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1, or the projection (or its interval) overflows a double before the horizon (a horizon of 9999-12 on monthly data); the message names the period.</exception>
    public static Projection LogLinear(TimeSeries series, ReportingPeriod horizon, double confidence = 0.95)
    {
        CheckConfidence(confidence);
        var data = Actuals.Prepare(series, horizon, "A log-linear trend", null, 3, "two coefficients and one residual degree of freedom");
        data.RequirePositive("A log-linear trend", nameof(series));

        int n = data.Values.Length;
        double[] t = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++)
        {
            t[i] = i;
            z[i] = Math.Log(data.Values[i]);
        }

        var (a, b) = Fit.Line(t, z);
        double tMean = (n - 1) / 2.0;
        double zMean = 0.0;
        foreach (double v in z)
        {
            zMean += v;
        }

        zMean /= n;
        double sse = 0.0, sst = 0.0, sxx = 0.0;
        for (int i = 0; i < n; i++)
        {
            double e = z[i] - a - (b * t[i]);
            sse += e * e;
            sst += (z[i] - zMean) * (z[i] - zMean);
            sxx += (t[i] - tMean) * (t[i] - tMean);
        }

        int df = n - 2;
        double s = Math.Sqrt(sse / df);
        double? r2 = sst > 0.0 ? Math.Clamp(1.0 - (sse / sst), 0.0, 1.0) : null;
        var parameters = ImmutableArray.Create(
            ProjectionParameter.Estimated("intercept", a),
            ProjectionParameter.Estimated("slope", b),
            ProjectionParameter.Estimated("growth", Math.Exp(b) - 1.0));
        var fit = new ProjectionFit(n, df, sse, r2, s, onLogScale: true);
        return Build(
            ProjectionMethod.LogLinear,
            parameters,
            data,
            horizon,
            confidence,
            fit,
            h =>
            {
                double t0 = n - 1 + h;
                double d = t0 - tMean;
                return new PredictiveDistribution(a + (b * t0), s * Math.Sqrt(1.0 + (1.0 / n) + (d * d / sxx)), df, onLogScale: true);
            });
    }
}
