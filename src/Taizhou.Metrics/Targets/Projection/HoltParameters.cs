using System;
using System.Globalization;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// Given (not fitted) parameters of Holt's linear exponential smoothing, in the smoothing form used by statsmodels'
/// <c>Holt</c> and by Hyndman and Athanasopoulos: level smoothing α, trend smoothing β (β* in Hyndman et al. 2008),
/// damping φ and the initial level and trend ℓ_0 and b_0 at the period before the first observation.
/// </summary>
/// <remarks>
/// <para>The recursions, for observations y_1 .. y_n:</para>
/// <code>
/// ŷ_t = ℓ_{t−1} + φ b_{t−1}                                  (one-step-ahead fit)
/// ℓ_t = α y_t + (1 − α)(ℓ_{t−1} + φ b_{t−1})
/// b_t = β (ℓ_t − ℓ_{t−1}) + (1 − β) φ b_{t−1}
/// ŷ_{n+h} = ℓ_n + (φ + φ² + … + φ^h) b_n                       (h b_n when φ = 1)
/// </code>
/// <para>
/// φ = 1 is Holt's method; φ &lt; 1 damps the trend. Simple exponential smoothing (SES) is β = 0 with b_0 = 0
/// (<see cref="SimpleExponentialSmoothing(double, double)"/>). In the error-correction (state-space) form the trend
/// gain is α β, which is what the interval formula uses (see <see cref="Project.Holt"/>).
/// </para>
/// <para>Values are validated when created: α and β in [0, 1], φ in (0, 1], the initial states finite.</para>
/// </remarks>
public sealed class HoltParameters
{
    private HoltParameters(double alpha, double beta, double phi, double initialLevel, double initialTrend)
    {
        Alpha = alpha;
        Beta = beta;
        Phi = phi;
        InitialLevel = initialLevel;
        InitialTrend = initialTrend;
    }

    /// <summary>Gets the level smoothing parameter α, 0 to 1.</summary>
    public double Alpha { get; }

    /// <summary>Gets the trend smoothing parameter β (statsmodels' <c>smoothing_trend</c>, β* in Hyndman et al. 2008), 0 to 1.</summary>
    public double Beta { get; }

    /// <summary>Gets the damping parameter φ, above 0 and at most 1; 1 means no damping.</summary>
    public double Phi { get; }

    /// <summary>Gets the initial level ℓ_0, at the period before the first observation.</summary>
    public double InitialLevel { get; }

    /// <summary>Gets the initial trend b_0, at the period before the first observation.</summary>
    public double InitialTrend { get; }

    /// <summary>Gets whether the trend is damped (φ &lt; 1).</summary>
    public bool IsDamped => Phi < 1.0;

    /// <summary>Creates parameters for Holt's method without damping (φ = 1).</summary>
    /// <param name="alpha">The level smoothing parameter α, 0 to 1.</param>
    /// <param name="beta">The trend smoothing parameter β, 0 to 1.</param>
    /// <param name="initialLevel">The initial level ℓ_0, finite.</param>
    /// <param name="initialTrend">The initial trend b_0, finite.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range or not finite.</exception>
    public static HoltParameters Of(double alpha, double beta, double initialLevel, double initialTrend) =>
        Damped(alpha, beta, 1.0, initialLevel, initialTrend);

    /// <summary>Creates parameters for Holt's method with a damped trend.</summary>
    /// <param name="alpha">The level smoothing parameter α, 0 to 1.</param>
    /// <param name="beta">The trend smoothing parameter β, 0 to 1.</param>
    /// <param name="phi">The damping parameter φ, above 0 and at most 1 (1 is no damping).</param>
    /// <param name="initialLevel">The initial level ℓ_0, finite.</param>
    /// <param name="initialTrend">The initial trend b_0, finite.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range or not finite.</exception>
    public static HoltParameters Damped(double alpha, double beta, double phi, double initialLevel, double initialTrend)
    {
        if (!(alpha >= 0.0 && alpha <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(alpha), alpha, "The level smoothing parameter α must be between 0 and 1.");
        }

        if (!(beta >= 0.0 && beta <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(beta), beta, "The trend smoothing parameter β must be between 0 and 1.");
        }

        if (!(phi > 0.0 && phi <= 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(phi), phi, "The damping parameter φ must be above 0 and at most 1.");
        }

        if (!double.IsFinite(initialLevel))
        {
            throw new ArgumentOutOfRangeException(nameof(initialLevel), initialLevel, "The initial level must be finite.");
        }

        if (!double.IsFinite(initialTrend))
        {
            throw new ArgumentOutOfRangeException(nameof(initialTrend), initialTrend, "The initial trend must be finite.");
        }

        return new HoltParameters(alpha, beta, phi, initialLevel, initialTrend);
    }

    /// <summary>
    /// Creates parameters for simple exponential smoothing (SES, 一次指数平滑) as a special case of Holt's method:
    /// β = 0 and b_0 = 0, so the trend stays zero and every forecast is the last level ℓ_n.
    /// </summary>
    /// <param name="alpha">The level smoothing parameter α, 0 to 1.</param>
    /// <param name="initialLevel">The initial level ℓ_0, finite.</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentOutOfRangeException">A value is out of range or not finite.</exception>
    public static HoltParameters SimpleExponentialSmoothing(double alpha, double initialLevel) => Of(alpha, 0.0, initialLevel, 0.0);

    /// <summary>Returns the parameters as <c>α=…, β=…, φ=…, ℓ0=…, b0=…</c>, invariant culture.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => string.Create(
        Rounding.InvariantText,
        $"α={Alpha}, β={Beta}, φ={Phi}, ℓ0={InitialLevel}, b0={InitialTrend}");
}
