using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Series;

public sealed partial class TimeSeries
{
    /// <summary>
    /// Changes the frequency to quarters, half-years or years: flows are summed, stocks take the value at the last
    /// month of each target period, and a cumulative series is first de-cumulated (<see cref="ToFlow()"/>) and then
    /// summed.
    /// </summary>
    /// <remarks>
    /// <para>
    /// The result has one observation for every target period from the one holding the first observation to the one
    /// holding the last. A target period is missing (never zero, never a partial sum) when any of its months has no
    /// value, or when an input span crosses its boundary (a March-April span cannot be split between Q1 and Q2); for
    /// stocks, when its last month has no value.
    /// </para>
    /// </remarks>
    /// <param name="target">The target kind: <see cref="PeriodKind.Quarter"/>, <see cref="PeriodKind.HalfYear"/> or <see cref="PeriodKind.Year"/>, coarser than the series.</param>
    /// <returns>A flow (or stock) series of the target kind in the same unit.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The target is not a quarter, half-year or year, or is not coarser than the series' periods.</exception>
    /// <exception cref="InvalidOperationException">A total is beyond the range of a decimal (±7.9e28); the message names the period.</exception>
    public TimeSeries Aggregate(PeriodKind target)
    {
        if (Kind == SeriesKind.Cumulative)
        {
            return ToFlow().Aggregate(target);
        }

        int months = target switch
        {
            PeriodKind.Quarter => 3,
            PeriodKind.HalfYear => 6,
            PeriodKind.Year => 12,
            _ => throw new ArgumentOutOfRangeException(nameof(target), target, "Aggregate to a quarter, a half-year or a year."),
        };
        if (Count == 0)
        {
            return new TimeSeries(Kind, Unit, [], Name);
        }

        var sourceKind = observations[0].Period.Kind;
        int sourceMonths = sourceKind switch
        {
            PeriodKind.Month or PeriodKind.MonthSpan => 1,
            PeriodKind.Quarter => 3,
            PeriodKind.HalfYear => 6,
            _ => 12,
        };
        if (sourceMonths >= months)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, $"{this} has {sourceKind} periods; aggregate to a coarser kind than that.");
        }

        var first = Containing(observations[0].Period.Start.Year, observations[0].Period.StartMonth, target);
        var last = Containing(observations[^1].Period.Year, observations[^1].Period.EndMonth, target);
        var result = new List<Observation>();
        int i = 0;
        for (var period = first; ; period = period.Next())
        {
            // Every input observation that overlaps this target period.
            int start = i;
            while (i < observations.Length && observations[i].Period.Overlaps(period) && observations[i].Period.EndMonth <= period.EndMonth)
            {
                i++;
            }

            bool crossesEnd = i < observations.Length && observations[i].Period.Overlaps(period);
            result.Add(new Observation(period, Kind == SeriesKind.Stock
                ? StockValue(start, i, period)
                : FlowSum(start, i, period, crossesEnd)));
            if (period == last)
            {
                break;
            }
        }

        return new TimeSeries(Kind, Unit, ImmutableArray.CreateRange(result), Name);
    }

    private static ReportingPeriod Containing(int year, int month, PeriodKind kind) =>
        ReportingPeriod.EndingIn(kind, year, kind switch
        {
            PeriodKind.Quarter => ((month + 2) / 3) * 3,
            PeriodKind.HalfYear => month <= 6 ? 6 : 12,
            _ => 12,
        });

    private decimal? StockValue(int start, int end, ReportingPeriod period)
    {
        for (int k = start; k < end; k++)
        {
            if (observations[k].Period.EndMonth == period.EndMonth)
            {
                return observations[k].Value;
            }
        }

        return null;
    }

    private decimal? FlowSum(int start, int end, ReportingPeriod period, bool crossesEnd)
    {
        if (crossesEnd)
        {
            return null;
        }

        decimal sum = 0m;
        int nextMonth = period.StartMonth;
        for (int k = start; k < end; k++)
        {
            var o = observations[k];
            if (o.Period.StartMonth != nextMonth || o.Value is not decimal v)
            {
                return null;
            }

            try
            {
                sum += v;
            }
            catch (OverflowException)
            {
                throw BeyondDecimal("total", period);
            }

            nextMonth = o.Period.EndMonth + 1;
        }

        return nextMonth == period.EndMonth + 1 ? sum : null;
    }
}
