using System;

namespace Taizhou.Metrics.Disaggregation;

/// <summary>
/// Brent's (1973) one-dimensional minimisation without derivatives by golden-section and parabolic steps, step for
/// step as R's <c>optimize()</c> (its <c>Brent_fmin</c>, after netlib's <c>fmin</c>), so that ρ lands where
/// tempdisagg's does.
/// </summary>
/// <remarks>
/// The stopping rule is |x − m| ≤ 2 tol₁ − (b − a)/2 with m the middle of the bracket and tol₁ = √ε |x| + tol/3:
/// with tempdisagg's tol = 1e-16 the relative precision of x is about √ε ≈ 1.5e-8, not 1e-16. The function is never
/// evaluated at the bounds themselves, nor closer to them than 2 tol₁.
/// </remarks>
internal static class BrentMinimizer
{
    internal static double Minimize(Func<double, double> f, double lower, double upper, double tol)
    {
        double c = (3.0 - Math.Sqrt(5.0)) * 0.5;
        double eps = Math.Sqrt(Math.BitIncrement(1.0) - 1.0); // √DBL_EPSILON, as R
        double a = lower, b = upper;
        double v = a + (c * (b - a));
        double w = v, x = v;
        double d = 0, e = 0;
        double fx = f(x);
        double fv = fx, fw = fx;
        double tol3 = tol / 3.0;

        while (true)
        {
            double xm = (a + b) * 0.5;
            double tol1 = (eps * Math.Abs(x)) + tol3;
            double t2 = tol1 * 2.0;

            if (Math.Abs(x - xm) <= t2 - ((b - a) * 0.5))
            {
                break;
            }

            double p = 0, q = 0, r = 0;
            if (Math.Abs(e) > tol1)
            {
                // Fit a parabola.
                r = (x - w) * (fx - fv);
                q = (x - v) * (fx - fw);
                p = ((x - v) * q) - ((x - w) * r);
                q = (q - r) * 2.0;
                if (q > 0)
                {
                    p = -p;
                }
                else
                {
                    q = -q;
                }

                r = e;
                e = d;
            }

            double u;
            if (Math.Abs(p) >= Math.Abs(q * 0.5 * r) || p <= q * (a - x) || p >= q * (b - x))
            {
                // A golden-section step.
                e = x < xm ? b - x : a - x;
                d = c * e;
            }
            else
            {
                // A parabolic-interpolation step, kept away from the bounds.
                d = p / q;
                u = x + d;
                if (u - a < t2 || b - u < t2)
                {
                    d = x >= xm ? -tol1 : tol1;
                }
            }

            // Never evaluate closer to x than tol1.
            u = Math.Abs(d) >= tol1 ? x + d : d > 0 ? x + tol1 : x - tol1;
            double fu = f(u);

            if (fu <= fx)
            {
                if (u < x)
                {
                    b = x;
                }
                else
                {
                    a = x;
                }

                v = w;
                w = x;
                x = u;
                fv = fw;
                fw = fx;
                fx = fu;
            }
            else
            {
                if (u < x)
                {
                    a = u;
                }
                else
                {
                    b = u;
                }

                if (fu <= fw || w == x)
                {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                }
                else if (fu <= fv || v == x || v == w)
                {
                    v = u;
                    fv = fu;
                }
            }
        }

        return x;
    }
}
