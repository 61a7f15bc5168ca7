using System.Globalization;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// The fit statistics of a <see cref="Projection"/>'s model: how many observations it used, the residual degrees of
/// freedom, R² where it is defined and the residual standard error, on the scale the model works on.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Log-linear: residuals of ln y on the fitted line; R² = 1 − SSE / SST of ln y (null when ln y is constant,
/// SST = 0); s = √(SSE / (n − 2)).</item>
/// <item>Constant growth over k periods: the k log growth rates ln(y_t / y_{t−1}) around their mean; s is their sample
/// standard deviation (k − 1 degrees of freedom), null for k = 1; R² is null (nothing is explained).</item>
/// <item>Holt: the one-step-ahead errors e_t = y_t − ŷ_t in the series' unit; s = √(SSE / (n − p)) with p the number
/// of quantities estimated from the data (0 when all parameters are given); R² is null (not defined for a smoother).</item>
/// </list>
/// </remarks>
public sealed class ProjectionFit
{
    internal ProjectionFit(int observations, int degreesOfFreedom, double sumOfSquaredErrors, double? rSquared, double? residualStandardError, bool onLogScale)
    {
        Observations = observations;
        DegreesOfFreedom = degreesOfFreedom;
        SumOfSquaredErrors = sumOfSquaredErrors;
        RSquared = rSquared;
        ResidualStandardError = residualStandardError;
        OnLogScale = onLogScale;
    }

    /// <summary>Gets the number n of observations (levels) the model used.</summary>
    public int Observations { get; }

    /// <summary>Gets the residual degrees of freedom the standard error rests on; 0 when there is no standard error.</summary>
    public int DegreesOfFreedom { get; }

    /// <summary>Gets the sum of squared residuals (log-linear: of ln y; constant growth: of the log growth rates around their mean; Holt: of the one-step errors).</summary>
    public double SumOfSquaredErrors { get; }

    /// <summary>Gets the coefficient of determination R², or null where it is not defined (Holt, constant growth, a constant series).</summary>
    public double? RSquared { get; }

    /// <summary>Gets the residual standard error s, or null where it is not defined (constant growth from the latest period alone).</summary>
    public double? ResidualStandardError { get; }

    /// <summary>Gets whether the residuals are on the natural-log scale (log-linear, constant growth) rather than in the series' unit (Holt).</summary>
    public bool OnLogScale { get; }

    /// <summary>Returns a short description: n, degrees of freedom, R² and s.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        Rounding.InvariantText,
        $"n={Observations}, df={DegreesOfFreedom}, R²={(RSquared is double r ? Rounding.FormatFigure(r, "G6") : "n/a")}, s={(ResidualStandardError is double s ? Rounding.FormatFigure(s, "G6") : "n/a")}{(OnLogScale ? " (log scale)" : string.Empty)}");
}
