using System;
using System.Collections.Immutable;
using System.Globalization;
using MathNet.Numerics.Distributions;
using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.LinearAlgebra.Factorization;

namespace Taizhou.Metrics.Disaggregation;

/// <summary>The GLS estimates and statistics of a regression-based disaggregation.</summary>
internal sealed record GlsFit(
    ImmutableArray<DisaggregationCoefficient> Coefficients,
    double Rho,
    bool RhoTruncated,
    double? LogLikelihood,
    double? Aic,
    double? Bic,
    double? RSquared,
    double? AdjustedRSquared,
    double Rss);

/// <summary>
/// The numerical kernel of <see cref="TemporalDisaggregation"/>, on plain arrays: tempdisagg's <c>SubRegressionBased</c>,
/// <c>SubDenton</c> and <c>CalcGLS</c>, with the covariances handled through their banded inverse factors
/// (<see cref="LowerBand"/>) and the GLS through a Cholesky factor of V = C Q C′ and a QR of the whitened regressors.
/// </summary>
internal static class DisaggregationKernel
{
    /// <summary>The search interval and tolerance of tempdisagg's <c>optimize()</c> call for ρ.</summary>
    internal const double RhoLower = -0.999, RhoUpper = 0.999, RhoTolerance = 1e-16;

    /// <summary>A column whose QR diagonal falls below this share of its norm is a combination of the others (LINPACK's, and R's qr(), tolerance).</summary>
    private const double RankTolerance = 1e-7;

    /// <summary>Runs a disaggregation. <paramref name="columns"/> are the final regressors (constant included), each of length n.</summary>
    /// <param name="y">The low-frequency values, m of them.</param>
    /// <param name="columns">The high-frequency regressors; for the Denton methods one column.</param>
    /// <param name="names">The regressors' names.</param>
    /// <param name="fr">The frequency ratio.</param>
    /// <param name="backcast">The number of high-frequency values before the first low-frequency period.</param>
    /// <param name="options">The method.</param>
    /// <param name="describe">Names a high-frequency position in messages (a period, or x[i]).</param>
    internal static DisaggregationResult Run(double[] y, double[][] columns, string[] names, int fr, int backcast, DisaggregationOptions options, Func<int, string> describe)
    {
        int n = columns[0].Length;
        var layout = new Layout(n, y.Length, fr, backcast, Weights(options.Conversion, fr));
        return options.IsRegression
            ? Regression(y, columns, names, layout, options)
            : Denton(y, columns[0], layout, options, describe);
    }

    private static double[] Weights(DisaggregationConversion conversion, int fr)
    {
        var w = new double[fr];
        switch (conversion)
        {
            case DisaggregationConversion.Sum:
                Array.Fill(w, 1.0);
                break;
            case DisaggregationConversion.Average:
                Array.Fill(w, 1.0 / fr);
                break;
            case DisaggregationConversion.First:
                w[0] = 1;
                break;
            default:
                w[fr - 1] = 1;
                break;
        }

        return w;
    }

    private static DisaggregationResult Denton(double[] y, double[] x, Layout layout, DisaggregationOptions options, Func<int, string> describe)
    {
        int n = layout.N, m = layout.M;
        int h = options.H!.Value;
        var l = LowerBand.DifferencePower(n, h);
        if (options.Criterion == DentonCriterion.Proportional)
        {
            double mean = 0;
            foreach (double v in x)
            {
                mean += v;
            }

            mean /= n;
            var scale = new double[n];
            for (int j = 0; j < n; j++)
            {
                if (x[j] == 0)
                {
                    throw new ArgumentException($"The indicator is 0 at {describe(j)}: the proportional Denton criterion divides by the indicator; use the additive criterion or another indicator.");
                }

                scale[j] = mean / x[j];
            }

            if (mean == 0)
            {
                throw new ArgumentException("The indicator's mean is 0: the proportional Denton criterion scales the indicator by its mean; use the additive criterion.");
            }

            l = l.ScaleColumns(scale);
        }

        double[] fitted = layout.Aggregate(x);
        var u = new double[m];
        for (int i = 0; i < m; i++)
        {
            u[i] = y[i] - fitted[i];
        }

        if (options.Method == DisaggregationMethod.DentonCholette && m < h)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"{options} needs at least h = {h} low-frequency values, got {m}: the unpenalised polynomials of degree below h are fixed only by that many constraints."));
        }

        double[] values = options.Method == DisaggregationMethod.DentonCholette
            ? DentonCholette(l, h, x, y, layout)
            : OriginalDenton(l, x, u, layout);

        CheckFinite(values, options);
        return new DisaggregationResult(options, layout.Fr, layout.Backcast, layout.Forecast, [.. values], [.. x], [.. fitted], [.. u], null);
    }

    /// <summary>Denton (1971): y = x + Q C′ (C Q C′)⁻¹ u with Q = (D₀′D₀)⁻¹, the first row of D₀ kept.</summary>
    private static double[] OriginalDenton(LowerBand l, double[] x, double[] u, Layout layout)
    {
        var (v, w) = AggregatedCovariance(l, layout);
        var cholesky = CholeskyOf(v);
        double[] z = cholesky.Solve(Vector<double>.Build.DenseOfArray(u)).ToArray();
        double[] values = (double[])x.Clone();
        Distribute(l, w, z, values);
        return values;
    }

    /// <summary>
    /// Denton-Cholette: minimise (y − x)′A(y − x) subject to C y = y_l, with A = D₁′D₁ and D₁ = D₀ without its first h
    /// rows, by the bordered system [[A, C′], [C, 0]] [y; λ] = [A x; y_l] (Denton 1971 Eq. 2.2; Cholette and Dagum 2006 Eq. 6.8).
    /// </summary>
    private static double[] DentonCholette(LowerBand l, int h, double[] x, double[] y, Layout layout)
    {
        int n = layout.N, m = layout.M, size = n + m;
        var a = new double[n, n];
        for (int i = h; i < n; i++)
        {
            for (int d1 = 0; d1 <= l.Bandwidth && i - d1 >= 0; d1++)
            {
                double v1 = l[i, d1];
                for (int d2 = 0; d2 <= l.Bandwidth && i - d2 >= 0; d2++)
                {
                    a[i - d1, i - d2] += v1 * l[i, d2];
                }
            }
        }

        var system = Matrix<double>.Build.Dense(size, size);
        var rhs = Vector<double>.Build.Dense(size);
        for (int i = 0; i < n; i++)
        {
            double s = 0;
            for (int j = 0; j < n; j++)
            {
                system[i, j] = a[i, j];
                s += a[i, j] * x[j];
            }

            rhs[i] = s;
        }

        for (int c = 0; c < m; c++)
        {
            int start = layout.Start(c);
            for (int j = 0; j < layout.Fr; j++)
            {
                system[start + j, n + c] = layout.W[j];
                system[n + c, start + j] = layout.W[j];
            }

            rhs[n + c] = y[c];
        }

        var solution = system.LU().Solve(rhs);
        var values = new double[n];
        for (int i = 0; i < n; i++)
        {
            values[i] = solution[i];
        }

        return values;
    }

    private static DisaggregationResult Regression(double[] y, double[][] columns, string[] names, Layout layout, DisaggregationOptions options)
    {
        int n = layout.N, m = layout.M, k = columns.Length;
        if (m <= k)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"Not enough degrees of freedom: {m} low-frequency values for {k} coefficients; a regression method needs more values than coefficients."));
        }

        CheckRank(columns, names, "X (the high-frequency indicators)");
        var xl = new double[k][];
        for (int j = 0; j < k; j++)
        {
            xl[j] = layout.Aggregate(columns[j]);
        }

        bool litterman = options.Method is DisaggregationMethod.Litterman or DisaggregationMethod.Fernandez;
        double rho = 0;
        bool truncated = false;
        if (options.RhoEstimation is RhoEstimation estimation)
        {
            if (estimation == RhoEstimation.Fixed)
            {
                rho = options.FixedRho!.Value;
            }
            else
            {
                bool maxlog = estimation == RhoEstimation.MaximumLikelihood;
                bool ecotrim = estimation == RhoEstimation.MinimumRssEcotrim;
                double Objective(double r)
                {
                    var band = litterman ? LowerBand.Litterman(n, r) : LowerBand.AutoRegressive(n, r, ecotrim);
                    var (v, _) = AggregatedCovariance(band, layout);
                    var g = Gls(v, y, xl, names, stats: false);
                    return maxlog ? -g.LogLikelihood : g.Rss;
                }

                rho = BrentMinimizer.Minimize(Objective, RhoLower, RhoUpper, RhoTolerance);
                if (options.TruncatedRho is double bound && rho < bound)
                {
                    rho = bound;
                    truncated = true;
                }
            }
        }

        var l = litterman ? LowerBand.Litterman(n, rho) : LowerBand.AutoRegressive(n, rho, correlation: false);
        var (vcov, w) = AggregatedCovariance(l, layout);
        var fit = Gls(vcov, y, xl, names, stats: true);

        var p = new double[n];
        for (int j = 0; j < k; j++)
        {
            double b = fit.Beta[j];
            double[] col = columns[j];
            for (int i = 0; i < n; i++)
            {
                p[i] += b * col[i];
            }
        }

        double[] fitted = layout.Aggregate(p);
        var u = new double[m];
        for (int i = 0; i < m; i++)
        {
            u[i] = y[i] - fitted[i];
        }

        double[] values = (double[])p.Clone();
        Distribute(l, w, fit.VInverseResidual!, values);
        CheckFinite(values, options);

        bool perfect = fit.Rss == 0;
        var glsFit = new GlsFit(
            fit.Coefficients,
            rho,
            truncated,
            perfect ? null : fit.LogLikelihood,
            perfect ? null : Math.Log(fit.Rss / m) + (2.0 * k / m),
            perfect ? null : Math.Log(fit.Rss / m) + (Math.Log(m) * k / m),
            fit.Tss > 0 ? 1 - (fit.Rss / fit.Tss) : null,
            fit.Tss > 0 ? 1 - (fit.Rss * (m - 1) / (fit.Tss * (m - k))) : null,
            fit.Rss);
        return new DisaggregationResult(options, layout.Fr, layout.Backcast, layout.Forecast, [.. values], [.. p], [.. fitted], [.. u], glsFit);
    }

    /// <summary>values += Q C′ z, with Q C′ = L⁻¹ W.</summary>
    private static void Distribute(LowerBand l, double[][] w, double[] z, double[] values)
    {
        int n = l.N;
        var qct = new double[n];
        for (int c = 0; c < w.Length; c++)
        {
            Array.Copy(w[c], qct, n);
            l.SolveInPlace(qct);
            for (int i = 0; i < n; i++)
            {
                values[i] += qct[i] * z[c];
            }
        }
    }

    /// <summary>V = C Q C′ = W′W with W = L⁻ᵀ C′ (n × m, column c zero after the last sub-period of low-frequency period c).</summary>
    private static (double[,] V, double[][] W) AggregatedCovariance(LowerBand l, Layout layout)
    {
        int n = layout.N, m = layout.M;
        var w = new double[m][];
        var last = new int[m];
        for (int c = 0; c < m; c++)
        {
            var col = new double[n];
            int start = layout.Start(c);
            for (int j = 0; j < layout.Fr; j++)
            {
                col[start + j] = layout.W[j];
            }

            last[c] = start + layout.Fr - 1;
            l.SolveTransposedInPlace(col, last[c]);
            w[c] = col;
        }

        var v = new double[m, m];
        for (int a = 0; a < m; a++)
        {
            for (int b = a; b < m; b++)
            {
                int top = Math.Min(last[a], last[b]);
                double s = 0;
                double[] wa = w[a], wb = w[b];
                for (int r = 0; r <= top; r++)
                {
                    s += wa[r] * wb[r];
                }

                v[a, b] = s;
                v[b, a] = s;
            }
        }

        return (v, w);
    }

    private static Cholesky<double> CholeskyOf(double[,] v)
    {
        try
        {
            return Matrix<double>.Build.DenseOfArray(v).Cholesky();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException("The aggregated covariance C Q C′ is not positive definite: the conversion leaves a low-frequency period without weight on any sub-period.", e);
        }
    }

    private sealed record GlsCore(double[] Beta, double Rss, double LogLikelihood, double Tss, ImmutableArray<DisaggregationCoefficient> Coefficients, double[]? VInverseResidual);

    /// <summary>
    /// GLS of y on the columns X_l with covariance V (tempdisagg's <c>CalcGLS</c>): with V = LLᵀ, regress L⁻¹y on
    /// L⁻¹X_l by QR; RSS and logL as tempdisagg; with <paramref name="stats"/> also TSS, the standard errors and V⁻¹u.
    /// </summary>
    private static GlsCore Gls(double[,] v, double[] y, double[][] xl, string[] names, bool stats)
    {
        int m = y.Length, k = xl.Length;
        var cholesky = CholeskyOf(v);
        double[,] lv = cholesky.Factor.ToArray();
        double[] yt = ForwardSolve(lv, y);
        var xt = new double[k][];
        for (int j = 0; j < k; j++)
        {
            xt[j] = ForwardSolve(lv, xl[j]);
        }

        var design = Matrix<double>.Build.DenseOfColumnArrays(xt);
        var qr = design.QR(QRMethod.Thin);
        if (stats)
        {
            CheckRank(qr.R, xt, names, "C X, the indicators aggregated to the low frequency,");
        }

        double[] beta = qr.Solve(Vector<double>.Build.DenseOfArray(yt)).ToArray();
        var resid = new double[m];
        double rss = 0;
        for (int i = 0; i < m; i++)
        {
            double f = 0;
            for (int j = 0; j < k; j++)
            {
                f += xt[j][i] * beta[j];
            }

            resid[i] = yt[i] - f;
            rss += resid[i] * resid[i];
        }

        double logdet = cholesky.DeterminantLn;
        double logl = (-m / 2.0) - (m * Math.Log(2 * Math.PI) / 2.0) - (m * Math.Log(rss / m) / 2.0) - (logdet / 2.0);
        if (!stats)
        {
            return new GlsCore(beta, rss, logl, 0, [], null);
        }

        // TSS around the GLS mean ȳ = (1′V⁻¹y)/(1′V⁻¹1).
        var ones = new double[m];
        Array.Fill(ones, 1.0);
        double[] et = ForwardSolve(lv, ones);
        double ey = 0, ee = 0;
        for (int i = 0; i < m; i++)
        {
            ey += et[i] * yt[i];
            ee += et[i] * et[i];
        }

        double ybar = ey / ee, tss = 0;
        for (int i = 0; i < m; i++)
        {
            double d = yt[i] - (ybar * et[i]);
            tss += d * d;
        }

        // se = √diag(s² (X̃′X̃)⁻¹), (X̃′X̃)⁻¹ = R⁻¹R⁻ᵀ.
        var rInverse = qr.R.Inverse();
        double s2 = rss / (m - k);
        int df = m - k;
        var coefficients = ImmutableArray.CreateBuilder<DisaggregationCoefficient>(k);
        for (int j = 0; j < k; j++)
        {
            double sum = 0;
            for (int c = 0; c < k; c++)
            {
                sum += rInverse[j, c] * rInverse[j, c];
            }

            double se = Math.Sqrt(s2 * sum);
            double t = beta[j] / se;
            double pValue = se > 0 ? 2 * StudentT.CDF(0, 1, df, -Math.Abs(t)) : 0;
            coefficients.Add(new DisaggregationCoefficient(names[j], beta[j], se, t, pValue));
        }

        // V⁻¹u = L⁻ᵀ (L⁻¹u), and L⁻¹u is the whitened residual.
        double[] vinvU = BackSolveTransposed(lv, resid);
        return new GlsCore(beta, rss, logl, tss, coefficients.MoveToImmutable(), vinvU);
    }

    private static void CheckRank(double[][] columns, string[] names, string what)
    {
        var qr = Matrix<double>.Build.DenseOfColumnArrays(columns).QR(QRMethod.Thin);
        CheckRank(qr.R, columns, names, what);
    }

    private static void CheckRank(Matrix<double> r, double[][] columns, string[] names, string what)
    {
        for (int j = 0; j < columns.Length; j++)
        {
            double norm = 0;
            foreach (double v in columns[j])
            {
                norm += v * v;
            }

            norm = Math.Sqrt(norm);
            if (!(Math.Abs(r[j, j]) > RankTolerance * norm))
            {
                string which = norm == 0 ? $"'{names[j]}' is zero throughout" : $"'{names[j]}' is a linear combination of {(j == 0 ? "nothing" : string.Join(", ", names[..j]))}";
                throw new ArgumentException($"{what} is singular: {which}, so the coefficients are not identified. Drop the dependent indicator (or the constant).");
            }
        }
    }

    private static double[] ForwardSolve(double[,] lower, double[] b)
    {
        int m = b.Length;
        var z = new double[m];
        for (int i = 0; i < m; i++)
        {
            double s = b[i];
            for (int j = 0; j < i; j++)
            {
                s -= lower[i, j] * z[j];
            }

            z[i] = s / lower[i, i];
        }

        return z;
    }

    private static double[] BackSolveTransposed(double[,] lower, double[] b)
    {
        int m = b.Length;
        var z = new double[m];
        for (int i = m - 1; i >= 0; i--)
        {
            double s = b[i];
            for (int j = i + 1; j < m; j++)
            {
                s -= lower[j, i] * z[j];
            }

            z[i] = s / lower[i, i];
        }

        return z;
    }

    private static void CheckFinite(double[] values, DisaggregationOptions options)
    {
        foreach (double v in values)
        {
            if (!double.IsFinite(v))
            {
                throw new ArgumentException($"{options} has no finite solution for these data (the system is singular: too few low-frequency values for the order h, or an indicator that is zero where it is needed).", nameof(options));
            }
        }
    }

    /// <summary>Where the low-frequency periods lie among the n high-frequency ones, and the conversion weights.</summary>
    private sealed class Layout(int n, int m, int fr, int backcast, double[] w)
    {
        internal int N { get; } = n;

        internal int M { get; } = m;

        internal int Fr { get; } = fr;

        internal int Backcast { get; } = backcast;

        internal int Forecast => N - Backcast - (M * Fr);

        internal double[] W { get; } = w;

        internal int Start(int c) => Backcast + (c * Fr);

        internal double[] Aggregate(double[] x)
        {
            var r = new double[M];
            for (int c = 0; c < M; c++)
            {
                int start = Start(c);
                double s = 0;
                for (int j = 0; j < Fr; j++)
                {
                    s += W[j] * x[start + j];
                }

                r[c] = s;
            }

            return r;
        }
    }
}
