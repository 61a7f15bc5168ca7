using System;
using System.Collections.Immutable;
using System.Linq;
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
    /// Projects by Holt's linear exponential smoothing (霍尔特线性趋势法), additive trend, optionally damped, with
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
    /// (σ̂² = SSE / n), 4 when fitted (α, β, ℓ_0, b_0), 5 when fitted with damping (and φ). This is R's forecast
    /// package's divisor; statsmodels divides by n, so its intervals are narrower by √(n / (n − p)).
    /// </para>
    /// <para>
    /// <b>Fitting</b> (when <paramref name="parameters"/> is null): the initial states are Hyndman et al.'s heuristic
    /// (2008, §2.6.1), the least-squares line of y on t = 1 .. m over the first m = min(n, 10) observations, with ℓ_0
    /// its intercept (its value at t = 0) and b_0 its slope; they are not re-estimated with the smoothing parameters
    /// (R's <c>ets</c> and statsmodels' <c>initialization_method="estimated"</c> do that, so their fits differ). α, β
    /// (and φ when <paramref name="damped"/>) then minimise the one-step-ahead SSE Σ e_t² given those states, with α
    /// and β in [0.0001, 0.9999] and φ in [0.8, 0.98] (Hyndman's recommended range), to 1e-6 relative or better: a grid
    /// (α and β at the bounds and 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.3 … 0.8, 0.85, 0.9, 0.95, 0.975, 0.99; φ 0.8,
    /// 0.85, 0.9, 0.95, 0.98), then from the four best grid points and every grid point no worse than its neighbours,
    /// MathNet's bounded quasi-Newton L-BFGS-B with the exact gradient of the SSE (the recursions differentiated
    /// forward), alternated with a projected-gradient line search until neither improves; the lowest SSE wins. An
    /// optimum on a bound (β = 0.9999, φ = 0.98) is reached exactly. Fitting needs n ≥ 5 (n ≥ 6 damped), one more
    /// than the quantities it estimates, so that σ̂² has a degree of freedom.
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
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1, or the projection (or its interval) overflows a double before the horizon (a horizon of 9999-12 on monthly data); the message names the period.</exception>
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
            throw new ArgumentException($"Holt's recursions overflow a double on the series{(data.Name is null ? string.Empty : $" '{data.Name}'")} with {(parameters is null ? "the fitted parameters" : parameters.ToString())}.", nameof(series));
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

    /// <summary>
    /// Holt's one-step-ahead SSE and its exact gradient with respect to (α, β, φ), by differentiating the recursions
    /// forward (ℓ_0 and b_0 held fixed).
    /// </summary>
    internal static double HoltSseGradient(double[] y, double alpha, double beta, double phi, double l0, double b0, Span<double> gradient)
    {
        double l = l0, b = b0, sse = 0.0;
        Span<double> dl = stackalloc double[3];
        Span<double> db = stackalloc double[3];
        Span<double> dsse = stackalloc double[3];
        dl.Clear();
        db.Clear();
        dsse.Clear();
        foreach (double v in y)
        {
            double forecast = l + (phi * b);
            double e = v - forecast;
            sse += e * e;
            double next = (alpha * v) + ((1.0 - alpha) * forecast);
            double nextTrend = (beta * (next - l)) + ((1.0 - beta) * phi * b);
            for (int k = 0; k < 3; k++)
            {
                double dForecast = dl[k] + (phi * db[k]) + (k == 2 ? b : 0.0);
                dsse[k] -= 2.0 * e * dForecast;
                double dNext = (k == 0 ? v - forecast : 0.0) + ((1.0 - alpha) * dForecast);
                double dTrend = (k == 1 ? next - l - (phi * b) : 0.0) + (beta * (dNext - dl[k])) + ((1.0 - beta) * ((phi * db[k]) + (k == 2 ? b : 0.0)));
                dl[k] = dNext;
                db[k] = dTrend;
            }

            l = next;
            b = nextTrend;
        }

        dsse.CopyTo(gradient);
        return sse;
    }

    /// <summary>
    /// Minimises the one-step-ahead SSE over α, β in [0.0001, 0.9999] (and φ in [0.8, 0.98] when damped): a grid,
    /// then a bounded quasi-Newton search (L-BFGS-B with the exact gradient) from the best grid points, each result
    /// polished by a projected-gradient line search until it no longer improves. An optimum on a bound is reached on
    /// the bound, not approached through a transform that never gets there.
    /// </summary>
    private static (double Alpha, double Beta, double Phi) FitSmoothing(double[] y, double l0, double b0, bool damped)
    {
        int dims = damped ? 3 : 2;
        double[] lower = damped ? [SmoothingLower, SmoothingLower, PhiLower] : [SmoothingLower, SmoothingLower];
        double[] upper = damped ? [SmoothingUpper, SmoothingUpper, PhiUpper] : [SmoothingUpper, SmoothingUpper];
        double Sse(double[] x) => HoltFilter(y, x[0], x[1], damped ? x[2] : 1.0, l0, b0, out _, out _);
        double SseGradient(double[] x, double[] gradient)
        {
            Span<double> g = stackalloc double[3];
            double sse = HoltSseGradient(y, x[0], x[1], damped ? x[2] : 1.0, l0, b0, g);
            for (int k = 0; k < dims; k++)
            {
                gradient[k] = g[k];
            }

            return sse;
        }

        // The grid: α and β at both bounds and 17 values between, denser near the ends where optima often sit;
        // φ at 0.8, 0.85, 0.9, 0.95, 0.98.
        double[] smoothing = [SmoothingLower, 0.01, 0.025, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.975, 0.99, SmoothingUpper];
        double[] phis = damped ? [PhiLower, 0.85, 0.9, 0.95, PhiUpper] : [1.0];
        int na = smoothing.Length, np = phis.Length;
        double[,,] grid = new double[na, na, np];
        var points = new System.Collections.Generic.List<(double Sse, int I, int J, int K)>();
        for (int i = 0; i < na; i++)
        {
            for (int j = 0; j < na; j++)
            {
                for (int k = 0; k < np; k++)
                {
                    double sse = Sse(damped ? [smoothing[i], smoothing[j], phis[k]] : [smoothing[i], smoothing[j]]);
                    grid[i, j, k] = double.IsFinite(sse) ? sse : double.PositiveInfinity;
                    points.Add((grid[i, j, k], i, j, k));
                }
            }
        }

        // Start a local search in every basin the grid sees: from each grid point no worse than its neighbours, and
        // from the four best points overall.
        bool IsLocalMinimum(int i, int j, int k)
        {
            for (int di = -1; di <= 1; di++)
            {
                for (int dj = -1; dj <= 1; dj++)
                {
                    for (int dk = -1; dk <= 1; dk++)
                    {
                        int a = i + di, b = j + dj, c = k + dk;
                        if (a >= 0 && a < na && b >= 0 && b < na && c >= 0 && c < np && grid[a, b, c] < grid[i, j, k])
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }

        points.Sort((u, v) => u.Sse.CompareTo(v.Sse));
        var starts = points.Where((p, index) => double.IsFinite(p.Sse) && (index < 4 || IsLocalMinimum(p.I, p.J, p.K))).Take(24).ToList();
        if (starts.Count == 0)
        {
            return (0.5, 0.5, damped ? 0.9 : 1.0);
        }

        double[] best = [];
        double bestSse = double.PositiveInfinity;
        foreach (var (startSse, si, sj, sk) in starts)
        {
            double[] x = damped ? [smoothing[si], smoothing[sj], phis[sk]] : [smoothing[si], smoothing[sj]];
            double sse = startSse;
            for (int round = 0; round < 20; round++)
            {
                double before = sse;
                (x, sse) = QuasiNewton(x, sse, lower, upper, SseGradient);
                (x, sse) = ProjectedDescent(x, sse, lower, upper, Sse, SseGradient);
                if (!(sse < before * (1.0 - 1e-13)))
                {
                    break;
                }
            }

            if (sse < bestSse)
            {
                (best, bestSse) = (x, sse);
            }
        }

        return (best[0], best[1], damped ? best[2] : 1.0);
    }

    /// <summary>One bounded L-BFGS-B run from <paramref name="x"/>; keeps <paramref name="x"/> when it fails or does not improve.</summary>
    private static (double[] X, double Sse) QuasiNewton(double[] x, double sse, double[] lower, double[] upper, Func<double[], double[], double> sseGradient)
    {
        var objective = ObjectiveFunction.Gradient(u =>
        {
            double[] point = u.ToArray();
            double[] gradient = new double[point.Length];
            double value = sseGradient(point, gradient);
            return double.IsFinite(value) && Array.TrueForAll(gradient, double.IsFinite)
                ? (value, Vector<double>.Build.DenseOfArray(gradient))
                : (double.MaxValue, Vector<double>.Build.Dense(point.Length, 0.0));
        });
        try
        {
            var result = new BfgsBMinimizer(1e-12, 1e-14, 1e-15, 500).FindMinimum(
                objective,
                Vector<double>.Build.DenseOfArray(lower),
                Vector<double>.Build.DenseOfArray(upper),
                Vector<double>.Build.DenseOfArray(x));
            double[] found = Clamp(result.MinimizingPoint.ToArray(), lower, upper);
            double value = sseGradient(found, new double[found.Length]);
            return value < sse ? (found, value) : (x, sse);
        }
        catch (Exception ex) when (ex is OptimizationException or ArgumentException or InvalidOperationException)
        {
            // A failed line search leaves the point where it was; the projected descent below carries on from it.
            return (x, sse);
        }
    }

    /// <summary>
    /// Projected steepest descent with a backtracking line search, scaled per coordinate by the width of its bounds:
    /// slow but certain, it moves a point the quasi-Newton run left short of the optimum (on a bound or in a narrow
    /// valley) until a step no longer lowers the SSE.
    /// </summary>
    private static (double[] X, double Sse) ProjectedDescent(double[] x, double sse, double[] lower, double[] upper, Func<double[], double> value, Func<double[], double[], double> sseGradient)
    {
        double[] gradient = new double[x.Length];
        double step = 1.0;
        for (int iteration = 0; iteration < 2000; iteration++)
        {
            _ = sseGradient(x, gradient);
            double norm = 0.0;
            for (int k = 0; k < x.Length; k++)
            {
                double width = upper[k] - lower[k];
                bool blocked = (x[k] <= lower[k] && gradient[k] > 0.0) || (x[k] >= upper[k] && gradient[k] < 0.0);
                gradient[k] = blocked ? 0.0 : gradient[k] * width * width;
                norm = Math.Max(norm, Math.Abs(gradient[k]) / width);
            }

            if (!(norm > 0.0) || !double.IsFinite(norm))
            {
                break;
            }

            bool improved = false;
            for (step = Math.Min(1.0, step * 4.0); step > 1e-16; step /= 2.0)
            {
                double[] candidate = new double[x.Length];
                for (int k = 0; k < x.Length; k++)
                {
                    candidate[k] = Math.Clamp(x[k] - (step * gradient[k] / norm), lower[k], upper[k]);
                }

                double c = value(candidate);
                if (c < sse)
                {
                    (x, sse, improved) = (candidate, c, true);
                    break;
                }
            }

            if (!improved)
            {
                break;
            }
        }

        return (x, sse);
    }

    private static double[] Clamp(double[] x, double[] lower, double[] upper)
    {
        for (int k = 0; k < x.Length; k++)
        {
            x[k] = Math.Clamp(x[k], lower[k], upper[k]);
        }

        return x;
    }
}
