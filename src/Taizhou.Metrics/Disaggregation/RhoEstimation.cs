namespace Taizhou.Metrics.Disaggregation;

/// <summary>
/// How the autoregressive parameter ρ of <see cref="DisaggregationMethod.ChowLin"/> or
/// <see cref="DisaggregationMethod.Litterman"/> is found.
/// </summary>
/// <remarks>
/// Estimated values are searched in [−0.999, 0.999] by Brent's golden-section and parabolic search with the
/// tolerance of R's <c>optimize(tol = 1e-16)</c>, then truncated from below at
/// <see cref="DisaggregationOptions.TruncatedRho"/> (0 unless changed), as tempdisagg does.
/// </remarks>
public enum RhoEstimation
{
    /// <summary>Maximises the GLS log-likelihood (tempdisagg's <c>-maxlog</c>; its default).</summary>
    MaximumLikelihood = 0,

    /// <summary>
    /// Minimises the generalized residual sum of squares with Q = ρ^|i−j| / (1 − ρ²) (Chow-Lin: tempdisagg's
    /// <c>chow-lin-minrss-quilis</c>; Litterman: <c>litterman-minrss</c>).
    /// </summary>
    MinimumRss = 1,

    /// <summary>
    /// Minimises the generalized residual sum of squares with the correlation matrix ρ^|i−j| instead of the covariance
    /// (Chow-Lin only: tempdisagg's <c>chow-lin-minrss-ecotrim</c>, as in the Ecotrim program).
    /// </summary>
    MinimumRssEcotrim = 2,

    /// <summary>Uses the ρ given in <see cref="DisaggregationOptions.FixedRho"/> (tempdisagg's <c>-fixed</c>).</summary>
    Fixed = 3,
}
