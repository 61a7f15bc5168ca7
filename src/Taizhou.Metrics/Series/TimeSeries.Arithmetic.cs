using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Taizhou.Metrics.Units;

namespace Taizhou.Metrics.Series;

public sealed partial class TimeSeries
{
    /// <summary>Converts every value to another unit of the same dimension, exactly (1 亿元 = 10^4 万元 = 10^8 元).</summary>
    /// <param name="unit">The target unit.</param>
    /// <returns>The series in <paramref name="unit"/>; missing values stay missing.</returns>
    /// <exception cref="UnitMismatchException">The units measure different things.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A converted value is beyond the range of a decimal (±7.9e28 in 元); the message names the period.</exception>
    public TimeSeries ConvertTo(MetricUnit unit)
    {
        if (unit == Unit)
        {
            return this;
        }

        if (!Unit.CanConvertTo(unit))
        {
            throw new UnitMismatchException(unit, Unit, $"Cannot convert {this} to {unit.EnglishName} ({unit.ChineseSymbol}).");
        }

        var builder = ImmutableArray.CreateBuilder<Observation>(Count);
        foreach (var o in observations)
        {
            try
            {
                builder.Add(o with { Value = o.Value is decimal v ? Unit.Convert(v, unit) : null });
            }
            catch (ArgumentOutOfRangeException)
            {
                throw new ArgumentOutOfRangeException(nameof(unit), string.Create(CultureInfo.InvariantCulture, $"The value{Describe(Name)} for {o.Period} ({o.Value} {Unit.ChineseSymbol}) in {unit.ChineseSymbol} is beyond the range of a decimal (±7.9e28)."));
            }
        }

        return new TimeSeries(Kind, unit, builder.MoveToImmutable(), Name);
    }

    /// <summary>
    /// Adds another series period by period (the output of two clusters, say). Both must have the same kind and unit:
    /// combining a cumulative series with a monthly one, or 万元 with 亿元, is an error that names both series.
    /// </summary>
    /// <remarks>
    /// The result has the union of the periods; a period absent from or missing in either input is missing in the
    /// result. Flows of different granularity (a 1-2月 span in one, January and February in the other) do not align
    /// and are refused: aggregate one of them first.
    /// </remarks>
    /// <param name="other">The other series.</param>
    /// <returns>The sum.</returns>
    /// <exception cref="SeriesKindMismatchException">The kinds differ.</exception>
    /// <exception cref="UnitMismatchException">The units differ: convert one with <see cref="ConvertTo"/> first.</exception>
    /// <exception cref="ArgumentException">The periods of two flow series overlap without matching; the message names both series and the periods.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A sum is beyond the range of a decimal (±7.9e28); the message names the period.</exception>
    public TimeSeries Add(TimeSeries other) => Combine(other, static (a, b) => a + b, "add");

    /// <summary>Subtracts another series period by period; the same rules as <see cref="Add"/>.</summary>
    /// <param name="other">The other series.</param>
    /// <returns>The difference.</returns>
    /// <exception cref="SeriesKindMismatchException">The kinds differ.</exception>
    /// <exception cref="UnitMismatchException">The units differ.</exception>
    /// <exception cref="ArgumentException">The periods of two flow series overlap without matching.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A difference is beyond the range of a decimal; the message names the period.</exception>
    public TimeSeries Subtract(TimeSeries other) => Combine(other, static (a, b) => a - b, "subtract");

    /// <summary>Adds two series; see <see cref="Add"/>.</summary>
    /// <param name="left">The first series.</param>
    /// <param name="right">The second series.</param>
    /// <returns>The sum.</returns>
    public static TimeSeries operator +(TimeSeries left, TimeSeries right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Add(right);
    }

    /// <summary>Subtracts two series; see <see cref="Subtract"/>.</summary>
    /// <param name="left">The first series.</param>
    /// <param name="right">The second series.</param>
    /// <returns>The difference.</returns>
    public static TimeSeries operator -(TimeSeries left, TimeSeries right)
    {
        ArgumentNullException.ThrowIfNull(left);
        return left.Subtract(right);
    }

    private TimeSeries Combine(TimeSeries other, Func<decimal, decimal, decimal> op, string verb)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Kind != Kind)
        {
            throw new SeriesKindMismatchException(Kind, other.Kind, $"Cannot {verb} {other} and {this}: the kinds differ ({other.Kind} vs {Kind}).");
        }

        if (other.Unit != Unit)
        {
            throw new UnitMismatchException(Unit, other.Unit, $"Cannot {verb} {other} and {this}: the units differ ({other.Unit.ChineseSymbol} vs {Unit.ChineseSymbol}); convert one with ConvertTo first.");
        }

        var result = new List<Observation>(Math.Max(Count, other.Count));
        int i = 0, j = 0;
        while (i < Count || j < other.Count)
        {
            int c = i >= Count ? 1 : j >= other.Count ? -1 : observations[i].Period.CompareTo(other.observations[j].Period);
            if (c == 0)
            {
                var a = observations[i++];
                var b = other.observations[j++];
                decimal? value;
                try
                {
                    value = a.Value is decimal x && b.Value is decimal y ? op(x, y) : null;
                }
                catch (OverflowException)
                {
                    throw new ArgumentOutOfRangeException(nameof(other), string.Create(CultureInfo.InvariantCulture, $"Cannot {verb} {other} and {this}: the result for {a.Period} ({a.Value} and {b.Value}) is beyond the range of a decimal (±7.9e28)."));
                }

                result.Add(new Observation(a.Period, value));
            }
            else
            {
                result.Add(Observation.Missing(c < 0 ? observations[i++].Period : other.observations[j++].Period));
            }
        }

        try
        {
            return Create(Kind, Unit, result, Name ?? other.Name, allowFallingCumulative: true);
        }
        catch (ArgumentException ex)
        {
            throw new ArgumentException($"Cannot {verb} {other} and {this}: their periods do not align. {ex.Message}", nameof(other), ex);
        }
    }
}
