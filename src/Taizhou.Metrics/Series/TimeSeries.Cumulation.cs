using System;
using System.Linq;
using System.Runtime.InteropServices;
using Taizhou.Metrics.Periods;

namespace Taizhou.Metrics.Series;

public sealed partial class TimeSeries
{
    /// <summary>
    /// De-cumulates a cumulative year-to-date series (累计, "1-N月") into per-period flows, within each year:
    /// the flow for "1-N月" is its value minus the previous cumulative value of the same year.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Formula: flow[(m+1)..N] = YTD[1..N] − YTD[1..m], where 1..m is the previous cumulative period of the same year
    /// that has a value; the first cumulative period of a year gives its own value.
    /// </para>
    /// <para>
    /// A flow is never split: "1-2月" gives one value for the span January-February (1-2月合计,
    /// <see cref="PeriodKind.MonthSpan"/>), not a January and a February; and when a month is missing (1-3月 absent or
    /// without a value, 1-4月 present), the next value covers March-April as one span, so the gap shows in the period
    /// of the result and nothing is attributed to April alone. A cumulative period without a value after the last
    /// present one of its year gives a missing flow for its months.
    /// </para>
    /// <para>The arithmetic is exact (<see cref="decimal"/>): <see cref="ToCumulative"/> gives back the input for a series with no missing values.</para>
    /// </remarks>
    /// <returns>A <see cref="SeriesKind.Flow"/> series in the same unit.</returns>
    /// <exception cref="SeriesKindMismatchException">The series is not cumulative.</exception>
    /// <exception cref="InvalidOperationException">A flow is beyond the range of a decimal (±7.9e28); the message names the period.</exception>
    public TimeSeries ToFlow()
    {
        RequireKind(SeriesKind.Cumulative, nameof(ToFlow));
        var result = new Observation[Count];
        int count = 0;
        int previousYear = 0;
        int lastPresentEnd = 0;
        int lastEnd = 0;
        decimal lastPresentValue = 0m;
        foreach (var o in observations)
        {
            var p = o.Period;
            if (p.Year != previousYear)
            {
                previousYear = p.Year;
                lastPresentEnd = 0;
                lastEnd = 0;
                lastPresentValue = 0m;
            }

            if (o.Value is decimal v)
            {
                // Missing flows already emitted for months after the last present value are replaced by this span.
                while (count > 0 && result[count - 1].IsMissing && result[count - 1].Period.Year == p.Year && result[count - 1].Period.StartMonth > lastPresentEnd)
                {
                    count--;
                }

                var span = ReportingPeriod.MonthSpan(p.Year, lastPresentEnd + 1, p.EndMonth);
                decimal flow;
                try
                {
                    flow = v - lastPresentValue;
                }
                catch (OverflowException)
                {
                    throw BeyondDecimal("flow", span);
                }

                result[count++] = new Observation(span, flow);
                lastPresentEnd = p.EndMonth;
                lastPresentValue = v;
            }
            else
            {
                result[count++] = Observation.Missing(ReportingPeriod.MonthSpan(p.Year, lastEnd + 1, p.EndMonth));
            }

            lastEnd = p.EndMonth;
        }

        Array.Resize(ref result, count);
        return new TimeSeries(SeriesKind.Flow, Unit, ImmutableCollectionsMarshal.AsImmutableArray(result), Name);
    }

    /// <summary>
    /// De-cumulates this cumulative series (<see cref="ToFlow()"/>) and lets the published per-period values override
    /// the derived ones, reporting every period where they differ: a published figure is never silently replaced by a
    /// derived one, nor the difference hidden.
    /// </summary>
    /// <remarks>
    /// A published value overrides the derived value of the same period (a month, or a span such as 1-2月合计). A
    /// published period that de-cumulation does not produce (a month inside a span the cumulative series cannot split)
    /// is an error, since using it would count months twice. Both series must have the same unit.
    /// </remarks>
    /// <param name="published">The published per-period values (a flow series).</param>
    /// <returns>The reconciled flows and the discrepancies.</returns>
    /// <exception cref="SeriesKindMismatchException">This series is not cumulative, or <paramref name="published"/> is not a flow series.</exception>
    /// <exception cref="Units.UnitMismatchException">The units differ.</exception>
    /// <exception cref="ArgumentException">A published period is not a period of the de-cumulated series; the message names it.</exception>
    public ReconciledFlows ToFlow(TimeSeries published)
    {
        ArgumentNullException.ThrowIfNull(published);
        if (published.Kind != SeriesKind.Flow)
        {
            throw new SeriesKindMismatchException(SeriesKind.Flow, published.Kind, $"Published per-period values must be a flow series; {published} is {published.Kind.ToString().ToLowerInvariant()}.");
        }

        if (published.Unit != Unit)
        {
            throw new Units.UnitMismatchException(Unit, published.Unit, $"Published values {published} are in {published.Unit.ChineseSymbol}, the cumulative series {this} in {Unit.ChineseSymbol}: convert one first.");
        }

        var derived = ToFlow();
        var result = derived.Observations.ToArray();
        var discrepancies = new System.Collections.Generic.List<FlowDiscrepancy>();
        foreach (var p in published.Observations)
        {
            if (p.Value is not decimal value)
            {
                continue;
            }

            int i = derived.IndexOf(p.Period);
            if (i < 0)
            {
                throw new ArgumentException($"The published period {p.Period} is not a period of the de-cumulated {this} (it cannot be split out of a longer span).", nameof(published));
            }

            if (result[i].Value is decimal d && d != value)
            {
                discrepancies.Add(new FlowDiscrepancy(p.Period, d, value));
            }

            result[i] = new Observation(p.Period, value);
        }

        return new ReconciledFlows(new TimeSeries(SeriesKind.Flow, Unit, ImmutableCollectionsMarshal.AsImmutableArray(result), Name), derived, discrepancies);
    }

    /// <summary>
    /// Cumulates a flow series into year-to-date totals (累计) within each year: the value for "1-N月" is the sum of
    /// the flows from January to month N.
    /// </summary>
    /// <remarks>
    /// <para>
    /// Each flow period gives the cumulative period ending in its last month. A year's running total starts in
    /// January; if the first flow of a year does not start in January, or a flow is missing, or months between two
    /// flows are absent, the cumulative values from there to the end of that year are missing (explicit, never a
    /// partial sum).
    /// </para>
    /// <para>The arithmetic is exact (<see cref="decimal"/>), so <c>series.ToFlow().ToCumulative()</c> is the series again when no value is missing.</para>
    /// </remarks>
    /// <returns>A <see cref="SeriesKind.Cumulative"/> series in the same unit.</returns>
    /// <exception cref="SeriesKindMismatchException">The series is not a flow series.</exception>
    /// <exception cref="InvalidOperationException">A cumulative value is beyond the range of a decimal (±7.9e28); the message names the period.</exception>
    public TimeSeries ToCumulative()
    {
        RequireKind(SeriesKind.Flow, nameof(ToCumulative));
        var result = new Observation[Count];
        int year = 0;
        int end = 0;
        decimal? total = 0m;
        for (int i = 0; i < result.Length; i++)
        {
            var o = observations[i];
            var p = o.Period;
            if (p.Year != year)
            {
                year = p.Year;
                end = 0;
                total = 0m;
            }

            var yearToDate = ReportingPeriod.YearToDate(p.Year, p.EndMonth);
            try
            {
                total = p.StartMonth == end + 1 && total is decimal t && o.Value is decimal v ? t + v : null;
            }
            catch (OverflowException)
            {
                throw BeyondDecimal("cumulative value", yearToDate);
            }

            end = p.EndMonth;
            result[i] = new Observation(yearToDate, total);
        }

        return new TimeSeries(SeriesKind.Cumulative, Unit, ImmutableCollectionsMarshal.AsImmutableArray(result), Name);
    }

    private void RequireKind(SeriesKind expected, string operation)
    {
        if (Kind != expected)
        {
            throw new SeriesKindMismatchException(expected, Kind, $"{operation} needs a {expected.ToString().ToLowerInvariant()} series; {this} is {Kind.ToString().ToLowerInvariant()}.");
        }
    }
}
