using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Runtime.InteropServices;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Series;

/// <summary>
/// An immutable series of values keyed by <see cref="ReportingPeriod"/>, with its <see cref="SeriesKind"/> (flow,
/// cumulative year-to-date, stock) and its <see cref="MetricUnit"/>. Values are exact <see cref="decimal"/>s; a missing
/// value is an explicit <see cref="Observation"/> with no value, never NaN or zero.
/// </summary>
/// <remarks>
/// <para>The series is validated when it is created, and every error names the offending period:</para>
/// <list type="bullet">
/// <item>no period may appear twice;</item>
/// <item>a cumulative series holds only cumulative periods (<see cref="PeriodKind.YearToDate"/>, "1-N月"), and its
/// values may not fall within a year (unless the caller allows it, for indicators such as profit that can fall);</item>
/// <item>a flow series holds months and spans of months, or only quarters, only half-years or only years, none
/// overlapping;</item>
/// <item>a stock series holds periods of a single kind other than cumulative periods and spans.</item>
/// </list>
/// <para>Observations are kept in chronological order.</para>
/// </remarks>
[System.Text.Json.Serialization.JsonConverter(typeof(Serialization.TimeSeriesJsonConverter))]
public sealed partial class TimeSeries
{
    private readonly ImmutableArray<Observation> observations;

    private TimeSeries(SeriesKind kind, MetricUnit unit, ImmutableArray<Observation> sorted, string? name)
    {
        Kind = kind;
        Unit = unit;
        observations = sorted;
        Name = name;
    }

    /// <summary>Gets the kind of values: flow, cumulative or stock.</summary>
    public SeriesKind Kind { get; }

    /// <summary>Gets the unit of every value.</summary>
    public MetricUnit Unit { get; }

    /// <summary>Gets the name of the series (used in error messages), or null.</summary>
    public string? Name { get; }

    /// <summary>Gets the observations, in chronological order, missing ones included.</summary>
    public ImmutableArray<Observation> Observations => observations;

    /// <summary>Gets the number of observations, missing ones included.</summary>
    public int Count => observations.Length;

    /// <summary>Gets the periods, in chronological order.</summary>
    public IEnumerable<ReportingPeriod> Periods => observations.Select(o => o.Period);

    /// <summary>
    /// Creates a series, validating it (see the remarks on <see cref="TimeSeries"/>). The observations may come in
    /// any order.
    /// </summary>
    /// <param name="kind">The kind of values.</param>
    /// <param name="unit">The unit of every value.</param>
    /// <param name="observations">The observations; missing values are observations with a null value.</param>
    /// <param name="name">An optional name, used in error messages.</param>
    /// <param name="allowFallingCumulative">
    /// For a cumulative series, whether the year-to-date value may fall within a year (profit can; output cannot).
    /// </param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="observations"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// A period appears twice, a period's kind does not fit the series' kind, flow periods overlap, or a cumulative
    /// value falls within a year; the message names the period.
    /// </exception>
    public static TimeSeries Create(SeriesKind kind, MetricUnit unit, IEnumerable<Observation> observations, string? name = null, bool allowFallingCumulative = false)
    {
        ArgumentNullException.ThrowIfNull(observations);
        var sorted = observations.ToArray();
        if (!IsSorted(sorted))
        {
            Array.Sort(sorted, static (a, b) => a.Period.CompareTo(b.Period));
        }

        Validate(kind, sorted, name, allowFallingCumulative, nameof(observations));

        // The array is ours alone: wrap it without another copy.
        return new TimeSeries(kind, unit, ImmutableCollectionsMarshal.AsImmutableArray(sorted), name);
    }

    /// <summary>Creates a series from periods and values given side by side.</summary>
    /// <param name="kind">The kind of values.</param>
    /// <param name="unit">The unit of every value.</param>
    /// <param name="periods">The periods.</param>
    /// <param name="values">The values, one per period; null for a missing value.</param>
    /// <param name="name">An optional name, used in error messages.</param>
    /// <returns>The series.</returns>
    /// <exception cref="ArgumentException">The two lists differ in length, or as for <see cref="Create(SeriesKind, MetricUnit, IEnumerable{Observation}, string?, bool)"/>.</exception>
    public static TimeSeries FromValues(SeriesKind kind, MetricUnit unit, IReadOnlyList<ReportingPeriod> periods, IReadOnlyList<decimal?> values, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(periods);
        ArgumentNullException.ThrowIfNull(values);
        if (periods.Count != values.Count)
        {
            throw new ArgumentException($"Expected one value per period: {periods.Count} periods, {values.Count} values.", nameof(values));
        }

        return Create(kind, unit, periods.Select((p, i) => new Observation(p, values[i])), name);
    }

    /// <summary>
    /// Creates a series from money amounts, checking that every amount is in <paramref name="unit"/>: an amount in
    /// another unit is an error that names its period (convert it first; nothing is converted silently).
    /// </summary>
    /// <param name="kind">The kind of values.</param>
    /// <param name="unit">The money unit every amount must have.</param>
    /// <param name="amounts">The amounts by period.</param>
    /// <param name="name">An optional name, used in error messages.</param>
    /// <returns>The series.</returns>
    /// <exception cref="UnitMismatchException">An amount is in another unit; the message names its period.</exception>
    public static TimeSeries FromAmounts(SeriesKind kind, MetricUnit unit, IEnumerable<KeyValuePair<ReportingPeriod, Amount>> amounts, string? name = null)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var list = new List<Observation>();
        foreach (var (period, amount) in amounts)
        {
            if (amount.Unit != unit)
            {
                throw new UnitMismatchException(unit, amount.Unit, $"The value for {period}{Describe(name)} is {amount}, but the series is in {unit.ChineseSymbol}: convert it first.");
            }

            list.Add(new Observation(period, amount.Value));
        }

        return Create(kind, unit, list, name);
    }

    /// <summary>Returns whether the series has an observation (missing or not) for the period.</summary>
    /// <param name="period">The period.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool Contains(ReportingPeriod period) => IndexOf(period) >= 0;

    /// <summary>Returns the observation for a period, or null when the series has none.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The observation (which may itself be missing), or null.</returns>
    public Observation? Find(ReportingPeriod period)
    {
        int i = IndexOf(period);
        return i >= 0 ? observations[i] : null;
    }

    /// <summary>Returns the value for a period, or null when the series has no observation for it or its value is missing.</summary>
    /// <param name="period">The period.</param>
    /// <returns>The value, or null.</returns>
    public decimal? ValueAt(ReportingPeriod period)
    {
        int i = IndexOf(period);
        return i >= 0 ? observations[i].Value : null;
    }

    /// <summary>Returns a copy of the series with another name.</summary>
    /// <param name="name">The name, or null.</param>
    /// <returns>The renamed series.</returns>
    public TimeSeries WithName(string? name) => new(Kind, Unit, observations, name);

    /// <summary>Returns a short description: name, kind, unit and range.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Count == 0
        ? $"{Name ?? "series"} ({Kind}, {Unit.ChineseSymbol}, empty)"
        : $"{Name ?? "series"} ({Kind}, {Unit.ChineseSymbol}, {observations[0].Period}..{observations[^1].Period}, {Count} observations)";

    internal int IndexOf(ReportingPeriod period)
    {
        int lo = 0, hi = observations.Length - 1;
        while (lo <= hi)
        {
            int mid = lo + ((hi - lo) >> 1);
            int c = observations[mid].Period.CompareTo(period);
            if (c == 0)
            {
                return mid;
            }

            if (c < 0)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    private static bool IsSorted(Observation[] observations)
    {
        for (int i = 1; i < observations.Length; i++)
        {
            if (observations[i - 1].Period.CompareTo(observations[i].Period) > 0)
            {
                return false;
            }
        }

        return true;
    }

    internal static string Describe(string? name) => name is null ? string.Empty : $" of series '{name}'";

    /// <summary>The refusal of an operation on this series whose result for <paramref name="period"/> leaves the range of a decimal.</summary>
    private InvalidOperationException BeyondDecimal(string what, ReportingPeriod period) =>
        new($"The {what}{Describe(Name)} for {period} is beyond the range of a decimal (±7.9e28).");

    private static void Validate(SeriesKind kind, Observation[] sorted, string? name, bool allowFallingCumulative, string parameterName)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown series kind.");
        }

        for (int i = 0; i < sorted.Length; i++)
        {
            var p = sorted[i].Period;
            if (i > 0 && sorted[i - 1].Period == p)
            {
                throw new ArgumentException($"Period {p} appears twice{Describe(name)}.", parameterName);
            }

            CheckKind(kind, p, sorted[0].Period, name, parameterName);
        }

        if (kind == SeriesKind.Flow)
        {
            for (int i = 1; i < sorted.Length; i++)
            {
                if (sorted[i].Period.Overlaps(sorted[i - 1].Period))
                {
                    throw new ArgumentException($"Flow periods {sorted[i - 1].Period} and {sorted[i].Period} overlap{Describe(name)}: a per-period value must not count a month twice.", parameterName);
                }
            }
        }

        if (kind == SeriesKind.Cumulative && !allowFallingCumulative)
        {
            Observation? previous = null;
            foreach (var o in sorted)
            {
                if (o.Value is not decimal v)
                {
                    continue;
                }

                if (previous is { } prev && prev.Period.Year == o.Period.Year && v < prev.Value!.Value)
                {
                    throw new ArgumentException($"The cumulative value for {o.Period} ({v}) is below that for {prev.Period} ({prev.Value}){Describe(name)}: a year-to-date total cannot fall within a year.", parameterName);
                }

                previous = o;
            }
        }
    }

    private static void CheckKind(SeriesKind kind, ReportingPeriod p, ReportingPeriod first, string? name, string parameterName)
    {
        bool ok = kind switch
        {
            SeriesKind.Cumulative => p.Kind == PeriodKind.YearToDate,
            SeriesKind.Flow => p.Kind != PeriodKind.YearToDate && FlowFrequency(p.Kind) == FlowFrequency(first.Kind),
            _ => p.Kind is not (PeriodKind.YearToDate or PeriodKind.MonthSpan) && p.Kind == first.Kind,
        };
        if (!ok)
        {
            string expected = kind switch
            {
                SeriesKind.Cumulative => "cumulative periods (1-N月, such as 2018-01..06)",
                SeriesKind.Flow => first.Kind == PeriodKind.YearToDate ? "per-period flows, not cumulative periods" : $"periods of one frequency like {first} ({first.Kind})",
                _ => first.Kind is PeriodKind.YearToDate or PeriodKind.MonthSpan ? "end-of-month, quarter, half or year periods" : $"periods of one kind like {first} ({first.Kind})",
            };
            throw new ArgumentException($"Period {p} ({p.Kind}) does not fit a {kind.ToString().ToLowerInvariant()} series{Describe(name)}: expected {expected}.", parameterName);
        }
    }

    private static int FlowFrequency(PeriodKind kind) => kind == PeriodKind.MonthSpan ? (int)PeriodKind.Month : (int)kind;
}
