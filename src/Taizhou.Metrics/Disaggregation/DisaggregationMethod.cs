namespace Taizhou.Metrics.Disaggregation;

/// <summary>
/// The method of a temporal disaggregation (时间分解) or benchmarking (基准化), as in R's tempdisagg; see
/// <see cref="TemporalDisaggregation"/> for the formulas.
/// </summary>
public enum DisaggregationMethod
{
    /// <summary>
    /// Chow-Lin (1971): a GLS regression of the low-frequency series on the aggregated indicators, with AR(1)
    /// high-frequency residuals, Q = ρ^|i−j| / (1 − ρ²). ρ by maximum likelihood, minimum RSS or fixed
    /// (<see cref="RhoEstimation"/>). tempdisagg's <c>chow-lin-maxlog</c>, <c>chow-lin-minrss-ecotrim</c>,
    /// <c>chow-lin-minrss-quilis</c> and <c>chow-lin-fixed</c>.
    /// </summary>
    ChowLin = 0,

    /// <summary>
    /// Fernández (1981): the residuals are a random walk, Q = (D′D)⁻¹ with D the first-difference matrix
    /// (Litterman with ρ = 0). tempdisagg's <c>fernandez</c>.
    /// </summary>
    Fernandez = 1,

    /// <summary>
    /// Litterman (1983): the residuals are a random walk whose differences are AR(1), Q = (D′H′HD)⁻¹ with H the
    /// quasi-difference matrix of ρ. tempdisagg's <c>litterman-maxlog</c>, <c>litterman-minrss</c> and
    /// <c>litterman-fixed</c>.
    /// </summary>
    Litterman = 2,

    /// <summary>Ordinary least squares on the aggregated data (Chow-Lin with ρ = 0). tempdisagg's <c>ols</c>.</summary>
    Ols = 3,

    /// <summary>
    /// The original Denton (1971) benchmarking: minimises the (additive or proportional) h-th differences of the
    /// adjustment including the first value, which causes a transient at the start. tempdisagg's <c>denton</c>.
    /// </summary>
    Denton = 4,

    /// <summary>
    /// Denton-Cholette benchmarking (Cholette and Dagum 2006): Denton without the first h rows of the penalty, so the
    /// start carries no transient. The "Denton proportional" of the IMF Quarterly National Accounts Manual.
    /// tempdisagg's <c>denton-cholette</c>.
    /// </summary>
    DentonCholette = 5,

    /// <summary>
    /// Uniform distribution: Denton additive with h = 0, so every sub-period of a low-frequency period receives the
    /// same share of its residual; without an indicator, y_l / fr per sub-period for sum conversion. tempdisagg's
    /// <c>uniform</c>.
    /// </summary>
    Uniform = 6,
}
