using System;

namespace Taizhou.Metrics.Disaggregation;

/// <summary>
/// A lower-triangular band matrix L (n × n, bandwidth b): <c>band[i, d]</c> = L[i, i − d] for d = 0..b. Every
/// covariance of the disaggregation methods is Q = (L′L)⁻¹ for such an L, so Q C′ and C Q C′ come from triangular
/// solves in O(n·b) per column instead of an n × n inverse.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Chow-Lin, AR(1) with Q = ρ^|i−j| / (1 − ρ²): L[0,0] = √(1 − ρ²), L[i,i] = 1, L[i,i−1] = −ρ (its Cholesky-free inverse).</item>
/// <item>Fernández and Litterman, Q = (D′H′HD)⁻¹: L = H D, with D the first differences (first row (1, 0, …)) and H the quasi-differences by ρ.</item>
/// <item>Denton, Q = (D₀′D₀)⁻¹: L = Dʰ, times diag(mean x / x) on the right for the proportional criterion.</item>
/// </list>
/// </remarks>
internal sealed class LowerBand
{
    private readonly double[,] band;

    private LowerBand(int n, int bandwidth)
    {
        N = n;
        Bandwidth = bandwidth;
        band = new double[n, bandwidth + 1];
    }

    internal int N { get; }

    internal int Bandwidth { get; }

    internal double this[int i, int d] => band[i, d];

    /// <summary>The matrix of AR(1) residuals: Q = ρ^|i−j| / (1 − ρ²) (Chow-Lin), or ρ^|i−j| when <paramref name="correlation"/> (Ecotrim's minimum RSS).</summary>
    internal static LowerBand AutoRegressive(int n, double rho, bool correlation)
    {
        var l = new LowerBand(n, 1);
        double s = correlation ? 1.0 / Math.Sqrt(1 - (rho * rho)) : 1.0;
        l.band[0, 0] = Math.Sqrt(1 - (rho * rho)) * s;
        for (int i = 1; i < n; i++)
        {
            l.band[i, 0] = s;
            l.band[i, 1] = -rho * s;
        }

        return l;
    }

    /// <summary>The quasi-difference matrix: 1 on the diagonal, −ρ below it (the first-difference matrix D for ρ = 1).</summary>
    internal static LowerBand QuasiDifference(int n, double rho)
    {
        var l = new LowerBand(n, 1);
        for (int i = 0; i < n; i++)
        {
            l.band[i, 0] = 1;
            if (i > 0)
            {
                l.band[i, 1] = -rho;
            }
        }

        return l;
    }

    /// <summary>The identity.</summary>
    internal static LowerBand Identity(int n) => QuasiDifference(n, 0);

    /// <summary>Litterman's L = H D (Fernández for ρ = 0).</summary>
    internal static LowerBand Litterman(int n, double rho) => QuasiDifference(n, rho).Multiply(QuasiDifference(n, 1));

    /// <summary>The h-th power of the first-difference matrix, Dʰ (the identity for h = 0).</summary>
    internal static LowerBand DifferencePower(int n, int h)
    {
        var l = Identity(n);
        for (int i = 0; i < h; i++)
        {
            l = QuasiDifference(n, 1).Multiply(l);
        }

        return l;
    }

    /// <summary>The product this · <paramref name="other"/>.</summary>
    internal LowerBand Multiply(LowerBand other)
    {
        var r = new LowerBand(N, Bandwidth + other.Bandwidth);
        for (int i = 0; i < N; i++)
        {
            for (int e = 0; e <= Bandwidth && i - e >= 0; e++)
            {
                double aie = band[i, e];
                if (aie == 0)
                {
                    continue;
                }

                int k = i - e;
                for (int f = 0; f <= other.Bandwidth && k - f >= 0; f++)
                {
                    r.band[i, e + f] += aie * other.band[k, f];
                }
            }
        }

        return r;
    }

    /// <summary>This matrix times diag(<paramref name="scale"/>): column j multiplied by scale[j].</summary>
    internal LowerBand ScaleColumns(double[] scale)
    {
        var r = new LowerBand(N, Bandwidth);
        for (int i = 0; i < N; i++)
        {
            for (int d = 0; d <= Bandwidth && i - d >= 0; d++)
            {
                r.band[i, d] = band[i, d] * scale[i - d];
            }
        }

        return r;
    }

    /// <summary>Solves L′ z = r in place for a right-hand side that is zero after row <paramref name="last"/> (so is z).</summary>
    internal void SolveTransposedInPlace(double[] r, int last)
    {
        for (int i = last; i >= 0; i--)
        {
            double s = r[i];
            for (int d = 1; d <= Bandwidth && i + d <= last; d++)
            {
                s -= band[i + d, d] * r[i + d];
            }

            r[i] = s / band[i, 0];
        }
    }

    /// <summary>Solves L z = r in place.</summary>
    internal void SolveInPlace(double[] r)
    {
        for (int i = 0; i < N; i++)
        {
            double s = r[i];
            for (int d = 1; d <= Bandwidth && i - d >= 0; d++)
            {
                s -= band[i, d] * r[i - d];
            }

            r[i] = s / band[i, 0];
        }
    }
}
