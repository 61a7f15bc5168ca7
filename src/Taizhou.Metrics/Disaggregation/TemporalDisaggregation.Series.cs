using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Disaggregation;

public static partial class TemporalDisaggregation
{
    /// <summary>
    /// Disaggregates a low-frequency series (annual, half-yearly or quarterly) with one high-frequency indicator
    /// (half-yearly, quarterly or monthly), as <c>td(y ~ x)</c> in tempdisagg (regression methods with a constant unless
    /// the options drop it; Denton methods with the indicator as it is).
    /// </summary>
    /// <param name="lowFrequency">The low-frequency series: flow or stock, of years, half-years or quarters.</param>
    /// <param name="indicator">The indicator, of a finer regular period kind that divides the low-frequency one.</param>
    /// <param name="options">The method.</param>
    /// <returns>The result, with <see cref="DisaggregationResult.Series"/> over the indicator's periods.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">As for <see cref="Disaggregate(TimeSeries, IReadOnlyList{TimeSeries}, DisaggregationOptions)"/>.</exception>
    public static DisaggregationResult Disaggregate(TimeSeries lowFrequency, TimeSeries indicator, DisaggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Disaggregate(lowFrequency, [indicator], options);
    }

    /// <summary>
    /// Disaggregates a low-frequency series with several high-frequency indicators (a regression method), as
    /// <c>td(y ~ x1 + x2)</c> in tempdisagg. The high-frequency periods are the indicators'; those before the first
    /// and after the last low-frequency period are retropolated and extrapolated.
    /// </summary>
    /// <remarks>
    /// <para>Input policy:</para>
    /// <list type="bullet">
    /// <item>The low-frequency series is a flow or stock series of years, half-years or quarters (not cumulative 1-N月
    /// periods: take the per-period series). Missing values at its ends are dropped; a missing value or an absent period
    /// between two values is an error naming the period (tempdisagg stops too).</item>
    /// <item>The indicators share one period kind, finer than the low-frequency one and dividing it (quarters or months
    /// in a year, months in a quarter), and the same consecutive periods with no missing value; otherwise an error names
    /// the period and the indicator.</item>
    /// <item>The indicators cover every low-frequency period; an error names the first one that is not covered (trim the
    /// low-frequency series to the indicators' span; tempdisagg drops such periods with a message).</item>
    /// <item>The result series has the periods of the indicators and the kind, unit and name of the low-frequency series.</item>
    /// </list>
    /// </remarks>
    /// <param name="lowFrequency">The low-frequency series.</param>
    /// <param name="indicators">The indicators, at least one; their names (or x1, x2, …) name the coefficients.</param>
    /// <param name="options">The method.</param>
    /// <returns>The result, with <see cref="DisaggregationResult.Series"/> over the indicators' periods.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The input breaks the policy above (the message names the period), or as described on <see cref="TemporalDisaggregation"/>.</exception>
    public static DisaggregationResult Disaggregate(TimeSeries lowFrequency, IReadOnlyList<TimeSeries> indicators, DisaggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(lowFrequency);
        ArgumentNullException.ThrowIfNull(indicators);
        ArgumentNullException.ThrowIfNull(options);
        if (indicators.Count == 0)
        {
            throw new ArgumentException("No indicator: use the overload that takes the target period kind.", nameof(indicators));
        }

        var (lowPeriods, y) = LowFrequencyValues(lowFrequency);
        var first = indicators[0] ?? throw new ArgumentNullException(nameof(indicators));
        if (first.Count == 0)
        {
            throw new ArgumentException($"The indicator{TimeSeries.Describe(first.Name)} is empty.", nameof(indicators));
        }

        var highPeriods = first.Periods.ToArray();
        int fr = FrequencyRatio(lowPeriods[0], highPeriods[0].Kind, nameof(indicators));
        var columns = new double[indicators.Count][];
        var names = new string[indicators.Count];
        for (int j = 0; j < indicators.Count; j++)
        {
            var s = indicators[j] ?? throw new ArgumentNullException(nameof(indicators));
            names[j] = s.Name ?? string.Create(CultureInfo.InvariantCulture, $"x{j + 1}");
            columns[j] = IndicatorValues(s, highPeriods, names[j]);
        }

        var lowFirst = lowPeriods[0];
        var lowLast = lowPeriods[^1];
        var highFirst = highPeriods[0];
        var highLast = highPeriods[^1];
        foreach (var p in lowPeriods)
        {
            if (MonthIndex(p.Start) < MonthIndex(highFirst.Start) || MonthIndex(p.End) > MonthIndex(highLast.End))
            {
                throw new ArgumentException($"The indicators run from {highFirst} to {highLast} and do not cover {p}{TimeSeries.Describe(lowFrequency.Name)}: trim the low-frequency series to the indicators' span.", nameof(indicators));
            }
        }

        int months = MonthIndex(lowFirst.Start) - MonthIndex(highFirst.Start);
        int backcast = months / highFirst.MonthCount;
        if (months % highFirst.MonthCount != 0 || MonthIndex(lowLast.End) > MonthIndex(highLast.End))
        {
            throw new ArgumentException($"The indicators' periods ({highFirst}) do not align with {lowFirst}.", nameof(indicators));
        }

        var result = Run(y, columns, names, fr, backcast, options, i => highPeriods[i].ToString());
        return result.WithSeries(ToSeries(lowFrequency, highPeriods, result));
    }

    /// <summary>
    /// Disaggregates a low-frequency series without an indicator (<c>td(y ~ 1, to = …)</c>): a smooth series by a Denton
    /// method, a step series by uniform, or a regression on the constant alone.
    /// </summary>
    /// <param name="lowFrequency">The low-frequency series, as for <see cref="Disaggregate(TimeSeries, IReadOnlyList{TimeSeries}, DisaggregationOptions)"/>.</param>
    /// <param name="target">The high-frequency period kind: <see cref="PeriodKind.Quarter"/>, <see cref="PeriodKind.Month"/> or <see cref="PeriodKind.HalfYear"/>, finer than the series' and dividing it.</param>
    /// <param name="options">The method; a regression method must keep its constant.</param>
    /// <returns>The result, with <see cref="DisaggregationResult.Series"/> over the sub-periods of the low-frequency periods.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The input breaks the policy of the other overload, or the target kind does not divide the series' periods.</exception>
    public static DisaggregationResult Disaggregate(TimeSeries lowFrequency, PeriodKind target, DisaggregationOptions options)
    {
        ArgumentNullException.ThrowIfNull(lowFrequency);
        ArgumentNullException.ThrowIfNull(options);
        var (lowPeriods, y) = LowFrequencyValues(lowFrequency);
        int fr = FrequencyRatio(lowPeriods[0], target, nameof(target));
        int step = lowPeriods[0].MonthCount / fr;
        var highPeriods = new ReportingPeriod[lowPeriods.Length * fr];
        for (int i = 0; i < lowPeriods.Length; i++)
        {
            for (int j = 0; j < fr; j++)
            {
                highPeriods[(i * fr) + j] = ReportingPeriod.EndingIn(target, lowPeriods[i].Year, lowPeriods[i].StartMonth - 1 + ((j + 1) * step));
            }
        }

        var result = Run(y, [], [], fr, 0, options, i => highPeriods[i].ToString());
        return result.WithSeries(ToSeries(lowFrequency, highPeriods, result));
    }

    private static TimeSeries ToSeries(TimeSeries low, ReportingPeriod[] periods, DisaggregationResult result)
    {
        var values = new decimal?[periods.Length];
        for (int i = 0; i < periods.Length; i++)
        {
            double v = result.Values[i];
            if (Math.Abs(v) >= 7.9e28)
            {
                throw new ArgumentException($"The disaggregated value for {periods[i]} ({v.ToString("G6", CultureInfo.InvariantCulture)}) is beyond the range of a decimal: use the array overloads.", nameof(low));
            }

            values[i] = (decimal)v;
        }

        return TimeSeries.FromValues(low.Kind, low.Unit, periods, values, low.Name);
    }

    private static (ReportingPeriod[] Periods, double[] Values) LowFrequencyValues(TimeSeries lowFrequency)
    {
        var low = lowFrequency;
        if (low.Kind == SeriesKind.Cumulative)
        {
            throw new ArgumentException($"The low-frequency series{TimeSeries.Describe(low.Name)} is cumulative (1-N月): disaggregate the per-period series.", nameof(lowFrequency));
        }

        var obs = low.Observations;
        int start = 0, end = obs.Length - 1;
        while (start <= end && obs[start].IsMissing)
        {
            start++;
        }

        while (end >= start && obs[end].IsMissing)
        {
            end--;
        }

        if (start > end)
        {
            throw new ArgumentException($"The low-frequency series{TimeSeries.Describe(low.Name)} has no value.", nameof(lowFrequency));
        }

        if (obs[start].Period.Kind is not (PeriodKind.Year or PeriodKind.HalfYear or PeriodKind.Quarter))
        {
            throw new ArgumentException($"The low-frequency series{TimeSeries.Describe(low.Name)} holds {obs[start].Period.Kind} periods ({obs[start].Period}): expected years, half-years or quarters.", nameof(lowFrequency));
        }

        var periods = new ReportingPeriod[end - start + 1];
        var values = new double[periods.Length];
        for (int i = start; i <= end; i++)
        {
            var p = obs[i].Period;
            if (i > start && obs[i - 1].Period.Next() != p)
            {
                throw new ArgumentException($"The low-frequency series{TimeSeries.Describe(low.Name)} has no observation for {obs[i - 1].Period.Next()}: an internal gap cannot be disaggregated.", nameof(lowFrequency));
            }

            if (obs[i].Value is not decimal v)
            {
                throw new ArgumentException($"The value for {p}{TimeSeries.Describe(low.Name)} is missing: an internal missing value cannot be disaggregated (tempdisagg stops too).", nameof(lowFrequency));
            }

            periods[i - start] = p;
            values[i - start] = (double)v;
        }

        return (periods, values);
    }

    private static double[] IndicatorValues(TimeSeries indicators, ReportingPeriod[] periods, string name)
    {
        var s = indicators;
        var obs = s.Observations;
        for (int i = 0; i < obs.Length; i++)
        {
            var p = obs[i].Period;
            if (p.Kind != periods[0].Kind)
            {
                throw new ArgumentException($"The indicator '{name}' holds {p} ({p.Kind}) among {periods[0].Kind} periods: split a combined period (such as 1-2月合计) into its months first.", nameof(indicators));
            }

            if (i > 0 && obs[i - 1].Period.Next() != p)
            {
                throw new ArgumentException($"The indicator '{name}' has no observation for {obs[i - 1].Period.Next()}: the indicators must run without a gap.", nameof(indicators));
            }

            if (obs[i].IsMissing)
            {
                throw new ArgumentException($"The value for {p} of the indicator '{name}' is missing: the indicators must have a value in every period (tempdisagg: right hand side contains NAs).", nameof(indicators));
            }
        }

        if (obs.Length != periods.Length || obs[0].Period != periods[0] || obs[^1].Period != periods[^1])
        {
            throw new ArgumentException($"The indicator '{name}' runs over {s}, not over the first indicator's {periods[0]}..{periods[^1]}: the indicators must share their periods.", nameof(indicators));
        }

        var values = new double[obs.Length];
        for (int i = 0; i < obs.Length; i++)
        {
            values[i] = (double)obs[i].Value!.Value;
        }

        return values;
    }

    private static int FrequencyRatio(ReportingPeriod low, PeriodKind high, string parameterName)
    {
        int highMonths = high switch
        {
            PeriodKind.Month => 1,
            PeriodKind.Quarter => 3,
            PeriodKind.HalfYear => 6,
            _ => 0,
        };
        if (highMonths == 0 || highMonths >= low.MonthCount || low.MonthCount % highMonths != 0)
        {
            throw new ArgumentException($"{high} periods do not divide the low-frequency {low.Kind} periods ({low}): expected half-years, quarters or months finer than them.", parameterName);
        }

        return low.MonthCount / highMonths;
    }

    private static int MonthIndex(NodaTime.YearMonth month) => (month.Year * 12) + month.Month - 1;
}
