using System;
using Taizhou.Metrics.Rates;

namespace Taizhou.Metrics.Targets;

/// <summary>Simple projections of a level and the growth a target requires.</summary>
public static class Projections
{
    /// <summary>The level after <paramref name="years"/> years of constant growth: start × (1 + rate)^years.</summary>
    /// <param name="start">The starting level.</param>
    /// <param name="rate">The annual rate; must be defined.</param>
    /// <param name="years">The number of years, zero or more, finite.</param>
    /// <returns>The projected level.</returns>
    /// <exception cref="ArgumentException">The rate is undefined.</exception>
    /// <exception cref="ArgumentOutOfRangeException">
    /// <paramref name="years"/> is negative or not finite, or the projected level is beyond the range of a decimal
    /// (±7.9e28); the message names the start, the rate and the years.
    /// </exception>
    public static decimal ConstantGrowth(decimal start, GrowthRate rate, double years)
    {
        if (!rate.TryGetValue(out double r))
        {
            throw new ArgumentException($"Cannot project with a rate that is {rate}.", nameof(rate));
        }

        if (!(years >= 0.0) || !double.IsFinite(years))
        {
            throw new ArgumentOutOfRangeException(nameof(years), years, "The number of years must be zero or more and finite.");
        }

        try
        {
            return start * (decimal)Math.Pow(1.0 + r, years);
        }
        catch (OverflowException)
        {
            throw new ArgumentOutOfRangeException(
                nameof(years),
                years,
                string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{start} grown at {rate} for {years:R} years is beyond the range of a decimal (±7.9e28)."));
        }
    }

    /// <summary>
    /// The constant annual growth needed to go from <paramref name="latest"/> to <paramref name="target"/> in
    /// <paramref name="years"/> years: (target / latest)^(1 / years) − 1; the same as <see cref="Growth.Cagr(decimal, decimal, double)"/>,
    /// with its edge-case policy (a non-positive latest value gives an undefined rate).
    /// </summary>
    /// <param name="latest">The latest actual level.</param>
    /// <param name="target">The target level.</param>
    /// <param name="years">The years left, positive.</param>
    /// <returns>The required annual rate.</returns>
    public static GrowthRate RequiredGrowth(decimal latest, decimal target, double years) => Growth.Cagr(latest, target, years);
}
