using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Rates;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Targets;

/// <summary>
/// Projects a series to a horizon (趋势外推) by constant growth, a log-linear trend or Holt's linear exponential
/// smoothing, returning a <see cref="Projection"/>: the path with point estimates and prediction intervals, the
/// method, its parameters and fit statistics, the first period that reaches a target and the probability of reaching
/// it.
/// </summary>
/// <remarks>
/// <para><b>Input policy, the same for every method.</b></para>
/// <list type="bullet">
/// <item>The series holds periods of one regular kind: years (the common case), half-years, quarters or months.
/// Cumulative January-to-month periods (1-N月) and spans of months are rejected: project the per-period or annual
/// series. None of the methods models seasonality: for months or quarters, project seasonally adjusted or annual data.</item>
/// <item>The data run from the first to the last observation with a value; explicitly missing observations before the
/// first or after the last value are ignored. Between them every period must be present with a value: a gap is an
/// <see cref="ArgumentException"/> that names the first missing period. Constant growth looks only at the last k + 1
/// periods and needs only those.</item>
/// <item>The horizon is of the same kind as the series and after its last actual period (an
/// <see cref="ArgumentException"/> naming both otherwise). The path runs from the period after the last actual to
/// the horizon.</item>
/// <item>Too few observations for the method is an <see cref="ArgumentException"/> that says how many it needs; the
/// rule is at least one residual degree of freedom for the standard error.</item>
/// <item>Values are exact decimals in the series; the models compute in <see cref="double"/>. Nothing returns NaN or an
/// infinity: a projection that would overflow a double (a horizon of 9999-12 on monthly data) throws
/// <see cref="ArgumentOutOfRangeException"/> for the horizon, naming the first period that overflows. A level that
/// underflows a double on the log scale (a fall to 1e-28 carried for decades) is 0, never negative.</item>
/// <item><c>confidence</c> is the two-sided level of the prediction intervals, strictly between 0 and 1.</item>
/// </list>
/// <para><b>Parameter names</b> (<see cref="Projection.Parameters"/>; rates are fractions per period of the series):</para>
/// <list type="bullet">
/// <item>constant growth: <c>growth</c> (g), <c>periods</c> (k), <c>logGrowthMean</c> (r̄ = ln(y_n / y_{n−k}) / k = ln(1 + g)) and, for
/// k ≥ 2, <c>logGrowthSd</c> (s);</item>
/// <item>log-linear: <c>intercept</c> (a, ln y at the first period used), <c>slope</c> (b, per period),
/// <c>growth</c> (e^b − 1);</item>
/// <item>Holt: <c>alpha</c>, <c>beta</c>, <c>phi</c> (1 when undamped), <c>initialLevel</c> (ℓ_0),
/// <c>initialTrend</c> (b_0), and the final states <c>level</c> (ℓ_n) and <c>trend</c> (b_n).</item>
/// </list>
/// </remarks>
public static partial class Project
{
    /// <summary>
    /// Projects by constant growth (按现有增速推算): the last actual level compounded at the latest period-on-period
    /// growth, or at the geometric average growth of the last k periods (水平法).
    /// </summary>
    /// <remarks>
    /// <para>With y_n the last actual value and k the periods of <paramref name="basis"/>:</para>
    /// <code>
    /// g = (y_n / y_{n−k})^(1/k) − 1                     (k = 1: the latest growth, 同比 for annual data)
    /// ŷ_{n+h} = y_n (1 + g)^h
    /// </code>
    /// <para>
    /// Intervals come from the dispersion of the k log growth rates used, r_t = ln(y_t / y_{t−1}), with mean
    /// r̄ = ln(y_n / y_{n−k}) / k (= ln(1 + g), but formed from the levels so that it stays finite when 1 + g rounds to 0) and sample standard deviation s (k − 1 degrees of freedom). The model is a random walk with drift
    /// on the log scale, ln y_t = ln y_{t−1} + r̄ + ε_t, and the prediction variance counts both the h future shocks and
    /// the uncertainty of r̄ (Var r̄ = s² / k), as for the drift method in Hyndman and Athanasopoulos, FPP §5.5:
    /// </para>
    /// <code>
    /// s_h = s √(h + h² / k)
    /// interval = exp(ln y_n + h r̄ ± t_{k−1, (1+c)/2} s_h)
    /// </code>
    /// <para>
    /// From the latest growth alone (k = 1) there is no dispersion: the path has no intervals, the fit has no standard
    /// error and <see cref="Projection.ProbabilityOfReaching"/> returns null. The rate is per period of the series.
    /// </para>
    /// </remarks>
    /// <param name="series">The series; the last k + 1 periods must be present and positive.</param>
    /// <param name="horizon">The last period to project, after the last actual period and of the same kind.</param>
    /// <param name="basis">The growth carried forward; the default is the latest growth.</param>
    /// <param name="confidence">The interval's confidence level, strictly between 0 and 1.</param>
    /// <returns>The projection.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The series has fewer than k + 1 periods, one of its last k + 1 periods is missing or not positive (named), it
    /// is not of a regular kind, or the horizon is not after its last actual period or of another kind.
    /// </exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="confidence"/> is not strictly between 0 and 1, or the projection (or its interval) overflows a double before the horizon (a horizon of 9999-12 on monthly data); the message names the period.</exception>
    public static Projection ConstantGrowth(TimeSeries series, ReportingPeriod horizon, ConstantGrowthBasis basis = default, double confidence = 0.95)
    {
        CheckConfidence(confidence);
        int k = basis.Periods;
        var data = Actuals.Prepare(series, horizon, "Constant growth" + (k == 1 ? " from the latest growth" : $" over {k} periods"), k + 1, k + 1, "k + 1 levels for k growth rates");
        data.RequirePositive("Constant growth", nameof(series));

        double[] y = data.Values;
        int n = y.Length;
        double g = Growth.Cagr(data.Decimals[0], data.Decimals[n - 1], k).GetFraction();

        // r̄ = ln(y_n / y_{n−k}) / k from the levels, not ln(1 + g): g of a fall to almost nothing (2690 to 1e-13) is
        // −1 in a double, and ln 0 is −∞.
        double mean = Growth.LogRatio(data.Decimals[n - 1], data.Decimals[0]) / k;

        double sse = 0.0;
        for (int i = 1; i < n; i++)
        {
            double r = Growth.LogRatio(data.Decimals[i], data.Decimals[i - 1]) - mean;
            sse += r * r;
        }

        double? s = k >= 2 ? Math.Sqrt(sse / (k - 1)) : null;
        var parameters = ImmutableArray.CreateBuilder<ProjectionParameter>();
        parameters.Add(ProjectionParameter.Estimated("growth", g));
        parameters.Add(ProjectionParameter.Given("periods", k));
        parameters.Add(ProjectionParameter.Estimated("logGrowthMean", mean));
        if (s is double sd)
        {
            parameters.Add(ProjectionParameter.Estimated("logGrowthSd", sd));
        }

        double origin = Math.Log(y[n - 1]);
        var fit = new ProjectionFit(n, k - 1, sse, null, s, onLogScale: true);
        return Build(
            ProjectionMethod.ConstantGrowth,
            parameters.ToImmutable(),
            data,
            horizon,
            s is null ? null : confidence,
            fit,
            h => new PredictiveDistribution(origin + (h * mean), (s ?? 0.0) * Math.Sqrt(h + ((double)h * h / k)), k - 1, onLogScale: true));
    }

    private static void CheckConfidence(double confidence)
    {
        if (!(confidence > 0.0 && confidence < 1.0))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "The confidence level must be strictly between 0 and 1 (0.95 for 95 %).");
        }
    }

    /// <summary>Builds the path from the period after the last actual to the horizon from each step's predictive distribution.</summary>
    private static Projection Build(
        ProjectionMethod method,
        ImmutableArray<ProjectionParameter> parameters,
        Actuals data,
        ReportingPeriod horizon,
        double? confidence,
        ProjectionFit fit,
        Func<int, PredictiveDistribution> distributionAt)
    {
        var periods = ReportingPeriod.Range(data.LastPeriod.Next(), horizon);
        var points = ImmutableArray.CreateBuilder<ProjectedPoint>(periods.Count);
        var distributions = ImmutableArray.CreateBuilder<PredictiveDistribution>(periods.Count);
        double? quantile = null;
        for (int i = 0; i < periods.Count; i++)
        {
            int h = i + 1;
            var d = distributionAt(h);
            double estimate = d.OnLogScale ? Math.Exp(d.Location) : d.Location;
            Interval? interval = null;
            if (confidence is double c)
            {
                // The distribution's family is the same at every step: compute the quantile once.
                double q = quantile ??= PredictiveDistribution.Quantile(c, d.DegreesOfFreedom);
                double lo = d.Location - (q * d.Scale), hi = d.Location + (q * d.Scale);
                if (d.OnLogScale)
                {
                    lo = Math.Exp(lo);
                    hi = Math.Exp(hi);
                }

                if (!double.IsFinite(lo) || !double.IsFinite(hi))
                {
                    throw Overflow(periods[i], method, nameof(horizon));
                }

                interval = Interval.Between(lo, hi);
            }

            if (!double.IsFinite(estimate))
            {
                throw Overflow(periods[i], method, nameof(horizon));
            }

            points.Add(new ProjectedPoint(periods[i], h, estimate, interval));
            distributions.Add(d);
        }

        return new Projection(method, parameters, data.LastPeriod, data.LastValue, points.MoveToImmutable(), distributions.MoveToImmutable(), confidence, fit);
    }

    private static ArgumentOutOfRangeException Overflow(ReportingPeriod period, ProjectionMethod method, string paramName) =>
        new(paramName, $"The {method} projection to {period} (or its interval) overflows a double: shorten the horizon.");

    /// <summary>The consecutive observed values a method works on, validated.</summary>
    private sealed class Actuals
    {
        private Actuals(IReadOnlyList<ReportingPeriod> periods, decimal[] decimals, string? name)
        {
            Periods = periods;
            Decimals = decimals;
            Values = decimals.Select(v => (double)v).ToArray();
            Name = name;
        }

        public IReadOnlyList<ReportingPeriod> Periods { get; }

        public decimal[] Decimals { get; }

        public double[] Values { get; }

        public string? Name { get; }

        public ReportingPeriod LastPeriod => Periods[^1];

        public decimal LastValue => Decimals[^1];

        /// <summary>
        /// Validates the series and horizon and returns the values of the last <paramref name="window"/> periods (all
        /// from the first value when null), which must all be present.
        /// </summary>
        public static Actuals Prepare(TimeSeries series, ReportingPeriod horizon, string method, int? window, int minimum, string why)
        {
            ArgumentNullException.ThrowIfNull(series);
            var obs = series.Observations;
            string of = TimeSeries.Describe(series.Name);
            int lastIndex = obs.Length - 1;
            while (lastIndex >= 0 && obs[lastIndex].IsMissing)
            {
                lastIndex--;
            }

            if (lastIndex < 0)
            {
                throw new ArgumentException($"The series{of} has no values to project from.", nameof(series));
            }

            var last = obs[lastIndex].Period;
            if (last.Kind is PeriodKind.YearToDate or PeriodKind.MonthSpan)
            {
                throw new ArgumentException($"Cannot project periods like {last} ({last.Kind}){of}: project a series of years, half-years, quarters or months (de-cumulate a year-to-date series first).", nameof(series));
            }

            if (horizon.Kind != last.Kind)
            {
                throw new ArgumentException($"The horizon {horizon} ({horizon.Kind}) must be of the same kind as the series' last actual period {last} ({last.Kind}){of}.", nameof(horizon));
            }

            if (horizon <= last)
            {
                throw new ArgumentException($"The horizon {horizon} must be after the series' last actual period {last}{of}.", nameof(horizon));
            }

            int firstIndex = 0;
            while (obs[firstIndex].IsMissing)
            {
                firstIndex++;
            }

            var first = obs[firstIndex].Period;
            int available = lastIndex - firstIndex + 1;
            IReadOnlyList<ReportingPeriod> periods;
            if (window is int w)
            {
                // Only the last w periods matter; earlier ones may be of another kind (a 1-2月 span) or have gaps.
                if (available < Math.Max(minimum, w))
                {
                    throw TooFew(method, Math.Max(minimum, w), why, of, available, first, last, nameof(series));
                }

                var start = last;
                for (int i = 1; i < w; i++)
                {
                    start = start.Previous();
                }

                periods = ReportingPeriod.Range(start, last);
            }
            else
            {
                if (first.Kind != last.Kind)
                {
                    throw new ArgumentException($"The series{of} mixes {first} ({first.Kind}) with {last} ({last.Kind}): {method} needs consecutive periods of one kind.", nameof(series));
                }

                periods = ReportingPeriod.Range(first, last);
                if (periods.Count < minimum)
                {
                    throw TooFew(method, minimum, why, of, periods.Count, first, last, nameof(series));
                }
            }

            var values = new decimal[periods.Count];
            for (int i = 0; i < periods.Count; i++)
            {
                var o = series.Find(periods[i]);
                if (o is null)
                {
                    throw new ArgumentException($"The series{of} has no observation for {periods[i]} (between {periods[0]} and {last}): {method} needs every period, and this is the first missing.", nameof(series));
                }

                values[i] = o.Value.Value ?? throw new ArgumentException($"The value for {periods[i]}{of} is missing (between {periods[0]} and {last}): {method} needs every period, and this is the first missing.", nameof(series));
            }

            return new Actuals(periods, values, series.Name);
        }

        private static ArgumentException TooFew(string method, int needed, string why, string of, int count, ReportingPeriod first, ReportingPeriod last, string parameterName) =>
            new($"{method} needs at least {needed} observations ({why}); the series{of} has {count} from {first} to {last}.", parameterName);

        /// <summary>Throws when a value is zero or negative, naming its period.</summary>
        public void RequirePositive(string method, string parameterName)
        {
            for (int i = 0; i < Decimals.Length; i++)
            {
                if (Decimals[i] <= 0m)
                {
                    throw new ArgumentException($"The value for {Periods[i]}{TimeSeries.Describe(Name)} is {Decimals[i]}: {method} works on logarithms and needs positive values.", parameterName);
                }
            }
        }
    }
}
