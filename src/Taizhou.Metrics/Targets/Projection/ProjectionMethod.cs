namespace Taizhou.Metrics.Targets;

/// <summary>The model behind a <see cref="Projection"/> (趋势外推, trend extrapolation).</summary>
/// <remarks>See <see cref="Project"/> for each method's formulas, intervals and input rules.</remarks>
public enum ProjectionMethod
{
    /// <summary>
    /// Constant growth: the last level compounded at the latest period-on-period growth (同比 for annual data) or the
    /// geometric average growth of the last k periods (水平法): ŷ_{n+h} = y_n (1 + g)^h.
    /// </summary>
    ConstantGrowth = 0,

    /// <summary>
    /// A log-linear trend fitted by ordinary least squares, ln y_t = a + b t + ε_t: constant proportional growth
    /// e^b − 1 a period, with the whole history weighted equally.
    /// </summary>
    LogLinear = 1,

    /// <summary>Holt's linear exponential smoothing (additive trend, ETS(A,A,N)): level and trend updated each period.</summary>
    Holt = 2,

    /// <summary>Holt's method with a damped trend (ETS(A,Ad,N)): the trend shrinks by φ &lt; 1 each period ahead.</summary>
    DampedHolt = 3,
}
