using System;

namespace Taizhou.Metrics.Rates;

/// <summary>
/// Quotients of decimal figures that cannot overflow: a decimal difference or quotient beyond ±7.9e28 falls back to
/// double arithmetic, whose range holds every ratio of two decimals (at most about 1e57).
/// </summary>
internal static class SafeDecimal
{
    /// <summary>(a1 − a0) / (b1 − b0), exactly in decimal when it fits, otherwise in double.</summary>
    internal static double Quotient(decimal a1, decimal a0, decimal b1, decimal b0)
    {
        try
        {
            return (double)((a1 - a0) / (b1 - b0));
        }
        catch (OverflowException)
        {
            return ((double)a1 - (double)a0) / ((double)b1 - (double)b0);
        }
    }

    /// <summary>Σ values in decimal; null when the sum leaves the decimal range.</summary>
    internal static decimal? Sum(System.Collections.Generic.IEnumerable<decimal> values)
    {
        decimal sum = 0m;
        try
        {
            foreach (decimal v in values)
            {
                sum += v;
            }
        }
        catch (OverflowException)
        {
            return null;
        }

        return sum;
    }
}
