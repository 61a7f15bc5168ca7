using System;
using System.Collections.Immutable;
using MathNet.Numerics;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Targets;

public static partial class Project
{
    // Bounds of the fitted parameters: α and β strictly inside (0, 1); φ in Hyndman's recommended [0.8, 0.98].
    private const double SmoothingLower = 1e-4;
    private const double SmoothingUpper = 1.0 - 1e-4;
    private const double PhiLower = 0.8;
    private const double PhiUpper = 0.98;

    /// <summary>
    /// Projects by Holt's linear exponential smoothing (霍爾特線性趨勢法), additive trend, optionally damped, with
    /// parameters given or fitted by minimising the one-step-ahead sum of squared errors; prediction intervals from
    /// the ETS(A,A,N) / ETS(A,Ad,N) state-space variance.
    /// </summary>
    /// <remarks>
    /// <para>The recursions (statsmodels' <c>Holt</c>, Hyndman and Athanasopoulos FPP §8.2), for y_1 .. y_n:</para>
    /// <code>
    /// ŷ_t = ℓ_{t−1} + φ b_{t−1},  e_t = y_t − ŷ_t
    /// ℓ_t = α y_t + (1 − α)(ℓ_{t−1} + φ b_{t−1})
    /// b_t = β (ℓ_t − ℓ_{t−1}) + (1 − β) φ b_{t−1}
    /// ŷ_{n+h} = ℓ_n + (φ + φ² + … + φ^h) b_n            (φ = 1 without damping: ℓ_n + h b_n)
    /// </code>
    /// <para>
    /// <b>Intervals</b> (Hyndman, Koehler, Ord and Snyder, <i>Forecasting with Exponential Smoothing</i>, 2008, ch. 6,
    /// class-1 models): in error-correction form ℓ_t = ℓ_{t−1} + φ b_{t−1} + α e_t, b_t = φ b_{t−1} + αβ e_t, so with
    /// σ̂² the residual variance
    /// </para>
    /// <code>
    /// v_h = σ̂² [1 + Σ_{j=1}^{h−1} c_j²],  c_j = α (1 + β (φ + φ² + … + φ^j))      (undamped: c_j = α (1 + β j))
    /// interval = ŷ_{n+h} ± z_{(1+c)/2} √v_h
    /// </code>
    /// <para>
    /// which equals the closed forms of FPP Table 8.8, e.g. σ̂² [1 + (h − 1){α² + α β' h + β'² h (2h − 1) / 6}] with
    /// β' = αβ for the undamped model. The errors are taken as normal; the parameters are treated as known, so the
    /// intervals do not include their estimation error (as in statsmodels and R's forecast package).
    /// σ̂² = SSE / (n − p), with p the number of quantities estimated from the data: 0 when all parameters are given
    /// (σ̂² = SSE / n), 4 when fitted (α, β, ℓ_0, b_0), 5 when fitted with damping (and φ).
    /// </para>
    /// <para>
    /// <b>Fitting</b> (when <paramref name="parameters"/> is null): the initial states are Hyndman et al.'s heuristic
    /// (2008, §2.6.1), the least-squares line of y on t = 1 .. m over the first m = min(n, 10) observations, with ℓ_0
    /// its intercept (its value at t = 0) and b_0 its slope. α, β (and φ when <paramref name="damped"/>) then minimise
    /// the one-step-ahead SSE Σ e_t², with α and β in [0.0001, 0.9999] and φ in [0.8, 0.98] (Hyndman's recommended
    /// range): first over a grid (α and β 0.05 to 0.95 by 0.1; φ 0.8, 0.85, 0.9, 0.95, 0.98), then from the best grid
    /// point by MathNet's Nelder-Mead simplex on logit-transformed parameters (tolerance 1e-10, at most 10 000
    /// iterations), keeping whichever SSE is lower. Fitting needs n ≥ 5 (n ≥ 6 damped), one more than the quantities
    /// it estimates, so that σ̂² has a degree of freedom.
    /// </para>
    /// <para>
    /// With given parameters it needs one observation; their φ decides damping (<paramref name="damped"/> may be left
    /// false, and asking for damping that the given φ = 1 lacks is an error). SES is β = 0, b_0 = 0
    /// (<see cref="HoltParameters.SimpleExponentialSmoothing(double, double)"/>). Any finite values are allowed,
    /// including zero and negative ones. R² is null.
    /// </para>
    /// </remarks>
    /// <param name="series">The series: consecutive values.</param>
    /// <param name="horizon">The last period to project, after the last actual period and of the same kind.</param>
    /// <param name="parameters">Given parameters, or null to fit them.</param>
    /// <param name="damped">When fitting, whether to fit a damped trend (φ); otherwise φ = 1.</param>
    /// <param name="confidence">The interval's confidence level, strictly between 0 and 1.</param>
    /// <returns>The projection; its method is <see cref="ProjectionMethod.DampedHolt"/> when φ &lt; 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The series has too few observations, a gap (the first missing period is named) or is not of a regular kind;
    /// the horizon is not after its last actual period or of another kind; or damping is asked for with given
    /// parameters that have φ = 1.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1.</exception>
    public static Projection Holt(TimeSeries series, ReportingPeriod horizon, HoltParameters? parameters = null, bool damped = false, double confidence = 0.95)
    {
        CheckConfidence(confidence);
        if (parameters is not null && damped && !parameters.IsDamped)
        {
            throw new ArgumentException($"A damped trend was asked for, but the given parameters have φ = 1 ({parameters}): give φ < 1 or leave damped false.", nameof(damped));
        }

        bool isDamped = parameters?.IsDamped ?? damped;
        int estimated = parameters is null ? (isDamped ? 5 : 4) : 0;
        string name = isDamped ? "Damped Holt" : "Holt";
        string why = parameters is null
            ? $"{estimated} estimated quantities and one residual degree of freedom"
            : "one one-step-ahead error";
        var data = Actuals.Prepare(series, horizon, name + (parameters is null ? " fitted" : string.Empty), null, estimated + 1, why);
        double[] y = data.Values;
        int n = y.Length;

        double alpha, beta, phi, l0, b0;
        if (parameters is null)
        {
            (l0, b0) = HeuristicInitialStates(y);
            (alpha, beta, phi) = FitSmoothing(y, l0, b0, isDamped);
        }
        else
        {
            (alpha, beta, phi, l0, b0) = (parameters.Alpha, parameters.Beta, parameters.Phi, parameters.InitialLevel, parameters.InitialTrend);
        }

        double sse = HoltFilter(y, alpha, beta, phi, l0, b0, out double level, out double trend);
        if (!double.IsFinite(sse))
        {
            throw new OverflowException($"Holt's recursions overflow a double on the series{(data.Name is null ? string.Empty : $" '{data.Name}'")}.");
        }

        int df = n - estimated;
        double sigma = Math.Sqrt(sse / df);
        bool fitted = parameters is null;
        var list = ImmutableArray.Create(
            new ProjectionParameter("alpha", alpha, fitted),
            new ProjectionParameter("beta", beta, fitted),
            new ProjectionParameter("phi", phi, fitted && isDamped),
            new ProjectionParameter("initialLevel", l0, fitted),
            new ProjectionParameter("initialTrend", b0, fitted),
            ProjectionParameter.Estimated("level", level),
            ProjectionParameter.Estimated("trend", trend));
        var fit = new ProjectionFit(n, df, sse, null, sigma, onLogScale: false);

        // Running sums over the steps: φ_h = φ + … + φ^h for the forecast, Σ c_j² for the variance.
        double phiSum = 0.0, phiPower = 1.0, cSquares = 0.0;
        int lastStep = 0;
        return Build(
            isDamped ? ProjectionMethod.DampedHolt : ProjectionMethod.Holt,
            list,
            data,
            horizon,
            confidence,
            fit,
            h =>
            {
                // Called once per step in order h = 1, 2, …: extend the sums by one step.
                if (h != lastStep + 1)
                {
                    throw new InvalidOperationException("Steps must be taken in order.");
                }

                if (h > 1)
                {
                    // c_{h−1} = α (1 + β φ_{h−1}); φ_{h−1} is the sum before this step's update.
                    double c = alpha * (1.0 + (beta * phiSum));
                    cSquares += c * c;
                }

                phiPower *= phi;
                phiSum += phiPower;
                lastStep = h;
                return new PredictiveDistribution(level + (phiSum * trend), sigma * Math.Sqrt(1.0 + cSquares), null, onLogScale: false);
            });
    }

    /// <summary>Runs Holt's recursions from (ℓ_0, b_0) and returns the one-step-ahead SSE and the final states.</summary>
    internal static double HoltFilter(double[] y, double alpha, double beta, double phi, double l0, double b0, out double level, out double trend)
    {
        double l = l0, b = b0, sse = 0.0;
        foreach (double v in y)
        {
            double forecast = l + (phi * b);
            double e = v - forecast;
            sse += e * e;
            double next = (alpha * v) + ((1.0 - alpha) * forecast);
            b = (beta * (next - l)) + ((1.0 - beta) * phi * b);
            l = next;
        }

        level = l;
        trend = b;
        return sse;
    }

    /// <summary>Hyndman et al.'s heuristic: the least-squares line of y on t = 1 .. min(n, 10); ℓ_0 its value at t = 0, b_0 its slope.</summary>
    internal static (double Level, double Trend) HeuristicInitialStates(double[] y)
    {
        int m = Math.Min(y.Length, 10);
        double[] t = new double[m];
        double[] v = new double[m];
        for (int i = 0; i < m; i++)
        {
            t[i] = i + 1;
            v[i] = y[i];
        }

        var (intercept, slope) = Fit.Line(t, v);
        return (intercept, slope);
    }

    private static (double Alpha, double Beta, double Phi) FitSmoothing(double[] y, double l0, double b0, bool damped)
    {
        double Sse(double a, double b, double p) => HoltFilter(y, a, b, p, l0, b0, out _, out _);

        double[] phis = damped ? [0.8, 0.85, 0.9, 0.95, 0.98] : [1.0];
        double bestA = 0.5, bestB = 0.5, bestP = damped ? 0.9 : 1.0, best = double.PositiveInfinity;
        for (int i = 0; i < 10; i++)
        {
            for (int j = 0; j < 10; j++)
            {
                foreach (double p in phis)
                {
                    double a = 0.05 + (0.1 * i), b = 0.05 + (0.1 * j);
                    double sse = Sse(a, b, p);
                    if (sse < best)
                    {
                        (best, bestA, bestB, bestP) = (sse, a, b, p);
                    }
                }
            }
        }

        // Nelder-Mead on unbounded coordinates u, mapped into the bounds by a logistic function.
        double ToA(double u) => Bounded(u, SmoothingLower, SmoothingUpper);
        double ToP(double u) => Bounded(u, PhiLower, PhiUpper);
        var start = damped
            ? Vector<double>.Build.DenseOfArray([Unbounded(bestA, SmoothingLower, SmoothingUpper), Unbounded(bestB, SmoothingLower, SmoothingUpper), Unbounded(bestP, PhiLower, PhiUpper)])
            : Vector<double>.Build.DenseOfArray([Unbounded(bestA, SmoothingLower, SmoothingUpper), Unbounded(bestB, SmoothingLower, SmoothingUpper)]);
        var objective = ObjectiveFunction.Value(u =>
        {
            double sse = Sse(ToA(u[0]), ToA(u[1]), damped ? ToP(u[2]) : 1.0);
            return double.IsFinite(sse) ? sse : double.MaxValue;
        });
        try
        {
            var result = new NelderMeadSimplex(1e-10, 10_000).FindMinimum(objective, start, Vector<double>.Build.Dense(start.Count, 0.5));
            var u = result.MinimizingPoint;
            double a = ToA(u[0]), b = ToA(u[1]), p = damped ? ToP(u[2]) : 1.0;
            if (Sse(a, b, p) < best)
            {
                return (a, b, p);
            }
        }
        catch (MaximumIterationsException)
        {
            // Keep the best grid point.
        }

        return (bestA, bestB, bestP);
    }

    private static double Bounded(double u, double lower, double upper) => lower + ((upper - lower) / (1.0 + Math.Exp(-u)));

    private static double Unbounded(double x, double lower, double upper)
    {
        double f = (x - lower) / (upper - lower);
        return Math.Log(f / (1.0 - f));
    }
}
