using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// The ex-ante view against the ex-post (事前预测与事后实际): a projection made at a plan's base (constant growth,
/// log-linear or Holt, <see cref="Project"/>) set against the outcome published for one of its periods, so a user sees
/// how far the method was off.
/// </summary>
/// <remarks>
/// <code>
/// error           = forecast − actual          (positive: the projection was too high)
/// relative error  = error / actual
/// log error       = ln(forecast / actual)       (symmetric in over- and under-shooting)
/// </code>
/// <para>
/// The actual is the outcome as printed; a qualified outcome (超, 约, 近) is compared through its range: the error's
/// sign is <see cref="IsSignCertain"/> only when the forecast lies outside that range, and <see cref="WithinInterval"/>
/// is true only when the whole range lies within the prediction interval.
/// </para>
/// </remarks>
public sealed class ForecastError
{
    private ForecastError(Projection projection, ProjectedPoint point, PlanOutcome outcome, QualifierTolerance tolerance)
    {
        Method = projection.Method;
        Period = point.Period;
        Step = point.Step;
        Forecast = point.Estimate;
        Interval = point.Interval;
        Actual = outcome.Value;
        double actual = (double)outcome.Value.Value;
        Error = Forecast - actual;
        RelativeError = actual != 0.0 ? Error / actual : null;
        LogError = actual > 0.0 && Forecast > 0.0 ? Math.Log(Forecast / actual) : null;
        var range = outcome.Value.IsQualified ? outcome.Value.Range(tolerance) : FigureRange.Closed(actual, actual);
        IsSignCertain = !range.Contains(Forecast);
        WithinInterval = point.Interval is { } i ? range.IsBoundedAbove && range.Lower >= i.Lower && range.Upper <= i.Upper : null;
    }

    /// <summary>Gets the projection's method.</summary>
    public ProjectionMethod Method { get; }

    /// <summary>Gets the period compared.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>Gets the periods ahead of the projection's last actual period (the forecast horizon h).</summary>
    public int Step { get; }

    /// <summary>Gets the projected value for the period.</summary>
    public double Forecast { get; }

    /// <summary>Gets the projection's prediction interval for the period, or null when the method gives none.</summary>
    public Interval? Interval { get; }

    /// <summary>Gets the outcome as printed, with its qualifier.</summary>
    public PublishedValue Actual { get; }

    /// <summary>Gets forecast − actual: positive when the projection was too high.</summary>
    public double Error { get; }

    /// <summary>Gets the error as a fraction of the actual, or null for an actual of zero.</summary>
    public double? RelativeError { get; }

    /// <summary>Gets ln(forecast / actual), or null when either is not positive.</summary>
    public double? LogError { get; }

    /// <summary>Gets whether the forecast lies outside the actual's range, so the error's sign holds for every value the outcome stands for (always, for a plain outcome that differs from the forecast).</summary>
    public bool IsSignCertain { get; }

    /// <summary>Gets whether the outcome lies within the prediction interval, or null when the projection has none.</summary>
    public bool? WithinInterval { get; }

    /// <summary>Compares a projection with the outcome of one of its periods, with the default tolerances for a qualified outcome.</summary>
    /// <param name="projection">The projection made at the base.</param>
    /// <param name="outcome">The outcome; its period must be on the projection's path.</param>
    /// <returns>The error.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The outcome's period is not on the projected path.</exception>
    public static ForecastError Of(Projection projection, PlanOutcome outcome) => Of(projection, outcome, QualifierTolerance.Default);

    /// <summary>Compares a projection with the outcome of one of its periods.</summary>
    /// <param name="projection">The projection made at the base.</param>
    /// <param name="outcome">The outcome; its period must be on the projection's path.</param>
    /// <param name="tolerance">The tolerances for a qualified outcome.</param>
    /// <returns>The error.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The outcome's period is not on the projected path.</exception>
    public static ForecastError Of(Projection projection, PlanOutcome outcome, QualifierTolerance tolerance)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(tolerance);
        return new ForecastError(projection, projection.At(outcome.Period), outcome, tolerance);
    }

    /// <summary>Compares a projection with every outcome on its path (outcomes for other periods are skipped), in the order of the path.</summary>
    /// <param name="projection">The projection made at the base.</param>
    /// <param name="outcomes">The outcomes.</param>
    /// <returns>One error per outcome on the path.</returns>
    public static ImmutableArray<ForecastError> All(Projection projection, IEnumerable<PlanOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(projection);
        ArgumentNullException.ThrowIfNull(outcomes);
        var byPeriod = outcomes.ToDictionary(o => o.Period);
        return [.. projection.Path.Where(p => byPeriod.ContainsKey(p.Period)).Select(p => new ForecastError(projection, p, byPeriod[p.Period], QualifierTolerance.Default))];
    }

    /// <summary>Returns <c>LogLinear 2021 (h = 4): forecast 6293.6 against 5800, error +493.6 (+8.5%)</c>.</summary>
    /// <returns>The text, invariant culture.</returns>
    public override string ToString()
    {
        string rel = RelativeError is double r ? $" ({Rounding.FormatScaled(r, 2, 1, signed: true)}%)" : string.Empty;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{Method} {Period} (h = {Step}): forecast {Rounding.Format(Forecast, 1)} against {Actual}, error {Rounding.FormatScaled(Error, 0, 1, signed: true)}{rel}");
    }
}
