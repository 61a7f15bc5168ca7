using System;
using System.Collections.Generic;
using System.Globalization;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Published;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Rates;

/// <summary>
/// NBS n-year average growth (两年平均增速, 三年平均增长): the geometric average growth against the same period n years
/// earlier, as the bureau printed it for 2021 against 2019 and for 2022 against 2019: (1 + growth over n years)^(1/n) − 1.
/// </summary>
/// <remarks>
/// <para>Three sources give the growth over the n years:</para>
/// <list type="bullet">
/// <item><b>Levels</b> (<see cref="FromLevels(decimal, decimal, int)"/>): level / level n years earlier. Exact when
/// both levels are on one basis; published current-price levels give a nominal average, while NBS's averages of
/// output and GDP are real.</item>
/// <item><b>Growth against the base year</b> (<see cref="FromGrowthSinceBase(GrowthRate, int)"/>): 比2019年同期增长
/// 10.3 % over two years is (1.103)^(1/2) − 1 = 5.02 %. This is how NBS computes it, from unrounded indices.</item>
/// <item><b>Chained year-on-year rates</b> (<see cref="FromYearOnYear(IReadOnlyList{GrowthRate})"/>): the product of
/// the n years' growth factors, (1 − 6.8 %)(1 + 18.3 %) for 2021Q1. <b>Approximate</b>: each year's rate is measured on
/// its own comparable basis (同口径: the enterprises above scale that year, revised bases), so the chain is not the
/// growth of any one set of levels; with one-decimal rates it agrees with NBS's printed average to the printed
/// decimal in the 2021 releases (GDP 2021Q1: 5.0 %).</item>
/// </list>
/// <para>
/// Every period kind works, cumulative periods (1-N月) too: the same period n years earlier is
/// <see cref="ReportingPeriod.YearsEarlier(int)"/>. Rates are fractions (0.05 for 5 %). A growth factor of zero or
/// below (−100 % or less) gives no real root: <see cref="GrowthUndefinedReason.NonPositiveEnd"/>.
/// </para>
/// <para>
/// The overloads on <see cref="PublishedValue"/> add the bounds the rounding of the printed figures allows. Each
/// formula is increasing in every growth and in the current level and decreasing in the base level, so its minimum is
/// at the lower ends of the growths (the lower end of the current level and the upper end of the base) and its
/// maximum at the other ends: exact, with no corner search.
/// </para>
/// </remarks>
public static class NYearAverage
{
    /// <summary>The n-year average growth from two levels: (current / base)^(1/n) − 1.</summary>
    /// <remarks>Zero base: ZeroBase; negative base: NegativeBase; negative current level: NonPositiveEnd (as <see cref="Growth.Cagr(decimal, decimal, double)"/>).</remarks>
    /// <param name="current">The level of the period.</param>
    /// <param name="baseLevel">The level of the same period <paramref name="years"/> years earlier.</param>
    /// <param name="years">The number of years, 1 or more.</param>
    /// <returns>The average growth, a fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is below 1.</exception>
    public static GrowthRate FromLevels(decimal current, decimal baseLevel, int years)
    {
        CheckYears(years);
        return Growth.Cagr(baseLevel, current, years);
    }

    /// <summary>The n-year average growth from the growth against the base year (比2019年同期增长): (1 + growth)^(1/n) − 1.</summary>
    /// <remarks>An undefined growth stays undefined with its reason; a growth of −100 % or below gives NonPositiveEnd.</remarks>
    /// <param name="sinceBase">The growth over the n years.</param>
    /// <param name="years">The number of years, 1 or more.</param>
    /// <returns>The average growth, a fraction.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is below 1.</exception>
    public static GrowthRate FromGrowthSinceBase(GrowthRate sinceBase, int years)
    {
        CheckYears(years);
        if (!sinceBase.TryGetValue(out double g))
        {
            return sinceBase;
        }

        return Root(1.0 + g, years);
    }

    /// <summary>
    /// The n-year average growth from the chained year-on-year rates of the n years (two-year average of 2021: the
    /// rates of 2020 and 2021): (Π (1 + g_k))^(1/n) − 1, n the number of rates. <b>Approximate</b>: each year's rate
    /// has its own comparable basis (see the remarks on <see cref="NYearAverage"/>).
    /// </summary>
    /// <remarks>The first undefined rate makes the average undefined with its reason; a rate of −100 % or below gives NonPositiveEnd.</remarks>
    /// <param name="rates">The year-on-year rates, one per year, in any order; at least one.</param>
    /// <returns>The average growth, a fraction.</returns>
    /// <exception cref="ArgumentException"><paramref name="rates"/> is empty.</exception>
    public static GrowthRate FromYearOnYear(IReadOnlyList<GrowthRate> rates)
    {
        ArgumentNullException.ThrowIfNull(rates);
        if (rates.Count == 0)
        {
            throw new ArgumentException("An n-year average needs at least one year-on-year rate.", nameof(rates));
        }

        double factor = 1.0;
        foreach (var r in rates)
        {
            if (!r.TryGetValue(out double g))
            {
                return r;
            }

            factor *= 1.0 + g;
        }

        return Root(factor, rates.Count);
    }

    /// <summary>
    /// The n-year average growth from two printed levels, with the bounds their rounding allows:
    /// [(current's lower end / base's upper end)^(1/n) − 1, (current's upper end / base's lower end)^(1/n) − 1].
    /// </summary>
    /// <param name="current">The level of the period as printed.</param>
    /// <param name="baseLevel">The level n years earlier as printed; positive.</param>
    /// <param name="years">The number of years, 1 or more.</param>
    /// <returns>The average growth, a fraction, with bounds; unbounded when the base can reach zero within its rounding.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is below 1.</exception>
    /// <exception cref="ArgumentException">A level as printed is zero or negative.</exception>
    public static BoundedEstimate FromLevels(PublishedValue current, PublishedValue baseLevel, int years)
    {
        CheckYears(years);
        if (current.Value <= 0m || baseLevel.Value <= 0m)
        {
            throw new ArgumentException($"An n-year average from levels needs positive levels; got {current} and base {baseLevel}.", current.Value <= 0m ? nameof(current) : nameof(baseLevel));
        }

        double estimate = Root((double)current.Value / (double)baseLevel.Value, years).GetFraction();
        Interval c = current.Bounds, b = baseLevel.Bounds;
        if (b.Lower <= 0.0)
        {
            return BoundedEstimate.Unbounded(estimate);
        }

        double lower = c.Lower <= 0.0 ? -1.0 : Math.Pow(c.Lower / b.Upper, 1.0 / years) - 1.0;
        double upper = Math.Pow(c.Upper / b.Lower, 1.0 / years) - 1.0;
        return Bounded(estimate, lower, upper);
    }

    /// <summary>
    /// The n-year average growth from the printed growth against the base year (比2019年同期增长10.3%), with the bounds
    /// its rounding allows.
    /// </summary>
    /// <param name="sinceBasePercent">The growth over the n years in percent as printed (10.3); above −100.</param>
    /// <param name="years">The number of years, 1 or more.</param>
    /// <returns>The average growth, a fraction, with bounds.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is below 1.</exception>
    /// <exception cref="ArgumentException">The growth as printed is −100 or below.</exception>
    public static BoundedEstimate FromGrowthSinceBase(PublishedValue sinceBasePercent, int years) =>
        FromYearOnYearFactors([sinceBasePercent], years, nameof(sinceBasePercent));

    /// <summary>
    /// The n-year average growth from the printed year-on-year rates of the n years (−6.8 and 18.3 for 2021Q1), with
    /// the bounds their rounding allows: the average at all the rates' lower ends and at all their upper ends.
    /// <b>Approximate</b> (see <see cref="FromYearOnYear(IReadOnlyList{GrowthRate})"/>).
    /// </summary>
    /// <param name="ratesPercent">The year-on-year rates in percent as printed, one per year; at least one, each above −100.</param>
    /// <returns>The average growth, a fraction, with bounds.</returns>
    /// <exception cref="ArgumentException"><paramref name="ratesPercent"/> is empty, or a rate as printed is −100 or below.</exception>
    public static BoundedEstimate FromYearOnYear(IReadOnlyList<PublishedValue> ratesPercent)
    {
        ArgumentNullException.ThrowIfNull(ratesPercent);
        if (ratesPercent.Count == 0)
        {
            throw new ArgumentException("An n-year average needs at least one year-on-year rate.", nameof(ratesPercent));
        }

        return FromYearOnYearFactors(ratesPercent, ratesPercent.Count, nameof(ratesPercent));
    }

    /// <summary>
    /// The n-year average growth of every observation of a series whose period n years earlier the series holds:
    /// (x[t] / x[t − n years])^(1/n) − 1, from the levels (see <see cref="FromLevels(decimal, decimal, int)"/>).
    /// </summary>
    /// <remarks>
    /// Periods without an observation n years earlier are left out (they have no base); a missing value gives
    /// MissingCurrent or MissingBase, and other cases are as <see cref="Growth.Cagr(decimal, decimal, double)"/>.
    /// </remarks>
    /// <param name="series">The series (any kind; cumulative 1-N月 periods are compared with 1-N月 n years earlier).</param>
    /// <param name="years">The number of years, 1 or more.</param>
    /// <returns>One growth per period that has a base, in order; the base period is the period n years earlier.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="years"/> is below 1.</exception>
    public static IReadOnlyList<PeriodGrowth> Of(TimeSeries series, int years)
    {
        ArgumentNullException.ThrowIfNull(series);
        CheckYears(years);
        var result = new List<PeriodGrowth>();
        foreach (var o in series.Observations)
        {
            if (o.Period.Year - years < ReportingPeriod.MinYear)
            {
                continue;
            }

            var basePeriod = o.Period.YearsEarlier(years);
            if (series.Find(basePeriod) is not { } b)
            {
                continue;
            }

            var rate = o.Value is not decimal current
                ? GrowthRate.Undefined(GrowthUndefinedReason.MissingCurrent)
                : b.Value is not decimal baseValue
                    ? GrowthRate.Undefined(GrowthUndefinedReason.MissingBase)
                    : FromLevels(current, baseValue, years);
            result.Add(new PeriodGrowth(o.Period, basePeriod, rate));
        }

        return result;
    }

    private static BoundedEstimate FromYearOnYearFactors(IReadOnlyList<PublishedValue> percents, int years, string parameterName)
    {
        CheckYears(years);

        // Summed in logarithms, so that a long chain of large factors does not overflow a double before its root.
        double estimate = 0.0, lower = 0.0, upper = 0.0;
        bool lowerReachesZero = false;
        foreach (var p in percents)
        {
            if (p.Value <= -100m)
            {
                throw new ArgumentException($"A growth of {p} % leaves no base: the rate must be above −100 %.", parameterName);
            }

            estimate += Math.Log(1.0 + (double)(p.Value / 100m));
            double lowest = 1.0 + (p.Bounds.Lower / 100.0);
            lowerReachesZero |= lowest <= 0.0;
            lower += lowerReachesZero ? 0.0 : Math.Log(lowest);
            upper += Math.Log(1.0 + (p.Bounds.Upper / 100.0));
        }

        return Bounded(Math.Exp(estimate / years) - 1.0, lowerReachesZero ? -1.0 : Math.Exp(lower / years) - 1.0, Math.Exp(upper / years) - 1.0);
    }

    private static BoundedEstimate Bounded(double estimate, double lower, double upper) =>
        new(estimate, Interval.Between(Math.Min(lower, estimate), Math.Max(upper, estimate)));

    private static GrowthRate Root(double factor, int years) => factor <= 0.0
        ? GrowthRate.Undefined(GrowthUndefinedReason.NonPositiveEnd)
        : GrowthRate.FromFraction(Math.Pow(factor, 1.0 / years) - 1.0);

    private static void CheckYears(int years)
    {
        if (years < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, string.Create(CultureInfo.InvariantCulture, $"An n-year average is over 1 or more years; got {years}."));
        }
    }
}
