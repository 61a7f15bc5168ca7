using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// A projected path (趋势外推) from the last actual period of a series to a horizon: for each period the point
/// estimate and its prediction interval, with the method, its parameters, its fit statistics and the predictive
/// distribution behind the intervals. Created by <see cref="Project"/>.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="FirstReaching(double)"/> answers "when does the projection reach the target?" (null: not within the
/// horizon); <see cref="ProbabilityOfReaching(ReportingPeriod, double)"/> answers "how likely is the target, under
/// this model?" from the same predictive distribution as the intervals:
/// </para>
/// <list type="bullet">
/// <item>log-linear: ln Y_{n+h} = ŷ + s_h T with T Student-t on n − 2 degrees of freedom;</item>
/// <item>constant growth over k ≥ 2 periods: ln Y_{n+h} = ln y_n + h r̄ + s_h T with T Student-t on k − 1 degrees
/// of freedom; from the latest period alone (k = 1) there is no distribution;</item>
/// <item>Holt: Y_{n+h} normal with mean ŷ_{n+h} and the class-1 state-space variance.</item>
/// </list>
/// <para>
/// The probability is conditional on the model being right: it counts the noise the model sees in the history (and,
/// for the regression-type methods, the uncertainty of the fitted growth), not the chance that the trend itself
/// changes.
/// </para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.ProjectionJsonConverter))]
public sealed partial class Projection
{
    private readonly ImmutableArray<PredictiveDistribution> distributions;

    internal Projection(
        ProjectionMethod method,
        ImmutableArray<ProjectionParameter> parameters,
        ReportingPeriod lastActualPeriod,
        decimal lastActualValue,
        ImmutableArray<ProjectedPoint> path,
        ImmutableArray<PredictiveDistribution> distributions,
        double? confidenceLevel,
        ProjectionFit fit)
    {
        Method = method;
        Parameters = parameters;
        LastActualPeriod = lastActualPeriod;
        LastActualValue = lastActualValue;
        Path = path;
        this.distributions = distributions;
        ConfidenceLevel = confidenceLevel;
        Fit = fit;
    }

    /// <summary>Gets the method.</summary>
    public ProjectionMethod Method { get; }

    /// <summary>Gets the model's parameters by name, estimated or given (the names are listed on <see cref="Project"/>).</summary>
    public ImmutableArray<ProjectionParameter> Parameters { get; }

    /// <summary>Gets the last period of the series with a value: the projection starts after it.</summary>
    public ReportingPeriod LastActualPeriod { get; }

    /// <summary>Gets the value of the last actual period, exactly as in the series.</summary>
    public decimal LastActualValue { get; }

    /// <summary>Gets the projected periods, from the period after <see cref="LastActualPeriod"/> to <see cref="Horizon"/>, in order.</summary>
    public ImmutableArray<ProjectedPoint> Path { get; }

    /// <summary>Gets the last projected period.</summary>
    public ReportingPeriod Horizon => Path[^1].Period;

    /// <summary>Gets the confidence level of the intervals (0.95 for 95 %), or null when the path has no intervals.</summary>
    public double? ConfidenceLevel { get; }

    /// <summary>Gets whether the path has prediction intervals and <see cref="ProbabilityOfReaching"/> has a distribution to use.</summary>
    public bool HasIntervals => ConfidenceLevel is not null;

    /// <summary>Gets the fit statistics: n, R² (null where not defined) and the residual standard error.</summary>
    public ProjectionFit Fit { get; }

    /// <summary>Returns the value of a parameter by name.</summary>
    /// <param name="name">The name, as listed on <see cref="Project"/> (ordinal comparison).</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The model has no such parameter; the message lists the ones it has.</exception>
    public double Parameter(string name)
    {
        foreach (var p in Parameters)
        {
            if (string.Equals(p.Name, name, StringComparison.Ordinal))
            {
                return p.Value;
            }
        }

        throw new KeyNotFoundException($"A {Method} projection has no parameter '{name}'; it has {string.Join(", ", Parameters.Select(p => p.Name))}.");
    }

    /// <summary>Returns the projected point for a period of the path.</summary>
    /// <param name="period">A period from the one after <see cref="LastActualPeriod"/> to <see cref="Horizon"/>.</param>
    /// <returns>The point.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period is not on the path; the message gives the path's range.</exception>
    public ProjectedPoint At(ReportingPeriod period) => Path[IndexOf(period)];

    /// <summary>
    /// Returns the first projected period whose point estimate reaches <paramref name="threshold"/> (estimate ≥
    /// threshold within a relative 1e-9, so a flat path exactly at the threshold reaches it although its floating-point
    /// estimate may be 1999.9999999999998 for 2000), or null when none does: the target is not reached within the horizon.
    /// </summary>
    /// <remarks>
    /// Only projected periods count: a last actual value already above the threshold is not reported (compare it with
    /// <see cref="LastActualValue"/>). For a path that falls, the first period at or above the threshold is still the
    /// answer, even if later periods drop below it.
    /// </remarks>
    /// <param name="threshold">The target level, in the series' unit; finite.</param>
    /// <returns>The period, or null when not within the horizon.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is NaN or infinite.</exception>
    public ReportingPeriod? FirstReaching(double threshold)
    {
        CheckThreshold(threshold);
        foreach (var point in Path)
        {
            if (TargetComparison.Meets(point.Estimate, threshold, strict: false))
            {
                return point.Period;
            }
        }

        return null;
    }

    /// <summary>
    /// Returns the probability, under the model's predictive distribution, that the value for
    /// <paramref name="period"/> is at least <paramref name="threshold"/>: P(Y ≥ threshold). Null when the method has
    /// no distribution (constant growth from the latest period alone, <see cref="HasIntervals"/> false).
    /// </summary>
    /// <remarks>
    /// <para>
    /// The distributions are those of the intervals (see the remarks on <see cref="Projection"/>), so at the point
    /// estimate of a symmetric model the probability is 0.5, and at an interval bound it is (1 ∓ confidence) / 2. For
    /// the log-scale models a threshold of zero or below has probability 1. A model with zero residual variance (a
    /// perfect fit) gives 1 when the estimate reaches the threshold and 0 otherwise.
    /// </para>
    /// <para>
    /// This is the chance of meeting the target in that period if the model is right, not an assessment of the model;
    /// it ignores that the trend may change.
    /// </para>
    /// </remarks>
    /// <param name="period">A period of the path.</param>
    /// <param name="threshold">The target level, in the series' unit; finite.</param>
    /// <returns>The probability, 0 to 1, or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period is not on the path, or the threshold is not finite.</exception>
    public double? ProbabilityOfReaching(ReportingPeriod period, double threshold)
    {
        CheckThreshold(threshold);
        int i = IndexOf(period);
        return HasIntervals ? distributions[i].ProbabilityAtLeast(threshold) : null;
    }

    /// <summary>
    /// Returns a short description: method, the last actual value and the horizon's estimate with its interval when
    /// the method gives one, to two decimals rounded 四舍五入 (<see cref="Rounding"/>), invariant culture:
    /// <c>ConstantGrowth from 2018 (121.00) to 2020: 146.41</c>.
    /// </summary>
    /// <returns>The text.</returns>
    public override string ToString()
    {
        var last = Path[^1];
        string interval = last.Interval is { } i ? $" [{Rounding.Format(i.Lower, 2)}, {Rounding.Format(i.Upper, 2)}]" : string.Empty;
        return string.Create(
            Rounding.InvariantText,
            $"{Method} from {LastActualPeriod} ({Rounding.Format(LastActualValue, 2)}) to {last.Period}: {Rounding.Format(last.Estimate, 2)}{interval}");
    }

    /// <summary>The predictive distribution of the point at <paramref name="index"/> on the path (for the JSON converter).</summary>
    internal PredictiveDistribution Distribution(int index) => distributions[index];

    private int IndexOf(ReportingPeriod period)
    {
        for (int i = 0; i < Path.Length; i++)
        {
            if (Path[i].Period == period)
            {
                return i;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(period), period, $"Period {period} is not on the projected path {Path[0].Period}..{Horizon}.");
    }

    private static void CheckThreshold(double threshold)
    {
        if (!double.IsFinite(threshold))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), threshold, "The threshold must be finite.");
        }
    }
}
