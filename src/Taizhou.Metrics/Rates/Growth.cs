using System;
using System.Collections.Generic;
using MathNet.Numerics.RootFinding;
using Taizhou.Metrics.Periods;
using Taizhou.Metrics.Series;

namespace Taizhou.Metrics.Rates;

/// <summary>
/// Growth rates: year-on-year (同比), period-on-period (环比), compound annual growth (CAGR), average annual growth by
/// the level and cumulative methods (水平法, 累计法), annualising, growth from an index, "增长 X 倍", doubling (翻番)
/// and log growth.
/// </summary>
/// <remarks>
/// <para>
/// Every rate is a <see cref="GrowthRate"/> holding a fraction (0.267 = +26.7 %). Edge-case policy, the same in every
/// method: a zero base gives <see cref="GrowthUndefinedReason.ZeroBase"/>; a negative base gives
/// <see cref="GrowthUndefinedReason.NegativeBase"/> unless the caller asks for <see cref="NegativeBasePolicy.AbsoluteBase"/>;
/// a missing operand gives <see cref="GrowthUndefinedReason.MissingCurrent"/> or
/// <see cref="GrowthUndefinedReason.MissingBase"/>; an undefined input rate gives an undefined result with the same
/// reason. Nothing returns NaN, infinity or a made-up zero.
/// </para>
/// <para>Rates between two levels are computed in <see cref="decimal"/> and rounded once to <see cref="double"/>.</para>
/// </remarks>
public static class Growth
{
    /// <summary>The growth rate from <paramref name="baseValue"/> to <paramref name="current"/>: (current − base) / base.</summary>
    /// <remarks>Zero base: undefined (ZeroBase); negative base: undefined (NegativeBase); a null operand: undefined (MissingCurrent or MissingBase).</remarks>
    /// <param name="current">The current value, or null when missing.</param>
    /// <param name="baseValue">The base value, or null when missing.</param>
    /// <returns>The rate.</returns>
    public static GrowthRate Rate(decimal? current, decimal? baseValue) => Rate(current, baseValue, NegativeBasePolicy.Undefined);

    /// <summary>The growth rate from <paramref name="baseValue"/> to <paramref name="current"/>, with a chosen policy for a negative base.</summary>
    /// <remarks>With <see cref="NegativeBasePolicy.AbsoluteBase"/> the rate is (current − base) / |base|; otherwise as <see cref="Rate(decimal?, decimal?)"/>.</remarks>
    /// <param name="current">The current value, or null when missing.</param>
    /// <param name="baseValue">The base value, or null when missing.</param>
    /// <param name="negativeBase">What a negative base gives.</param>
    /// <returns>The rate.</returns>
    public static GrowthRate Rate(decimal? current, decimal? baseValue, NegativeBasePolicy negativeBase)
    {
        var reason = CheckOperands(current, baseValue, negativeBase);
        return reason == GrowthUndefinedReason.None
            ? GrowthRate.FromFraction(RelativeChange(current.GetValueOrDefault(), baseValue.GetValueOrDefault()))
            : GrowthRate.Undefined(reason);
    }

    /// <summary>
    /// Year-on-year growth (同比) of every observation of a series against the same period a year earlier
    /// (上年同期): works for months, quarters, halves, years, spans and cumulative periods ("1-6月" against last
    /// year's "1-6月"). The comparison is by calendar, never by position.
    /// </summary>
    /// <remarks>
    /// Rate = x[t] / x[t − 1 year] − 1. The base is missing (MissingBase) when the series has no observation for the
    /// period a year earlier, or it has no value; other cases as <see cref="Rate(decimal?, decimal?)"/>. Note that an
    /// official growth of above-scale industry is computed on a comparable basis (同口径) and may differ from the
    /// ratio of two published levels.
    /// </remarks>
    /// <param name="series">The series.</param>
    /// <returns>One growth per observation, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static IReadOnlyList<PeriodGrowth> YearOnYear(TimeSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var observations = series.Observations;
        var result = new PeriodGrowth[observations.Length];

        // The bases, a year earlier, come in the same order as the periods: one forward pass finds them all.
        int j = 0;
        for (int i = 0; i < observations.Length; i++)
        {
            var o = observations[i];
            if (o.Period.Year == ReportingPeriod.MinYear)
            {
                result[i] = new PeriodGrowth(o.Period, o.Period, GrowthRate.Undefined(GrowthUndefinedReason.MissingBase));
                continue;
            }

            var basePeriod = o.Period.SameTimeLastYear();
            while (observations[j].Period < basePeriod)
            {
                j++;
            }

            decimal? baseValue = observations[j].Period == basePeriod ? observations[j].Value : null;
            result[i] = new PeriodGrowth(o.Period, basePeriod, Rate(o.Value, baseValue));
        }

        return result;
    }

    /// <summary>Year-on-year growth (同比) of one period of a series; see <see cref="YearOnYear(TimeSeries)"/>.</summary>
    /// <param name="series">The series.</param>
    /// <param name="period">The period.</param>
    /// <returns>The rate; MissingCurrent when the series has no value for <paramref name="period"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    public static GrowthRate YearOnYear(TimeSeries series, ReportingPeriod period)
    {
        ArgumentNullException.ThrowIfNull(series);
        return period.Year == ReportingPeriod.MinYear
            ? GrowthRate.Undefined(GrowthUndefinedReason.MissingBase)
            : Rate(series.ValueAt(period), series.ValueAt(period.SameTimeLastYear()));
    }

    /// <summary>
    /// Period-on-period growth (环比) of every observation against the previous period of the same kind (the previous
    /// month, quarter, half or year), by calendar: a month after a gap has no base, whatever precedes it in the list.
    /// </summary>
    /// <remarks>
    /// A span of months (such as January-February combined) has no previous period of its kind, and the month after
    /// it has no previous month in the series: both are undefined (MissingBase). Cumulative series are rejected,
    /// since consecutive cumulative periods overlap; de-cumulate with <see cref="TimeSeries.ToFlow()"/> first.
    /// </remarks>
    /// <param name="series">A flow or stock series.</param>
    /// <returns>One growth per observation, in order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="series"/> is null.</exception>
    /// <exception cref="SeriesKindMismatchException">The series is cumulative.</exception>
    public static IReadOnlyList<PeriodGrowth> PeriodOnPeriod(TimeSeries series)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (series.Kind == SeriesKind.Cumulative)
        {
            throw new SeriesKindMismatchException(SeriesKind.Flow, SeriesKind.Cumulative, $"Period-on-period growth (环比) of {series} would compare overlapping cumulative periods; de-cumulate it with ToFlow() first.");
        }

        var observations = series.Observations;
        var result = new PeriodGrowth[observations.Length];
        for (int i = 0; i < observations.Length; i++)
        {
            var o = observations[i];
            result[i] = o.Period.TryPrevious(out var basePeriod)
                ? new PeriodGrowth(o.Period, basePeriod, Rate(o.Value, series.ValueAt(basePeriod)))
                : new PeriodGrowth(o.Period, o.Period, GrowthRate.Undefined(GrowthUndefinedReason.MissingBase));
        }

        return result;
    }

    /// <summary>
    /// The compound annual growth rate (CAGR, 年均增长率 by the level method) from <paramref name="start"/> to
    /// <paramref name="end"/> over <paramref name="years"/> years: (end / start)^(1 / years) − 1.
    /// </summary>
    /// <remarks>
    /// Zero start: ZeroBase; negative start: NegativeBase; negative end: NonPositiveEnd; an end of zero gives −100 %.
    /// Unlike REAT's <c>growth(..., time.periods)</c>, which divides twice, this is the true compound rate: 100 to
    /// 160 over 6 years is 8.148 %.
    /// </remarks>
    /// <param name="start">The starting level.</param>
    /// <param name="end">The ending level.</param>
    /// <param name="years">The number of years, positive and finite (fractions allowed).</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="years"/> is not positive and finite, or the rate is beyond the range of a double (7.9e28 from
    /// 1e-28 in a thousandth of a year); the message names the operands.
    /// </exception>
    public static GrowthRate Cagr(decimal start, decimal end, double years)
    {
        CheckYears(years);
        var reason = CheckBase(start, NegativeBasePolicy.Undefined);
        if (reason != GrowthUndefinedReason.None)
        {
            return GrowthRate.Undefined(reason);
        }

        if (end < 0m)
        {
            return GrowthRate.Undefined(GrowthUndefinedReason.NonPositiveEnd);
        }

        double rate = Math.Pow(Ratio(end, start), 1.0 / years) - 1.0;
        return double.IsFinite(rate)
            ? GrowthRate.FromFraction(rate)
            : throw new ArgumentOutOfRangeException(
                nameof(years),
                years,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"The growth from {start} to {end} over {years:R} years is beyond the range of a double: the span is too short for the change."));
    }

    /// <summary>
    /// The compound annual growth rate of a series between two of its periods, over the years between their last
    /// months (2015 to 2018: 3 years; 2017-06 to 2018-12: 1.5 years).
    /// </summary>
    /// <param name="series">The series.</param>
    /// <param name="from">The earlier period.</param>
    /// <param name="to">The later period, of the same kind and length.</param>
    /// <returns>The rate; MissingBase or MissingCurrent when a value is absent, otherwise as <see cref="Cagr(decimal, decimal, double)"/>.</returns>
    /// <exception cref="ArgumentException">
    /// The periods differ in kind or in the number of months they cover ("1-6月" against "1-12月"), or
    /// <paramref name="to"/> is not after <paramref name="from"/>.
    /// </exception>
    public static GrowthRate Cagr(TimeSeries series, ReportingPeriod from, ReportingPeriod to)
    {
        ArgumentNullException.ThrowIfNull(series);
        if (from.Kind != to.Kind)
        {
            throw new ArgumentException($"A CAGR compares periods of one kind; got {from} ({from.Kind}) and {to} ({to.Kind}).", nameof(to));
        }

        if (from.MonthCount != to.MonthCount)
        {
            throw new ArgumentException($"A CAGR compares periods of one length; got {from} ({from.MonthCount} months) and {to} ({to.MonthCount} months).", nameof(to));
        }

        int months = ReportingPeriod.MonthsBetweenEnds(from, to);
        if (months <= 0)
        {
            throw new ArgumentException($"The end period {to} must be after the start period {from}.", nameof(to));
        }

        if (series.ValueAt(from) is not decimal start)
        {
            return GrowthRate.Undefined(GrowthUndefinedReason.MissingBase);
        }

        return series.ValueAt(to) is decimal end
            ? Cagr(start, end, months / 12.0)
            : GrowthRate.Undefined(GrowthUndefinedReason.MissingCurrent);
    }

    /// <summary>
    /// The average annual growth rate (平均增长速度) from a base-year level over the following years' levels, by the
    /// level method (水平法, the CAGR to the last level) or the cumulative method (累计法, the root of
    /// Σ_{k=1..n}(1 + x)^k = Σ_k y_k / y_0).
    /// </summary>
    /// <remarks>
    /// Non-positive base: ZeroBase or NegativeBase. For the cumulative method the root is found by Brent's method to
    /// 1e-12; a non-positive sum of levels gives NonPositiveEnd.
    /// </remarks>
    /// <param name="baseLevel">The level in the base year, y_0.</param>
    /// <param name="levels">The levels of years 1 to n, y_1 .. y_n; at least one.</param>
    /// <param name="method">The method.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentException"><paramref name="levels"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/> is not defined, or the levels add up beyond the range of a decimal.</exception>
    public static GrowthRate AverageAnnual(decimal baseLevel, IReadOnlyList<decimal> levels, AverageGrowthMethod method)
    {
        ArgumentNullException.ThrowIfNull(levels);
        if (levels.Count == 0)
        {
            throw new ArgumentException("An average growth rate needs at least one level after the base year.", nameof(levels));
        }

        if (method == AverageGrowthMethod.Geometric)
        {
            return Cagr(baseLevel, levels[^1], levels.Count);
        }

        if (method != AverageGrowthMethod.Cumulative)
        {
            throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown average-growth method.");
        }

        var reason = CheckBase(baseLevel, NegativeBasePolicy.Undefined);
        if (reason != GrowthUndefinedReason.None)
        {
            return GrowthRate.Undefined(reason);
        }

        decimal sum = SafeDecimal.Sum(levels)
            ?? throw new ArgumentOutOfRangeException(nameof(levels), "The levels add up beyond the range of a decimal (±7.9e28): give them in a larger unit.");

        if (sum <= 0m)
        {
            return GrowthRate.Undefined(GrowthUndefinedReason.NonPositiveEnd);
        }

        double target = Ratio(sum, baseLevel);
        int n = levels.Count;
        double F(double x)
        {
            double total = 0.0, factor = 1.0;
            for (int k = 1; k <= n; k++)
            {
                factor *= 1.0 + x;
                total += factor;
            }

            return total - target;
        }

        double upper = 1.0;
        while (F(upper) < 0.0)
        {
            upper *= 2.0;
        }

        return GrowthRate.FromFraction(Brent.FindRoot(F, -1.0, upper, 1e-12, 200));
    }

    /// <summary>
    /// Annualises a rate measured over <paramref name="months"/> months: (1 + r)^(12 / months) − 1 (BEA's "percent
    /// change at annual rate"; a quarter-on-quarter 1.5 % is 6.136 % a year).
    /// </summary>
    /// <remarks>An undefined input stays undefined with its reason; a rate of −100 % or below gives NonPositiveEnd.</remarks>
    /// <param name="rate">The rate over the period.</param>
    /// <param name="months">The length of the period in months, 1 to 120.</param>
    /// <returns>The annual rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="months"/> is out of range, or the annual rate is beyond the range of a double; the message names the rate.</exception>
    public static GrowthRate Annualize(GrowthRate rate, int months)
    {
        if (months is < 1 or > 120)
        {
            throw new ArgumentOutOfRangeException(nameof(months), months, "A period of 1 to 120 months.");
        }

        if (!rate.TryGetValue(out double r))
        {
            return rate;
        }

        if (r <= -1.0)
        {
            return GrowthRate.Undefined(GrowthUndefinedReason.NonPositiveEnd);
        }

        double annual = Math.Pow(1.0 + r, 12.0 / months) - 1.0;
        return double.IsFinite(annual)
            ? GrowthRate.FromFraction(annual)
            : throw new ArgumentOutOfRangeException(nameof(rate), rate, $"{rate} over {months} months annualises beyond the range of a double.");
    }

    /// <summary>
    /// The growth rate from an index with the base period = 100 (上年同期 = 100): index / 100 − 1 (111.0 gives +11.0 %).
    /// </summary>
    /// <param name="index">The index value, or null when missing (MissingCurrent).</param>
    /// <returns>The rate.</returns>
    public static GrowthRate FromIndex(decimal? index) => FromIndex(index, 100m);

    /// <summary>The growth rate from an index with the given base value: index / basis − 1.</summary>
    /// <param name="index">The index value, or null when missing (MissingCurrent).</param>
    /// <param name="basis">The base value of the index (100 for 上年同期 = 100), positive.</param>
    /// <returns>The rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="basis"/> is not positive.</exception>
    public static GrowthRate FromIndex(decimal? index, decimal basis)
    {
        if (basis <= 0m)
        {
            throw new ArgumentOutOfRangeException(nameof(basis), basis, "An index basis must be positive.");
        }

        return Rate(index, basis);
    }

    /// <summary>
    /// The rate for "增长 X 倍" ("grew X times", i.e. by X × 100 %): the rate is X, so "增长 2 倍" means the value
    /// tripled. Not to be confused with "是 … 的 X 倍" (X times as much), see <see cref="FromMultiple"/>.
    /// </summary>
    /// <param name="times">X, finite.</param>
    /// <returns>The rate X.</returns>
    public static GrowthRate FromTimesIncrease(double times) => GrowthRate.FromFraction(times);

    /// <summary>The rate for "是 … 的 X 倍" (X times as much as the base): X − 1 (3 times as much is +200 %).</summary>
    /// <param name="multiple">X, finite.</param>
    /// <returns>The rate X − 1.</returns>
    public static GrowthRate FromMultiple(double multiple) => GrowthRate.FromFraction(multiple - 1.0);

    /// <summary>
    /// The annual rate that multiplies a value by 2^<paramref name="doublings"/> in <paramref name="years"/> years
    /// (翻番: 翻一番 doubles, 翻两番 quadruples): 2^(doublings / years) − 1. Doubling in 10 years is 7.177 % a year.
    /// </summary>
    /// <param name="doublings">The number of doublings (1 for 翻一番, 2 for 翻两番), finite.</param>
    /// <param name="years">The number of years, positive and finite.</param>
    /// <returns>The annual rate.</returns>
    /// <exception cref="ArgumentOutOfRangeException">An argument is out of range, or the rate is beyond the range of a double; the message names the operands.</exception>
    public static GrowthRate FromDoublings(double doublings, double years)
    {
        CheckYears(years);
        if (!double.IsFinite(doublings))
        {
            throw new ArgumentOutOfRangeException(nameof(doublings), doublings, "The number of doublings must be finite.");
        }

        double rate = Math.Pow(2.0, doublings / years) - 1.0;
        return double.IsFinite(rate)
            ? GrowthRate.FromFraction(rate)
            : throw new ArgumentOutOfRangeException(
                nameof(doublings),
                doublings,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{doublings:R} doublings in {years:R} years is a rate beyond the range of a double."));
    }

    /// <summary>
    /// The number of doublings (番数) that a constant annual rate gives over <paramref name="years"/> years:
    /// years × log2(1 + r).
    /// </summary>
    /// <param name="rate">The annual rate; must be defined and above −100 %.</param>
    /// <param name="years">The number of years, positive and finite.</param>
    /// <returns>The number of doublings (1.0 means the value doubled).</returns>
    /// <exception cref="ArgumentException">The rate is undefined or at most −100 %.</exception>
    public static double Doublings(GrowthRate rate, double years)
    {
        CheckYears(years);
        double r = rate.IsDefined ? rate.GetFraction() : throw new ArgumentException($"The rate is {rate}.", nameof(rate));
        return r > -1.0
            ? years * Math.Log2(1.0 + r)
            : throw new ArgumentException($"A rate of {rate} never doubles.", nameof(rate));
    }

    /// <summary>
    /// The log growth ln(current / base), the rate of continuous compounding; additive over consecutive periods.
    /// </summary>
    /// <remarks>
    /// Non-positive base: ZeroBase or NegativeBase; non-positive current value: NonPositiveEnd; null: Missing*. The log
    /// is formed from the ratio, never as ln(1 + rate), so a fall to almost nothing (2690 to 1e-13: −37.8) stays finite
    /// where 1 + rate rounds to 0 in a double.
    /// </remarks>
    /// <param name="current">The current value, or null.</param>
    /// <param name="baseValue">The base value, or null.</param>
    /// <returns>The log growth as a <see cref="GrowthRate"/> fraction.</returns>
    public static GrowthRate Log(decimal? current, decimal? baseValue)
    {
        var reason = CheckOperands(current, baseValue, NegativeBasePolicy.Undefined);
        decimal x = current.GetValueOrDefault();
        if (reason == GrowthUndefinedReason.None && x <= 0m)
        {
            reason = GrowthUndefinedReason.NonPositiveEnd;
        }

        return reason == GrowthUndefinedReason.None
            ? GrowthRate.FromFraction(LogRatio(x, baseValue.GetValueOrDefault()))
            : GrowthRate.Undefined(reason);
    }

    /// <summary>
    /// ln(end / start) for positive decimals, finite for every pair (never −∞, however close to zero the end): from the
    /// exact decimal quotient when it lies in [0.5, 2], where ln needs its full precision, otherwise as ln end − ln start,
    /// which a decimal quotient could underflow (1e-13 / 2690) or overflow.
    /// </summary>
    internal static double LogRatio(decimal end, decimal start)
    {
        if (end <= 2m * start && 2m * end >= start)
        {
            return Math.Log((double)(end / start));
        }

        return Math.Log((double)end) - Math.Log((double)start);
    }

    /// <summary>
    /// The base level implied by a current level and its growth rate: current / (1 + rate). From 1042.27 亿元 and
    /// +26.7 % the base a year earlier is 822.63 亿元.
    /// </summary>
    /// <param name="current">The current level.</param>
    /// <param name="rate">The growth rate; must be defined and above −100 %.</param>
    /// <returns>The implied base level.</returns>
    /// <exception cref="ArgumentException">The rate is undefined or at most −100 %.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The implied base is beyond the range of a decimal (a rate of −99.99999… % on a large level); the message names both.</exception>
    public static decimal ImpliedBase(decimal current, GrowthRate rate)
    {
        if (!rate.TryGetValue(out double r) || r <= -1.0)
        {
            throw new ArgumentException($"No base is implied by a rate of {rate}.", nameof(rate));
        }

        try
        {
            return current / (decimal)(1.0 + r);
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(nameof(rate), rate, $"{current.ToString(System.Globalization.CultureInfo.InvariantCulture)} at a growth of {rate} implies a base beyond the range of a decimal (±7.9e28).");
        }
    }

    // The edge-case policy of the class remarks, in one place: a missing operand, then a zero or negative base.
    private static GrowthUndefinedReason CheckOperands(decimal? current, decimal? baseValue, NegativeBasePolicy negativeBase) =>
        current is null ? GrowthUndefinedReason.MissingCurrent
        : baseValue is not decimal b ? GrowthUndefinedReason.MissingBase
        : CheckBase(b, negativeBase);

    private static GrowthUndefinedReason CheckBase(decimal baseValue, NegativeBasePolicy negativeBase) =>
        baseValue == 0m ? GrowthUndefinedReason.ZeroBase
        : baseValue < 0m && negativeBase != NegativeBasePolicy.AbsoluteBase ? GrowthUndefinedReason.NegativeBase
        : GrowthUndefinedReason.None;

    // (x − b) / |b|; the difference itself can overflow decimal near its range (decimal.MinValue − 1), so fall back
    // to double as Ratio does for the quotient.
    private static double RelativeChange(decimal current, decimal baseValue)
    {
        try
        {
            return Ratio(current - baseValue, Math.Abs(baseValue));
        }
        catch (OverflowException)
        {
            return ((double)current - (double)baseValue) / Math.Abs((double)baseValue);
        }
    }

    private static double Ratio(decimal numerator, decimal denominator)
    {
        try
        {
            return (double)(numerator / denominator);
        }
        catch (OverflowException)
        {
            return (double)numerator / (double)denominator;
        }
    }

    private static void CheckYears(double years)
    {
        if (!(years > 0.0) || !double.IsFinite(years))
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, "The number of years must be positive and finite.");
        }
    }
}
