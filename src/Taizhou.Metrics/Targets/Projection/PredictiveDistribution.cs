using System;
using MathNet.Numerics.Distributions;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// The predictive distribution of one projected period: location μ and scale s of a normal (degrees of freedom null)
/// or Student-t distribution, on the natural-log scale or on the level.
/// </summary>
internal readonly struct PredictiveDistribution
{
    public PredictiveDistribution(double location, double scale, double? degreesOfFreedom, bool onLogScale)
    {
        Location = location;
        Scale = scale;
        DegreesOfFreedom = degreesOfFreedom;
        OnLogScale = onLogScale;
    }

    public double Location { get; }

    public double Scale { get; }

    public double? DegreesOfFreedom { get; }

    public bool OnLogScale { get; }

    /// <summary>The two-sided quantile q with P(|Z| ≤ q) = confidence.</summary>
    public static double Quantile(double confidence, double? degreesOfFreedom)
    {
        double p = 0.5 + (confidence / 2.0);
        return degreesOfFreedom is double df
            ? StudentT.InvCDF(0.0, 1.0, df, p)
            : Normal.InvCDF(0.0, 1.0, p);
    }

    /// <summary>P(Y ≥ threshold).</summary>
    public double ProbabilityAtLeast(double threshold)
    {
        double x;
        if (OnLogScale)
        {
            if (threshold <= 0.0)
            {
                return 1.0;
            }

            x = Math.Log(threshold);
        }
        else
        {
            x = threshold;
        }

        if (Scale == 0.0)
        {
            return Location >= x ? 1.0 : 0.0;
        }

        // P(Y ≥ x) = F((μ − x) / s) by symmetry; this keeps precision in the upper tail.
        double z = (Location - x) / Scale;
        return DegreesOfFreedom is double df ? StudentT.CDF(0.0, 1.0, df, z) : Normal.CDF(0.0, 1.0, z);
    }
}
